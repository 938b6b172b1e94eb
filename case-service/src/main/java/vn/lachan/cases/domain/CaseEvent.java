package vn.lachan.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import vn.lachan.platform.money.Money;

/**
 * One entry of a case's history: who did what, in which unit, when, why and under which document.
 *
 * @param kind           what happened
 * @param move           the stage move, for {@link Kind#MOVED}
 * @param from           the stage before
 * @param to             the stage after (the same as {@code from} when the stage did not change)
 * @param at             when it was recorded
 * @param actor          who recorded it
 * @param actorUnit      the unit they acted for
 * @param reason         why
 * @param documentNumber the decision's number (số quyết định), when there is one
 * @param documentDate   the decision's date
 * @param months         the months of an extension asked or granted
 * @param courtUnit      the court an indictment sends the case to
 * @param flags          the flags after a change of flags
 * @param release        the release order's facts, for the {@code FREEZE_RELEASE_*} entries only
 */
public record CaseEvent(
        Kind kind,
        CaseMove move,
        Stage from,
        Stage to,
        Instant at,
        String actor,
        String actorUnit,
        String reason,
        String documentNumber,
        LocalDate documentDate,
        int months,
        String courtUnit,
        CaseFlags flags,
        Release release) {

    public enum Kind {
        MOVED, EXTENSION_REQUESTED, EXTENSION_APPROVED, EXTENSION_REFUSED, FLAGS_CHANGED,
        /** A police leader issued a release order on one of the case's freeze requests. */
        FREEZE_RELEASE_ORDERED,
        /** The addressed bank reported that it executed a release order. */
        FREEZE_RELEASE_REPORTED;

        /** Whether the entry is a step of the criminal procedure (the freeze requests' entries are not). */
        public boolean procedural() {
            return this != FREEZE_RELEASE_ORDERED && this != FREEZE_RELEASE_REPORTED;
        }
    }

    /**
     * A release order's facts in the history.
     *
     * @param freezeRequestId the request the order is on
     * @param bank            the bank it is addressed to
     * @param amount          the amount ordered released, or released
     * @param releasedAt      when the bank says it released the money, for {@link Kind#FREEZE_RELEASE_REPORTED}
     */
    public record Release(UUID freezeRequestId, String bank, Money amount, Instant releasedAt) {
        public Release {
            Objects.requireNonNull(freezeRequestId, "freezeRequestId");
            Objects.requireNonNull(bank, "bank");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** A step of the procedure (no release facts). */
    public CaseEvent(Kind kind, CaseMove move, Stage from, Stage to, Instant at, String actor, String actorUnit,
                     String reason, String documentNumber, LocalDate documentDate, int months, String courtUnit,
                     CaseFlags flags) {
        this(kind, move, from, to, at, actor, actorUnit, reason, documentNumber, documentDate, months, courtUnit,
                flags, null);
    }

    /** The entry for a release order issued on a freeze request of a case at {@code stage}. */
    public static CaseEvent releaseOrdered(ReleaseOrder order, Stage stage) {
        return new CaseEvent(Kind.FREEZE_RELEASE_ORDERED, null, stage, stage, order.orderedAt(), order.orderedBy(),
                order.orderedByUnit(), order.reason(), order.documentNumber(), order.documentDate(), 0, null, null,
                new Release(order.freezeRequestId(), order.bank(), order.amount(), null));
    }

    /** The entry for the bank's report that it executed {@code order} (as executed), for a case at {@code stage}. */
    public static CaseEvent releaseReported(ReleaseOrder order, Stage stage, String bankUnit) {
        return new CaseEvent(Kind.FREEZE_RELEASE_REPORTED, null, stage, stage, order.reportedAt(), order.reportedBy(),
                bankUnit, null, order.documentNumber(), order.documentDate(), 0, null, null,
                new Release(order.freezeRequestId(), order.bank(), order.amountReleased(), order.releasedAt()));
    }

    public CaseEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorUnit, "actorUnit");
        if (kind.procedural() == (release != null)) {
            throw new IllegalArgumentException("release facts go with the release entries, and only with them");
        }
    }
}
