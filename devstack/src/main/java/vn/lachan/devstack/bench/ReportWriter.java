package vn.lachan.devstack.bench;

import java.awt.Color;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.DoubleSummaryStatistics;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** The report: a table of ratios on the console, and the Markdown page with the figures, settings and chart. */
public final class ReportWriter {

    /** What follows this line in the page is written by people and kept when the page is written again. */
    static final String NOTES = "<!-- notes below are kept by bench/run.sh -->";

    private ReportWriter() {
    }

    /** Writes {@code page} and its chart next to it ({@code <page name>.png}); prints the ratios. */
    public static void write(Report report, Path page, PrintStream out) {
        Path chart = page.resolveSibling(page.getFileName().toString().replaceFirst("\\.md$", "") + ".png");
        out.println();
        out.println(ratioTable(report));
        try {
            Files.createDirectories(page.toAbsolutePath().getParent());
            String kept = Files.exists(page) && Bench.readable(page).contains(NOTES)
                    ? Bench.readable(page).substring(Bench.readable(page).indexOf(NOTES))
                    : NOTES + "\n";
            Files.writeString(page, markdown(report, chart.getFileName().toString()) + "\n" + kept);
            writeChart(report, chart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("Written: " + page + " and " + chart);
    }

    static String ratioTable(Report report) {
        StringBuilder table = new StringBuilder("| comparison | ratio | target | verdict |\n|---|---|---|---|\n");
        for (Report.Ratio r : report.ratios()) {
            table.append("| %s | %s | %s %s | %s |%n".formatted(r.comparison(),
                    r.measured() ? String.format(Locale.ROOT, "%.3f×", r.value()) : "–",
                    r.atLeast() ? "≥" : "≤", String.format(Locale.ROOT, "%.1f×", r.target()), r.verdict()));
        }
        return table.toString();
    }

    static String markdown(Report report, String chartFile) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by `./bench/run.sh` (size `%s`) on %s. Issue #15 sets the targets; this page holds one run's "
                .formatted(report.size().name(), Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        md.append("figures, not a promise: timings are never asserted in tests.\n\n");
        md.append("## Ratios\n\n").append(ratioTable(report)).append('\n');
        md.append("![measured ratio against target](").append(chartFile).append(")\n\n");
        md.append("## Figures\n\n| side | load from | requests | errors | req/s | p50 ms | p99 ms | load avg at start |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Measurement m : report.figures()) {
            if (m.measured()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.0f | %.2f | %.2f | %.2f |%n", m.name(), m.tool(),
                        m.requests(), m.errors(), m.perSecond(), m.p50Millis(), m.p99Millis(), m.loadBefore()));
            } else {
                md.append("| %s | %s | – | – | – | – | – | not measured: %s |%n".formatted(m.name(), m.tool(), m.missing()));
            }
        }
        md.append("\n## Footprint\n\nStart-up as Spring Boot logs it, the four services starting at once and the gateway after them; ");
        md.append("resident memory (RSS) after the load above. No bare Spring Boot app is measured beside them yet.\n\n");
        md.append("| application | started in (s) | RSS after load (MiB) |\n|---|---|---|\n");
        for (Footprint f : report.footprints()) {
            md.append("| %s | %s | %s |%n".formatted(f.app(),
                    Double.isNaN(f.startSeconds()) ? "–" : String.format(Locale.ROOT, "%.1f", f.startSeconds()),
                    f.residentMiB() < 0 ? "–" : Long.toString(f.residentMiB())));
        }
        if (report.stackStart() != null) {
            md.append("\nThe whole stack (PostgreSQL, Redis, SMTP, Keycloak, four services, gateway) was ready in %d s.\n"
                    .formatted(report.stackStart().toSeconds()));
        }
        md.append("\n## Machine and settings\n\n");
        md.append("- Machine: ").append(machine()).append('\n');
        md.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version"))
                .append(", the same for the platform and the Java load\n");
        md.append("- JVM settings of every application (from `k8s/base`: `JAVA_TOOL_OPTIONS` and a pod's limits as the JVM sees them): `")
                .append(report.javaOptions()).append("`\n");
        md.append("- Load: closed loop, %d callers at once for every side (redis-benchmark `-c %d -n %d`, pgbench `-c %d`), "
                .formatted(report.size().concurrency(), report.size().concurrency(), report.size().redisRequests(),
                        report.size().concurrency()));
        md.append("%d s warm-up then %d s measured per side; HTTP over HTTP/1.1 keep-alive, gRPC over one channel\n"
                .formatted(report.size().warmUp().toSeconds(), report.size().measure().toSeconds()));
        md.append("- Configuration given to the platform for the run: ")
                .append(Bench.benchEnvironment().isEmpty() ? "none beyond the local defaults" : Bench.benchEnvironment().toString())
                .append('\n');
        DoubleSummaryStatistics load = report.figures().stream().mapToDouble(Measurement::loadBefore).filter(l -> l >= 0)
                .summaryStatistics();
        md.append(String.format(Locale.ROOT, "- Noise: the load generator shares the 2 cores with everything it measures. 1-minute load average %.2f at the start, ",
                report.loadAtStart()));
        md.append(String.format(Locale.ROOT, "%.2f–%.2f before the sides, %.2f at the end (the platform's own load included; above ~2 means other jobs ran too)\n",
                load.getCount() == 0 ? 0 : load.getMin(), load.getCount() == 0 ? 0 : load.getMax(),
                        report.loadAtEnd()));
        return md.toString();
    }

    private static void writeChart(Report report, Path file) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Report.Ratio r : report.ratios()) {
            String label = r.comparison().replace(" ÷ ", "\n÷ ");
            data.addValue(r.measured() ? r.value() : 0, "measured", label);
            data.addValue(r.target(), "target", label);
        }
        JFreeChart chart = ChartFactory.createBarChart("Lá Chắn against its peers (ratio, " + report.size().name() + " run)",
                null, "ratio", data, PlotOrientation.HORIZONTAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.GRAY);
        plot.getRenderer().setSeriesPaint(0, new Color(0x1f, 0x5f, 0xa8));
        plot.getRenderer().setSeriesPaint(1, new Color(0xc8, 0xc8, 0xc8));
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 520);
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException e) {
            // keep "unknown CPU"
        }
        long memoryGiB = -1;
        try {
            memoryGiB = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024).orElse(-1L);
        } catch (IOException e) {
            // unknown
        }
        return "%s, %d cores, %d GiB RAM, %s %s".formatted(cpu, Runtime.getRuntime().availableProcessors(), memoryGiB,
                System.getProperty("os.name"), System.getProperty("os.version"));
    }
}
