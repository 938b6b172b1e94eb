package vn.lachan.tip.indicators;

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
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.security.Caller;
import vn.lachan.tip.indicators.domain.IndicatorKey;
import vn.lachan.tip.indicators.domain.IndicatorPublicationRules;
import vn.lachan.tip.indicators.domain.IndicatorReports;
import vn.lachan.tip.indicators.domain.IndicatorRules;
import vn.lachan.tip.indicators.domain.IndicatorType;
import vn.lachan.tip.indicators.domain.PublicationBasis;
import vn.lachan.tip.indicators.domain.PublicationEvent;
import vn.lachan.tip.indicators.domain.ReviewRequest;
import vn.lachan.tip.indicators.domain.ScamCheckStatus;
import vn.lachan.tip.indicators.store.IndicatorPublicationStore;
import vn.lachan.tip.indicators.store.IndicatorStore;

/**
 * What the public scam check publishes, as the police manage it: publications, withdrawals (which override
 * prosecutions and bank holds until the value is published again), and citizens' requests to review a published
 * value. Every change is audited in its own transaction; the index is updated after the commit.
 */
@Service
public class IndicatorPublications {

    static final String VALUE = "scam_check_value";
    static final String REVIEW = "scam_check_review";

    private final IndicatorStore indicators;
    private final IndicatorPublicationStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Idempotency idempotency;

    public IndicatorPublications(IndicatorStore indicators, IndicatorPublicationStore store, AuditLog audit, Clock clock,
                                 PlatformTransactionManager transactions, ApplicationEventPublisher events,
                                 Idempotency idempotency) {
        this.idempotency = idempotency;
        this.indicators = indicators;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    /** A value's standing as officers see it. */
    public record Standing(IndicatorKey key, ScamCheckStatus status, Optional<PublicationBasis> basis, long prosecuted,
                           boolean withdrawn, List<PublicationEvent> history) {
    }

    public Standing publish(IndicatorType type, String value, PublicationBasis basis, String reason,
                            Optional<IdempotentRequest> idempotent, Caller caller) {
        PublicationBasis given = basis == null ? PublicationBasis.OFFICER_VERIFIED : basis;
        Violations v = new Violations();
        String normalized = IndicatorRules.normalize(v, "type", "value", type, value);
        if (given == PublicationBasis.PROSECUTION) {
            v.add("basis", "NOT_ALLOWED", "Căn cứ khởi tố được ghi tự động khi tin báo được quyết định khởi tố.",
                    "The prosecution basis is set by the tip's decision itself.");
        }
        IndicatorPublicationRules.checkReason(v, "reason", reason);
        if (type != null) {
            IndicatorPublicationRules.checkPublish(caller, type, given);
        }
        v.throwIfAny();
        IndicatorKey key = new IndicatorKey(type, normalized);
        return change(key, idempotent, () -> {
            store.append(key, new PublicationEvent(PublicationEvent.Action.PUBLISH, given, reason.strip(), caller.name(),
                    caller.unit(), now()));
            audit.record(caller, "PUBLISH", VALUE, key.type() + ":" + key.normalized(), List.of("public_status", "basis"));
        });
    }

    public Standing withdraw(IndicatorType type, String value, String reason, String reviewId,
                             Optional<IdempotentRequest> idempotent, Caller caller) {
        IndicatorPublicationRules.checkWithdraw(caller);
        Violations v = new Violations();
        String normalized = IndicatorRules.normalize(v, "type", "value", type, value);
        IndicatorPublicationRules.checkReason(v, "reason", reason);
        UUID review = reviewId == null || reviewId.isBlank() ? null : uuid(v, "review_id", reviewId);
        v.throwIfAny();
        IndicatorKey key = new IndicatorKey(type, normalized);
        return change(key, idempotent, () -> {
            if (indicators.reports(key).withdrawn()) {
                throw new ConflictException("Giá trị này đã được gỡ công bố.", "This value is withdrawn already.");
            }
            Instant now = now();
            if (review != null) {
                var open = store.findReviewForUpdate(review).filter(r -> r.key().equals(key) && r.state().equals("OPEN"));
                if (open.isEmpty()) {
                    new Violations().add("review_id", "NOT_OPEN",
                            "Không có yêu cầu xem xét đang mở cho giá trị này với mã đó.",
                            "There is no open review request for this value with that id.").throwIfAny();
                }
                store.closeReview(review, "WITHDRAWN", caller.name(), caller.unit(), reason.strip(), now);
                audit.record(caller, "WITHDRAW", REVIEW, review.toString(), List.of("state"));
            }
            store.append(key, new PublicationEvent(PublicationEvent.Action.WITHDRAW, null, reason.strip(), caller.name(),
                    caller.unit(), now));
            audit.record(caller, "WITHDRAW", VALUE, key.type() + ":" + key.normalized(), List.of("public_status"));
        });
    }

    public Standing standing(IndicatorType type, String value, Caller caller) {
        IndicatorPublicationRules.checkRead(caller);
        Violations v = new Violations();
        String normalized = IndicatorRules.normalize(v, "type", "value", type, value);
        v.throwIfAny();
        return standingOf(new IndicatorKey(type, normalized));
    }

    /** A citizen asks for a published value to be reviewed; only a value answered REPORTED can be. */
    public UUID requestReview(IndicatorType type, String value, String reason, String contact,
                              Optional<IdempotentRequest> idempotent) {
        Violations v = new Violations();
        String normalized = IndicatorRules.normalize(v, "type", "value", type, value);
        IndicatorPublicationRules.checkReason(v, "reason", reason);
        IndicatorPublicationRules.checkContact(v, "contact", contact);
        v.throwIfAny();
        IndicatorKey key = new IndicatorKey(type, normalized);
        String cleanContact = contact == null || contact.isBlank() ? null : contact.strip();
        return idempotency.once(idempotent, () -> {
            if (ScamCheckStatus.of(indicators.reports(key)) != ScamCheckStatus.REPORTED) {
                new Violations().add("value", "NOT_PUBLISHED",
                        "Giá trị này không bị công bố là lừa đảo, nên không cần xem xét lại.",
                        "This value is not published as a scam, so there is nothing to review.").throwIfAny();
            }
            UUID id = UUID.randomUUID();
            store.insertReview(id, key, reason.strip(), cleanContact, now());
            return id;
        }, UUID::toString, UUID::fromString);
    }

    /** Review requests, each read audited (their reason and contact are personal data). */
    public List<ReviewRequest> reviews(boolean includeClosed, int limit, int offset, Caller caller) {
        IndicatorPublicationRules.checkRead(caller);
        return transaction.execute(tx -> {
            var found = store.reviews(includeClosed, limit, offset);
            found.forEach(r -> audit.record(caller, AuditLog.READ, REVIEW, r.id().toString(), List.of("reason", "contact")));
            return found;
        });
    }

    /** Closes a review keeping the value published. */
    public ReviewRequest keep(String reviewId, String note, Caller caller) {
        IndicatorPublicationRules.checkWithdraw(caller);
        Violations v = new Violations();
        UUID id = uuid(v, "review_id", reviewId);
        IndicatorPublicationRules.checkReason(v, "note", note);
        v.throwIfAny();
        return transaction.execute(tx -> {
            var review = store.findReviewForUpdate(id)
                    .orElseThrow(() -> new vn.lachan.platform.error.NotFoundException("review", reviewId));
            if (review.state().equals("KEPT") && note.strip().equals(review.closingNote())) {
                return review; // a retry
            }
            if (!store.closeReview(id, "KEPT", caller.name(), caller.unit(), note.strip(), now())) {
                throw new ConflictException("Yêu cầu xem xét này đã được giải quyết.", "This review request is closed already.");
            }
            audit.record(caller, "KEEP", REVIEW, id.toString(), List.of("state", "closing_note"));
            return store.findReviewForUpdate(id).orElseThrow();
        });
    }

    /** Writes a change of {@code key}'s standing once, with the value locked; its standing after. */
    private Standing change(IndicatorKey key, Optional<IdempotentRequest> idempotent, Runnable write) {
        String remembered = key.type().name() + ":" + key.normalized();
        return idempotency.once(idempotent, () -> transaction.execute(tx -> {
            store.lock(key);
            write.run();
            events.publishEvent(new IndicatorPublished(key));
            return standingOf(key);
        }), standing -> remembered, text -> standingOf(key));
    }

    private Standing standingOf(IndicatorKey key) {
        IndicatorReports reports = indicators.reports(key);
        return new Standing(key, ScamCheckStatus.of(reports), reports.basis(), reports.prosecuted(), reports.withdrawn(),
                store.history(key));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static UUID uuid(Violations v, String field, String text) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            v.add(field, "MALFORMED", "Mã không hợp lệ.", "Not a valid id.");
            return null;
        }
    }
}
