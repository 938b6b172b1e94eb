package vn.lachan.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.lachan.platform.migration.PlatformMigrations;
import vn.lachan.platform.test.LocalPostgres;

/** Old callers' keys are forgotten, in batches; the platform's own keys and keys still being claimed are kept. */
class IdempotencyRetentionTest {

    private static JdbcClient jdbc;

    @BeforeAll
    static void database() {
        LocalPostgres postgres = vn.lachan.platform.test.RealInfrastructure.Extension.postgres();
        String url = postgres.database("idempotency_retention_" + ProcessHandle.current().pid());
        var dataSource = new DriverManagerDataSource(url, postgres.user(), postgres.password());
        new PlatformMigrations().migratePlatform(Flyway.configure().dataSource(dataSource).load().getConfiguration());
        jdbc = JdbcClient.create(dataSource);
    }

    static void key(String scope, String key, String result, int daysOld) {
        jdbc.sql("""
                insert into idempotency_keys (scope, operation, idempotency_key, request_hash, result, created_at)
                values (:scope, 'lachan.tip.v1.TipService/CreateTip', :key, 'h', :result,
                        now() - make_interval(days => :days))""")
                .param("scope", scope).param("key", key).param("result", result).param("days", daysOld).update();
    }

    static List<String> keys() {
        return jdbc.sql("select idempotency_key from idempotency_keys order by idempotency_key").query(String.class).list();
    }

    @Test
    void callersKeysOlderThanTheRetentionGoTheRestStay() {
        jdbc.sql("delete from idempotency_keys").update();
        key("caller:sub-1", "old-caller", "r1", 31);
        key("tipster:LC-1", "old-tipster", "r2", 45);
        key("caller:sub-1", "recent-caller", "r3", 29);
        key(IdempotentRequest.PLATFORM_SCOPE, "lachan:tip:1:prosecute", "case-1", 400);
        key("caller:sub-2", "old-but-still-claimed", null, 31);

        int forgotten = new IdempotencyRetention(jdbc, Duration.ofDays(30), Duration.ofHours(1)).forgetOld();

        assertThat(forgotten).isEqualTo(2);
        assertThat(keys()).containsExactly("lachan:tip:1:prosecute", "old-but-still-claimed", "recent-caller");
    }

    @Test
    void manyOldKeysGoInSeveralBatches() {
        jdbc.sql("delete from idempotency_keys").update();
        int many = IdempotencyRetention.BATCH * 2 + 7;
        jdbc.sql("""
                insert into idempotency_keys (scope, operation, idempotency_key, request_hash, result, created_at)
                select 'caller:sub-3', 'op', 'k-' || n, 'h', 'r', now() - interval '40 days'
                from generate_series(1, :many) n""").param("many", many).update();
        key("caller:sub-3", "recent", "r", 1);

        assertThat(new IdempotencyRetention(jdbc, Duration.ofDays(30), Duration.ofHours(1)).forgetOld()).isEqualTo(many);
        assertThat(keys()).containsExactly("recent");
    }

    @Test
    void aRetentionShorterThanADayIsRefusedAtStart() {
        assertThatThrownBy(() -> new IdempotencyRetention(jdbc, Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least a day");
    }
}
