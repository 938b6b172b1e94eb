package vn.lachan.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The realm's tokens signed here, for the services' own API tests: a key pair made per test JVM, its public half served
 * at the realm's JWKS address ({@code <issuer>/protocol/openid-connect/certs}), and access tokens with the claims
 * Keycloak gives the same user or client of the same realm ({@link RealmTokens}: roles from groups and composites, the
 * {@code lachan} scope's unit, roles and audience, the clients' hard-coded units). The services verify them exactly as
 * they verify Keycloak's (signature, issuer, audience, client, expiry): only the signer differs. The real Keycloak stays
 * for the gateway's tests (its sign-in) and the end-to-end tests; {@code LocalIssuerConformanceTest} in the gateway
 * module compares these claims with a real Keycloak's for every seed user and client, so the two cannot drift apart.
 *
 * <p>Also a token endpoint for the client-credentials grant ({@code <id>-dev-secret}, as the dev realm has them), which
 * the services' {@code ServiceAccount} calls for their calls to peers.
 */
public final class LocalIssuer implements AutoCloseable {

    static final String REALM_PATH = "/realms/lachan";

    private final HttpServer server;
    private final RSAKey key;
    private final RealmTokens realm;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private LocalIssuer(HttpServer server, RSAKey key, RealmTokens realm) {
        this.server = server;
        this.key = key;
        this.realm = realm;
    }

    /** Starts on a port the system chooses (read back with {@link #issuer()}), with the realm of {@code repoRoot}. */
    public static LocalIssuer start(Path repoRoot) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString())
                    .algorithm(JWSAlgorithm.RS256).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LocalIssuer issuer = new LocalIssuer(server, key, RealmTokens.read(repoRoot));
            server.createContext(REALM_PATH + "/protocol/openid-connect/certs", issuer::keys);
            server.createContext(REALM_PATH + "/protocol/openid-connect/token", issuer::clientCredentials);
            server.createContext(REALM_PATH + "/.well-known/openid-configuration", issuer::configuration);
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local issuer", e);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make the local issuer's key", e);
        }
    }

    /** The issuer the services are pointed at ({@code LACHAN_ISSUER_URI}). */
    public String issuer() {
        return "http://localhost:" + server.getAddress().getPort() + REALM_PATH;
    }

    /** An access token of a dev seed user, as Keycloak gives it through the test client {@code lachan-test}. */
    public String userToken(String username) {
        return cached("user:" + username, () -> realm.userClaims(username));
    }

    /** An access token of one of the realm's confidential clients (client-credentials grant). */
    public String clientToken(String clientId) {
        return cached("client:" + clientId, () -> realm.clientClaims(clientId));
    }

    /**
     * A token of a client the realm does not have, as a throw-away client created through the admin API gets it: with
     * the API's audience and the given roles when {@code withApiAudience}, or with neither.
     */
    public String unknownClientToken(String clientId, boolean withApiAudience, Set<String> roles) {
        return sign(realm.unknownClientClaims(clientId, withApiAudience, roles), Instant.now());
    }

    /**
     * A token of a client the realm does not have, made as the realm's bank client is: the API's audience, the given
     * roles and a hard-coded {@code unit} (e.g. a second bank's system).
     */
    public String unknownClientToken(String clientId, Set<String> roles, String unit) {
        Map<String, Object> claims = realm.unknownClientClaims(clientId, true, roles);
        claims.put("unit", unit);
        return sign(claims, Instant.now());
    }

    /** A token of one of the realm's confidential clients that lives only {@code seconds}. */
    public String shortLivedClientToken(String clientId, int seconds) {
        return sign(realm.clientClaims(clientId), Instant.now(), seconds);
    }

    /** A token is reused while it has minutes left, as {@link LocalKeycloak#userToken} reuses Keycloak's. */
    private String cached(String key, java.util.function.Supplier<Map<String, Object>> claims) {
        return tokens.compute(key, (k, token) -> token != null
                && LocalKeycloak.expiresAt(token) - Instant.now().getEpochSecond() >= LocalKeycloak.REUSED_WHILE_SECONDS_LEFT
                ? token : sign(claims.get(), Instant.now()));
    }

    private String sign(Map<String, Object> claims, Instant now) {
        return sign(claims, now, RealmTokens.LIFESPAN_SECONDS);
    }

    private String sign(Map<String, Object> claims, Instant now, long lifespanSeconds) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(lifespanSeconds)))
                .jwtID(UUID.randomUUID().toString());
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), set.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }

    private void keys(HttpExchange exchange) throws IOException {
        answer(exchange, 200, new JWKSet(key.toPublicJWK()).toString(true));
    }

    private void configuration(HttpExchange exchange) throws IOException {
        answer(exchange, 200, """
                {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",\
                "token_endpoint":"%1$s/protocol/openid-connect/token",\
                "grant_types_supported":["client_credentials"],"id_token_signing_alg_values_supported":["RS256"]}"""
                .formatted(issuer()));
    }

    /** The client-credentials grant, with the client's id and secret in Basic authentication or in the form. */
    private void clientCredentials(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            form.put("client_id", URLDecoder.decode(pair[0], StandardCharsets.UTF_8));
            form.put("client_secret", pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "");
        }
        String clientId = form.getOrDefault("client_id", "");
        if (!"POST".equals(exchange.getRequestMethod()) || !"client_credentials".equals(form.get("grant_type"))) {
            answer(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
        } else if (!realm.hasServiceAccount(clientId) || !(clientId + "-dev-secret").equals(form.get("client_secret"))) {
            answer(exchange, 401, "{\"error\":\"invalid_client\"}");
        } else {
            answer(exchange, 200, "{\"access_token\":\"%s\",\"expires_in\":%d,\"token_type\":\"Bearer\"}"
                    .formatted(sign(realm.clientClaims(clientId), Instant.now()), RealmTokens.LIFESPAN_SECONDS));
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return form;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The claims Keycloak would put; for the conformance test. */
    public Map<String, Object> userClaims(String username) {
        return realm.userClaims(username);
    }

    /** The claims Keycloak would put for a client; for the conformance test. */
    public Map<String, Object> clientClaims(String clientId) {
        return realm.clientClaims(clientId);
    }

    /** The seed users and the clients with service accounts, for the conformance test. */
    public List<String> seedUsers() {
        return realm.seedUsers();
    }

    public List<String> serviceAccountClients() {
        return realm.serviceAccountClients();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
