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
    private final String runtimeRole;

    public PlatformMigrations() {
        this(new String[] {LOCATION}, null);
    }

    /** With other locations, for tests that add a platform migration of their own. */
    public PlatformMigrations(String... locations) {
        this(locations, null);
    }

    /**
     * The platform's migrations for a service that runs as {@code runtimeRole}.
     *
     * @param runtimeRole the role the service runs as ({@code LACHAN_DB_USER}); when migrations run as another role
     *                    (the owner, {@code LACHAN_DB_MIGRATION_USER}), it is granted what it needs after every
     *                    migration, and on the audit log only reading and inserting
     */
    public static PlatformMigrations runningAs(String runtimeRole) {
        return new PlatformMigrations(new String[] {LOCATION}, runtimeRole);
    }

    private PlatformMigrations(String[] locations, String runtimeRole) {
        this.runtimeRole = runtimeRole == null || runtimeRole.isBlank() ? null : runtimeRole;
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
        grantRuntimeRole(config.getDataSource());
    }

    /**
     * The runtime role may read and change the service's tables, but on the audit log only read and insert: no
     * update, delete or truncate (the triggers refuse those too, even to the owner), and nothing on its chain's head
     * or the migration histories. Nothing to do when the service migrates as the role it runs as.
     */
    void grantRuntimeRole(DataSource owner) {
        if (runtimeRole == null) {
            return;
        }
        try (Connection c = owner.getConnection(); var st = c.createStatement()) {
            var rs = st.executeQuery("select current_user, exists (select 1 from pg_roles where rolname = '"
                    + runtimeRole.replace("'", "''") + "'), current_schema()");
            rs.next();
            String migrating = rs.getString(1);
            boolean exists = rs.getBoolean(2);
            String schemaName = rs.getString(3);
            rs.close();
            if (runtimeRole.equals(migrating) || !exists) {
                return;
            }
            String role = '"' + runtimeRole.replace("\"", "\"\"") + '"';
            String schema = '"' + schemaName.replace("\"", "\"\"") + '"';
            st.execute("grant usage on schema " + schema + " to " + role);
            st.execute("grant select, insert, update, delete on all tables in schema " + schema + " to " + role);
            st.execute("grant usage, select on all sequences in schema " + schema + " to " + role);
            st.execute("revoke update, delete, truncate, references, trigger on audit_log from " + role);
            st.execute("revoke all on audit_log_head from " + role);
            st.execute("revoke all on " + HISTORY_TABLE + " from " + role);
            var service = c.getMetaData().getTables(null, schemaName, "flyway_schema_history", null);
            if (service.next()) {
                st.execute("revoke all on flyway_schema_history from " + role);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot grant the runtime role " + runtimeRole + " its rights", e);
        }
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
