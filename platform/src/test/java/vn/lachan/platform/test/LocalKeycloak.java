package vn.lachan.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Keycloak: the server distribution from Maven Central ({@code org.keycloak:keycloak-quarkus-dist},
 * unpacked by the platform build into {@code platform/target/keycloak}), in dev mode on a PostgreSQL
 * database, with the realm kept once in {@code k8s/keycloak/lachan-realm.json} imported.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String REALM_FILE = "k8s/keycloak/lachan-realm.json";
    /** Password of every dev seed user of the realm. */
    public static final String DEV_PASSWORD = "lachan-dev";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    private final ChildProcess process;
    private final int port;

    private LocalKeycloak(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Keycloak on {@code port} (management on {@code managementPort}) and waits for the realm. */
    public static LocalKeycloak start(Path repoRoot, int port, int managementPort, LocalPostgres postgres, Path logFile) {
        Path dist = distribution(repoRoot);
        Path realm = repoRoot.resolve(REALM_FILE);
        try {
            Path imports = dist.resolve("data/import");
            Files.createDirectories(imports);
            Files.copy(realm, imports.resolve("lachan-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the realm import from " + realm, e);
        }
        List<String> command = List.of(dist.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--hostname-strict=false",
                "--import-realm",
                "--health-enabled=true",
                "--db=postgres",
                "--db-url=" + postgres.database("keycloak"),
                "--db-username=" + postgres.user(),
                "--db-password=" + postgres.password());
        ChildProcess process = ChildProcess.start("keycloak", command, Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m"), dist, logFile);
        try {
            process.awaitHealthy(URI.create("http://localhost:" + port + "/realms/lachan/.well-known/openid-configuration"),
                    // Keycloak's first start (Quarkus build, schema, realm import) takes minutes on a loaded machine
                    Duration.ofSeconds(Long.getLong("lachan.keycloak.start-timeout-seconds", 480)));
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        return new LocalKeycloak(process, port);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The issuer of the lachan realm, as the services are configured with it. */
    public String issuer() {
        return url() + "/realms/lachan";
    }

    /**
     * An access token of a dev seed user (password grant through the test client {@code lachan-test}).
     * A token with more than half a minute left is reused: many logins in a row look like an attack
     * to the realm's brute-force protection.
     */
    public String userToken(String username) {
        return cached("user:" + username, () -> token(Map.of("grant_type", "password", "client_id", "lachan-test",
                "client_secret", "lachan-test-dev-secret", "username", username, "password", DEV_PASSWORD,
                "scope", "openid")));
    }

    /** An access token of a confidential client (client-credentials grant); dev secrets are {@code <id>-dev-secret}. */
    public String clientToken(String clientId) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientId + "-dev-secret"));
    }

    private String cached(String key, java.util.function.Supplier<String> fetch) {
        String token = tokens.get(key);
        if (token == null || expiresAt(token) - System.currentTimeMillis() / 1000 < 30) {
            token = fetch.get();
            tokens.put(key, token);
        }
        return token;
    }

    static long expiresAt(String jwt) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher exp = EXPIRES.matcher(payload);
        return exp.find() ? Long.parseLong(exp.group(1)) : 0;
    }

    /**
     * Creates a throw-away client-credentials client through the admin API (secret {@code <id>-dev-secret}),
     * for tests that need tokens the realm file deliberately does not issue.
     *
     * @param withApiAudience whether its tokens carry the lachan-api audience (the realm's default scopes)
     * @param lifespanSeconds access-token lifetime, or null for the realm's
     */
    public void createServiceClient(String clientId, boolean withApiAudience, Integer lifespanSeconds) {
        String admin = tokenFrom(url() + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        String attributes = lifespanSeconds == null ? "{}"
                : "{\"access.token.lifespan\":\"" + lifespanSeconds + "\"}";
        String client = """
                {"clientId":"%s","secret":"%s-dev-secret","publicClient":false,"serviceAccountsEnabled":true,
                 "standardFlowEnabled":false,"directAccessGrantsEnabled":false,"attributes":%s%s}"""
                .formatted(clientId, clientId, attributes, withApiAudience ? "" : ",\"defaultClientScopes\":[\"basic\"]");
        try {
            var answer = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/admin/realms/lachan/clients"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(client)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201 && answer.statusCode() != 409) {
                throw new IllegalStateException("Keycloak refused client " + clientId + ": " + answer.statusCode()
                        + " " + answer.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(Map<String, String> form) {
        return tokenFrom(issuer() + "/protocol/openid-connect/token", form);
    }

    private String tokenFrom(String endpoint, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            var answer = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(answer.body());
            if (answer.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("Keycloak refused a token: " + answer.statusCode() + " " + answer.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.close();
    }

    /** The unpacked distribution under platform/target/keycloak. */
    static Path distribution(Path repoRoot) {
        Path unpacked = repoRoot.resolve("platform/target/keycloak");
        try (Stream<Path> dirs = Files.exists(unpacked) ? Files.list(unpacked) : Stream.empty()) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("keycloak-") && Files.isDirectory(d))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Keycloak is not unpacked under " + unpacked
                            + ": run ./mvnw -B -DskipTests install first."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checkout: the nearest directory up from the working directory that holds the realm file. */
    public static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(REALM_FILE))) {
                return d;
            }
        }
        throw new IllegalStateException("No " + REALM_FILE + " above " + dir);
    }
}
