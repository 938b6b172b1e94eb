package vn.lachan.cases.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The service-level clocks of a freeze request, counted from the moment the police sent it, around the clock (the
 * money moves on nights and holidays too): the bank acknowledges within {@code acknowledgeWithin} and holds (or
 * answers that it cannot) within {@code holdWithin}. Each clock is running, met, missed and still open (the
 * escalation: overdue lists and the operators' alert), or missed and since answered. A release order runs a third
 * clock: the bank executes it within {@code holdWithin} too.
 */
public record FreezeClocks(Duration acknowledgeWithin, Duration holdWithin) {

    /** 15 minutes to acknowledge and 2 hours to hold: the golden hour of the money trail. */
    public static final FreezeClocks DEFAULT = new FreezeClocks(Duration.ofMinutes(15), Duration.ofHours(2));

    public FreezeClocks {
        if (acknowledgeWithin.isNegative() || acknowledgeWithin.isZero() || holdWithin.compareTo(acknowledgeWithin) < 0) {
            throw new IllegalArgumentException("the acknowledgement is due first and the hold no earlier: "
                    + acknowledgeWithin + ", " + holdWithin);
        }
    }

    public enum State {
        /** not done, not due yet */
        RUNNING,
        /** done in time */
        MET,
        /** not done and past due: escalated */
        OVERDUE,
        /** done, but after it was due */
        MISSED
    }

    /** One step's clock: when it is due and where it stands. */
    public record StepClock(Instant due, State state) {
    }

    /** The bank's acknowledgement (a hold or a rejection acknowledges too). */
    public StepClock acknowledge(FreezeRequest r, Instant now) {
        Instant answered = r.acknowledgedAt() != null ? r.acknowledgedAt() : r.rejectedAt();
        return clock(r.requestedAt().plus(acknowledgeWithin), answered, now);
    }

    /**
     * The bank's hold, or its reasoned refusal, which ends the request as well; a release order issued before any
     * hold ends the step too (the bank is no longer to hold).
     */
    public StepClock hold(FreezeRequest r, Instant now) {
        Instant answered = r.heldAt() != null ? r.heldAt() : r.rejectedAt();
        if (answered == null && !r.releaseOrders().isEmpty()) {
            answered = r.releaseOrders().getFirst().orderedAt();
        }
        return clock(r.requestedAt().plus(holdWithin), answered, now);
    }

    /**
     * The bank's execution of the latest release order: like a hold, a release is executed at once (CPC Art. 129), so
     * it is due {@code holdWithin} after the order. Empty while no order was issued.
     */
    public Optional<StepClock> release(FreezeRequest r, Instant now) {
        if (r.releaseOrders().isEmpty()) {
            return Optional.empty();
        }
        ReleaseOrder last = r.releaseOrders().getLast();
        return Optional.of(clock(last.orderedAt().plus(holdWithin), last.reportedAt(), now));
    }

    /** Whether any of the request's clocks is past due with its step not done. */
    public boolean isOverdue(FreezeRequest r, Instant now) {
        return acknowledge(r, now).state() == State.OVERDUE || hold(r, now).state() == State.OVERDUE
                || release(r, now).filter(c -> c.state() == State.OVERDUE).isPresent();
    }

    private static StepClock clock(Instant due, Instant done, Instant now) {
        if (done != null) {
            return new StepClock(due, done.isAfter(due) ? State.MISSED : State.MET);
        }
        return new StepClock(due, now.isAfter(due) ? State.OVERDUE : State.RUNNING);
    }
}
