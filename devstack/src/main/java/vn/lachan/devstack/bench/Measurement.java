package vn.lachan.devstack.bench;

import java.time.Duration;

/**
 * One measured side of a comparison: requests per second and latency percentiles, or why it could not be measured
 * (a tool missing on this machine).
 *
 * @param loadBefore the machine's 1-minute load average when the measurement started, to judge how noisy it was
 */
public record Measurement(String name, String tool, long requests, long errors, double perSecond, Duration p50,
                          Duration p99, double loadBefore, String missing) {

    static Measurement missing(String name, String tool, String why) {
        return new Measurement(name, tool, 0, 0, 0, Duration.ZERO, Duration.ZERO, Load.loadAverage(), why);
    }

    boolean measured() {
        return missing == null;
    }

    double p50Millis() {
        return p50.toNanos() / 1e6;
    }

    double p99Millis() {
        return p99.toNanos() / 1e6;
    }
}
