package vn.lachan.tip.publictips;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lachan.platform.api.RequestHashes;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.security.Caller;
import vn.lachan.tip.intake.TipChanged;
import vn.lachan.tip.intake.domain.Tip;
import vn.lachan.tip.intake.domain.TipAccess;
import vn.lachan.tip.intake.domain.TipStatus;
import vn.lachan.tip.intake.store.TipStore;
import vn.lachan.tip.procedure.TipDecisions;
import vn.lachan.tip.procedure.domain.TipDeadlines;
import vn.lachan.tip.publictips.domain.PublicFiling;
import vn.lachan.tip.publictips.domain.PublicTip;
import vn.lachan.tip.publictips.domain.PublicTipAccess;
import vn.lachan.tip.publictips.domain.PublicTipReceipt;
import vn.lachan.tip.publictips.domain.PublicTipRules;
import vn.lachan.tip.publictips.domain.TipSecret;
import vn.lachan.tip.publictips.domain.TipsterMessage;
import vn.lachan.tip.publictips.domain.TipsterView;
import vn.lachan.tip.publictips.domain.TrackingCode;
import vn.lachan.tip.publictips.store.PublicTipStore;
import vn.lachan.tip.publictips.store.TipsterMessageStore;
import vn.lachan.tip.rewards.store.RewardStore;

/**
 * Citizens' public tips: filed without an account, followed with a tracking code and a secret, and a thread with
 * the police. What citizens do here is not written to the audit log: its entries carry the request id, which the
 * gateway's access log ties to an address, and an anonymous tipster must not be traceable that way.
 */
@Service
public class PublicTips {

    static final String RECORD = "tip";
    /** The creator of a public tip in its audit stamp: a citizen, unnamed. */
    public static final String CITIZEN = "cong-dan";
    static final String REPLY = "MESSAGE";
    private static final int CODE_ATTEMPTS = 20;
    /** Compared against when a code is unknown, so that an unknown code costs the same time as a wrong secret. */
    private static final byte[] DECOY_SALT = TipSecret.newSalt();
    private static final byte[] DECOY_HASH = TipSecret.hash(DECOY_SALT, TipSecret.generate());

    private final TipStore tips;
    private final PublicTipStore store;
    private final TipsterMessageStore messages;
    private final RewardStore rewards;
    private final TipDecisions decisions;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    public PublicTips(TipStore tips, PublicTipStore store, TipsterMessageStore messages, RewardStore rewards,
                      TipDecisions decisions, AuditLog audit, Clock clock, ApplicationEventPublisher events,
                      PlatformTransactionManager transactions) {
        this.tips = tips;
        this.store = store;
        this.messages = messages;
        this.rewards = rewards;
        this.decisions = decisions;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Files a citizen's tip with a new tracking code and secret. A retry with the same idempotency key answers the
     * same tracking code without the secret, which is not stored and so cannot be shown again.
     */
    public PublicTipReceipt submit(PublicFiling given, Optional<String> idempotencyKey) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        PublicFiling filing = PublicTipRules.check(given, now, tips.modusOperandiCodes());
        String hash = hashOf(given.toString());
        return transaction.execute(tx -> {
            if (idempotencyKey.isPresent()) {
                store.lockIdempotencyKey(idempotencyKey.get());
                Optional<PublicTipStore.Keyed> earlier = store.findByIdempotencyKey(idempotencyKey.get());
                if (earlier.isPresent()) {
                    return retried(earlier.get(), hash);
                }
            }
            Tip tip = new Tip(UUID.randomUUID(), filing.draft(now), TipStatus.RECEIVED, TipDeadlines.decisionDue(decisions.calendar(), now),
                    now, CITIZEN, now, CITIZEN);
            tips.insert(tip, null, null);
            String secret = TipSecret.generate();
            byte[] salt = TipSecret.newSalt();
            byte[] secretHash = TipSecret.hash(salt, secret);
            for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
                TrackingCode code = TrackingCode.generate();
                PublicTip filed = new PublicTip(tip.id(), code, filing.anonymous(), filing.reporter(), filing.victim());
                if (store.insert(filed, salt, secretHash, idempotencyKey.orElse(null), hash)) {
                    events.publishEvent(new TipChanged(tip.id()));
                    return new PublicTipReceipt(code, secret, filing.anonymous(), now, tip.decisionDue());
                }
            }
            throw new IllegalStateException("no free tracking code in " + CODE_ATTEMPTS + " draws");
        });
    }

    /** Where the tip stands, for whoever holds its code and secret; "not found" for anyone else. */
    public TipsterView follow(String trackingCode, String secret) {
        TrackingCode code = TrackingCode.parse("tracking_code", trackingCode);
        return viewOf(code, authenticate(code, secret));
    }

    /** The tipster adds information; a retry with the same idempotency key adds nothing. */
    public TipsterView addMessage(String trackingCode, String secret, String text, Optional<String> idempotencyKey) {
        TrackingCode code = TrackingCode.parse("tracking_code", trackingCode);
        String checked = PublicTipRules.checkMessage("text", text);
        UUID tipId = authenticate(code, secret);
        String hash = hashOf(checked);
        if (idempotencyKey.flatMap(key -> earlier(tipId, TipsterMessage.Author.TIPSTER, key, hash)).isEmpty()) {
            if (messages.count(tipId, TipsterMessage.Author.TIPSTER) >= PublicTipRules.MAX_TIPSTER_MESSAGES) {
                throw new ConflictException(
                        "Tin báo đã có " + PublicTipRules.MAX_TIPSTER_MESSAGES + " tin nhắn; hãy liên hệ trực tiếp cơ quan công an.",
                        "The tip has " + PublicTipRules.MAX_TIPSTER_MESSAGES + " messages already; contact the police directly.");
            }
            add(new TipsterMessage(0, tipId, TipsterMessage.Author.TIPSTER, checked, now(), null, null),
                    idempotencyKey, hash);
        }
        return viewOf(code, tipId);
    }

    /** The thread of a tip for the police: empty when the tip was not filed on the public portal. */
    public TipsterThread thread(UUID tipId, Caller caller) {
        PublicTipAccess.checkReadThread(caller);
        visibleTip(tipId, caller);
        Optional<PublicTip> filed = store.find(tipId);
        if (filed.isEmpty()) {
            return new TipsterThread(null, List.of());
        }
        audit.record(caller, AuditLog.READ, RECORD, tipId.toString(), List.of("messages"));
        return new TipsterThread(filed.get().trackingCode(), messages.thread(tipId));
    }

    /** A public tip's tipster and the police's messages. */
    public record TipsterThread(TrackingCode trackingCode, List<TipsterMessage> messages) {
    }

    /** An officer answers the tipster, who reads it on the tracking page. */
    public TipsterMessage reply(UUID tipId, String text, Optional<String> idempotencyKey, Caller caller) {
        PublicTipAccess.checkReply(caller);
        String checked = PublicTipRules.checkMessage("text", text);
        visibleTip(tipId, caller);
        if (store.find(tipId).isEmpty()) {
            throw new ConflictException(
                    "Tin báo này không được gửi qua cổng công khai; không có người tố giác để trả lời ở đây.",
                    "This tip was not filed on the public portal; there is no tipster to reply to here.");
        }
        String hash = hashOf(checked);
        return transaction.execute(tx -> {
            Optional<TipsterMessage> earlier = idempotencyKey.flatMap(
                    key -> earlier(tipId, TipsterMessage.Author.OFFICER, key, hash));
            if (earlier.isPresent()) {
                return earlier.get();
            }
            TipsterMessage sent = add(new TipsterMessage(0, tipId, TipsterMessage.Author.OFFICER, checked, now(),
                    caller.name(), caller.unit()), idempotencyKey, hash);
            audit.record(caller, REPLY, RECORD, tipId.toString(), List.of("messages"));
            return sent;
        });
    }

    /**
     * Who filed a public tip, as far as they said. Contact data only for those who may see it, audited; for others
     * it is withheld, and for an anonymous tipster there is none.
     */
    public TipsterSeen tipster(UUID tipId, Caller caller) {
        PublicTipAccess.checkReadThread(caller);
        visibleTip(tipId, caller);
        PublicTip filed = store.find(tipId).orElseThrow(() -> new NotFoundException("public tip", tipId.toString()));
        if (!filed.hasContact()) {
            return new TipsterSeen(filed, false);
        }
        if (PublicTipAccess.maySeeContact(caller)) {
            audit.record(caller, AuditLog.READ, RECORD, tipId.toString(), List.of("reporter", "victim"));
            return new TipsterSeen(filed, false);
        }
        return new TipsterSeen(filed.withoutContact(), true);
    }

    /** A public tip as shown to a police viewer; {@code contactWithheld} when it has contact data they may not see. */
    public record TipsterSeen(PublicTip tip, boolean contactWithheld) {
    }

    /**
     * The tip opened by {@code secret}. An unknown code and a wrong secret are the same "not found" and take the same
     * path: one read, one hash comparison, no write. Nothing locks a code: the secret's 160 random bits cannot be
     * guessed, attempts are throttled per address at the gateway, and a lock would let anyone who learnt a code shut
     * its tipster out.
     */
    private UUID authenticate(TrackingCode code, String secret) {
        if (secret == null || secret.isBlank()) {
            throw new ValidationException(new FieldViolation("X-Tip-Secret", "REQUIRED",
                    "Cần mã bí mật được cấp khi gửi tin báo (tiêu đề X-Tip-Secret).",
                    "The secret given when the tip was filed is required (header X-Tip-Secret)."));
        }
        Optional<PublicTip.Credentials> found = store.credentials(code);
        boolean right = TipSecret.matches(secret, found.map(PublicTip.Credentials::salt).orElse(DECOY_SALT),
                found.map(PublicTip.Credentials::hash).orElse(DECOY_HASH));
        if (found.isEmpty() || !right) {
            throw new NotFoundException("tip", code.value());
        }
        return found.get().tipId();
    }

    private TipsterView viewOf(TrackingCode code, UUID tipId) {
        Tip tip = tips.find(tipId).orElseThrow();
        return TipsterView.of(code, decisions.procedureOf(tip), messages.thread(tipId), rewards.ofTip(tipId));
    }

    private PublicTipReceipt retried(PublicTipStore.Keyed earlier, String hash) {
        if (!hash.equals(earlier.requestHash())) {
            throw new ConflictException(
                    "Idempotency-Key này đã được dùng cho một tin báo khác.",
                    "This Idempotency-Key was already used for a different tip.");
        }
        Tip tip = tips.find(earlier.tip().tipId()).orElseThrow();
        return new PublicTipReceipt(earlier.tip().trackingCode(), null, earlier.tip().anonymous(),
                tip.facts().receivedAt(), tip.decisionDue());
    }

    /** Stores a message; when a concurrent retry stored it first, that one. */
    private TipsterMessage add(TipsterMessage message, Optional<String> idempotencyKey, String hash) {
        return messages.add(message, idempotencyKey.orElse(null), hash)
                .or(() -> idempotencyKey.flatMap(key -> earlier(message.tipId(), message.author(), key, hash)))
                .orElseThrow();
    }

    /** The message sent under this key before; the same key with another text is refused. */
    private Optional<TipsterMessage> earlier(UUID tipId, TipsterMessage.Author author, String key, String hash) {
        return messages.findByIdempotencyKey(tipId, author, key).map(earlier -> {
            if (!earlier.requestHash().equals(hash)) {
                throw new ConflictException("Idempotency-Key này đã được dùng cho một tin nhắn khác.",
                        "This Idempotency-Key was already used for a different message.");
            }
            return earlier.message();
        });
    }

    /** A tip the caller may see; one they may not see is "not found", so its existence does not leak. */
    private Tip visibleTip(UUID tipId, Caller caller) {
        return tips.find(tipId).filter(t -> TipAccess.maySee(caller, t))
                .orElseThrow(() -> new NotFoundException("tip", tipId.toString()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public static String hashOf(String request) {
        return RequestHashes.of(request);
    }
}
