package vn.lachan.gateway;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Just enough of Keycloak's realm {@code lachan} for the gateway's tests: the authorization endpoint
 * (which signs in {@link #nextUser} at once), token (authorization code with PKCE, refresh), userinfo,
 * keys and logout, with one RSA key, as the real one answers them.
 */
final class FakeKeycloak implements AutoCloseable {

    static final String CLIENT_ID = "lachan-portal";
    static final String CLIENT_SECRET = "lachan-portal-dev-secret";

    record User(String subject, String username, String name, String unit, List<String> roles) {
        static User of(String username, String name, String unit, String... roles) {
            return new User(UUID.randomUUID().toString(), username, name, unit, List.of(roles));
        }
    }

    private record Pending(User user, String nonce, String challenge, String redirectUri) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Pending> codes = new ConcurrentHashMap<>();
    private final Map<String, User> refreshTokens = new ConcurrentHashMap<>();

    volatile User nextUser = User.of("baocao.caolanh", "Đặng Văn Hùng", "huyen-cao-lanh", "report-submitter");
    volatile long accessTokenSeconds = 300;
    volatile boolean refusesRefresh;
    volatile String lastAccessToken;
    final List<Map<String, String>> authorizationRequests = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> logouts = new CopyOnWriteArrayList<>();

    private FakeKeycloak(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
    }

    static FakeKeycloak start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("fake-" + UUID.randomUUID()).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeKeycloak keycloak = new FakeKeycloak(server, key);
            String base = "/realms/lachan/protocol/openid-connect/";
            server.createContext(base + "auth", keycloak::authorize);
            server.createContext(base + "token", keycloak::token);
            server.createContext(base + "userinfo", keycloak::userinfo);
            server.createContext(base + "certs", exchange -> send(exchange, 200, key.toPublicJWK().toJSONString()
                    .transform(jwk -> "{\"keys\":[" + jwk + "]}")));
            server.createContext(base + "logout", keycloak::logout);
            server.start();
            return keycloak;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/lachan";
    }

    /** An access token as Keycloak gives an outside system (client credentials), or one signed by another key. */
    String apiToken(String clientId, boolean genuine) {
        try {
            RSAKey signer = genuine ? key : new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            return sign(signer, new JWTClaimsSet.Builder()
                    .issuer(issuer()).subject(UUID.randomUUID().toString()).audience("lachan-api")
                    .claim("azp", clientId).claim("unit", "vcb-dong-thap").claim("roles", List.of("bank-liaison"))
                    .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        authorizationRequests.add(query);
        String code = UUID.randomUUID().toString();
        codes.put(code, new Pending(nextUser, query.get("nonce"), query.get("code_challenge"), query.get("redirect_uri")));
        redirect(exchange, query.get("redirect_uri") + "?code=" + code + "&state=" + encode(query.get("state")));
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        tokenRequests.add(form);
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        switch (form.get("grant_type")) {
            case "authorization_code" -> {
                Pending pending = codes.remove(form.getOrDefault("code", ""));
                if (pending == null || !pending.redirectUri().equals(form.get("redirect_uri"))
                        || !s256(form.getOrDefault("code_verifier", "")).equals(pending.challenge())) {
                    send(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"PKCE verification failed\"}");
                    return;
                }
                send(exchange, 200, tokens(pending.user(), pending.nonce()));
            }
            case "refresh_token" -> {
                User user = refreshTokens.remove(form.getOrDefault("refresh_token", ""));
                if (user == null || refusesRefresh) {
                    send(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Session not active\"}");
                    return;
                }
                send(exchange, 200, tokens(user, null));
            }
            default -> send(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
        }
    }

    private String tokens(User user, String nonce) {
        try {
            Instant now = Instant.now();
            String access = sign(key, claims(user, now).audience("lachan-api").claim("azp", CLIENT_ID)
                    .claim("scope", "openid profile email")
                    .expirationTime(Date.from(now.plusSeconds(accessTokenSeconds))).build());
            lastAccessToken = access;
            String refresh = UUID.randomUUID().toString();
            refreshTokens.put(refresh, user);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("access_token", access);
            answer.put("token_type", "Bearer");
            answer.put("expires_in", accessTokenSeconds);
            answer.put("refresh_token", refresh);
            answer.put("scope", "openid profile email");
            if (nonce != null) {
                answer.put("id_token", sign(key, claims(user, now).audience(CLIENT_ID).claim("azp", CLIENT_ID)
                        .claim("nonce", nonce).expirationTime(Date.from(now.plusSeconds(300))).build()));
            }
            return JSONObjectUtils.toJSONString(answer);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet.Builder claims(User user, Instant now) {
        return new JWTClaimsSet.Builder().jwtID(UUID.randomUUID().toString()).issuer(issuer()).subject(user.subject())
                .issueTime(Date.from(now))
                .claim("name", user.name()).claim("preferred_username", user.username())
                .claim("unit", user.unit()).claim("roles", user.roles());
    }

    private void userinfo(HttpExchange exchange) throws IOException {
        String bearer = exchange.getRequestHeaders().getFirst("Authorization");
        try {
            var claims = SignedJWT.parse(bearer.substring(7)).getJWTClaimsSet();
            send(exchange, 200, JSONObjectUtils.toJSONString(Map.of("sub", claims.getSubject(),
                    "name", claims.getStringClaim("name"), "preferred_username", claims.getStringClaim("preferred_username"),
                    "unit", claims.getStringClaim("unit"), "roles", claims.getStringListClaim("roles"))));
        } catch (Exception e) {
            send(exchange, 401, "{\"error\":\"invalid_token\"}");
        }
    }

    private void logout(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        logouts.add(query);
        String back = query.get("post_logout_redirect_uri");
        if (back == null) {
            send(exchange, 200, "{}");
        } else {
            redirect(exchange, back);
        }
    }

    private static String sign(RSAKey signer, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", URI.create(location).toString());
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
