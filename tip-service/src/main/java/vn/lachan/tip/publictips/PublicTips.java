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
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotentRequest;
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
    private final Idempotency idempotency;

    public PublicTips(TipStore tips, PublicTipStore store, TipsterMessageStore messages, RewardStore rewards,
                      TipDecisions decisions, AuditLog audit, Clock clock, ApplicationEventPublisher events,
                      PlatformTransactionManager transactions, Idempotency idempotency) {
        this.tips = tips;
        this.idempotency = idempotency;
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
     * Files a citizen's tip with a new tracking code and secret. A retry with the same idempotency key (in the
     * citizens' scope, the platform's) answers the same tracking code without the secret, which is not stored and so
     * cannot be shown again; the key with another filing is refused (409).
     */
    public PublicTipReceipt submit(PublicFiling given, Optional<IdempotentRequest> idempotent) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        PublicFiling filing = PublicTipRules.check(given, now, tips.modusOperandiCodes());
        return transaction.execute(tx -> idempotency.once(idempotent, () -> {
            Tip tip = new Tip(UUID.randomUUID(), filing.draft(now), TipStatus.RECEIVED,
                    TipDeadlines.decisionDue(decisions.calendar(), now), now, CITIZEN, now, CITIZEN);
            tips.insert(tip);
            String secret = TipSecret.generate();
            byte[] salt = TipSecret.newSalt();
            byte[] secretHash = TipSecret.hash(salt, secret);
            for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
                TrackingCode code = TrackingCode.generate();
                PublicTip filed = new PublicTip(tip.id(), code, filing.anonymous(), filing.reporter(), filing.victim());
                if (store.insert(filed, salt, secretHash)) {
                    events.publishEvent(new TipChanged(tip.id()));
                    return new Filed(tip.id(), new PublicTipReceipt(code, secret, filing.anonymous(), now, tip.decisionDue()));
                }
            }
            throw new IllegalStateException("no free tracking code in " + CODE_ATTEMPTS + " draws");
        }, filed -> filed.tipId().toString(), tipId -> retried(UUID.fromString(tipId)))).receipt();
    }

    /** A filed tip and the receipt its tipster is given. */
    private record Filed(UUID tipId, PublicTipReceipt receipt) {
    }

    /** Where the tip stands, for whoever holds its code and secret; "not found" for anyone else. */
    public TipsterView follow(String trackingCode, String secret) {
        TrackingCode code = TrackingCode.parse("tracking_code", trackingCode);
        return viewOf(code, authenticate(code, secret));
    }

    /**
     * The tipster adds information; a retry with the same idempotency key (in the scope of the tip's tracking code,
     * the platform's) adds nothing, the key with another text is refused (409). The secret is checked first, so
     * nobody without it learns whether a key was used.
     */
    public TipsterView addMessage(String trackingCode, String secret, String text, Optional<IdempotentRequest> idempotent) {
        TrackingCode code = TrackingCode.parse("tracking_code", trackingCode);
        String checked = PublicTipRules.checkMessage("text", text);
        UUID tipId = authenticate(code, secret);
        transaction.execute(tx -> idempotency.once(idempotent, () -> {
            if (messages.count(tipId, TipsterMessage.Author.TIPSTER) >= PublicTipRules.MAX_TIPSTER_MESSAGES) {
                throw new ConflictException(
                        "Tin báo đã có " + PublicTipRules.MAX_TIPSTER_MESSAGES + " tin nhắn; hãy liên hệ trực tiếp cơ quan công an.",
                        "The tip has " + PublicTipRules.MAX_TIPSTER_MESSAGES + " messages already; contact the police directly.");
            }
            return messages.add(new TipsterMessage(0, tipId, TipsterMessage.Author.TIPSTER, checked, now(), null, null));
        }, added -> String.valueOf(added.id()), id -> messages.find(Long.parseLong(id)).orElseThrow()));
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

    /**
     * An officer answers the tipster, who reads it on the tracking page. A retry with the same idempotency key (the
     * officer's own, per operation: the platform's) answers the message sent first; another text under it is 409.
     */
    public TipsterMessage reply(UUID tipId, String text, Optional<IdempotentRequest> idempotent, Caller caller) {
        PublicTipAccess.checkReply(caller);
        String checked = PublicTipRules.checkMessage("text", text);
        visibleTip(tipId, caller);
        if (store.find(tipId).isEmpty()) {
            throw new ConflictException(
                    "Tin báo này không được gửi qua cổng công khai; không có người tố giác để trả lời ở đây.",
                    "This tip was not filed on the public portal; there is no tipster to reply to here.");
        }
        return transaction.execute(tx -> idempotency.once(idempotent, () -> {
            TipsterMessage sent = messages.add(new TipsterMessage(0, tipId, TipsterMessage.Author.OFFICER, checked,
                    now(), caller.name(), caller.unit()));
            audit.record(caller, REPLY, RECORD, tipId.toString(), List.of("messages"));
            return sent;
        }, sent -> String.valueOf(sent.id()), id -> messages.find(Long.parseLong(id)).orElseThrow()));
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

    /** The receipt of a filing retried: its tracking code, never its secret. */
    private Filed retried(UUID tipId) {
        PublicTip filed = store.find(tipId).orElseThrow();
        Tip tip = tips.find(tipId).orElseThrow();
        return new Filed(tipId, new PublicTipReceipt(filed.trackingCode(), null, filed.anonymous(),
                tip.facts().receivedAt(), tip.decisionDue()));
    }

    /** A tip the caller may see; one they may not see is "not found", so its existence does not leak. */
    private Tip visibleTip(UUID tipId, Caller caller) {
        return tips.find(tipId).filter(t -> TipAccess.maySee(caller, t))
                .orElseThrow(() -> new NotFoundException("tip", tipId.toString()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
