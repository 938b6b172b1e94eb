package vn.lachan.devstack.bench;

import java.time.Duration;
import java.util.List;

/**
 * How long and how hard each side of a comparison is driven.
 *
 * @param concurrency   callers at once (HTTP and gRPC callers, redis-benchmark and pgbench clients alike)
 * @param redisRequests requests redis-benchmark sends (it counts requests, not time)
 * @param growth        the numbers of tips in tip-service at which the growth reads are measured, smallest first
 * @param growthWarmUp  warm-up of each growth read at each step
 * @param growthMeasure measured time of each growth read at each step
 */
public record Size(String name, Duration warmUp, Duration measure, int concurrency, int redisRequests, List<Long> growth,
                   Duration growthWarmUp, Duration growthMeasure) {

    /** The report's figures. */
    public static final Size FULL = new Size("full", Duration.ofSeconds(10), Duration.ofSeconds(20), 16, 400_000,
            List.of(10_000L, 100_000L, 1_000_000L), Duration.ofSeconds(3), Duration.ofSeconds(10));
    /** The test suite's smoke: proves the command and its report, measures nothing worth keeping. */
    public static final Size TINY = new Size("tiny", Duration.ofMillis(200), Duration.ofMillis(500), 4, 2_000,
            List.of(200L, 400L), Duration.ofMillis(100), Duration.ofMillis(300));

    static Size named(String name) {
        return switch (name) {
            case "tiny" -> TINY;
            case "full" -> FULL;
            default -> {
                // "growth=10000,100000": the full size with other growth steps (a medium run on a busy machine)
                if (name.startsWith("growth=")) {
                    List<Long> steps = java.util.Arrays.stream(name.substring("growth=".length()).split(","))
                            .map(Long::parseLong).toList();
                    yield new Size("full (growth " + steps + ")", FULL.warmUp, FULL.measure, FULL.concurrency,
                            FULL.redisRequests, steps, FULL.growthWarmUp, FULL.growthMeasure);
                }
                throw new IllegalArgumentException("size is tiny, full or growth=N,N,…, not " + name);
            }
        };
    }

    /** The load of one growth read at one step. */
    Size growthSide() {
        return new Size(name, growthWarmUp, growthMeasure, concurrency, redisRequests, growth, growthWarmUp, growthMeasure);
    }
}
