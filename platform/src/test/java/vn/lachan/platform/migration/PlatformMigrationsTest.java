package vn.lachan.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.test.LocalPostgres;
import vn.lachan.platform.test.RealInfrastructure;

/** The platform's migrations keep a history of their own, so they can grow after a service's have. */
class PlatformMigrationsTest {

    private static final String SERVICE = "classpath:db/migration-test/service";
    private static final String NEXT = "classpath:db/migration-test/platform-next";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final LocalPostgres postgres = RealInfrastructure.Extension.postgres();
    private final String url = postgres.database("platform_migrations_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet());

    @Test
    void aNewPlatformMigrationAppliesToAServiceAlreadyAtV6() throws SQLException {
        new PlatformMigrations().migrate(service(SERVICE));
        assertThat(versions("flyway_schema_history")).contains("6").doesNotContain("0.1");
        assertThat(versions(PlatformMigrations.HISTORY_TABLE)).contains("0.1").doesNotContain("6");
        assertThat(exists("audit_log")).isTrue();

        new PlatformMigrations(PlatformMigrations.LOCATION, NEXT).migrate(service(SERVICE));

        assertThat(exists("platform_next")).isTrue();
        assertThat(versions(PlatformMigrations.HISTORY_TABLE)).endsWith("0.99");
        assertThat(versions("flyway_schema_history")).doesNotContain("0.99").endsWith("6");
        // the service's history still validates: nothing of the platform's is missing from it
        service(SERVICE).validate();
    }

    @Test
    void aDatabaseMigratedBeforeTheSplitIsAdoptedWithoutRunningV01Twice() throws SQLException {
        // the old layout: the platform's V0_1 in the service's history, then the service's V1..V6
        Flyway.configure().dataSource(url, postgres.user(), postgres.password())
                .locations(PlatformMigrations.LOCATION).target("0.1").load().migrate();
        Flyway.configure().dataSource(url, postgres.user(), postgres.password())
                .locations(SERVICE).ignoreMigrationPatterns("*:missing").load().migrate();
        execute("insert into audit_log (actor, actor_unit, action, record_type, record_id, request_id)"
                + " values ('a', 'u', 'READ', 'tip', '1', 'r')");
        assertThat(versions("flyway_schema_history")).contains("0.1", "6");

        new PlatformMigrations().migrate(service(SERVICE));

        assertThat(versions("flyway_schema_history")).doesNotContain("0.1").contains("6");
        assertThat(versions(PlatformMigrations.HISTORY_TABLE)).first().isEqualTo("0.1");
        assertThat(count("audit_log")).isEqualTo(1);
        service(SERVICE).validate();
        // and a second start changes nothing
        new PlatformMigrations().migrate(service(SERVICE));
        assertThat(count("audit_log")).isEqualTo(1);
    }

    private Flyway service(String location) {
        return Flyway.configure().dataSource(url, postgres.user(), postgres.password()).locations(location).load();
    }

    private List<String> versions(String table) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = connect();
             var rs = c.createStatement().executeQuery(
                     "select version from " + table + " where version is not null order by installed_rank")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    private boolean exists(String table) throws SQLException {
        try (Connection c = connect(); var st = c.prepareStatement("select to_regclass(?) is not null")) {
            st.setString(1, table);
            var rs = st.executeQuery();
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private long count(String table) throws SQLException {
        try (Connection c = connect(); var rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = connect()) {
            c.createStatement().execute(sql);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, postgres.user(), postgres.password());
    }
}
