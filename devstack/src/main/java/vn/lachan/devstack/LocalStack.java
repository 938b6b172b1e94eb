package vn.lachan.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.lachan.platform.test.ChildProcess;
import vn.lachan.platform.test.KeycloakSnapshot;
import vn.lachan.platform.test.LocalKeycloak;
import vn.lachan.platform.test.LocalPostgres;
import vn.lachan.platform.test.LocalRedis;

/**
 * The whole platform on one machine: PostgreSQL and Redis (embedded unless {@code LACHAN_DB_URL} /
 * {@code LACHAN_REDIS_URL} name servers), Keycloak, the four services and the gateway, each started
 * from its built jar with the same environment variables its Kubernetes Deployment sets.
 */
public final class LocalStack implements AutoCloseable {

    /** How long a service may take to become ready: 3 minutes, more with -Dlachan.e2e.start-seconds on a loaded machine. */
    static final Duration APP_START = Duration.ofSeconds(Long.getLong("lachan.e2e.start-seconds", 180));

    /**
     * The JVM settings of every application: quick to start and small (C1 only, serial GC) for the local run and the
     * tests; the benchmark passes the production ones with -Dlachan.stack.java-options.
     */
    static final String JAVA_OPTIONS = System.getProperty("lachan.stack.java-options",
            "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1").strip();

    private final Path repoRoot;
    private final Path workDir;
    private final StackPorts ports;
    private final PrintStream out;
    private final List<AutoCloseable> started = new ArrayList<>();
    private LocalPostgres postgres;
    private LocalRedis redis;
    /** The local SMTP server, or null when LACHAN_SMTP_HOST names a real one. */
    private LocalMail mail;
    private LocalKeycloak keycloak;
    /** The process of each application now running (the last one started). */
    private final Map<App, ChildProcess> running = new java.util.EnumMap<>(App.class);

    private LocalStack(Path repoRoot, Path workDir, StackPorts ports, PrintStream out) {
        this.repoRoot = repoRoot;
        this.workDir = workDir;
        this.ports = ports;
        this.out = out;
    }

    /**
     * Starts everything and waits until each part is healthy.
     *
     * @param keepData keep PostgreSQL's data under {@code workDir} between runs (the local run); tests pass false
     */
    public static LocalStack start(Path repoRoot, Path workDir, StackPorts ports, boolean keepData, PrintStream out) {
        Preflight.requireJava21();
        boolean embeddedPostgres = isBlank(System.getenv("LACHAN_DB_URL"));
        boolean embeddedRedis = isBlank(System.getenv("LACHAN_REDIS_URL"));
        boolean embeddedSmtp = isBlank(System.getenv("LACHAN_SMTP_HOST"));
        Preflight.requireFree(Preflight.ports(ports, embeddedPostgres, embeddedRedis, embeddedSmtp));
        for (App app : App.values()) {
            jarOf(repoRoot, app); // fail before starting anything if a jar is missing
        }
        LocalStack stack = new LocalStack(repoRoot, workDir, ports, out);
        try {
            stack.startAll(keepData);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(boolean keepData) {
        out.println("Starting PostgreSQL …");
        // throw-away data (the tests) can be stopped and started again under the applications (FaultInjectionTest)
        // the tests' server starts as a copy of one where Keycloak already made its schema and imported the realm
        // (KeycloakSnapshot, made once per checkout): Keycloak skips a minute of work
        Path snapshot = keepData || !isBlank(System.getenv("LACHAN_DB_URL")) ? null
                : KeycloakSnapshot.dataDirectory(repoRoot);
        postgres = keepData ? LocalPostgres.start(ports.postgres(), workDir.resolve("postgres"))
                : LocalPostgres.restartable(ports.postgres(), snapshot);
        started.add(postgres);
        out.println("Starting Redis …");
        redis = LocalRedis.start(ports.redis());
        started.add(redis);

        if (isBlank(System.getenv("LACHAN_SMTP_HOST"))) {
            out.println("Starting the SMTP server …");
            mail = LocalMail.start(ports.smtp(), ports.imap());
            started.add(mail);
        }

        out.println("Starting Keycloak (the first start takes a minute) …");
        // the portal client sends browsers back only to this stack's gateway (the realm's ${LACHAN_PUBLIC_URL})
        keycloak = LocalKeycloak.start(repoRoot, ports.keycloak(), ports.keycloak() + 1, postgres,
                workDir.resolve("logs/keycloak.log"), gatewayUrl());
        started.add(keycloak);
        if (snapshot != null) {
            keycloak.sendBrowsersBackTo(gatewayUrl()); // the snapshot's realm was imported for the default address
        }

        out.println("Starting the services …");
        Map<App, ChildProcess> services = new LinkedHashMap<>();
        for (App app : App.values()) {
            if (app.isService()) {
                services.put(app, launch(app, environment(app)));
            }
        }
        services.forEach((app, process) -> {
            process.awaitHealthy(readiness(ports.management(app)), APP_START);
            out.println("  " + app.module() + " is up");
        });
        out.println("Starting the gateway …");
        ChildProcess gateway = launch(App.GATEWAY, environment(App.GATEWAY));
        gateway.awaitHealthy(readiness(ports.gatewayManagement()), APP_START);
    }

    private Map<String, String> environment(App app) {
        return app.isService() ? serviceEnvironment(app) : gatewayEnvironment();
    }

    private URI readiness(App app) {
        return readiness(app.isService() ? ports.management(app) : ports.gatewayManagement());
    }

    // Faults, for the fault-injection test: what a crash, a restart or an outage does to the running platform.

    /** Kills the application's process with SIGKILL, as a crash or the OOM killer would: nothing drains. */
    public void kill(App app) {
        ChildProcess process = running.get(app);
        if (process != null) {
            process.kill();
        }
    }

    /** Starts the application again (after {@link #kill}) with the same environment, and waits until it is ready. */
    public void startAgain(App app) {
        ChildProcess process = running.get(app);
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(app.module() + " is still running");
        }
        launch(app, environment(app)).awaitHealthy(readiness(app), APP_START);
    }

    /** Stops PostgreSQL (fast shutdown: every session is cut) and starts it again on its port with its data. */
    public void restartPostgres() {
        postgres.stop();
        postgres.startAgain();
    }

    /** Stops Redis; {@link #startRedisAgain()} brings it back empty, as a Redis restarted without persistence. */
    public void stopRedis() {
        try {
            redis.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void startRedisAgain() {
        try {
            redis.startAgain();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ChildProcess launch(App app, Map<String, String> environment) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(JAVA_OPTIONS.split("\\s+")));
        command.addAll(List.of("-Duser.timezone=Asia/Ho_Chi_Minh", "-jar", jarOf(repoRoot, app).toString()));
        ChildProcess process = ChildProcess.start(app.module(), command, environment, workDir,
                workDir.resolve("logs/" + app.module() + ".log"));
        started.add(process);
        running.put(app, process);
        return process;
    }

    /** The environment a service's Deployment gives it, pointed at this stack. */
    Map<String, String> serviceEnvironment(App app) {
        Map<String, String> env = new HashMap<>();
        env.put("LACHAN_HTTP_PORT", Integer.toString(ports.http(app)));
        env.put("LACHAN_GRPC_PORT", Integer.toString(ports.grpc(app)));
        env.put("LACHAN_MANAGEMENT_PORT", Integer.toString(ports.management(app)));
        env.put("LACHAN_DB_URL", postgres.database(app.database()));
        // the service runs as a role that may only read and insert on its audit log; migrations run as the owner
        // (a given server where roles cannot be created: the services run as its user)
        String runtime;
        try {
            runtime = postgres.runtimeRole();
        } catch (IllegalStateException e) {
            runtime = null;
        }
        env.put("LACHAN_DB_USER", runtime == null ? postgres.user() : runtime);
        env.put("LACHAN_DB_PASSWORD", runtime == null ? postgres.password() : LocalPostgres.RUNTIME_PASSWORD);
        env.put("LACHAN_DB_MIGRATION_USER", postgres.user());
        env.put("LACHAN_DB_MIGRATION_PASSWORD", postgres.password());
        env.put("LACHAN_REDIS_URL", redis.url());
        env.put("LACHAN_ISSUER_URI", keycloakUrl() + "/realms/lachan");
        env.put("LACHAN_TIP_SERVICE_ADDRESS", "static://localhost:" + ports.grpc(App.TIP));
        env.put("LACHAN_CASE_SERVICE_ADDRESS", "static://localhost:" + ports.grpc(App.CASE));
        env.put("LACHAN_BUDGET_SERVICE_ADDRESS", "static://localhost:" + ports.grpc(App.BUDGET));
        env.put("LACHAN_REPORT_SERVICE_ADDRESS", "static://localhost:" + ports.grpc(App.REPORT));
        env.put("LACHAN_LOG_FORMAT", "ecs");
        if (app == App.REPORT && mail != null) {
            env.put("LACHAN_SMTP_HOST", "127.0.0.1");
            env.put("LACHAN_SMTP_PORT", Integer.toString(mail.smtpPort()));
        }
        String reminderCron = System.getProperty("lachan.reminder-mail-cron");
        if (app == App.REPORT && !isBlank(reminderCron)) {
            env.put("LACHAN_REMINDER_MAIL_CRON", reminderCron);
        }
        return env;
    }

    Map<String, String> gatewayEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("LACHAN_HTTP_PORT", Integer.toString(ports.gatewayHttp()));
        env.put("LACHAN_MANAGEMENT_PORT", Integer.toString(ports.gatewayManagement()));
        env.put("LACHAN_REDIS_URL", redis.url());
        env.put("LACHAN_ISSUER_URI", keycloakUrl() + "/realms/lachan");
        env.put("LACHAN_TIP_SERVICE_URL", "http://localhost:" + ports.http(App.TIP));
        env.put("LACHAN_CASE_SERVICE_URL", "http://localhost:" + ports.http(App.CASE));
        env.put("LACHAN_REPORT_SERVICE_URL", "http://localhost:" + ports.http(App.REPORT));
        env.put("LACHAN_BUDGET_SERVICE_URL", "http://localhost:" + ports.http(App.BUDGET));
        env.put("LACHAN_LOG_FORMAT", "ecs");
        return env;
    }

    public String gatewayUrl() {
        return "http://localhost:" + ports.gatewayHttp();
    }

    public String keycloakUrl() {
        return "http://localhost:" + ports.keycloak();
    }

    public StackPorts ports() {
        return ports;
    }

    public LocalKeycloak keycloak() {
        return keycloak;
    }

    /** Redis's URL, e.g. {@code redis://127.0.0.1:16379}. */
    public String redisUrl() {
        return redis.url();
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    /** The local SMTP server, when this stack runs one. */
    public java.util.Optional<LocalMail> mail() {
        return java.util.Optional.ofNullable(mail);
    }

    public Path logs() {
        return workDir.resolve("logs");
    }

    /** What a person needs to use the running stack. */
    public String summary() {
        return """

                Lá Chắn is running.
                  Portal and API (gateway)  %s
                  Keycloak (realm lachan)   %s/realms/lachan   (admin console: admin / admin)
                  tip-service               REST http://localhost:%d  gRPC localhost:%d
                  case-service              REST http://localhost:%d  gRPC localhost:%d
                  report-service            REST http://localhost:%d  gRPC localhost:%d
                  budget-service            REST http://localhost:%d  gRPC localhost:%d
                  PostgreSQL                %s
                  Redis                     %s
                  E-mail                    %s
                  Logs                      %s
                Press Ctrl-C to stop everything.
                """.formatted(gatewayUrl(), keycloakUrl(),
                ports.http(App.TIP), ports.grpc(App.TIP), ports.http(App.CASE), ports.grpc(App.CASE),
                ports.http(App.REPORT), ports.grpc(App.REPORT), ports.http(App.BUDGET), ports.grpc(App.BUDGET),
                postgres.serverUrl(), redis.url(), mail == null
                        ? "the SMTP server at LACHAN_SMTP_HOST"
                        : "SMTP localhost:" + mail.smtpPort() + ", read over IMAP localhost:" + mail.imapPort()
                                + " (login and password: the address)", logs());
    }

    /** Stops everything, newest first; each part gets its graceful shutdown. */
    @Override
    /**
     * Stops the stack: the gateway, the services and Keycloak together (each drains its own requests; one after the
     * other they took longer than a test JVM is given to exit, and were left running), then Redis and PostgreSQL,
     * which they were writing to.
     */
    public void close() {
        List<AutoCloseable> stores = started.stream().filter(s -> s == postgres || s == redis).toList();
        List<Thread> stopping = started.stream().filter(s -> !stores.contains(s))
                .map(s -> Thread.ofVirtual().start(() -> closeQuietly(s))).toList();
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stores.reversed().forEach(this::closeQuietly);
        started.clear();
    }

    private void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            out.println("Could not stop cleanly: " + e.getMessage());
        }
    }

    static Path jarOf(Path repoRoot, App app) {
        Path target = repoRoot.resolve(app.module()).resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(f -> f.getFileName().toString().matches(app.module() + "-.*-exec\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new StackException("No built jar for " + app.module() + " in " + target
                            + ": run ./mvnw -B -DskipTests install first."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URI readiness(int managementPort) {
        return URI.create("http://localhost:" + managementPort + "/actuator/health/readiness");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
