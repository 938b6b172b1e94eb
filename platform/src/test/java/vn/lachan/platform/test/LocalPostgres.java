package vn.lachan.platform.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server: the one {@code LACHAN_DB_URL} names (with {@code LACHAN_DB_USER} and
 * {@code LACHAN_DB_PASSWORD}), or else an embedded server started from Maven-shipped binaries.
 * Each service gets its own database on it, as in production.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/]+)/([^?]*)(\\?.*)?");

    private EmbeddedPostgres embedded;
    private final String serverUrl;
    private final String user;
    private final String password;
    private final Set<String> created = new HashSet<>();
    /** How to start the embedded server again on the same port and data ({@link #startAgain()}); null if it cannot. */
    private EmbeddedPostgres.Builder again;
    /** A data directory this object made and deletes when the server is closed; null if none. */
    private Path ownData;

    private LocalPostgres(EmbeddedPostgres embedded, String serverUrl, String user, String password) {
        this.embedded = embedded;
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
    }

    /**
     * Limits every session gets, as on the cluster (k8s/base/postgres.yaml): no statement runs longer than a
     * request may wait, no lock is waited for long, no transaction is left open.
     */
    public static final java.util.Map<String, String> TIMEOUTS = java.util.Map.of(
            "statement_timeout", "30s", "lock_timeout", "10s", "idle_in_transaction_session_timeout", "60s");

    /**
     * The server of {@code LACHAN_DB_URL}, or an embedded one on {@code port} (0 for any free port). With a
     * {@code dataDirectory} (the local run keeps its data there) the server is durable — fsync, full page writes
     * and synchronous commit on — unless {@code LACHAN_DB_DURABLE=false}; a throw-away server for tests is not.
     */
    public static LocalPostgres start(int port, Path dataDirectory) {
        String url = System.getenv("LACHAN_DB_URL");
        if (url != null && !url.isBlank()) {
            return new LocalPostgres(null, url, env("LACHAN_DB_USER", "postgres"), env("LACHAN_DB_PASSWORD", ""));
        }
        try {
            EmbeddedPostgres pg = builder(port, dataDirectory,
                    dataDirectory != null && !"false".equalsIgnoreCase(System.getenv("LACHAN_DB_DURABLE"))).start();
            return new LocalPostgres(pg, "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres", "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    /**
     * An embedded server (throw-away data, in a temporary directory) that a test may {@link #stop()} and
     * {@link #startAgain()} on the same port with its data, e.g. to see what the applications do while PostgreSQL is
     * away. With {@code LACHAN_DB_URL} set, the server named there, which cannot be stopped ({@link #canStop()}).
     */
    public static LocalPostgres restartable() {
        return restartable(0);
    }

    /** The same as {@link #restartable()}, on {@code port} (0: any free one). */
    public static LocalPostgres restartable(int port) {
        return restartable(port, null);
    }

    /**
     * The same as {@link #restartable(int)}, starting as a copy of {@code seed} (null: empty), the data directory of a
     * server that was shut down cleanly ({@link KeycloakSnapshot#dataDirectory}).
     */
    public static LocalPostgres restartable(int port, Path seed) {
        String url = System.getenv("LACHAN_DB_URL");
        if (url != null && !url.isBlank()) {
            return start(0, null);
        }
        try {
            Path data = java.nio.file.Files.createTempDirectory("lachan-pg-");
            if (seed != null) {
                Trees.copy(seed, data);
            }
            EmbeddedPostgres pg = builder(port, data, false).start();
            LocalPostgres local = new LocalPostgres(pg, "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres",
                    "postgres", "");
            local.again = builder(pg.getPort(), data, false);
            local.ownData = data; // deleted when closed
            return local;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    /**
     * An embedded server with throw-away data that starts as a copy of {@code seed}, the data directory of a server
     * that was shut down cleanly (e.g. one where Keycloak already made its schema: {@link KeycloakSnapshot}); the copy
     * is deleted when the server is closed. With {@code LACHAN_DB_URL} set, the server named there, unchanged.
     */
    public static LocalPostgres startFromCopyOf(Path seed) {
        String url = System.getenv("LACHAN_DB_URL");
        if (url != null && !url.isBlank()) {
            return start(0, null);
        }
        Path data = null;
        try {
            data = java.nio.file.Files.createTempDirectory("lachan-pg-");
            Trees.copy(seed, data);
            EmbeddedPostgres pg = builder(0, data, false).start();
            LocalPostgres local = new LocalPostgres(pg, "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres",
                    "postgres", "");
            local.ownData = data;
            return local;
        } catch (IOException e) {
            Trees.deleteQuietly(data);
            throw new UncheckedIOException("cannot start embedded PostgreSQL on a copy of " + seed, e);
        }
    }

    /**
     * An embedded server whose data stays in {@code dataDirectory} after it is closed (throw-away settings: no fsync);
     * with {@code LACHAN_DB_URL} set, a failure, since such a server cannot be copied.
     */
    static LocalPostgres startEmbedded(Path dataDirectory) {
        try {
            EmbeddedPostgres pg = builder(0, dataDirectory, false).start();
            return new LocalPostgres(pg, "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres", "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Whether {@link #stop()} and {@link #startAgain()} work (an embedded server from {@link #restartable()}). */
    public boolean canStop() {
        return again != null;
    }

    /** Stops the server (fast shutdown: sessions are cut, as in an outage); its data stays for {@link #startAgain()}. */
    public synchronized void stop() {
        if (!canStop()) {
            throw new IllegalStateException("this PostgreSQL cannot be stopped and started again");
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot stop embedded PostgreSQL", e);
            }
            embedded = null;
        }
    }

    /** Starts the stopped server again, on its port, with its data. */
    public synchronized void startAgain() {
        if (!canStop()) {
            throw new IllegalStateException("this PostgreSQL cannot be stopped and started again");
        }
        if (embedded == null) {
            try {
                embedded = again.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL again", e);
            }
        }
    }

    private static EmbeddedPostgres.Builder builder(int port, Path dataDirectory, boolean durable) {
        var builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "300")
                .setServerConfig("timezone", "UTC");
        TIMEOUTS.forEach(builder::setServerConfig);
        if (durable) {
            // the embedded server starts with fsync and synchronous commit off, fit only for throw-away data
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("synchronous_commit", "on");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        return builder;
    }

    /** Creates {@code database} if this server does not have it yet and returns its JDBC URL. */
    public synchronized String database(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        if (created.add(database)) {
            try (Connection admin = DriverManager.getConnection(serverUrl, user, password);
                 var exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                if (!exists.executeQuery().next()) {
                    admin.createStatement().execute("create database " + database);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + database + " on " + serverUrl, e);
            }
        }
        return urlOf(database);
    }

    String urlOf(String database) {
        Matcher m = JDBC_URL.matcher(serverUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("LACHAN_DB_URL is not jdbc:postgresql://host:port/database: " + serverUrl);
        }
        return "jdbc:postgresql://" + m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    }

    /** The login role services run as when migrations run as this server's own user: no superuser, owns nothing. */
    public static final String RUNTIME_ROLE = "lachan_runtime";
    public static final String RUNTIME_PASSWORD = "lachan-runtime-dev";

    /** Creates {@link #RUNTIME_ROLE} if this server does not have it yet; its name. */
    public synchronized String runtimeRole() {
        try (Connection admin = DriverManager.getConnection(serverUrl, user, password);
             var exists = admin.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            exists.setString(1, RUNTIME_ROLE);
            if (!exists.executeQuery().next()) {
                admin.createStatement().execute("create role " + RUNTIME_ROLE + " login nosuperuser nocreatedb nocreaterole"
                        + " password '" + RUNTIME_PASSWORD + "'");
            }
        } catch (SQLException e) {
            if (!String.valueOf(e.getMessage()).contains("already exists")) {
                throw new IllegalStateException("cannot create the role " + RUNTIME_ROLE + " on " + serverUrl, e);
            }
        }
        return RUNTIME_ROLE;
    }

    /** The JDBC URL of the server's maintenance database. */
    public String serverUrl() {
        return serverUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null || again != null;
    }

    @Override
    public synchronized void close() throws IOException {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
        if (ownData != null) {
            Trees.deleteQuietly(ownData);
            ownData = null;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
