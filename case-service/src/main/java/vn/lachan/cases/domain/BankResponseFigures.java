package vn.lachan.cases.domain;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Optional;
import vn.lachan.platform.money.Money;

/**
 * One bank's quick response to the freeze requests sent to it in a window (a cohort, followed to today): how many it
 * held, how fast (median and 90th percentile from request to hold, of those held), how much of what was asked, and
 * how much of what it held went back to victims. Shares are basis points (10000 = all), rounded down, from exact
 * whole-đồng sums.
 */
public record BankResponseFigures(String bank, long requestsSent, long requestsHeld, Optional<Duration> medianTimeToHold,
                                  Optional<Duration> p90TimeToHold, Money amountRequested, Money amountHeld,
                                  Money amountReturned) {

    static final long ALL = 10_000;

    public BankResponseFigures {
        if (requestsHeld < 0 || requestsHeld > requestsSent) {
            throw new IllegalArgumentException("held requests are some of those sent: " + requestsHeld + " of " + requestsSent);
        }
        if (amountReturned.dong() > amountHeld.dong()) {
            throw new IllegalArgumentException("more returned than held at " + bank);
        }
        if ((requestsHeld == 0) != medianTimeToHold.isEmpty() || medianTimeToHold.isEmpty() != p90TimeToHold.isEmpty()) {
            throw new IllegalArgumentException("times to hold exist exactly when something was held at " + bank);
        }
    }

    /** {@link #amountHeld} out of {@link #amountRequested}, in basis points, rounded down. */
    public int heldBasisPoints() {
        return basisPoints(amountHeld, amountRequested);
    }

    /** {@link #amountReturned} out of {@link #amountHeld}, in basis points, rounded down; 0 when nothing was held. */
    public int returnedBasisPoints() {
        return basisPoints(amountReturned, amountHeld);
    }

    /**
     * {@code part} out of {@code whole} in basis points, rounded down, in exact integers (a sum of đồng times 10000
     * can pass the range of a long); 0 of nothing is 0.
     */
    static int basisPoints(Money part, Money whole) {
        if (whole.dong() <= 0) {
            return 0;
        }
        return BigInteger.valueOf(part.dong()).multiply(BigInteger.valueOf(ALL))
                .divide(BigInteger.valueOf(whole.dong())).intValueExact();
    }
}
