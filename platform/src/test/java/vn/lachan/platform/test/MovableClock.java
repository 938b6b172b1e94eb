package vn.lachan.platform.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A service's clock in a test (a {@code @TestBean}): real time, or an instant a test set, plus whatever the tests
 * moved it forward by. Services work in UTC instants; legal days come from {@code LegalTime}.
 */
public final class MovableClock extends Clock {

    private volatile Instant at;
    private volatile Duration ahead = Duration.ZERO;

    /** Moves the clock forward by {@code by}, from real time or from the instant set. */
    public void advance(Duration by) {
        ahead = ahead.plus(by);
    }

    /** Stops the clock at {@code instant}; null goes back to real time. */
    public void set(Instant instant) {
        at = instant;
    }

    @Override
    public Instant instant() {
        Instant fixed = at;
        return (fixed == null ? Instant.now() : fixed).plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the services work in UTC instants");
    }
}
