package vn.lachan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lachan.platform.test.LocalKeycloak;
import vn.lachan.platform.test.LocalRedis;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * A browser signing in through the gateway at the real Keycloak with the realm {@code lachan} — on Keycloak's
 * own login page, with a seed user's password — and what follows: the session in Redis and only cookies in
 * the browser, the user's real access token relayed to the services and renewed with the refresh token once
 * it has expired, the portal session ended when Keycloak no longer renews it, CSRF, signing out at Keycloak,
 * and rate limits per caller. (A real browser against the whole stack is devstack's PortalLoginTest.)
 *
 * <p>The realm's {@code lachan-portal} client sends browsers back to fixed addresses only, so the test creates a
 * throw-away copy of it (same scopes, PKCE S256 required) that sends them back to this gateway, on a port
 * chosen before the context starts. The gateway is addressed as {@code 127.0.0.1} and Keycloak as
 * {@code localhost}, so the browser keeps the gateway's cookies apart from Keycloak's.
 */
@RealInfrastructure(keycloak = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"LACHAN_MANAGEMENT_PORT=0", "LACHAN_RATE_PER_SECOND=1", "LACHAN_RATE_BURST=5"})
class KeycloakLoginTest {

    static final int PORT = LocalRedis.freePort();
    static final String GATEWAY = "http://127.0.0.1:" + PORT;
    /** How long access tokens live in the tests that wait for one to expire. */
    static final Duration SHORT_LIFESPAN = Duration.ofSeconds(5);
    static final Pattern LOGIN_FORM = Pattern.compile("<form\\b[^>]*\\bid=\"kc-form-login\"[^>]*>(.*?)</form>",
            Pattern.DOTALL);
    static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");
    static final Pattern HIDDEN_INPUT = Pattern.compile("<input\\b[^>]*\\btype=\"hidden\"[^>]*>");
    static final Pattern ATTRIBUTE = Pattern.compile("\\b(name|value)=\"([^\"]*)\"");

    static final Upstream reports = Upstream.start("report-service");
    static LocalKeycloak keycloak;
    static KeycloakAdmin admin;
    static KeycloakAdmin.Client portal;
    static NimbusJwtDecoder realTokens;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        // @RealInfrastructure has started Keycloak (and set LACHAN_ISSUER_URI) before the context starts
        keycloak = RealInfrastructure.Extension.keycloak();
        admin = new KeycloakAdmin(keycloak);
        String clientId = "gateway-test-" + UUID.randomUUID();
        portal = admin.createPortalClient(clientId, UUID.randomUUID().toString(), GATEWAY);
        realTokens = NimbusJwtDecoder.withJwkSetUri(keycloak.issuer() + "/protocol/openid-connect/certs").build();
        realTokens.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(keycloak.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains("lachan-api"))));

        registry.add("LACHAN_HTTP_PORT", () -> PORT);
        registry.add("server.port", () -> PORT);
        registry.add("LACHAN_PORTAL_CLIENT_ID", portal::clientId);
        registry.add("LACHAN_PORTAL_CLIENT_SECRET", portal::secret);
        registry.add("LACHAN_REPORT_SERVICE_URL", reports::url);
    }

    @AfterAll
    static void stop() {
        reports.close();
        if (portal != null) {
            admin.delete(portal);
        }
    }

    @BeforeEach
    void reset() {
        reports.seen.clear();
    }

    @AfterEach
    void realmLifespan() {
        admin.accessTokenLifespan(portal, null);
    }

    /**
     * Signs a seed user in the way a browser does: gateway → Keycloak's login page → the password posted to
     * Keycloak's form → back to the gateway with the code → the portal.
     */
    Browser signIn(String username) throws Exception {
        Browser browser = new Browser(GATEWAY);
        browser.get("/");
        var toKeycloak = browser.get("/oauth2/authorization/keycloak");
        assertThat(toKeycloak.statusCode()).as(toKeycloak.body()).isEqualTo(302);
        URI authorization = Browser.location(toKeycloak);
        assertThat(authorization.toString()).startsWith(keycloak.issuer() + "/protocol/openid-connect/auth?");
        assertThat(Browser.query(authorization)).containsEntry("client_id", portal.clientId())
                .containsEntry("code_challenge_method", "S256").containsKey("code_challenge");

        var loginPage = browser.follow(toKeycloak);
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        // Keycloak's login page speaks Vietnamese first (Keycloak ships no Vietnamese; the realm's theme lachan does)
        // in the portal's look (the theme's style sheet)
        assertThat(loginPage.body()).as("Keycloak's login page in the portal's language").contains("lang=\"vi\"")
                .contains("Đăng nhập", "Tên đăng nhập hoặc thư điện tử", "Mật khẩu")
                .containsPattern("/resources/[^\"]+/login/lachan/css/lachan\\.css");

        var answer = submitLogin(browser, loginPage, username, LocalKeycloak.DEV_PASSWORD);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        assertThat(Browser.location(answer).toString()).startsWith(GATEWAY + "/login/oauth2/code/keycloak?");

        var home = browser.follow(answer);
        assertThat(home.statusCode()).as(home.body()).isEqualTo(302);
        assertThat(Browser.location(home).toString()).isEqualTo(GATEWAY + "/");
        return browser;
    }

    /** Fills in and posts the real form of Keycloak's login page: its action, its hidden fields, the password. */
    static HttpResponse<String> submitLogin(Browser browser, HttpResponse<String> loginPage, String username,
                                            String password) throws Exception {
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        assertThat(form.find()).as("a login form on " + loginPage.uri() + ":\n" + loginPage.body()).isTrue();
        Matcher action = ACTION.matcher(form.group().substring(0, form.group().indexOf('>') + 1));
        assertThat(action.find()).as("the login form's action").isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN_INPUT.matcher(form.group(1));
        while (hidden.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(hidden.group());
            while (attribute.find()) {
                attributes.put(attribute.group(1), unescape(attribute.group(2)));
            }
            if (attributes.containsKey("name")) {
                fields.put(attributes.get("name"), attributes.getOrDefault("value", ""));
            }
        }
        fields.put("username", username);
        fields.put("password", password);
        return browser.submit(loginPage.uri().resolve(unescape(action.group(1))).toString(), fields);
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&#x2F;", "/").replace("&#61;", "=").replace("&amp;", "&");
    }

    /** The token that reached the service, checked against the realm's keys: issuer, audience, expiry. */
    static Jwt relayedToken(Upstream.Seen seen) {
        assertThat(seen.authorization()).as("the Authorization header the service got").startsWith("Bearer ");
        return realTokens.decode(seen.authorization().substring("Bearer ".length()));
    }

    /**
     * The realm's own portal client, asked the way the gateway asks (authorization code, PKCE S256), with no language
     * named: Keycloak answers in Vietnamese, in the theme lachan; English on request. It sends browsers back only to
     * the portal's address it was started with (the realm's ${LACHAN_PUBLIC_URL}), not to addresses of old files.
     */
    @Test
    void theLoginPageSpeaksVietnameseFirstInThePortalsLookAndEnglishOnRequest() throws Exception {
        String challenge = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest("verifier-of-the-test-0123456789abcdef".getBytes()));
        java.util.function.Function<String, URI> authorization = redirect -> URI.create(keycloak.issuer()
                + "/protocol/openid-connect/auth?response_type=code&client_id=lachan-portal&scope=openid&state=s"
                + "&code_challenge_method=S256&code_challenge=" + challenge + "&redirect_uri="
                + java.net.URLEncoder.encode(redirect, java.nio.charset.StandardCharsets.UTF_8));
        var http = java.net.http.HttpClient.newHttpClient();
        URI auth = authorization.apply(LocalKeycloak.DEFAULT_PUBLIC_URL + "/login/oauth2/code/keycloak");

        var vietnamese = http.send(java.net.http.HttpRequest.newBuilder(auth).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(vietnamese.statusCode()).as(vietnamese.body()).isEqualTo(200);
        assertThat(vietnamese.body()).contains("lang=\"vi\"", "Đăng nhập vào tài khoản", "Tên đăng nhập hoặc thư điện tử",
                        "Mật khẩu")
                .containsPattern("id=\"kc-login\"[^>]*>\\s*Đăng nhập\\s*</button>")
                .containsPattern("/resources/[^\"]+/login/lachan/css/lachan\\.css")
                .doesNotContain("Sign in to your account");

        var english = http.send(java.net.http.HttpRequest.newBuilder(auth).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("lang=\"en\"", "Sign in to your account", "Password");

        for (String elsewhere : List.of("http://localhost:28080/login/oauth2/code/keycloak",
                "http://lachan.local/login/oauth2/code/keycloak", "https://lachan.example/login/oauth2/code/evil")) {
            var refused = http.send(java.net.http.HttpRequest.newBuilder(authorization.apply(elsewhere)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(elsewhere).isEqualTo(400);
        }
    }

    @Test
    void aSignedInUserIsShownWithNameUnitAndRolesFromKeycloak() throws Exception {
        String user = admin.userId("baocao.caolanh");
        int exchangesBefore = admin.events("CODE_TO_TOKEN", portal, user);
        Browser browser = signIn("baocao.caolanh");

        var me = browser.get("/portal/me");

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"name\":\"Đặng Văn Hùng\"", "\"username\":\"baocao.caolanh\"",
                "\"unit\":\"huyen-cao-lanh\"", "\"roles\":[\"report-submitter\"]", "\"sections\":[\"reports\"]");
        // Keycloak exchanged the code for tokens, which this client (PKCE required) allows only with the
        // verifier of the challenge the gateway sent
        assertThat(admin.events("CODE_TO_TOKEN", portal, user)).isGreaterThan(exchangesBefore);
    }

    @Test
    void theBrowserHoldsOnlyASessionCookieNeverAToken() throws Exception {
        Browser browser = signIn("baocao.caolanh");
        browser.get("/api/v1/reports/r1");
        String[] accessToken = relayedToken(reports.seen.getFirst()).getTokenValue().split("\\.");

        assertThat(browser.gatewayCookies()).extracting(Browser.Cookie::name)
                .containsExactlyInAnyOrder("SESSION", "XSRF-TOKEN");
        // neither the gateway's cookies nor Keycloak's carry the access token (its claims or its signature)
        assertThat(browser.allCookies()).isNotEmpty().allSatisfy(cookie -> assertThat(cookie.value())
                .doesNotContain(accessToken[1]).doesNotContain(accessToken[2]));
        assertThat(browser.gatewayCookies()).filteredOn(c -> c.name().equals("SESSION"))
                .singleElement().satisfies(cookie -> assertThat(cookie.httpOnly()).isTrue());
        assertThat(redis.keys("lachan:gateway:session:*").collectList().block())
                .anySatisfy(key -> assertThat(key).contains(browser.cookie("SESSION").orElseThrow()));
    }

    @Test
    void theUsersRealAccessTokenIsRelayedToTheService() throws Exception {
        Browser browser = signIn("baocao.caolanh");

        var read = browser.get("/api/v1/reports/r1");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(reports.seen).singleElement().satisfies(seen -> {
            Jwt token = relayedToken(seen);
            assertThat(token.getSubject()).isEqualTo(admin.userId("baocao.caolanh"));
            assertThat(token.getClaimAsString("azp")).isEqualTo(portal.clientId());
            assertThat(token.getClaimAsString("unit")).isEqualTo("huyen-cao-lanh");
            assertThat(token.getClaimAsStringList("roles")).containsExactly("report-submitter");
            assertThat(seen.cookie()).isNull();
        });
    }

    @Test
    void anExpiredAccessTokenIsRenewedWithTheRefreshTokenBeforeTheCall() throws Exception {
        admin.accessTokenLifespan(portal, (int) SHORT_LIFESPAN.toSeconds());
        String user = admin.userId("baocao.caolanh");
        Browser browser = signIn("baocao.caolanh");
        Instant signedIn = Instant.now();
        Thread.sleep(SHORT_LIFESPAN.plusSeconds(1));
        Instant called = Instant.now();

        var read = browser.get("/api/v1/reports/r1");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(reports.seen).singleElement().satisfies(seen -> {
            Jwt token = relayedToken(seen);
            assertThat(token.getSubject()).isEqualTo(user);
            // issued after the token of the sign-in had expired, and valid now
            assertThat(token.getIssuedAt()).isAfter(signedIn.plus(SHORT_LIFESPAN).minusSeconds(1));
            assertThat(token.getExpiresAt()).isAfter(called);
            // in the session the user signed in to: renewed, not a new login
            assertThat(admin.sessions(user)).contains(token.getClaimAsString("sid"));
        });
    }

    @Test
    void whenKeycloakNoLongerRenewsTheTokenThePortalSessionEnds() throws Exception {
        admin.accessTokenLifespan(portal, (int) SHORT_LIFESPAN.toSeconds());
        String user = admin.userId("tiepnhan");
        Browser browser = signIn("tiepnhan");
        admin.logOut(user); // e.g. an administrator ends the user's sessions
        Thread.sleep(SHORT_LIFESPAN.plusSeconds(1));

        var read = browser.get("/api/v1/reports/r1", "Accept-Language", "en");

        assertThat(read.statusCode()).as(read.body()).isEqualTo(401);
        assertThat(read.body()).contains("SESSION_EXPIRED", "Your session has expired", "Phiên đăng nhập đã hết hạn");
        assertThat(reports.seen).isEmpty();
        assertThat(browser.get("/portal/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aSignedInUsersStateChangeNeedsTheCsrfToken() throws Exception {
        Browser browser = signIn("tiepnhan");

        var forged = browser.post("/api/v1/reports", "application/json", "{}");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(reports.seen).isEmpty();

        var genuine = browser.post("/api/v1/reports", "application/json", "{}",
                "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").orElseThrow());
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(reports.seen).singleElement().satisfies(seen ->
                assertThat(relayedToken(seen).getClaimAsString("preferred_username")).isEqualTo("tiepnhan"));
    }

    @Test
    void signingOutEndsTheSessionHereAndAtKeycloakAndComesBackToThePortal() throws Exception {
        Browser browser = signIn("baocao.caolanh");
        assertThat(browser.post("/logout", "application/x-www-form-urlencoded", "").statusCode())
                .as("without the CSRF token").isEqualTo(403);
        assertThat(browser.get("/portal/me").statusCode()).isEqualTo(200);

        var toKeycloak = browser.post("/logout", "application/x-www-form-urlencoded",
                "_csrf=" + browser.cookie("XSRF-TOKEN").orElseThrow());

        assertThat(toKeycloak.statusCode()).isEqualTo(302);
        URI endSession = Browser.location(toKeycloak);
        assertThat(endSession.toString()).startsWith(keycloak.issuer() + "/protocol/openid-connect/logout?");
        assertThat(Browser.query(endSession)).containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", GATEWAY + "/");
        var backHome = browser.follow(toKeycloak);
        assertThat(backHome.statusCode()).as(backHome.body()).isEqualTo(302);
        assertThat(Browser.location(backHome).toString()).startsWith(GATEWAY + "/");
        assertThat(browser.get("/portal/me").statusCode()).isEqualTo(401);

        // Keycloak's session has ended too: signing in again asks for the password
        var again = browser.follow(browser.get("/oauth2/authorization/keycloak"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("kc-form-login");
    }

    @Test
    void aSignedInUserIsRateLimitedAsThemselvesWhateverTheirAddress() throws Exception {
        // a user of their own, so that no other test spends their allowance
        Browser browser = signIn("baocao.sotuphap");
        assertThat(limitedOutOfTwelve(i -> browser.get("/api/v1/reports", "X-Forwarded-For", "10.1.0." + i)))
                .isGreaterThan(0);
        assertThat(rateLimitKeys("user:" + admin.userId("baocao.sotuphap"))).isNotEmpty();
    }

    @Test
    void aCallerWithAGenuineTokenIsRateLimitedByClientWhateverItsAddress() throws Exception {
        String token = keycloak.clientToken("integration-bank-vcb");
        Browser caller = new Browser(GATEWAY);
        assertThat(limitedOutOfTwelve(i -> caller.get("/api/v1/reports", "Authorization", "Bearer " + token,
                "X-Forwarded-For", "10.2.0." + i))).isGreaterThan(0);
        assertThat(reports.seen).isNotEmpty()
                .allSatisfy(seen -> assertThat(seen.authorization()).isEqualTo("Bearer " + token));
        assertThat(rateLimitKeys("client:integration-bank-vcb:" + SignedJWT.parse(token).getJWTClaimsSet().getSubject()))
                .isNotEmpty();
    }

    @Test
    void aCallerWithAnInventedTokenIsRateLimitedByAddress() throws Exception {
        // the claims of a genuine token, signed by another key under the realm key's id
        SignedJWT genuine = SignedJWT.parse(keycloak.clientToken("integration-bank-vcb"));
        SignedJWT invented = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(genuine.getHeader().getKeyID()).type(genuine.getHeader().getType()).build(),
                genuine.getJWTClaimsSet());
        invented.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
        String token = invented.serialize();
        Browser caller = new Browser(GATEWAY);

        assertThat(limitedOutOfTwelve(i -> caller.get("/api/v1/reports", "Authorization", "Bearer " + token,
                "X-Forwarded-For", "10.3.0." + i))).isZero();
        assertThat(reports.seen).hasSize(12)
                .allSatisfy(seen -> assertThat(seen.authorization()).isEqualTo("Bearer " + token));
        // counted by a keyed hash of the address: the address itself is nowhere in Redis
        assertThat(rateLimitKeys("address:")).isNotEmpty();
        assertThat(redis.keys("*10.3.0.*").collectList().block()).isEmpty();
    }

    /** The rate limiter's buckets in Redis for a caller key (they live a few seconds). */
    List<String> rateLimitKeys(String callerKey) {
        return redis.keys("request_rate_limiter.{*" + callerKey + "*}.*").collectList().block();
    }

    interface Call {
        HttpResponse<String> send(int i) throws Exception;
    }

    /**
     * Twelve calls sent at once (the limit here is 1 a second with a burst of 5): sent one after another, a loaded
     * machine answered each so slowly that the allowance refilled in between and none was refused.
     */
    static int limitedOutOfTwelve(Call call) throws Exception {
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                int n = i;
                statuses.add(threads.submit(() -> {
                    start.await();
                    return call.send(n).statusCode();
                }));
            }
            start.countDown();
            int limited = 0;
            for (var status : statuses) {
                if (status.get() == 429) {
                    limited++;
                }
            }
            return limited;
        }
    }
}
