package vn.lachan.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.json.JsonMapper;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.LocalKeycloak;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * The services' API tests take their tokens from {@link LocalIssuer}, signed in the test JVM, not from Keycloak: this
 * proves those tokens say what the real Keycloak's say, for every seed user of the dev realm and every client with a
 * service account. Compared: every claim the platform reads or checks ({@code Callers}, {@code SecurityConfiguration}),
 * and a person's profile claims. A change to the realm (a role, a group, a scope, a mapper) that the local issuer does
 * not follow fails here.
 */
class LocalIssuerConformanceTest {

    static final List<String> COMPARED = List.of("typ", "azp", "aud", "preferred_username", "unit", "roles", "name",
            "given_name", "family_name", "email", "email_verified", "locale");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalIssuer local = LocalIssuer.start(LocalKeycloak.repoRoot());

    @AfterAll
    static void stop() {
        local.close();
    }

    @Test
    void everySeedUsersTokenHasTheClaimsKeycloakGivesThem() {
        LocalKeycloak keycloak = RealInfrastructure.Extension.keycloak();
        assertThat(local.seedUsers()).hasSizeGreaterThanOrEqualTo(10).contains("dieutra", "nganhang.vcb", "admin");
        for (String user : local.seedUsers()) {
            assertThat(compared(local.userToken(user))).as(user).isEqualTo(compared(keycloak.userToken(user)));
        }
    }

    @Test
    void everyServiceAccountsTokenHasTheClaimsKeycloakGivesIt() {
        LocalKeycloak keycloak = RealInfrastructure.Extension.keycloak();
        assertThat(local.serviceAccountClients()).contains("integration-bank-vcb", "tip-service", "report-service");
        for (String client : local.serviceAccountClients()) {
            assertThat(compared(local.clientToken(client))).as(client).isEqualTo(compared(keycloak.clientToken(client)));
        }
    }

    @Test
    void theIssuerIsTheLocalOneAndTheTokensAreSignedByItsKey() {
        String token = local.userToken("dieutra");
        Map<String, Object> claims = payload(token);
        assertThat(claims.get("iss")).isEqualTo(local.issuer());
        assertThat(local.issuer()).doesNotContain(RealInfrastructure.Extension.keycloak().issuer());
        assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue()).isEqualTo(300);
        // verified as the services verify: the keys served at the realm's JWKS address
        NimbusJwtDecoder byLocalKeys = NimbusJwtDecoder.withJwkSetUri(local.issuer() + "/protocol/openid-connect/certs").build();
        assertThat(byLocalKeys.decode(token).getClaimAsString("preferred_username")).isEqualTo("dieutra");
        NimbusJwtDecoder byKeycloaksKeys = NimbusJwtDecoder.withJwkSetUri(
                RealInfrastructure.Extension.keycloak().issuer() + "/protocol/openid-connect/certs").build();
        assertThatThrownBy(() -> byKeycloaksKeys.decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void theTokenEndpointGivesAClientItsTokenOnlyForItsSecret() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI endpoint = URI.create(local.issuer() + "/protocol/openid-connect/token");
        var right = http.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=tip-service"
                        + "&client_secret=tip-service-dev-secret")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
        String token = JSON.readTree(right.body()).path("access_token").asString();
        assertThat(compared(token)).isEqualTo(compared(RealInfrastructure.Extension.keycloak().clientToken("tip-service")));
        var wrong = http.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=tip-service"
                        + "&client_secret=guessed")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("access_token");
    }

    /** The compared claims, lists as sorted sets (Keycloak's order of roles is not a contract). */
    static Map<String, Object> compared(String token) {
        Map<String, Object> claims = payload(token);
        Map<String, Object> kept = new TreeMap<>();
        for (String name : COMPARED) {
            Object value = claims.get(name);
            if (value instanceof String single && name.equals("aud")) {
                value = List.of(single);
            }
            if (value != null) {
                kept.put(name, value instanceof Collection<?> list ? new TreeSet<>(list.stream().map(String::valueOf).toList()) : value);
            }
        }
        return kept;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> payload(String token) {
        return JSON.readValue(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8),
                Map.class);
    }
}
