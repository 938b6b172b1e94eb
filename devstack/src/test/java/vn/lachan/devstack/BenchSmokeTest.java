package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.lachan.devstack.bench.Bench;
import vn.lachan.devstack.bench.Report;
import vn.lachan.devstack.bench.ReportWriter;
import vn.lachan.devstack.bench.Size;

/**
 * {@code ./bench/run.sh} at a tiny size against the suite's own stack, so the benchmark cannot rot: every comparison
 * runs (the bare Spring Boot peer and the growth steps included) and the page's tables and charts are written and
 * readable, each figure a number. Timings are figures, never checked here.
 */
class BenchSmokeTest {

    private static final String NUMBER = "[0-9]+(\\.[0-9]+)?";
    private static final String RATIO = "(" + NUMBER + "×|–)";

    @Test
    void theBenchmarkWritesItsTablesAndCharts() throws Exception {
        System.setProperty("java.awt.headless", "true");
        LocalStack stack = SharedStack.get();
        Path dir = Repo.root().resolve("devstack/target/bench-smoke");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        // what the command prints, kept for the checks below and shown in the test's output
        PrintStream out = new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                console.write(b);
                System.out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                console.write(b, off, len);
                System.out.write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8);

        Report report = Bench.measure(stack, Size.TINY, dir, LocalStack.JAVA_OPTIONS, out);
        Path page = dir.resolve("benchmarks.md");
        ReportWriter.write(report, page, out);

        assertThat(report.ratios()).extracting(Report.Ratio::comparison).hasSize(11);
        assertThat(report.figures()).allSatisfy(m -> assertThat(m.requests() > 0 || m.missing() != null)
                .as("%s measured something or says why not", m.name()).isTrue());
        String markdown = Files.readString(page);

        // the ratios: the five comparisons, footprint start and memory, the four reads' growth; each a number
        List<String> ratioRows = section(markdown, "## Ratios");
        assertThat(ratioRows).hasSize(11).allSatisfy(row -> assertThat(row)
                .matches("\\| .+ \\| ([0-9]+\\.[0-9]{3}×|–) \\| [≥≤] [0-9.]+× \\| (met|missed|not measured) \\|"));
        assertThat(ratioRows.subList(5, 11)).allSatisfy(row -> assertThat(row).doesNotContain("not measured"));
        assertThat(String.join("\n", ratioRows)).contains("start-up: slowest app", "memory: largest app",
                "growth: list", "growth: statistics", "growth: scam check", "growth: overdue view");

        // the footprint: each application and the bare Spring Boot app, start-up and RSS as numbers
        List<String> footprint = section(markdown, "## Footprint");
        assertThat(footprint).hasSize(6).allSatisfy(row -> assertThat(row)
                .matches("\\| [^|]+ \\| " + NUMBER + " \\| " + RATIO + " \\| [0-9]+ \\| " + RATIO + " \\|"));
        assertThat(footprint.getLast()).startsWith("| bare Spring Boot web app (peer) | ");

        // the growth: one row per step, the four reads each with p50, p99 and a rate
        List<String> growth = section(markdown, "## Growth");
        String read = " " + NUMBER + " / " + NUMBER + " \\(" + NUMBER + "/s\\) \\|";
        assertThat(growth).hasSize(2).allSatisfy(row -> assertThat(row)
                .matches("\\| [0-9]+ \\| " + NUMBER + " \\| " + NUMBER + " \\|" + read.repeat(4)));

        assertThat(markdown).contains("## Figures", "## Machine and settings", "![measured ratio", "benchmarks-growth.png");
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("| comparison | ratio | target | verdict |");
        BufferedImage chart = ImageIO.read(dir.resolve("benchmarks.png").toFile());
        assertThat(chart).isNotNull();
        assertThat(chart.getWidth()).isEqualTo(1000);
        assertThat(chart.getHeight()).isEqualTo(760);
        BufferedImage curve = ImageIO.read(dir.resolve("benchmarks-growth.png").toFile());
        assertThat(curve).isNotNull();
        assertThat(curve.getWidth()).isEqualTo(1000);
    }

    /** The body rows of the first table under {@code heading}. */
    private static List<String> section(String markdown, String heading) {
        return markdown.lines().dropWhile(l -> !l.equals(heading)).skip(1)
                .dropWhile(l -> !l.startsWith("| ")).takeWhile(l -> l.startsWith("|")).skip(2).toList();
    }
}
