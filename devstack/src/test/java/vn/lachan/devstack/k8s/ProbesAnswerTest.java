package vn.lachan.devstack.k8s;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import redis.embedded.RedisServer;
import vn.lachan.platform.test.LocalPostgres;
import vn.lachan.platform.test.LocalRedis;

/**
 * Starts each application of the dev overlay from its built jar with the environment its Deployment
 * gives it — the ConfigMap, the Secrets, the literals, the Service links, the image's own variables —
 * and runs the probes of the manifest against it, the way the kubelet would: an {@code httpGet} must
 * answer 200, a {@code grpc} probe SERVING, within the time the manifest allows (at least 90 s); every
 * container port must accept connections, and the ports named {@code grpc} and {@code management} must
 * answer the gRPC health check and {@code /actuator/health/liveness}. Only what must point at a test
 * instance is changed: the PostgreSQL URL (and its user and password), the Redis address, and the
 * addresses of peers, which are not running (an application must pass its probes without them). The
 * test Redis requires the password the manifest's Redis requires ({@code --requirepass}).
 *
 * <p>The ports are the manifest's own, so the applications run one at a time. A port or probe path
 * changed in one place (probe, container port, LACHAN_*_PORT variable, application settings) but not
 * the others fails here.
 *
 * <p>One service also lives through a PostgreSQL outage: the test database is stopped under it and started again,
 * and the manifest's readiness probe must fail while its liveness probe keeps passing.
 */
@EnabledIf(value = "vn.lachan.devstack.k8s.Kustomize#kubectlOnPath",
        disabledReason = "kubectl is not on PATH: the Kustomize overlays in k8s/ cannot be rendered")
@Tag("manifest")
class ProbesAnswerTest {

    static final String OVERLAY = "dev";
    /** The least time an application gets on a slow machine, whatever the manifest allows. */
    static final Duration AT_LEAST = Duration.ofSeconds(90);
    static final List<String> JVM = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** What the base image (eclipse-temurin) sets in its own Dockerfile, besides PATH and JAVA_HOME. */
    static final Map<String, String> BASE_IMAGE_ENVIRONMENT = Map.of(
            "LANG", "en_US.UTF-8", "LANGUAGE", "en_US:en", "LC_ALL", "en_US.UTF-8");

    static final Pattern JDBC_POSTGRES = Pattern.compile("jdbc:postgresql://([A-Za-z0-9.-]+)(?::(\\d+))?/([^?]+)(\\?.*)?");
    /** {@code scheme://host:port} or a bare {@code host:port} anywhere in a value. */
    static final Pattern ENDPOINT = Pattern.compile(
            "(?<![A-Za-z0-9.-])(?:([A-Za-z][A-Za-z0-9+.-]*)://)?([A-Za-z][A-Za-z0-9.-]*):(\\d{1,5})(?![0-9])");

    static Path root;
    static Rendering rendering;
    static LocalPostgres postgres;
    static AutoCloseable redis;
    static URI redisUrl;

    static List<String> applications() {
        return ManifestRulesTest.APPLICATIONS;
    }

    @BeforeAll
    static void testInstances() {
        root = Kustomize.repositoryRoot();
        rendering = Kustomize.render(OVERLAY);
        // restartable: the outage test stops it and starts it again
        postgres = LocalPostgres.restartable();
        if (System.getenv("LACHAN_REDIS_URL") != null && !System.getenv("LACHAN_REDIS_URL").isBlank()) {
            LocalRedis external = LocalRedis.start(0);
            redis = external;
            redisUrl = URI.create(external.url());
        } else {
            redisUrl = URI.create("redis://127.0.0.1:" + LocalRedis.freePort());
            redis = embeddedRedis(redisUrl.getPort(), redisPassword());
        }
    }

    @AfterAll
    static void stopTestInstances() throws Exception {
        if (redis != null) {
            redis.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** An application of the overlay as its Deployment would start it, pointed at the test instances. */
    record Launch(String application, K8sObject deployment, Map<String, Object> container, List<Probe> probes,
                  Map<String, Integer> ports, Map<String, String> environment, List<String> command, Path work,
                  Path log) {

        Probe probe(String kind) {
            return probes.stream().filter(probe -> kind.equals(probe.kind())).findFirst()
                    .orElseThrow(() -> new AssertionError(application + ": the container has no " + kind));
        }

        AppProcess start() {
            return AppProcess.start(application, command, environment, work, log);
        }
    }

    static Launch launch(String application) throws IOException {
        K8sObject deployment = rendering.find("Deployment", application)
                .orElseThrow(() -> new AssertionError("overlay " + OVERLAY + " renders no Deployment " + application));
        Map<String, Object> container = Tree.maps(deployment.podSpec(), "containers").stream()
                .filter(c -> application.equals(Tree.string(c, "name")))
                .findFirst()
                .orElseGet(() -> Tree.maps(deployment.podSpec(), "containers").getFirst());
        if (Tree.has(container, "command")) {
            fail(application + ": the container sets command " + Tree.get(container, "command")
                    + "; this test starts the jar the way Jib's entrypoint does");
        }
        List<Probe> probes = Probe.of(container);
        if (probes.isEmpty()) {
            fail(application + ": the container has no probes, so there is nothing to check");
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        Tree.maps(container, "ports").forEach(port -> ports.put(
                Objects.requireNonNullElse(Tree.string(port, "name"), "#" + Tree.integer(port, "containerPort")),
                Tree.integer(port, "containerPort")));

        PodEnvironment.Image image = PodEnvironment.Image.fromParentPom(root);
        Map<String, String> imageEnvironment = new LinkedHashMap<>(BASE_IMAGE_ENVIRONMENT);
        Path javaHome = Path.of(System.getProperty("java.home"));
        imageEnvironment.put("JAVA_HOME", javaHome.toString());
        imageEnvironment.put("PATH", javaHome.resolve("bin") + ":/usr/local/bin:/usr/bin:/bin");
        imageEnvironment.putAll(image.environment());
        Map<String, String> rendered = PodEnvironment.of(rendering, deployment, container, imageEnvironment);
        List<String> changes = new ArrayList<>();
        Map<String, String> environment = pointAtTestInstances(application, rendered, changes);

        List<Integer> needed = Stream.concat(ports.values().stream(), probes.stream().map(Probe::port))
                .distinct().toList();
        List<Integer> taken = needed.stream().filter(port -> Probe.accepts(port, Duration.ofMillis(500))).toList();
        if (!taken.isEmpty()) {
            fail(application + ": ports " + taken + " are already in use on this machine; this test starts the "
                    + "application on the manifest's own ports " + needed + ", so stop whatever listens there");
        }

        Path work = root.resolve("devstack/target/probes");
        Path log = work.resolve(application + ".log");
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(image.jvmFlags());
        command.addAll(JVM);
        command.add("-jar");
        command.add(jarOf(application).toString());
        command.addAll(Tree.strings(container, "args").stream()
                .map(arg -> PodEnvironment.expand(arg, environment)).toList());
        System.out.println(application + ": starting with the environment of " + deployment.id() + " (overlay "
                + OVERLAY + "), changed: " + String.join(", ", changes) + "; log " + root.relativize(log));
        return new Launch(application, deployment, container, probes, ports, environment, command, work, log);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void probesOfTheManifestAnswer(String application) throws Exception {
        Launch launch = launch(application);
        List<Probe> probes = launch.probes();
        Map<String, Object> container = launch.container();
        Map<String, Integer> ports = launch.ports();
        Path log = launch.log();

        List<String> problems = new ArrayList<>();
        Instant launched = Instant.now();
        try (AppProcess process = launch.start()) {
            // the kubelet starts readiness and liveness probes once the startup probe has passed
            Instant phase = launched;
            List<String> failedTargets = new ArrayList<>();
            for (Probe probe : probes) {
                Duration allowed = probe.budget().compareTo(AT_LEAST) < 0 ? AT_LEAST : probe.budget();
                // what already failed for its whole budget gets one more attempt, not another budget
                Instant deadline = failedTargets.contains(probe.target()) ? Instant.now() : phase.plus(allowed);
                Optional<String> problem = await(application, probe, process, deadline, allowed, launched);
                problem.ifPresent(problems::add);
                if (problem.isPresent()) {
                    failedTargets.add(probe.target());
                }
                if (problem.isPresent() && !process.alive()) {
                    break;
                }
                if ("startupProbe".equals(probe.kind())) {
                    phase = Instant.now();
                }
            }
            if (process.alive()) {
                ports.forEach((name, number) -> portAnswers(container, name, number).ifPresent(problem -> problems.add(
                        application + ": container port '" + name + "' " + number + " " + problem
                                + listening(process))));
            }
            if (!problems.isEmpty()) {
                problems.add("log " + log + ", last lines:" + process.lastLines(12));
            }
        }
        System.out.printf("%s: %s in %.1f s (start and stop)%n", application,
                problems.isEmpty() ? "every probe answered" : "FAILED", Duration.between(launched, Instant.now())
                        .toMillis() / 1000.0);
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    /** The service the outage test runs: it needs PostgreSQL and no peer. */
    static final String OUTAGE_SERVICE = "budget-service";

    /**
     * A PostgreSQL outage, as the kubelet sees it through the manifest's probes: readiness fails (the pod leaves the
     * Services) while liveness keeps passing for longer than the kubelet's patience (so nothing restarts), and when
     * PostgreSQL is back readiness passes again by itself, in the same process.
     */
    @Test
    void aDatabaseOutageTakesAServiceOutOfServiceWithoutRestartingIt() throws Exception {
        Assumptions.assumeTrue(postgres.canStop(), "LACHAN_DB_URL names a PostgreSQL this test cannot stop");
        Launch launch = launch(OUTAGE_SERVICE);
        Probe startup = launch.probe("startupProbe");
        Probe readiness = launch.probe("readinessProbe");
        Probe liveness = launch.probe("livenessProbe");
        Duration patience = liveness.budget().plusSeconds(liveness.timeoutSeconds());
        List<String> problems = new ArrayList<>();
        try (AppProcess process = launch.start()) {
            Instant launched = Instant.now();
            for (Probe probe : List.of(startup, readiness)) {
                Duration allowed = probe.budget().compareTo(AT_LEAST) < 0 ? AT_LEAST : probe.budget();
                await(OUTAGE_SERVICE, probe, process, Instant.now().plus(allowed), allowed, launched)
                        .ifPresent(problem -> fail(problem + "\nlog " + launch.log() + process.lastLines(12)));
            }

            postgres.stop();
            Instant down = Instant.now();
            Instant readinessFailed = null;
            int livenessChecks = 0;
            try {
                // readiness must fail soon; liveness must pass at every check for longer than the kubelet would let it fail
                while (readinessFailed == null || Duration.between(readinessFailed, Instant.now()).compareTo(patience) < 0) {
                    if (!process.alive()) {
                        problems.add(OUTAGE_SERVICE + " stopped (exit code " + process.exitValue()
                                + ") while PostgreSQL was away");
                        break;
                    }
                    Probe.Answer alive = liveness.attempt();
                    livenessChecks++;
                    if (!alive.passed()) {
                        problems.add("liveness " + liveness.target() + " failed while PostgreSQL was away: "
                                + alive.detail());
                        break;
                    }
                    if (readinessFailed == null) {
                        Probe.Answer ready = readiness.attempt();
                        if (!ready.passed()) {
                            readinessFailed = Instant.now();
                            System.out.printf("%s: readiness failed %.1f s after PostgreSQL stopped (%s)%n",
                                    OUTAGE_SERVICE, Duration.between(down, readinessFailed).toMillis() / 1000.0,
                                    ready.detail());
                        } else if (Duration.between(down, Instant.now()).compareTo(readiness.budget()) > 0) {
                            problems.add("readiness " + readiness.target() + " still passes "
                                    + readiness.budget().toSeconds() + " s after PostgreSQL stopped: " + ready.detail());
                            break;
                        }
                    }
                    sleep(Duration.ofSeconds(1));
                }
            } finally {
                postgres.startAgain();
            }
            System.out.printf("%s: liveness passed %d checks over %.1f s without PostgreSQL%n", OUTAGE_SERVICE,
                    livenessChecks, Duration.between(down, Instant.now()).toMillis() / 1000.0);
            if (problems.isEmpty()) {
                Duration allowed = readiness.budget().compareTo(AT_LEAST) < 0 ? AT_LEAST : readiness.budget();
                Instant back = Instant.now();
                await(OUTAGE_SERVICE, readiness, process, back.plus(allowed), allowed, launched)
                        .ifPresent(problems::add);
                Probe.Answer alive = liveness.attempt();
                if (!alive.passed()) {
                    problems.add("liveness fails after PostgreSQL came back: " + alive.detail());
                }
            }
            if (!problems.isEmpty()) {
                problems.add("log " + launch.log() + ", last lines:" + process.lastLines(12));
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    /**
     * Whether a container port accepts connections and, for the port names of the platform (k8s/README.md:
     * http, grpc, management), speaks what its name promises; the problem, if any.
     */
    private static Optional<String> portAnswers(Map<String, Object> container, String name, int number) {
        if (!Probe.accepts(number, Duration.ofSeconds(2))) {
            return Optional.of("does not accept connections while the application runs");
        }
        Probe check = switch (name) {
            case "grpc" -> new Probe("grpc port", Map.of("grpc", Map.of("port", number), "timeoutSeconds", 3),
                    container);
            case "management" -> new Probe("management port", Map.of("httpGet",
                    Map.of("path", "/actuator/health/liveness", "port", number), "timeoutSeconds", 3), container);
            default -> null;
        };
        if (check != null) {
            // a few attempts: the first gRPC connection to a JVM that has just started can take seconds on a busy machine
            Probe.Answer answer = check.attempt();
            for (Instant until = Instant.now().plusSeconds(20); !answer.passed() && Instant.now().isBefore(until); ) {
                sleep(Duration.ofSeconds(1));
                answer = check.attempt();
            }
            return answer.passed() ? Optional.empty()
                    : Optional.of("accepts connections but " + check.target() + " answers " + answer.detail()
                            + " (expected: " + ("grpc".equals(name) ? "SERVING" : "HTTP 200") + ")");
        }
        if ("http".equals(name)) {
            return Probe.speaksHttp(number) ? Optional.empty()
                    : Optional.of("accepts connections but does not answer HTTP/1.1");
        }
        return Optional.empty();
    }

    /** Polls one probe until it passes, the process dies or the deadline passes; the problem, if any. */
    private static Optional<String> await(String application, Probe probe, AppProcess process, Instant deadline,
                                          Duration allowed, Instant launched) {
        Probe.Answer answer = null;
        while (true) {
            if (!process.alive()) {
                return Optional.of(application + ": stopped (exit code " + process.exitValue() + ") before its "
                        + probe.kind() + " " + probe.target() + " passed"
                        + (answer == null ? "" : "; last answer: " + answer.detail()));
            }
            answer = probe.attempt();
            if (answer.passed()) {
                System.out.printf("%s: %s %s passed %.1f s after start (%s)%n", application, probe.kind(),
                        probe.target(), Duration.between(launched, Instant.now()).toMillis() / 1000.0, answer.detail());
                return Optional.empty();
            }
            if (Instant.now().isAfter(deadline)) {
                return Optional.of(application + ": " + probe.kind() + " " + probe.target() + " did not pass within "
                        + allowed.toSeconds() + " s (the manifest allows " + probe.budget().toSeconds()
                        + " s = initialDelaySeconds " + probe.initialDelaySeconds() + " + failureThreshold "
                        + probe.failureThreshold() + " × periodSeconds " + probe.periodSeconds() + "; at least "
                        + AT_LEAST.toSeconds() + " s here); last answer: " + answer.detail() + listening(process));
            }
            sleep(Duration.ofMillis(500));
        }
    }

    /** The lines in which the application says where it listens, to put next to a failure. */
    private static String listening(AppProcess process) {
        List<String> lines = process.logLines().stream()
                .filter(line -> line.contains("started on port") || line.contains("listening on")
                        || line.contains("Listening on"))
                .map(line -> {
                    Matcher message = AppProcess.ECS_MESSAGE.matcher(line);
                    return message.find() ? message.group(1) : line;
                })
                .toList();
        return lines.isEmpty() ? "" : "\n  the application says: " + String.join(" | ", lines);
    }

    /**
     * The rendered environment with the test instances put in: a JDBC URL naming the PostgreSQL
     * cluster gets a database of that name on the test PostgreSQL (and LACHAN_DB_USER/PASSWORD and
     * LACHAN_DB_MIGRATION_USER/PASSWORD its credentials), an address of the Redis Service the test Redis, and any other in-cluster address
     * (the peers, which this test does not run) a local port nobody listens on.
     */
    static Map<String, String> pointAtTestInstances(String application, Map<String, String> rendered,
                                                    List<String> changes) {
        Map<String, String> env = new LinkedHashMap<>(rendered);
        Map<String, Integer> closedPorts = new LinkedHashMap<>();
        for (Map.Entry<String, String> variable : rendered.entrySet()) {
            String name = variable.getKey();
            String value = variable.getValue();
            Matcher jdbc = JDBC_POSTGRES.matcher(value);
            if (jdbc.matches() && isPostgres(jdbc.group(1))) {
                // the test PostgreSQL speaks no TLS: the manifest's sslmode and sslrootcert are left out here
                String query = Objects.requireNonNullElse(jdbc.group(4), "")
                        .replaceAll("(?<=[?&])(sslmode|sslrootcert)=[^&]*&?", "").replaceFirst("[?&]$", "");
                String url = postgres.database(jdbc.group(3)) + query;
                env.put(name, url);
                changes.add(name + "=" + url);
                continue;
            }
            Matcher endpoint = ENDPOINT.matcher(value);
            StringBuilder replaced = new StringBuilder();
            boolean changed = false;
            while (endpoint.find()) {
                String host = endpoint.group(2);
                int port = Integer.parseInt(endpoint.group(3));
                String target;
                if (isPostgres(host)) {
                    throw new AssertionError(application + ": " + name + "=" + value + " names PostgreSQL in a form "
                            + "this test cannot point at the test database (only jdbc:postgresql://host:port/db)");
                } else if (isRedis(host, port)) {
                    target = redisUrl.getHost() + ":" + redisUrl.getPort();
                } else if (inCluster(host)) {
                    target = "localhost:" + closedPorts.computeIfAbsent(host + ":" + port, key -> LocalRedis.freePort());
                } else {
                    continue;
                }
                String scheme = endpoint.group(1) == null ? "" : endpoint.group(1) + "://";
                endpoint.appendReplacement(replaced, Matcher.quoteReplacement(scheme + target));
                changed = true;
            }
            if (changed) {
                endpoint.appendTail(replaced);
                env.put(name, replaced.toString());
                changes.add(name + "=" + replaced);
            } else if (name.matches(".*_(HOST|HOSTS|HOSTNAME|ADDRESS|ADDRESSES)") && inCluster(value.strip())) {
                throw new AssertionError(application + ": " + name + "=" + value + " names an in-cluster host "
                        + "without a port; teach ProbesAnswerTest where to point it");
            }
        }
        // the runtime role's and the owner's (migrations) credentials alike: the test PostgreSQL's own
        for (String credential : List.of("LACHAN_DB_USER", "LACHAN_DB_PASSWORD", "LACHAN_DB_MIGRATION_USER",
                "LACHAN_DB_MIGRATION_PASSWORD")) {
            if (env.containsKey(credential)) {
                env.put(credential, credential.endsWith("USER") ? postgres.user() : postgres.password());
                changes.add(credential + "=<test PostgreSQL's>");
            }
        }
        return env;
    }

    /** The Service name a host means inside the namespace: {@code name}, {@code name.ns}, … {@code .svc.cluster.local}. */
    private static String serviceName(String host) {
        String namespace = rendering.ofKind("Deployment").stream()
                .map(d -> Tree.string(d.tree(), "metadata", "namespace")).filter(Objects::nonNull)
                .findFirst().orElse("default");
        for (String suffix : List.of("." + namespace + ".svc.cluster.local", "." + namespace + ".svc",
                "." + namespace)) {
            if (host.endsWith(suffix)) {
                return host.substring(0, host.length() - suffix.length());
            }
        }
        return host;
    }

    private static boolean isPostgres(String host) {
        String service = serviceName(host);
        return rendering.ofKind("Cluster").stream()
                .anyMatch(cluster -> Stream.of("-rw", "-ro", "-r").anyMatch(s -> service.equals(cluster.name() + s)))
                || rendering.ofKind("Pooler").stream().anyMatch(pooler -> service.equals(pooler.name()));
    }

    private static boolean isRedis(String host, int port) {
        return rendering.resolve(serviceName(host), port)
                .filter(target -> ManifestRulesTest.REDIS.equals(target.workload().name()))
                .isPresent();
    }

    private static boolean inCluster(String host) {
        String service = serviceName(host);
        return rendering.find("Service", service).isPresent() || isPostgres(host)
                || rendering.ofKind("Keycloak").stream().anyMatch(k -> service.equals(k.name() + "-service"));
    }

    /** The password the rendered Redis requires: its {@code --requirepass} argument, expanded. */
    static String redisPassword() {
        K8sObject statefulSet = rendering.find("StatefulSet", ManifestRulesTest.REDIS)
                .orElseThrow(() -> new AssertionError("overlay " + OVERLAY + " renders no StatefulSet "
                        + ManifestRulesTest.REDIS));
        Map<String, Object> container = Tree.maps(statefulSet.podSpec(), "containers").getFirst();
        Map<String, String> env = PodEnvironment.of(rendering, statefulSet, container, Map.of());
        List<String> arguments = Stream.concat(Tree.strings(container, "command").stream(),
                Tree.strings(container, "args").stream()).toList();
        int flag = arguments.indexOf("--requirepass");
        return flag < 0 || flag + 1 >= arguments.size() ? null : PodEnvironment.expand(arguments.get(flag + 1), env);
    }

    /** A Redis on 127.0.0.1 that, like the manifest's, requires {@code password} (none if null). */
    static AutoCloseable embeddedRedis(int port, String password) {
        try {
            var builder = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no");
            if (password != null) {
                builder.setting("requirepass \"" + password.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            }
            RedisServer server = builder.build();
            server.start();
            return server::stop;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded Redis", e);
        }
    }

    static Path jarOf(String application) throws IOException {
        Path target = root.resolve(application).resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(f -> f.getFileName().toString().matches(Pattern.quote(application) + "-.*-exec\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no built jar " + application + "-*-exec.jar in " + target
                            + ": run ./mvnw -B install -DskipTests first"));
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * An application started with exactly the given environment (nothing inherited from the test
     * JVM, as in a container), logging to a file, stopped with SIGTERM like the kubelet does.
     */
    static final class AppProcess implements AutoCloseable {

        private static final Pattern ECS_MESSAGE = Pattern.compile("\"message\":\"((?:[^\"\\\\]|\\\\.)*)\"");
        private static final Pattern ECS_LEVEL = Pattern.compile("\"level\":\"([A-Z]+)\"");
        private static final Pattern ECS_LOGGER = Pattern.compile("\"logger\":\"([^\"]+)\"");
        private static final Pattern ECS_ERROR = Pattern.compile("\"error\":\\{[^}]*?\"message\":\"((?:[^\"\\\\]|\\\\.)*)\"");

        private final Process process;
        private final Path log;
        private final Thread killer;

        private AppProcess(Process process, Path log) {
            this.process = process;
            this.log = log;
            this.killer = new Thread(process::destroyForcibly);
            Runtime.getRuntime().addShutdownHook(killer);
        }

        static AppProcess start(String name, List<String> command, Map<String, String> environment, Path workDir,
                                Path log) {
            try {
                Files.createDirectories(log.getParent());
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(workDir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
                builder.environment().clear();
                builder.environment().putAll(environment);
                return new AppProcess(builder.start(), log);
            } catch (IOException e) {
                throw new IllegalStateException("cannot start " + name + ": " + e.getMessage(), e);
            }
        }

        boolean alive() {
            return process.isAlive();
        }


        int exitValue() {
            return process.exitValue();
        }

        List<String> logLines() {
            try {
                return Files.readAllLines(log, StandardCharsets.UTF_8);
            } catch (IOException | UncheckedIOException e) {
                return List.of();
            }
        }

        /** The last lines of the log; structured (ECS) lines shortened to level, logger and message. */
        String lastLines(int count) {
            List<String> lines = logLines().stream().filter(line -> !line.isBlank()).map(AppProcess::readable).toList();
            return "\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        }

        private static String readable(String line) {
            Matcher message = ECS_MESSAGE.matcher(line);
            if (!line.startsWith("{") || !message.find()) {
                return line;
            }
            Matcher level = ECS_LEVEL.matcher(line);
            Matcher logger = ECS_LOGGER.matcher(line);
            Matcher error = ECS_ERROR.matcher(line);
            return (level.find() ? level.group(1) + " " : "")
                    + (logger.find() ? logger.group(1).replaceAll("^.*\\.", "") + ": " : "")
                    + message.group(1) + (error.find() ? " [" + error.group(1) + "]" : "");
        }

        @Override
        public void close() {
            try {
                if (process.isAlive()) {
                    process.destroy();
                    if (!process.waitFor(40, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(killer);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down
                }
            }
        }
    }
}
