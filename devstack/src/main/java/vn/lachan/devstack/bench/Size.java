package vn.lachan.devstack.bench;

import java.time.Duration;

/**
 * How long and how hard each side of a comparison is driven.
 *
 * @param concurrency   callers at once (HTTP and gRPC callers, redis-benchmark and pgbench clients alike)
 * @param redisRequests requests redis-benchmark sends (it counts requests, not time)
 */
public record Size(String name, Duration warmUp, Duration measure, int concurrency, int redisRequests) {

    /** The report's figures. */
    public static final Size FULL = new Size("full", Duration.ofSeconds(10), Duration.ofSeconds(20), 16, 400_000);
    /** The test suite's smoke: proves the command and its report, measures nothing worth keeping. */
    public static final Size TINY = new Size("tiny", Duration.ofMillis(200), Duration.ofMillis(500), 4, 2_000);

    static Size named(String name) {
        return switch (name) {
            case "tiny" -> TINY;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("size is tiny or full, not " + name);
        };
    }
}
