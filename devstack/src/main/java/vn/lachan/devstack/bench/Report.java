package vn.lachan.devstack.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one run measured, and the ratios of issue #15 computed from it.
 *
 * @param baseline the bare Spring Boot web app, the footprint peer
 * @param growth   the reads at each number of tips, fewest first
 */
public record Report(Size size, String javaOptions, List<Measurement> figures, List<Footprint> footprints,
                     Baseline baseline, List<Growth.Step> growth, double loadAtStart, double loadAtEnd,
                     Duration stackStart) {

    /** "Latency flat" of issue #15, read as: p50 at the most tips at most this many times p50 at the fewest. */
    static final double FLAT = 1.2;

    /** One comparison: measured ÷ peer, against its target (at least, or at most). */
    public record Ratio(String comparison, double value, double target, boolean atLeast, String basis) {

        boolean measured() {
            return !Double.isNaN(value) && !Double.isInfinite(value);
        }

        String verdict() {
            if (!measured()) {
                return "not measured";
            }
            return (atLeast ? value >= target : value <= target) ? "met" : "missed";
        }
    }

    Report withStackStart(Duration start) {
        return new Report(size, javaOptions, figures, footprints, baseline, growth, loadAtStart, loadAtEnd, start);
    }

    public List<Ratio> ratios() {
        List<Ratio> all = new ArrayList<>(List.of(
                throughput("public scam check REST ÷ Redis HGETALL", "scam check REST", "Redis HGETALL", 0.3),
                throughput("public scam check gRPC ÷ Redis HGETALL", "scam check gRPC", "Redis HGETALL", 0.3),
                new Ratio("gateway hop p50 ÷ direct p50", divide(figure("through the gateway"), figure("direct to"), true),
                        1.2, false, "p50 latency"),
                throughput("gateway ÷ HAProxy", "through the gateway", "through HAProxy", 0.8),
                throughput("tip intake (durable) ÷ pgbench INSERT", "tip intake", "pgbench INSERT", 0.5)));
        Footprint slowest = footprints.stream().filter(f -> !Double.isNaN(f.startSeconds()))
                .max(Comparator.comparingDouble(Footprint::startSeconds)).orElse(null);
        Footprint largest = footprints.stream().filter(f -> f.residentMiB() >= 0)
                .max(Comparator.comparingLong(Footprint::residentMiB)).orElse(null);
        all.add(new Ratio("start-up: slowest app" + (slowest == null ? "" : " (" + slowest.app() + ")") + " ÷ bare Spring Boot",
                slowest == null || baseline == null ? Double.NaN : slowest.startSeconds() / baseline.startSeconds(),
                1.5, false, "seconds to started"));
        all.add(new Ratio("memory: largest app" + (largest == null ? "" : " (" + largest.app() + ")") + " ÷ bare Spring Boot",
                largest == null || baseline == null || baseline.residentMiB() <= 0 ? Double.NaN
                        : (double) largest.residentMiB() / baseline.residentMiB(), 1.5, false, "RSS after load"));
        for (int q = 0; q < Growth.QUERIES.size(); q++) {
            String name = "growth: %s p50 at %s ÷ at %s tips".formatted(Growth.QUERIES.get(q),
                    growth.isEmpty() ? "most" : tips(growth.getLast().tips()), growth.isEmpty() ? "fewest" : tips(growth.getFirst().tips()));
            double value = growth.size() < 2 ? Double.NaN
                    : divide(growth.getLast().reads().get(q), growth.getFirst().reads().get(q), true);
            all.add(new Ratio(name, value, FLAT, false, "p50 latency"));
        }
        return all;
    }

    /** 10k, 100k, 1M; smaller numbers as they are. */
    static String tips(long n) {
        if (n >= 1_000_000 && n % 1_000_000 < 50_000) {
            return (n / 1_000_000) + "M";
        }
        if (n >= 10_000 && n % 1_000 < 500) {
            return (n / 1_000) + "k";
        }
        return Long.toString(n);
    }

    private Ratio throughput(String name, String side, String peer, double target) {
        return new Ratio(name, divide(figure(side), figure(peer), false), target, true, "requests per second");
    }

    private static double divide(Measurement a, Measurement b, boolean p50) {
        if (a == null || b == null || !a.measured() || !b.measured()) {
            return Double.NaN;
        }
        return p50 ? a.p50Millis() / b.p50Millis() : a.perSecond() / b.perSecond();
    }

    private Measurement figure(String namePart) {
        return figures.stream().filter(m -> m.name().contains(namePart)).findFirst().orElse(null);
    }
}
