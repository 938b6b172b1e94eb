package vn.lachan.tip.attachments;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.rest.RestSettings;
import vn.lachan.platform.security.Caller;
import vn.lachan.tip.attachments.domain.Attachment;
import vn.lachan.tip.attachments.domain.AttachmentFile;
import vn.lachan.tip.attachments.domain.AttachmentRules;
import vn.lachan.tip.attachments.store.AttachmentStore;
import vn.lachan.tip.intake.domain.Tip;
import vn.lachan.tip.intake.domain.TipAccess;
import vn.lachan.tip.intake.store.TipStore;

/**
 * Screenshots and documents of tips, kept in PostgreSQL with their SHA-256. Whoever may see a tip sees what files it
 * has; only those who may see its narrative open them, and every opening is audited.
 */
@Service
public class TipAttachments {

    /** Audit entries about attachments are entries of their tip, so a tip's trail shows them. */
    static final String RECORD = "tip";
    static final List<String> FIELDS = List.of("attachment");
    static final List<String> FILE_NAMES = List.of("attachment.file_name");
    /** Room left in a REST body for the JSON around the base64 content (file name, media type, braces). */
    static final int JSON_OVERHEAD = 16 * 1024;

    private final AttachmentStore store;
    private final TipStore tips;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final int maxBytes;
    private final Idempotency idempotency;

    public TipAttachments(AttachmentStore store, TipStore tips, AuditLog audit, Clock clock,
                          PlatformTransactionManager transactions, Idempotency idempotency,
                          AttachmentSettings settings, RestSettings rest) {
        int maxBytes = settings.maxBytes();
        int maxBodyBytes = rest.maxBodyBytes();
        long base64 = (maxBytes + 2L) / 3 * 4;
        if (maxBytes < 1 || base64 + JSON_OVERHEAD > maxBodyBytes) {
            throw new IllegalStateException("lachan.attachments.max-bytes=" + maxBytes + " does not fit a REST body of "
                    + "lachan.rest.max-body-bytes=" + maxBodyBytes + " in base64 (" + base64 + " bytes plus "
                    + JSON_OVERHEAD + " for the JSON around it); lower it or raise the body limit");
        }
        this.store = store;
        this.tips = tips;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.maxBytes = maxBytes;
        this.idempotency = idempotency;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Attaches a file to a tip. Content the tip has already is not stored again: the answer is the file stored first.
     * A retry with the same idempotency key (the caller's, per operation: the platform's) answers the file stored the
     * first time; the key with another request is refused (409). Nothing is stored when the file is refused.
     */
    public Attachment add(UUID tipId, String fileName, String mediaType, byte[] content,
                          Optional<IdempotentRequest> idempotent, Caller caller) {
        AttachmentRules.checkAdd(caller);
        visibleTip(tipId, caller);
        AttachmentRules.Checked checked = AttachmentRules.check(fileName, mediaType, content, maxBytes);
        String sha256 = sha256(content);
        return transaction.execute(tx -> idempotency.once(idempotent, () -> {
            Optional<Attachment> same = store.findByContent(tipId, sha256);
            if (same.isPresent()) {
                return same.get();
            }
            if (store.countOfTip(tipId) >= AttachmentRules.MAX_PER_TIP) {
                throw new ValidationException(new FieldViolation("tip_id", "TOO_MANY",
                        "Tin báo đã có " + AttachmentRules.MAX_PER_TIP + " tệp đính kèm; không thể thêm.",
                        "The tip has " + AttachmentRules.MAX_PER_TIP + " attachments already; no more can be added."));
            }
            Attachment added = new Attachment(UUID.randomUUID(), tipId, checked.fileName(), checked.type(),
                    content.length, sha256, caller.name(), caller.unit(), clock.instant().truncatedTo(ChronoUnit.MICROS));
            if (store.insert(added, content)) {
                audit.record(caller, AuditLog.CREATE, RECORD, tipId.toString(), FIELDS);
                return added;
            }
            return store.findByContent(tipId, sha256).orElseThrow(); // a concurrent request with the same content won
        }, added -> added.id().toString(), id -> store.find(tipId, UUID.fromString(id)).orElseThrow().attachment()));
    }

    /**
     * The files of a tip the caller may see, oldest first, without content; their names, which may name people, only
     * for callers who may see personal data, and then audited.
     */
    public List<Attachment> list(UUID tipId, Caller caller) {
        visibleTip(tipId, caller);
        List<Attachment> files = store.ofTip(tipId);
        if (!TipAccess.maySeeNarrative(caller)) {
            return files.stream().map(Attachment::withoutPersonalData).toList();
        }
        if (!files.isEmpty()) {
            audit.record(caller, AuditLog.READ, RECORD, tipId.toString(), FILE_NAMES);
        }
        return files;
    }

    /** One file with its content, for callers who may see the tip's narrative; the reading is audited first. */
    public AttachmentFile open(UUID tipId, UUID id, Caller caller) {
        visibleTip(tipId, caller);
        AttachmentFile file = store.find(tipId, id)
                .orElseThrow(() -> new NotFoundException("attachment", id.toString()));
        AttachmentRules.checkOpen(caller);
        audit.record(caller, AuditLog.READ, RECORD, tipId.toString(), FIELDS);
        return file;
    }

    /** A tip the caller may see; one they may not see is "not found", so its existence does not leak. */
    private Tip visibleTip(UUID tipId, Caller caller) {
        return tips.find(tipId).filter(t -> TipAccess.maySee(caller, t))
                .orElseThrow(() -> new NotFoundException("tip", tipId.toString()));
    }


    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
