package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.test.ChildProcess;
import vn.lachan.platform.test.LocalRedis;

/** A service whose database cannot be reached stops by itself and says why in one line. */
@Tag("e2e")
class FailFastTest {

    @Test
    void aServiceStartedAgainstAnUnreachableDatabaseExitsWithOneClearLine() throws Exception {
        Path root = Repo.root();
        int nobodyListens = LocalRedis.freePort();
        String url = "jdbc:postgresql://localhost:" + nobodyListens + "/lachan_tip";
        Path work = root.resolve("devstack/target/fail-fast");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (var process = ChildProcess.start("tip-service", List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                        "-jar", LocalStack.jarOf(root, App.TIP).toString()),
                Map.of("LACHAN_DB_URL", url, "LACHAN_HTTP_PORT", "0", "LACHAN_GRPC_PORT", "0",
                        "LACHAN_MANAGEMENT_PORT", "0", "LACHAN_LOG_FORMAT", "ecs"),
                work, work.resolve("tip-service.log"))) {
            int exit = process.awaitExit(Duration.ofSeconds(90));
            assertThat(exit).as("exit code (-1: still running)").isPositive();
            List<String> errorLines = Files.readAllLines(process.log()).stream()
                    .filter(line -> line.contains("\"level\":\"ERROR\"")).toList();
            assertThat(errorLines).hasSize(1);
            assertThat(errorLines.getFirst()).contains("Cannot connect to PostgreSQL at " + url, "LACHAN_DB_URL");
        }
    }
}
