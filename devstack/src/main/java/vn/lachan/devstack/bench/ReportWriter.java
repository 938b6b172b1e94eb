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
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
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
            writeGrowthChart(report, chart.resolveSibling(chart.getFileName().toString().replaceFirst("\\.png$", "-growth.png")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("Written: " + page + ", " + chart + " and its -growth.png");
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
        md.append("\n## Footprint\n\nStart-up as Spring Boot logs it (\"Started … in N seconds\"); resident memory (RSS) ");
        md.append("after the load above. The four services start at once on the 2 cores and the gateway after them; the bare ");
        md.append("Spring Boot web app (`bench/baseline`: spring-boot-starter-webmvc, one controller) starts alone with the ");
        md.append("same JVM settings and is measured after the same closed-loop load on its one endpoint.\n\n");
        md.append("| application | started in (s) | × bare | RSS after load (MiB) | × bare |\n|---|---|---|---|---|\n");
        Baseline bare = report.baseline();
        for (Footprint f : report.footprints()) {
            md.append("| %s | %s | %s | %s | %s |%n".formatted(f.app(),
                    Double.isNaN(f.startSeconds()) ? "–" : String.format(Locale.ROOT, "%.1f", f.startSeconds()),
                    bare == null || Double.isNaN(f.startSeconds()) ? "–"
                            : String.format(Locale.ROOT, "%.2f×", f.startSeconds() / bare.startSeconds()),
                    f.residentMiB() < 0 ? "–" : Long.toString(f.residentMiB()),
                    bare == null || f.residentMiB() < 0 || bare.residentMiB() <= 0 ? "–"
                            : String.format(Locale.ROOT, "%.2f×", (double) f.residentMiB() / bare.residentMiB())));
        }
        if (bare != null) {
            md.append(String.format(Locale.ROOT, "| bare Spring Boot web app (peer) | %.1f | 1.00× | %s | 1.00× |%n",
                    bare.startSeconds(), bare.residentMiB() < 0 ? "–" : Long.toString(bare.residentMiB())));
        }
        md.append("\n## Growth\n\nThe officers' reads straight to tip-service as tips pile up: the list (`GET /api/v1/tips`, ");
        md.append("first page of 50 of the receiving unit), the statistics of the last 365 days of that unit, the public scam ");
        md.append("check of a prosecuted tip's phone and the overdue view (first page of 50). The tips are written straight into ");
        md.append("tip-service's PostgreSQL as it stores them (copies of a tip filed through the API, receipt spread over a year, ");
        md.append("1 in 20 prosecuted, one phone each), then tip-service rebuilds its scam-check index in Redis from PostgreSQL ");
        md.append("itself and the tables are analysed. p50 / p99 in ms, requests per second in brackets.\n\n");
        md.append("![p50 latency of each read against the number of tips](").append(chartFile.replaceFirst("\\.png$", "-growth.png"))
                .append(")\n\n");
        md.append("| tips | written in (s) | index rebuilt in (s) |");
        Growth.QUERIES.forEach(q -> md.append(' ').append(q).append(" |"));
        md.append("\n|---|---|---|").append("---|".repeat(Growth.QUERIES.size())).append('\n');
        for (Growth.Step step : report.growth()) {
            md.append(String.format(Locale.ROOT, "| %d | %.1f | %s |", step.tips(), step.loadSeconds(),
                    Double.isNaN(step.rebuildSeconds()) ? "–" : String.format(Locale.ROOT, "%.1f", step.rebuildSeconds())));
            for (Measurement m : step.reads()) {
                md.append(String.format(Locale.ROOT, " %.2f / %.2f (%.0f/s%s) |", m.p50Millis(), m.p99Millis(), m.perSecond(),
                        m.errors() == 0 ? "" : ", " + m.errors() + " errors"));
            }
            md.append('\n');
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
        md.append(String.format(Locale.ROOT, "- Growth: the same callers, %.1f s warm-up then %.1f s measured per read and step; "
                + "steps at %s tips%s; \"flat\" of issue #15 read as p50 at the most tips ≤ %.1f× p50 at the fewest\n",
                report.size().growthWarmUp().toMillis() / 1e3, report.size().growthMeasure().toMillis() / 1e3,
                report.size().growth(), report.size() == Size.TINY ? " on top of what the stack held" : "", Report.FLAT));
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
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 760);
    }

    private static void writeGrowthChart(Report report, Path file) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int q = 0; q < Growth.QUERIES.size(); q++) {
            XYSeries series = new XYSeries(Growth.QUERIES.get(q));
            for (Growth.Step step : report.growth()) {
                series.add(step.tips(), step.reads().get(q).p50Millis());
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("p50 latency as tips pile up (" + report.size().name() + " run)",
                "tips in tip-service", "p50 ms", data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.GRAY);
        plot.setDomainGridlinePaint(Color.GRAY);
        LogAxis tips = new LogAxis("tips in tip-service (log scale)");
        tips.setBase(10);
        tips.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setDomainAxis(tips);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        plot.setRenderer(renderer);
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
