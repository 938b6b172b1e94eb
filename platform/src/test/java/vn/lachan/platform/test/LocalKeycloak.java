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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Keycloak: the server distribution from Maven Central ({@code org.keycloak:keycloak-quarkus-dist},
 * unpacked by the platform build into {@code platform/target/keycloak}, built once: {@link #BUILD_OPTIONS}), in
 * production mode over plain HTTP on a PostgreSQL database, with the realm kept once in {@code k8s/keycloak/lachan-realm.json} imported together with the
 * development additions the cluster's dev overlay also imports ({@code k8s/keycloak/dev}: the seed users), the
 * password-grant client {@code lachan-test} created through the admin API, and the login theme
 * {@code k8s/keycloak/themes/lachan}.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String REALM_FILE = "k8s/keycloak/lachan-realm.json";
    /** Development additions: seed users (imported as {@code lachan-users-<n>.json}) and the test client. */
    public static final String DEV_DIR = "k8s/keycloak/dev";
    public static final String THEME_DIR = "k8s/keycloak/themes/lachan";
    /** The portal's address that the realm's {@code lachan-portal} may send browsers back to, unless told another. */
    public static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";
    /** Password of every dev seed user of the realm. */
    public static final String DEV_PASSWORD = "lachan-dev";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    private final ChildProcess process;
    private final int port;

    private LocalKeycloak(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Keycloak on {@code port} (management on {@code managementPort}) and waits for the realm. */
    public static LocalKeycloak start(Path repoRoot, int port, int managementPort, LocalPostgres postgres, Path logFile) {
        return start(repoRoot, port, managementPort, postgres, logFile, DEFAULT_PUBLIC_URL);
    }

    /**
     * Starts Keycloak on {@code port} (management on {@code managementPort}) and waits for the realm.
     *
     * @param publicUrl the portal's address ({@code LACHAN_PUBLIC_URL}): {@code lachan-portal} redirects there only
     */
    public static LocalKeycloak start(Path repoRoot, int port, int managementPort, LocalPostgres postgres, Path logFile,
                                      String publicUrl) {
        Path dist = distribution(repoRoot);
        Path realm = repoRoot.resolve(REALM_FILE);
        try {
            Path imports = dist.resolve("data/import");
            Files.createDirectories(imports);
            Files.copy(realm, imports.resolve("lachan-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            try (Stream<Path> users = Files.list(repoRoot.resolve(DEV_DIR))) {
                for (Path file : users.filter(f -> f.getFileName().toString().matches("lachan-users-\\d+\\.json")).toList()) {
                    Files.copy(file, imports.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Trees.delete(dist.resolve("themes/lachan"));
            Trees.copy(repoRoot.resolve(THEME_DIR), dist.resolve("themes/lachan"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the realm import from " + realm, e);
        }
        Map<String, String> environment = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "LACHAN_PUBLIC_URL", publicUrl,
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        buildOnce(dist, environment, logFile);
        List<String> command = List.of(dist.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--hostname-strict=false",
                "--import-realm",
                "--db-url=" + postgres.database("keycloak"),
                "--db-username=" + postgres.user(),
                "--db-password=" + postgres.password());
        ChildProcess process = ChildProcess.start("keycloak", command, environment, dist, logFile);
        try {
            process.awaitHealthy(URI.create("http://localhost:" + port + "/realms/lachan/.well-known/openid-configuration"),
                    // Keycloak's first start (Quarkus build, schema, realm import) takes minutes on a loaded machine
                    Duration.ofSeconds(Long.getLong("lachan.keycloak.start-timeout-seconds", 480)));
            LocalKeycloak keycloak = new LocalKeycloak(process, port);
            // the realm file has no password-grant client (production must not); tests and the local run need one
            keycloak.createClient(Files.readString(repoRoot.resolve(DEV_DIR).resolve("lachan-test-client.json")));
            // the realm's signing keys once before any service asks: twice on a heavily loaded machine, the first
            // authenticated call to a service right after a cold Keycloak start was refused (401) and the next ones
            // passed; Keycloak now serves its keys warm (a mitigation: the cause was not pinned down)
            keycloak.warmUpKeys();
            return keycloak;
        } catch (IOException e) {
            process.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    private void warmUpKeys() throws IOException {
        try {
            var answer = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/certs"))
                            .timeout(Duration.ofMinutes(2)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200 || !answer.body().contains("\"keys\"")) {
                throw new IllegalStateException("Keycloak's keys: " + answer.statusCode() + " " + answer.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The issuer of the lachan realm, as the services are configured with it. */
    public String issuer() {
        return url() + "/realms/lachan";
    }

    /**
     * An access token of a dev seed user (password grant through the test client {@code lachan-test}).
     * A token is reused for its first minute (it lives five): many logins in a row look like an attack to the
     * realm's brute-force protection, and a caller that keeps the token a while (a test, or a test's own cache of a
     * minute) still has minutes left on it, not seconds, however slow the machine.
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

    /** Tokens of the realm live 300 s; one is reused while it has at least this long left. */
    static final long REUSED_WHILE_SECONDS_LEFT = 240;

    private String cached(String key, java.util.function.Supplier<String> fetch) {
        String token = tokens.get(key);
        if (token == null || expiresAt(token) - System.currentTimeMillis() / 1000 < REUSED_WHILE_SECONDS_LEFT) {
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
     * @param withApiAudience whether its tokens carry the lachan-api audience (the scope {@code lachan}, which the
     *                        realm's application clients ask for by name; new clients do not get it by default)
     * @param lifespanSeconds access-token lifetime, or null for the realm's
     */
    public void createServiceClient(String clientId, boolean withApiAudience, Integer lifespanSeconds) {
        String attributes = lifespanSeconds == null ? "{}"
                : "{\"access.token.lifespan\":\"" + lifespanSeconds + "\"}";
        String client = """
                {"clientId":"%s","secret":"%s-dev-secret","publicClient":false,"serviceAccountsEnabled":true,
                 "standardFlowEnabled":false,"directAccessGrantsEnabled":false,"attributes":%s,
                 "defaultClientScopes":%s}"""
                .formatted(clientId, clientId, attributes, withApiAudience
                        ? "[\"basic\",\"profile\",\"email\",\"roles\",\"web-origins\",\"acr\",\"lachan\"]"
                        : "[\"basic\"]");
        createClient(client);
    }

    /**
     * Points the portal's client {@code lachan-portal} at {@code publicUrl}, as importing the realm with {@code
     * LACHAN_PUBLIC_URL} set to it would have: for a Keycloak started on a {@link KeycloakSnapshot}, whose realm was
     * imported with {@link #DEFAULT_PUBLIC_URL}.
     */
    public void sendBrowsersBackTo(String publicUrl) {
        String uuid = JSON.readTree(admin("GET", "/clients?clientId=lachan-portal", null, 200)).path(0).path("id")
                .asString(null);
        if (uuid == null) {
            throw new IllegalStateException("the realm has no client lachan-portal");
        }
        tools.jackson.databind.node.ObjectNode client =
                (tools.jackson.databind.node.ObjectNode) JSON.readTree(admin("GET", "/clients/" + uuid, null, 200));
        client.putArray("redirectUris").add(publicUrl + "/login/oauth2/code/keycloak");
        JsonNode attributes = client.path("attributes");
        (attributes.isObject() ? (tools.jackson.databind.node.ObjectNode) attributes : client.putObject("attributes"))
                .put("post.logout.redirect.uris", publicUrl + "/");
        admin("PUT", "/clients/" + uuid, client.toString(), 204);
    }

    /**
     * Puts the service account of a client in the role group {@code /roles/<role>}. A token carries the scope
     * {@code lachan} (and so the API's audience) only for a user holding one of its roles.
     */
    public void grantRole(String clientId, String role) {
        String uuid = JSON.readTree(admin("GET", "/clients?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8),
                null, 200)).path(0).path("id").asString();
        String user = JSON.readTree(admin("GET", "/clients/" + uuid + "/service-account-user", null, 200)).path("id").asString();
        String group = JSON.readTree(admin("GET", "/group-by-path/roles/" + role, null, 200)).path("id").asString();
        admin("PUT", "/users/" + user + "/groups/" + group, null, 204);
    }

    /**
     * Creates a client of the realm from its JSON representation (nothing happens if it exists) and makes sure it has
     * the default client scopes the representation names (new clients get only the realm's defaults otherwise).
     */
    public void createClient(String representation) {
        JsonNode client = JSON.readTree(representation);
        String clientId = client.path("clientId").asString();
        admin("POST", "/clients", representation, 201, 409);
        String uuid = JSON.readTree(admin("GET", "/clients?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8),
                null, 200)).path(0).path("id").asString();
        JsonNode scopes = JSON.readTree(admin("GET", "/client-scopes", null, 200));
        for (JsonNode wanted : client.path("defaultClientScopes")) {
            String scopeId = scopes.valueStream().filter(scope -> wanted.asString().equals(scope.path("name").asString()))
                    .map(scope -> scope.path("id").asString()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the realm has no client scope " + wanted.asString()));
            admin("PUT", "/clients/" + uuid + "/default-client-scopes/" + scopeId, null, 204);
        }
    }

    /**
     * A token of one of the realm's own confidential clients that lives only {@code seconds}: the client's access-token
     * lifespan is set through the admin API for this one token and put back afterwards.
     */
    public synchronized String shortLivedClientToken(String clientId, int seconds) {
        String uuid = JSON.readTree(admin("GET", "/clients?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8),
                null, 200)).path(0).path("id").asString(null);
        if (uuid == null) {
            throw new IllegalStateException("the realm has no client " + clientId);
        }
        String path = "/clients/" + uuid;
        String original = admin("GET", path, null, 200);
        tools.jackson.databind.node.ObjectNode shortened = (tools.jackson.databind.node.ObjectNode) JSON.readTree(original);
        JsonNode attributes = shortened.path("attributes");
        (attributes.isObject() ? (tools.jackson.databind.node.ObjectNode) attributes : shortened.putObject("attributes"))
                .put("access.token.lifespan", String.valueOf(seconds));
        admin("PUT", path, shortened.toString(), 204);
        try {
            return clientToken(clientId);
        } finally {
            admin("PUT", path, original, 204);
        }
    }

    /** A call of the admin REST API of realm lachan as the master realm's admin; answers the body. */
    String admin(String method, String path, String json, int... expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + "/admin/realms/lachan" + path))
                .header("Authorization", "Bearer " + adminToken()).header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        try {
            var answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (java.util.Arrays.stream(expected).noneMatch(status -> status == answer.statusCode())) {
                throw new IllegalStateException("Keycloak's admin API answered " + method + " " + path + " with "
                        + answer.statusCode() + " " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String adminToken() {
        return tokenFrom(url() + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
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

    /**
     * Build options of the distribution. The first start of a checkout builds it with them ({@code kc.sh build}, Quarkus's
     * re-augmentation: half a minute); every start after that runs the built server ({@code start --optimized}) in
     * production mode, as on the cluster, over plain HTTP on localhost.
     */
    static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true", "--cache=local");

    /** Builds the distribution with {@link #BUILD_OPTIONS} unless it was built with them already (one JVM at a time). */
    static void buildOnce(Path dist, Map<String, String> environment, Path logFile) {
        Path marker = dist.resolve("lib/lachan-built-with");
        String options = String.join(" ", BUILD_OPTIONS);
        try (var channel = java.nio.channels.FileChannel.open(dist.resolve("lib/lachan-build.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             var lock = channel.lock()) {
            if (Files.exists(marker) && Files.readString(marker).equals(options)) {
                return;
            }
            List<String> command = new java.util.ArrayList<>(List.of(dist.resolve("bin/kc.sh").toString(), "build"));
            command.addAll(BUILD_OPTIONS);
            ChildProcess build = ChildProcess.start("keycloak build", command, environment, dist,
                    logFile.resolveSibling(logFile.getFileName() + ".build"));
            int exit = build.awaitExit(Duration.ofMinutes(10));
            if (exit != 0) {
                build.close();
                throw new IllegalStateException("kc.sh build failed (" + exit + "); see " + build.log() + build.lastLines());
            }
            Files.writeString(marker, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build Keycloak in " + dist, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building Keycloak", e);
        }
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
