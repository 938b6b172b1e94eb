package vn.lachan.devstack.bench;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lachan.devstack.App;
import vn.lachan.devstack.DevStack;
import vn.lachan.devstack.LocalStack;
import vn.lachan.devstack.StackPorts;
import vn.lachan.tip.v1.CheckIndicatorRequest;
import vn.lachan.tip.v1.CheckIndicatorResponse;
import vn.lachan.tip.v1.Indicator;
import vn.lachan.tip.v1.ScamCheckServiceGrpc;

/**
 * {@code ./bench/run.sh}: starts the platform with the production JVM settings, measures each comparison of issue
 * #15 side by side, prints the ratios and writes {@code docs/benchmarks.md} with its chart. The measuring itself
 * ({@link #measure}) also runs at a tiny size against the test suite's stack, so the command cannot rot.
 */
public final class Bench {

    /** A realistic tip, as an officer files it (README's example). */
    static final String TIP = """
            {"channel":"HOTLINE","sourceKind":"DENUNCIATION","receivingUnit":"cong-an-tinh",
             "modusOperandi":"IMPERSONATE_AUTHORITY","narrative":"Giả danh công an gọi điện yêu cầu chuyển tiền để xác minh tài khoản",
             "loss":{"dong":"45000000"}}""";

    private Bench() {
    }

    public static void main(String[] args) {
        Size size = Size.named(args.length > 0 ? args[0] : "full");
        Path root = DevStack.repoRoot();
        Path report = root.resolve(args.length > 1 ? args[1] : "docs/benchmarks.md");
        String javaOptions = Settings.productionJavaOptions(root);
        // read by LocalStack when it launches each application
        System.setProperty("lachan.stack.java-options", javaOptions);
        int offset = Integer.parseInt(System.getenv().getOrDefault("LACHAN_PORT_OFFSET", "5000"));
        PrintStream out = System.out;
        out.println("JVM settings of every application (k8s/base): " + javaOptions);
        long started = System.nanoTime();
        Path stackDir = root.resolve("devstack/target/bench-stack");
        deleteRecursively(stackDir.resolve("postgres"));
        int exit = 1;
        // keepData: PostgreSQL on disk and durable (fsync, synchronous commit), as in production; emptied first
        try (LocalStack stack = LocalStack.start(root, stackDir, new StackPorts(offset), true, out)) {
            Duration stackStart = Duration.ofNanos(System.nanoTime() - started);
            Report result = measure(stack, size, root.resolve("devstack/target/bench"), javaOptions, out);
            result = result.withStackStart(stackStart);
            ReportWriter.write(result, report, out);
            exit = 0;
        } catch (RuntimeException | Error e) {
            e.printStackTrace();
        } finally {
            // the embedded servers keep threads of their own
            System.exit(exit);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every comparison against a running stack; the stack's own JVM settings are {@code javaOptions}. */
    public static Report measure(LocalStack stack, Size size, Path workDir, String javaOptions, PrintStream out) {
        StackPorts ports = stack.ports();
        String tip = "http://localhost:" + ports.http(App.TIP);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<Measurement> figures = new ArrayList<>();
        double loadAtStart = Load.loadAverage();

        // 1. the public scam check of a value an investigator published, and Redis answering the same keys
        String phone = "098" + String.format("%07d", new java.security.SecureRandom().nextInt(10_000_000));
        expectOk(http, post(tip + "/api/v1/tips/scam-check/publications", stack.keycloak().userToken("dieutra"),
                "{\"type\":\"PHONE\",\"value\":\"%s\",\"reason\":\"Đo hiệu năng (bench)\"}".formatted(phone)));
        HttpRequest check = HttpRequest.newBuilder(URI.create(tip + "/api/v1/public/scam-check?type=PHONE&value=" + phone))
                .timeout(Duration.ofSeconds(30)).GET().build();
        expectOk(http, check);
        out.println("Public scam check over REST …");
        figures.add(Load.run("scam check REST (tip-service)", "Java HttpClient", size,
                () -> ok(http.send(check, HttpResponse.BodyHandlers.ofString()), "REPORTED")));
        ManagedChannel channel = NettyChannelBuilder.forAddress("localhost", ports.grpc(App.TIP)).usePlaintext().build();
        try {
            var stub = ScamCheckServiceGrpc.newBlockingStub(channel);
            CheckIndicatorRequest request = CheckIndicatorRequest.newBuilder().setType(Indicator.Type.PHONE).setValue(phone).build();
            CheckIndicatorResponse answer = stub.withDeadlineAfter(30, java.util.concurrent.TimeUnit.SECONDS).checkIndicator(request);
            if (answer.getStatus() != CheckIndicatorResponse.Status.REPORTED) {
                throw new IllegalStateException("the published value is not REPORTED over gRPC: " + answer);
            }
            out.println("Public scam check over gRPC …");
            figures.add(Load.run("scam check gRPC (tip-service)", "grpc-java", size, () -> stub
                    .withDeadlineAfter(30, java.util.concurrent.TimeUnit.SECONDS).checkIndicator(request)
                    .getStatus() == CheckIndicatorResponse.Status.REPORTED));
        } finally {
            channel.shutdownNow();
        }
        URI redis = URI.create(stack.redisUrl());
        String hash = Settings.scamCheckKey(redis, "PHONE", answerNormalized(http, check));
        out.println("redis-benchmark on the same keys …");
        figures.add(Tools.redisBenchmark("Redis HGETALL of the value's key", redis.getHost(), redis.getPort(), size,
                "HGETALL", hash));
        figures.add(Tools.redisBenchmark("Redis GET of the index's ready key", redis.getHost(), redis.getPort(), size,
                "GET", hash.substring(0, hash.indexOf(":i:")) + ":ready"));

        // 2. one authorised request straight to tip-service, through the gateway, through HAProxy
        String token = stack.keycloak().userToken("dieutra");
        String path = "/api/v1/tips/modus-operandi";
        HttpRequest direct = get(tip + path, token);
        expectOk(http, direct);
        out.println("Gateway hop: direct, gateway, HAProxy …");
        figures.add(Load.run("authorised GET direct to tip-service", "Java HttpClient", size,
                () -> ok(http.send(direct, HttpResponse.BodyHandlers.ofString()), null)));
        HttpRequest viaGateway = get(stack.gatewayUrl() + path, token);
        figures.add(Load.run("the same through the gateway", "Java HttpClient", size,
                () -> ok(http.send(viaGateway, HttpResponse.BodyHandlers.ofString()), null)));
        int haproxyPort = freePort();
        Process haproxy = Tools.haproxy(haproxyPort, ports.http(App.TIP), workDir.resolve("haproxy"));
        if (haproxy == null) {
            figures.add(Measurement.missing("the same through HAProxy", "HAProxy", "HAProxy is not installed (apt-get install haproxy)"));
        } else {
            try {
                HttpRequest viaHaproxy = get("http://127.0.0.1:" + haproxyPort + path, token);
                expectOk(http, viaHaproxy);
                figures.add(Load.run("the same through HAProxy", "Java HttpClient", size,
                        () -> ok(http.send(viaHaproxy, HttpResponse.BodyHandlers.ofString()), null)));
            } finally {
                haproxy.destroy();
            }
        }

        // 3. a tip filed durably (synchronous commit on), and pgbench inserting the same row into the same PostgreSQL
        String officer = stack.keycloak().userToken("tiepnhan");
        expectOk(http, intake(tip, officer));
        out.println("Tip intake and pgbench …");
        figures.add(Load.run("tip intake (tip-service REST, same server)", "Java HttpClient", size,
                () -> ok(http.send(intake(tip, officer), HttpResponse.BodyHandlers.ofString()), null)));
        try {
            figures.add(pgbenchInsert(stack, size, workDir.resolve("pgbench")));
        } catch (RuntimeException e) {
            figures.add(Measurement.missing("pgbench INSERT of the same row", "pgbench", "pgbench failed: "
                    + e.getMessage().lines().filter(l -> l.contains("ERROR")).findFirst().orElse(e.getMessage())));
        }

        // 4. the footprint peer: a bare Spring Boot web app, alone, with the same JVM settings and the same load
        Baseline baseline = Baseline.measure(DevStack.repoRoot(), javaOptions, size, http, workDir, out);
        figures.add(baseline.hello());

        // 5. the officers' reads at each number of tips
        List<Growth.Step> growth = Growth.run(stack, size, http, out);

        List<Footprint> footprints = Footprint.of(stack);
        return new Report(size, javaOptions, figures, footprints, baseline, growth, loadAtStart, Load.loadAverage(), null);
    }

    /** pgbench inserting a row like the tip's into a copy of the tips table (its indexes and checks) in lachan_tip. */
    private static Measurement pgbenchInsert(LocalStack stack, Size size, Path workDir) {
        String url = stack.postgres().database(App.TIP.database());
        String synchronousCommit;
        try (var connection = DriverManager.getConnection(url, stack.postgres().user(), stack.postgres().password());
             var statement = connection.createStatement()) {
            statement.execute("drop table if exists bench_tips");
            // the row: a tip the intake side has just filed, so it is the same row whatever columns tips has now
            statement.execute("drop table if exists bench_tip_row");
            statement.execute("create table bench_tip_row as select * from tips order by created_at desc limit 1");
            statement.execute("create table bench_tips (like tips including all)");
            try (var commit = statement.executeQuery("show synchronous_commit")) {
                commit.next();
                synchronousCommit = commit.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare pgbench's table: " + e.getMessage(), e);
        }
        try {
            return Tools.pgbench("pgbench INSERT of the same row (synchronous_commit " + synchronousCommit + ")", url, stack.postgres().user(), stack.postgres().password(), """
                    INSERT INTO bench_tips SELECT (json_populate_record(r, json_build_object('id', gen_random_uuid()))).* \
                    FROM bench_tip_row r;
                    """, size, workDir);
        } finally {
            try (var connection = DriverManager.getConnection(url, stack.postgres().user(), stack.postgres().password());
                 var statement = connection.createStatement()) {
                statement.execute("drop table if exists bench_tips");
                statement.execute("drop table if exists bench_tip_row");
            } catch (SQLException e) {
                System.err.println("could not drop bench_tips: " + e.getMessage());
            }
        }
    }

    private static HttpRequest intake(String tip, String token) {
        return HttpRequest.newBuilder(URI.create(tip + "/api/v1/tips")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", "bench-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(TIP)).build();
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private static HttpRequest post(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static boolean ok(HttpResponse<String> response, String mustContain) {
        return response.statusCode() == 200 && (mustContain == null || response.body().contains(mustContain));
    }

    private static void expectOk(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + answer.statusCode()
                        + ": " + answer.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String answerNormalized(HttpClient http, HttpRequest check) {
        try {
            String body = http.send(check, HttpResponse.BodyHandlers.ofString()).body();
            Matcher normalized = Pattern.compile("\"normalized\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
            if (!normalized.find()) {
                throw new IllegalStateException("no normalized value in " + body);
            }
            return normalized.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> benchEnvironment() {
        Map<String, String> shown = new java.util.TreeMap<>();
        System.getenv().forEach((name, value) -> {
            if (name.matches("LACHAN_.*(RATE|POOL).*")) {
                shown.put(name, value);
            }
        });
        return shown;
    }

    static String readable(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
