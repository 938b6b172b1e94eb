package vn.lachan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * A browser signing in through the gateway at a stand-in Keycloak ({@link FakeKeycloak}): the session in
 * Redis, the user's token relayed to the services and refreshed, CSRF, signing out, and rate limits per
 * caller. (The real Keycloak and a real browser are in devstack's PortalLoginTest.)
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_MANAGEMENT_PORT=0", "LACHAN_RATE_PER_SECOND=1", "LACHAN_RATE_BURST=5"})
class KeycloakLoginTest {

    static final FakeKeycloak keycloak = FakeKeycloak.start();
    static final Upstream reports = Upstream.start("report-service");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("LACHAN_ISSUER_URI", keycloak::issuer);
        registry.add("LACHAN_REPORT_SERVICE_URL", reports::url);
    }

    @AfterAll
    static void stop() {
        keycloak.close();
        reports.close();
    }

    @BeforeEach
    void reset() {
        reports.seen.clear();
        keycloak.tokenRequests.clear();
        keycloak.accessTokenSeconds = 300;
        keycloak.refusesRefresh = false;
    }

    /** Signs a new user in the way a browser does: gateway → Keycloak → gateway → portal. */
    Browser signIn() throws Exception {
        keycloak.nextUser = FakeKeycloak.User.of("baocao.caolanh", "Đặng Văn Hùng", "huyen-cao-lanh", "report-submitter");
        Browser browser = new Browser("http://localhost:" + port);
        browser.get("/");
        var atKeycloak = browser.get("/oauth2/authorization/keycloak");
        var backAtTheGateway = browser.follow(atKeycloak);
        var home = browser.follow(backAtTheGateway);
        assertThat(home.statusCode()).as(home.body()).isEqualTo(302);
        assertThat(Browser.location(home).getPath()).isEqualTo("/");
        return browser;
    }

    @Test
    void aSignedInUserIsShownWithNameUnitAndRoles() throws Exception {
        Browser browser = signIn();

        var me = browser.get("/portal/me");

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"name\":\"Đặng Văn Hùng\"", "\"username\":\"baocao.caolanh\"",
                "\"unit\":\"huyen-cao-lanh\"", "\"roles\":[\"report-submitter\"]");
        assertThat(keycloak.authorizationRequests.getLast()).containsEntry("code_challenge_method", "S256");
        assertThat(keycloak.tokenRequests).anySatisfy(form -> assertThat(form)
                .containsEntry("grant_type", "authorization_code").containsKey("code_verifier"));
    }

    @Test
    void theBrowserHoldsOnlyASessionCookieNeverAToken() throws Exception {
        Browser browser = signIn();

        assertThat(browser.allCookies()).extracting(HttpCookie::getName)
                .containsExactlyInAnyOrder("SESSION", "XSRF-TOKEN");
        assertThat(browser.allCookies()).allSatisfy(cookie ->
                assertThat(keycloak.lastAccessToken).doesNotContain(cookie.getValue()));
        assertThat(browser.allCookies()).filteredOn(c -> c.getName().equals("SESSION"))
                .singleElement().satisfies(cookie -> assertThat(cookie.isHttpOnly()).isTrue());
    }

    @Test
    void theUsersAccessTokenIsRelayedToTheService() throws Exception {
        Browser browser = signIn();

        var read = browser.get("/api/v1/reports/r1");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(reports.seen).singleElement().satisfies(seen -> {
            assertThat(seen.authorization()).isEqualTo("Bearer " + keycloak.lastAccessToken);
            assertThat(seen.cookie()).isNull();
        });
    }

    @Test
    void anExpiredAccessTokenIsRenewedBeforeTheCall() throws Exception {
        keycloak.accessTokenSeconds = 30; // inside the minute of leeway: counts as expired at once
        Browser browser = signIn();
        String first = keycloak.lastAccessToken;

        browser.get("/api/v1/reports/r1");

        assertThat(keycloak.tokenRequests).anySatisfy(form -> assertThat(form).containsEntry("grant_type", "refresh_token"));
        assertThat(keycloak.lastAccessToken).isNotEqualTo(first);
        assertThat(reports.seen).singleElement().satisfies(seen ->
                assertThat(seen.authorization()).isEqualTo("Bearer " + keycloak.lastAccessToken));
    }

    @Test
    void whenKeycloakNoLongerRenewsTheTokenThePortalSessionEnds() throws Exception {
        keycloak.accessTokenSeconds = 30;
        Browser browser = signIn();
        keycloak.refusesRefresh = true;

        var read = browser.get("/api/v1/reports/r1", "Accept-Language", "en");

        assertThat(read.statusCode()).isEqualTo(401);
        assertThat(read.body()).contains("SESSION_EXPIRED", "Your session has expired", "Phiên đăng nhập đã hết hạn");
        assertThat(reports.seen).isEmpty();
        assertThat(browser.get("/portal/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aSignedInUsersStateChangeNeedsTheCsrfToken() throws Exception {
        Browser browser = signIn();

        var forged = browser.post("/api/v1/reports", "application/json", "{}");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(reports.seen).isEmpty();

        var genuine = browser.post("/api/v1/reports", "application/json", "{}",
                "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").orElseThrow());
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(reports.seen).singleElement().satisfies(seen ->
                assertThat(seen.authorization()).isEqualTo("Bearer " + keycloak.lastAccessToken));
    }

    @Test
    void signingOutEndsTheSessionHereAndAtKeycloakAndComesBackToThePortal() throws Exception {
        Browser browser = signIn();
        assertThat(browser.post("/logout", "application/x-www-form-urlencoded", "").statusCode())
                .as("without the CSRF token").isEqualTo(403);
        assertThat(browser.get("/portal/me").statusCode()).isEqualTo(200);

        var toKeycloak = browser.post("/logout", "application/x-www-form-urlencoded",
                "_csrf=" + browser.cookie("XSRF-TOKEN").orElseThrow());

        assertThat(toKeycloak.statusCode()).isEqualTo(302);
        assertThat(Browser.location(toKeycloak).toString()).startsWith(keycloak.issuer() + "/protocol/openid-connect/logout?");
        var backHome = browser.follow(toKeycloak);
        assertThat(Browser.location(backHome).toString()).isEqualTo("http://localhost:" + port + "/");
        assertThat(keycloak.logouts.getLast()).containsKey("id_token_hint");
        assertThat(browser.get("/portal/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aSignedInUserIsRateLimitedAsThemselvesWhateverTheirAddress() throws Exception {
        Browser browser = signIn();
        assertThat(limitedOutOfTwelve(i -> browser.get("/api/v1/reports", "X-Forwarded-For", "10.1.0." + i)))
                .isGreaterThan(0);
    }

    @Test
    void aCallerWithAGenuineTokenIsRateLimitedByClientWhateverItsAddress() throws Exception {
        String token = keycloak.apiToken("integration-bank-vcb", true);
        Browser caller = new Browser("http://localhost:" + port);
        assertThat(limitedOutOfTwelve(i -> caller.get("/api/v1/reports", "Authorization", "Bearer " + token,
                "X-Forwarded-For", "10.2.0." + i))).isGreaterThan(0);
        assertThat(reports.seen).allSatisfy(seen -> assertThat(seen.authorization()).isEqualTo("Bearer " + token));
    }

    @Test
    void aCallerWithAnInventedTokenIsRateLimitedByAddress() throws Exception {
        String token = keycloak.apiToken("integration-bank-vcb", false);
        Browser caller = new Browser("http://localhost:" + port);
        assertThat(limitedOutOfTwelve(i -> caller.get("/api/v1/reports", "Authorization", "Bearer " + token,
                "X-Forwarded-For", "10.3.0." + i))).isZero();
    }

    interface Call {
        java.net.http.HttpResponse<String> send(int i) throws Exception;
    }

    static int limitedOutOfTwelve(Call call) throws Exception {
        int limited = 0;
        for (int i = 1; i <= 12; i++) {
            if (call.send(i).statusCode() == 429) {
                limited++;
            }
        }
        return limited;
    }
}
