package vn.lachan.platform.migration;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Runs the platform's own migrations ({@code db/platform}, versions {@code V0_x}) with a Flyway history
 * of their own ({@value #HISTORY_TABLE}), before the service's migrations.
 *
 * <p>Why a second history: when both lived in the service's history, a new platform migration
 * {@code V0_2} was older than a service already at {@code V6}, and Flyway refuses (or, with
 * out-of-order, silently reorders) such a migration. With its own history, the platform's versions
 * only have to grow among themselves.
 */
public class PlatformMigrations implements FlywayMigrationStrategy {

    public static final String HISTORY_TABLE = "flyway_platform_history";
    public static final String LOCATION = "classpath:db/platform";
    /** The only platform migration that ever lived in the services' own history. */
    static final String LEGACY_VERSION = "0.1";

    private final String[] locations;

    public PlatformMigrations() {
        this(LOCATION);
    }

    /** With other locations, for tests that add a platform migration of their own. */
    public PlatformMigrations(String... locations) {
        this.locations = locations.clone();
    }

    @Override
    public void migrate(Flyway service) {
        Configuration config = service.getConfiguration();
        migratePlatform(config);
        // The platform's tables (and its history) now exist in the schema, so the service's first
        // migration meets a non-empty schema; a baseline at 0 lets every service migration (V1 and
        // up) still run. Flyway only baselines when the service has no history yet.
        Flyway.configure(config.getClassLoader())
                .configuration(config)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("platform tables present")
                .load()
                .migrate();
    }

    /** Applies the platform migrations not applied yet; the service's own migrations are left alone. */
    public void migratePlatform(Configuration service) {
        LegacyHistory legacy = new LegacyHistory(service.getDataSource(), service.getDefaultSchema(), service.getTable());
        Flyway platform = Flyway.configure(service.getClassLoader())
                .dataSource(service.getDataSource())
                .schemas(service.getSchemas())
                .defaultSchema(service.getDefaultSchema())
                .table(HISTORY_TABLE)
                .locations(locations)
                // a schema holding only the service's tables is not a reason to stop: baseline at 0
                // so V0_1 and up run. A schema from before the split is adopted below instead.
                .baselineOnMigrate(true)
                .baselineVersion(legacy.platformVersionInServiceHistory() ? LEGACY_VERSION : "0")
                .baselineDescription("platform migrations before their own history")
                .load();
        platform.migrate();
        // Only after the platform's history records 0.1 does the service's history forget it, so a
        // crash in between is repaired by the next start.
        legacy.forgetPlatformVersion();
    }

    /** A database migrated before the split has the platform's V0_1 in the service's history. */
    private record LegacyHistory(DataSource dataSource, String schema, String table) {

        boolean platformVersionInServiceHistory() {
            return run("select count(*) from %s where version = '" + LEGACY_VERSION + "' and success") > 0;
        }

        void forgetPlatformVersion() {
            if (platformVersionInServiceHistory()) {
                run("delete from %s where version = '" + LEGACY_VERSION + "'");
            }
        }

        private int run(String sqlWithTable) {
            try (Connection c = dataSource.getConnection()) {
                String qualified = (schema == null ? "" : quote(schema) + ".") + quote(table);
                try (var exists = c.prepareStatement("select to_regclass(?) is not null")) {
                    exists.setString(1, qualified);
                    var rs = exists.executeQuery();
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        return 0;
                    }
                }
                try (var st = c.createStatement()) {
                    String sql = sqlWithTable.formatted(qualified);
                    if (st.execute(sql)) {
                        var rs = st.getResultSet();
                        rs.next();
                        return rs.getInt(1);
                    }
                    return st.getUpdateCount();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the Flyway history " + table, e);
            }
        }

        private static String quote(String identifier) {
            return '"' + identifier.replace("\"", "\"\"") + '"';
        }
    }
}
