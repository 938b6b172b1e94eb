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
 * runs and the page's table and chart are written and readable. Timings are figures, never checked here.
 */
class BenchSmokeTest {

    @Test
    void theBenchmarkWritesItsTableAndChart() throws Exception {
        System.setProperty("java.awt.headless", "true");
        LocalStack stack = SharedStack.get();
        Path dir = Repo.root().resolve("devstack/target/bench-smoke");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

        Report report = Bench.measure(stack, Size.TINY, dir, LocalStack.JAVA_OPTIONS, out);
        Path page = dir.resolve("benchmarks.md");
        ReportWriter.write(report, page, out);

        assertThat(report.ratios()).extracting(Report.Ratio::comparison).hasSize(5);
        assertThat(report.figures()).allSatisfy(m -> assertThat(m.requests() > 0 || m.missing() != null)
                .as("%s measured something or says why not", m.name()).isTrue());
        String markdown = Files.readString(page);
        List<String> ratioRows = markdown.lines().dropWhile(l -> !l.equals("## Ratios"))
                .filter(l -> l.startsWith("| ") && !l.startsWith("| comparison")).limit(5).toList();
        assertThat(ratioRows).hasSize(5).allSatisfy(row -> assertThat(row)
                .matches("\\| .+ \\| ([0-9]+\\.[0-9]{3}×|–) \\| [≥≤] [0-9.]+× \\| (met|missed|not measured) \\|"));
        assertThat(markdown).contains("## Figures", "## Footprint", "## Machine and settings", "![measured ratio");
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("| comparison | ratio | target | verdict |");
        BufferedImage chart = ImageIO.read(dir.resolve("benchmarks.png").toFile());
        assertThat(chart).isNotNull();
        assertThat(chart.getWidth()).isEqualTo(1000);
        assertThat(chart.getHeight()).isEqualTo(520);
    }
}
