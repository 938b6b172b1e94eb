package vn.lachan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lachan.platform.test.LocalRedis;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * The gateway's rules for browsers and outside systems that need no Keycloak: Keycloak's address points
 * nowhere, so nobody can sign in here (that is {@link KeycloakLoginTest}).
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "LACHAN_MANAGEMENT_PORT=0")
class PortalSecurityTest {

    static final Upstream tips = Upstream.start("tip-service");
    static final String ISSUER = "http://127.0.0.1:" + LocalRedis.freePort() + "/realms/lachan";

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    ReactiveStringRedisTemplate redis;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("LACHAN_TIP_SERVICE_URL", tips::url);
        registry.add("LACHAN_ISSUER_URI", () -> ISSUER);
    }

    @AfterAll
    static void stop() {
        tips.close();
    }

    @BeforeEach
    void reset() {
        tips.seen.clear();
    }

    Browser browser() {
        return new Browser("http://localhost:" + port);
    }

    @Test
    void answersToRequestsThatCameOverHttpsCarryHsts() throws Exception {
        // TLS ends at the ingress controller, which tells the gateway the browser's scheme
        for (String path : List.of("/", "/portal/me", "/api/v1/tips/abc", "/api/v1/public/whatever")) {
            var behindTls = browser().get(path, "X-Forwarded-Proto", "https");
            assertThat(behindTls.headers().firstValue("Strict-Transport-Security")).as(path)
                    .hasValue("max-age=31536000; includeSubDomains");
        }
        var bearer = browser().get("/api/v1/tips/abc", "X-Forwarded-Proto", "https", "Authorization", "Bearer x");
        assertThat(bearer.headers().firstValue("Strict-Transport-Security")).as("a caller with its own token")
                .hasValue("max-age=31536000; includeSubDomains");
    }

    @Test
    void answersOverPlainHttpCarryNoHsts() throws Exception {
        for (String forwarded : List.of("", "http")) {
            var plain = forwarded.isEmpty() ? browser().get("/") : browser().get("/", "X-Forwarded-Proto", forwarded);
            assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("forwarded " + forwarded).isEmpty();
        }
    }

    @Test
    void whoIsSignedInIsAnsweredWith401WithoutASession() throws Exception {
        var me = browser().get("/portal/me");
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(me.body()).contains("Chưa đăng nhập", "Not signed in");
    }

    @Test
    void anApiCallWithoutASessionGoesToTheServiceNotToALoginPage() throws Exception {
        var read = browser().get("/api/v1/tips/abc", "Accept", "text/html");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("tip-service");

        var write = browser().post("/api/v1/tips", "application/json", "{}");
        assertThat(write.statusCode()).isEqualTo(200);
        assertThat(tips.seen).extracting(Upstream.Seen::authorization).containsOnlyNulls();
    }

    @Test
    void aStateChangeInASessionWithoutTheCsrfTokenIsRefused() throws Exception {
        Browser browser = browser();
        browser.get("/oauth2/authorization/keycloak"); // starts a session, as a sign-in does
        assertThat(browser.cookie("SESSION")).isPresent();

        var write = browser.post("/api/v1/tips", "application/json", "{}");

        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(tips.seen).isEmpty();
    }

    @Test
    void aStateChangeInASessionWithTheCsrfTokenIsForwardedWithoutTheCookies() throws Exception {
        Browser browser = browser();
        browser.get("/");
        browser.get("/oauth2/authorization/keycloak");
        String token = browser.cookie("XSRF-TOKEN").orElseThrow();

        var write = browser.post("/api/v1/tips", "application/json", "{}", "X-XSRF-TOKEN", token);

        assertThat(write.statusCode()).isEqualTo(200);
        assertThat(tips.seen).singleElement().satisfies(seen -> assertThat(seen.cookie()).isNull());
    }

    @Test
    void aCallerWithItsOwnTokenNeedsNoCsrfTokenAndItsTokenPassesUnchanged() throws Exception {
        Browser browser = browser();
        browser.get("/oauth2/authorization/keycloak");

        var write = browser.post("/api/v1/tips", "application/json", "{}", "Authorization", "Bearer x");

        assertThat(write.statusCode()).isEqualTo(200);
        assertThat(tips.seen).singleElement().satisfies(seen -> assertThat(seen.authorization()).isEqualTo("Bearer x"));
    }

    @Test
    void signingInStartsAtKeycloakWithPkceAndASessionInRedis() throws Exception {
        Browser browser = browser();
        var toKeycloak = browser.get("/oauth2/authorization/keycloak");

        assertThat(toKeycloak.statusCode()).isEqualTo(302);
        var location = Browser.location(toKeycloak);
        assertThat(location.toString()).startsWith(ISSUER + "/protocol/openid-connect/auth?");
        Map<String, String> query = Browser.query(location);
        assertThat(query).containsEntry("client_id", "lachan-portal")
                .containsEntry("response_type", "code")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", "http://localhost:" + port + "/login/oauth2/code/keycloak")
                .containsEntry("ui_locales", "vi")
                .containsKeys("code_challenge", "state", "nonce");
        assertThat(query.get("scope").split(" ")).contains("openid", "profile");

        String session = browser.cookie("SESSION").orElseThrow();
        assertThat(redis.keys("lachan:gateway:session:*").collectList().block())
                .anySatisfy(key -> assertThat(key).contains(session));
    }

    @Test
    void keycloaksLoginPageIsAskedForInThePortalsLanguageVietnameseByDefault() throws Exception {
        assertThat(uiLocalesOf("/oauth2/authorization/keycloak?lang=en")).isEqualTo("en");
        assertThat(uiLocalesOf("/oauth2/authorization/keycloak?lang=vi")).isEqualTo("vi");
        assertThat(uiLocalesOf("/oauth2/authorization/keycloak?lang=fr")).isEqualTo("vi");
    }

    String uiLocalesOf(String signIn) throws Exception {
        return Browser.query(Browser.location(browser().get(signIn))).get("ui_locales");
    }

    @Test
    void thePortalShellIsServedToEveryoneAndMayNotBeFramed() throws Exception {
        var page = browser().get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Lá Chắn", "id=\"login\"", "id=\"lang-switch\"", "/assets/portal.js");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "form-action 'self' http://127.0.0.1:"));
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");

        assertThat(withItsImports("/assets/portal.js")).contains("/portal/me", "X-XSRF-TOKEN");
        assertThat(browser().get("/assets/portal.css").statusCode()).isEqualTo(200);
    }

    @Test
    void theCitizensPageIsServedToEveryoneUnderThePolicyAndCallsWithoutCookies() throws Exception {
        var page = browser().get("/public.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"page-report\"", "id=\"page-track\"", "id=\"page-check\"",
                "<script type=\"module\" src=\"/assets/public.js\"></script>");
        assertThat(page.body().split("<script").length - 1).as("one script, a file of ours").isEqualTo(1);
        assertThat(page.body()).doesNotContain("style=");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(withItsImports("/assets/public.js"))
                .contains("/api/v1/public/tips:follow", "X-Tip-Secret").containsPattern("credentials:.omit.");
        assertThat(tips.seen).as("nothing of this reaches a service").isEmpty();
    }

    /**
     * A bundle with the chunks it imports (code shared with the citizens' page, e.g. the API client, is a chunk of
     * its own): what the browser runs for that entry, all served from /assets to everyone.
     */
    String withItsImports(String bundle) throws Exception {
        var entry = browser().get(bundle);
        assertThat(entry.statusCode()).isEqualTo(200);
        StringBuilder code = new StringBuilder(entry.body());
        Matcher imports = Pattern.compile("(?:from|import)\\s*\"\\./(chunks/[\\w.-]+\\.js)\"").matcher(entry.body());
        while (imports.find()) {
            var chunk = browser().get("/assets/" + imports.group(1));
            assertThat(chunk.statusCode()).as(imports.group(1)).isEqualTo(200);
            code.append('\n').append(chunk.body());
        }
        return code.toString();
    }

    @Test
    void theGatewayOffersNoPagesOfItsOwnToAnonymousCallers() throws Exception {
        assertThat(browser().get("/login", "Accept", "text/html").statusCode()).isEqualTo(401);
        assertThat(browser().get("/logout", "Accept", "text/html").statusCode()).isEqualTo(401);
    }

    /**
     * The API's description is public on purpose: integrators read it before they have a token. An attacker
     * learns the routes, field names and enums (what the contracts say), no data and no way around a service's
     * token check; the viewer runs under the portal's CSP and loads nothing from elsewhere.
     */
    @Test
    void theApiDescriptionAndItsViewerAreOpenToEveryoneUnderThePortalsPolicy() throws Exception {
        var document = browser().get("/api/openapi.json");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(document.body()).contains("\"openapi\": \"3.0.3\"",
                "\"/api/v1/tips\"", "\"/api/v1/public/scam-check\"", "lachan.tip.v1.TipService/CreateTip");
        assertThat(browser().get("/api/openapi.json", "Authorization", "Bearer x").statusCode()).isEqualTo(200);

        var page = browser().get("/api/docs", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("/api/docs/swagger-ui-bundle.js", "/api/docs/docs.js");
        // every script is a file of ours: the policy allows no inline script and nothing from elsewhere
        assertThat(page.body().split("<script").length - 1).isEqualTo(2);
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=\"/api/docs/)");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval"));

        assertThat(browser().get("/api/docs/swagger-ui-bundle.js").body()).contains("SwaggerUIBundle");
        assertThat(browser().get("/api/docs/swagger-ui.css").statusCode()).isEqualTo(200);
        assertThat(browser().get("/api/docs/docs.js").body()).contains("'/api/openapi.json'", "validatorUrl: null");
        // only the viewer's files: not the webjar's sample page, nor anything else on the class path
        assertThat(browser().get("/api/docs/index.html").statusCode()).isEqualTo(404);
        assertThat(browser().get("/api/docs/swagger-initializer.js").statusCode()).isEqualTo(404);
        assertThat(browser().get("/api/docs/application.yml").statusCode()).isEqualTo(404);
        assertThat(tips.seen).as("nothing of this reaches a service").isEmpty();
    }

    @Test
    void healthIsOpenOnTheManagementPort() throws Exception {
        var health = new Browser("http://localhost:" + managementPort).get("/actuator/health/liveness");
        assertThat(health.statusCode()).isEqualTo(200);
    }
}
