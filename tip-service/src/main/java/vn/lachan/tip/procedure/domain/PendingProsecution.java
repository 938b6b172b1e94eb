package vn.lachan.tip.procedure.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A decision to prosecute a tip whose case is not opened yet: written before case-service is called, removed with
 * the decision's record. What is left of it after a failure is the reconciler's to complete.
 *
 * @param prosecute  the case to open, defaults applied (lead unit, title), so every attempt sends the same request
 * @param decidedBy  the officer who decided, and {@code decidedUnit} their unit
 */
public record PendingProsecution(UUID tipId, Outcome.Prosecute prosecute, String decidedBy, String decidedUnit,
                                 Instant decidedAt, int attempts, String lastError) {

    /** Longest wait between two attempts of the reconciler. */
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    /** When the reconciler tries again after {@code attempts} failed attempts: doubling from {@code first}. */
    public static Instant nextAttempt(Instant now, int attempts, Duration first) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(MAX_BACKOFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
    }

    /** Whether {@code other} asks for the same case (a retry), not another one. */
    public boolean sameCase(Outcome.Prosecute other) {
        return prosecute.equals(other);
    }
}
