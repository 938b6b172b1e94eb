package vn.lachan.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PostgreSQL of tests and of the local run: production's major version, its timeouts, durable when kept. */
class LocalPostgresTest {

    @TempDir
    Path kept;

    @Test
    void aThrowAwayServerRunsTheMajorVersionOfTheManifestsWithTheirTimeouts() throws Exception {
        assumeTrue(System.getenv("LACHAN_DB_URL") == null || System.getenv("LACHAN_DB_URL").isBlank());
        try (LocalPostgres postgres = LocalPostgres.start(0, null)) {
            assertThat(setting(postgres, "server_version_num").substring(0, 2)).isEqualTo(manifestMajorVersion());
            assertThat(setting(postgres, "statement_timeout")).isEqualTo("30s");
            assertThat(setting(postgres, "lock_timeout")).isEqualTo("10s");
            assertThat(setting(postgres, "idle_in_transaction_session_timeout")).isEqualTo("1min");
            assertThat(setting(postgres, "fsync")).as("throw-away data need not reach the disk").isEqualTo("off");
        }
    }

    @Test
    void aServerWhoseDataIsKeptWritesItDurably() throws Exception {
        assumeTrue(System.getenv("LACHAN_DB_URL") == null || System.getenv("LACHAN_DB_URL").isBlank());
        assumeTrue(!"false".equalsIgnoreCase(System.getenv("LACHAN_DB_DURABLE")), "opted out");
        try (LocalPostgres postgres = LocalPostgres.start(0, kept.resolve("postgres"))) {
            assertThat(setting(postgres, "fsync")).isEqualTo("on");
            assertThat(setting(postgres, "full_page_writes")).isEqualTo("on");
            assertThat(setting(postgres, "synchronous_commit")).isEqualTo("on");
        }
    }

    /** The major version of the CloudNativePG image in k8s/base/postgres.yaml, e.g. "17". */
    static String manifestMajorVersion() throws Exception {
        Path manifest = Path.of("").toAbsolutePath();
        while (manifest != null && !Files.exists(manifest.resolve("k8s/base/postgres.yaml"))) {
            manifest = manifest.getParent();
        }
        assertThat(manifest).as("k8s/base/postgres.yaml above the working directory").isNotNull();
        Matcher image = Pattern.compile("imageName:\\s*\\S*/postgresql:(\\d+)\\.")
                .matcher(Files.readString(manifest.resolve("k8s/base/postgres.yaml")));
        assertThat(image.find()).as("imageName …/postgresql:<major>.<minor> in k8s/base/postgres.yaml").isTrue();
        return image.group(1);
    }

    private static String setting(LocalPostgres postgres, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.serverUrl(), postgres.user(), postgres.password());
             var rs = c.createStatement().executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
