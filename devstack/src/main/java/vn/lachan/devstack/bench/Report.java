package vn.lachan.devstack.bench;

import java.time.Duration;
import java.util.List;

/** What one run measured, and the ratios of issue #15 computed from it. */
public record Report(Size size, String javaOptions, List<Measurement> figures, List<Footprint> footprints,
                     double loadAtStart, double loadAtEnd, Duration stackStart) {

    /** One comparison: measured ÷ peer, against its target (at least, or at most). */
    public record Ratio(String comparison, double value, double target, boolean atLeast, String basis) {

        boolean measured() {
            return !Double.isNaN(value);
        }

        String verdict() {
            if (!measured()) {
                return "not measured";
            }
            return (atLeast ? value >= target : value <= target) ? "met" : "missed";
        }
    }

    Report withStackStart(Duration start) {
        return new Report(size, javaOptions, figures, footprints, loadAtStart, loadAtEnd, start);
    }

    public List<Ratio> ratios() {
        return List.of(
                throughput("public scam check REST ÷ Redis HGETALL", "scam check REST", "Redis HGETALL", 0.3),
                throughput("public scam check gRPC ÷ Redis HGETALL", "scam check gRPC", "Redis HGETALL", 0.3),
                new Ratio("gateway hop p50 ÷ direct p50", divide(figure("through the gateway"), figure("direct to"), true),
                        1.2, false, "p50 latency"),
                throughput("gateway ÷ HAProxy", "through the gateway", "through HAProxy", 0.8),
                throughput("tip intake (durable) ÷ pgbench INSERT", "tip intake", "pgbench INSERT", 0.5));
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
