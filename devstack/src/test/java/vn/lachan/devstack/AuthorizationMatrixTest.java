package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.platform.test.ChildProcess;
import vn.lachan.platform.test.HttpApi;

/**
 * For every seed user — and for callers with no token, an expired token, a token signed by another
 * key and a token for another audience — every API route answers exactly as the access rules say,
 * through the gateway, with the real Keycloak of the local stack.
 */
@Tag("e2e")
class AuthorizationMatrixTest {

    static LocalStack stack;
    static final ObjectMapper json = new ObjectMapper();
    static final Map<String, String> ids = new LinkedHashMap<>();

    /** Routes, in the column order of {@link #EXPECTED}. */
    static final List<Route> ROUTES = List.of(
            new Route("POST", "/api/v1/tips", """
                    {"channel":"HOTLINE","sourceKind":"DENUNCIATION","receivingUnit":"huyen-cao-lanh",
                     "modusOperandi":"FAKE_PRIZE","narrative":"Ma trận phân quyền","loss":{"dong":"1"}}"""),
            new Route("GET", "/api/v1/tips/{tipCaoLanh}", null),
            new Route("GET", "/api/v1/tips/{tipLaiVung}", null),
            new Route("GET", "/api/v1/tips", null),
            new Route("POST", "/api/v1/cases", """
                    {"title":"Ma trận phân quyền","penalCodeArticle":290,"clause":1,"leadUnit":"cong-an-tinh-pa05"}"""),
            new Route("GET", "/api/v1/cases/{case}", null),
            new Route("POST", "/api/v1/reports", "{\"unit\":\"huyen-cao-lanh\",\"period\":{\"year\":2025,\"kind\":\"HALF_YEAR\"}}"),
            new Route("GET", "/api/v1/reports/{reportCaoLanh}", null),
            new Route("GET", "/api/v1/reports/{reportSoTuPhap}", null),
            new Route("GET", "/api/v1/budget/lines", null),
            new Route("POST", "/api/v1/budget/lines/2026-PREVENTION/spending", """
                    {"unit":"so-tai-chinh","amount":{"dong":"1000"},"spentOn":"2026-01-05","description":"Ma trận phân quyền"}"""),
            new Route("GET", "/api/v1/audit/tips", null),
            new Route("GET", "/api/v1/cases/freeze-requests/{freezeVcb}", null),
            new Route("GET", "/api/v1/cases/freeze-requests/{freezeBidv}", null));

    static final String FREEZE = """
            {"bank":"%s","accountNumber":"0123456789","accountHolder":"Nguyễn Văn A","amountRequested":{"dong":"50000000"},
             "layer":1,"reason":"Tiền bị hại chuyển đến tài khoản này"}""";

    /** Expected status per caller, one column per route above. */
    static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        //                                 tip+ tCL  tLV  tips case+ case rep+ rCL  rTP  bud  spend audit fVCB fBIDV
        EXPECTED.put("tiepnhan",        row(200, 200, 200, 200, 403, 200, 403, 404, 404, 403, 403, 403, 404, 404));
        EXPECTED.put("dieutra",         row(200, 200, 200, 200, 200, 200, 403, 404, 404, 403, 403, 403, 200, 200));
        EXPECTED.put("lanhdao.congan",  row(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403, 403, 200, 200));
        EXPECTED.put("kiemsat",         row(403, 200, 200, 200, 403, 200, 403, 404, 404, 403, 403, 403, 200, 200));
        EXPECTED.put("toaan",           row(403, 404, 404, 200, 403, 404, 403, 404, 404, 403, 403, 403, 404, 404));
        EXPECTED.put("nganhang.vcb",    row(403, 404, 404, 200, 403, 404, 403, 404, 404, 403, 403, 403, 200, 404));
        EXPECTED.put("baocao.caolanh",  row(403, 200, 404, 200, 403, 404, 200, 200, 404, 403, 403, 403, 404, 404));
        EXPECTED.put("baocao.sotuphap", row(403, 404, 404, 200, 403, 404, 403, 404, 200, 403, 403, 403, 404, 404));
        EXPECTED.put("taichinh",        row(403, 404, 404, 200, 403, 404, 403, 404, 404, 200, 200, 403, 404, 404));
        EXPECTED.put("ketoan.congan",   row(403, 404, 404, 200, 403, 404, 403, 404, 404, 200, 404, 403, 404, 404));
        EXPECTED.put("ubnd",            row(403, 200, 200, 200, 403, 200, 403, 200, 200, 200, 403, 403, 404, 404));
        EXPECTED.put("kiemtoan",        row(403, 200, 200, 200, 403, 200, 403, 200, 200, 200, 403, 200, 404, 404));
        EXPECTED.put("admin",           row(403, 404, 404, 200, 403, 404, 403, 404, 404, 403, 403, 403, 404, 404));
    }

    static int[] row(int... statuses) {
        return statuses;
    }

    record Route(String method, String template, String body) {
        String path() {
            String path = template;
            for (var id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            return path;
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    @BeforeAll
    static void seedRecords() throws Exception {
        stack = SharedStack.get();
        ids.put("tipCaoLanh", idOf(as("tiepnhan").post("/api/v1/tips", ROUTES.get(0).body())));
        ids.put("tipLaiVung", idOf(as("tiepnhan").post("/api/v1/tips",
                ROUTES.get(0).body().replace("huyen-cao-lanh", "huyen-lai-vung"))));
        ids.put("case", idOf(as("dieutra").post("/api/v1/cases", ROUTES.get(4).body())));
        ids.put("freezeVcb", idOf(as("dieutra").post("/api/v1/cases/" + ids.get("case") + "/freeze-requests",
                FREEZE.formatted("vcb-dong-thap"))));
        ids.put("freezeBidv", idOf(as("dieutra").post("/api/v1/cases/" + ids.get("case") + "/freeze-requests",
                FREEZE.formatted("bidv-dong-thap"))));
        ids.put("reportCaoLanh", idOf(as("baocao.caolanh").post("/api/v1/reports", ROUTES.get(6).body())));
        ids.put("reportSoTuPhap", idOf(as("baocao.sotuphap").post("/api/v1/reports",
                "{\"unit\":\"so-tu-phap\",\"period\":{\"year\":2026,\"kind\":\"HALF_YEAR\"}}")));
        // spending is against the unit's allocation: give the finance department some of 2026-PREVENTION
        String allocation = idOf(as("taichinh").post("/api/v1/budget/lines/2026-PREVENTION/allocations",
                "{\"unit\":\"so-tai-chinh\",\"amount\":{\"dong\":\"1000000\"},\"note\":\"Ma trận phân quyền\"}"));
        var approved = as("ubnd").post("/api/v1/budget/allocations/" + allocation + ":approve", "{}");
        if (approved.statusCode() != 200) {
            throw new IllegalStateException(approved.body());
        }
    }

    @TestFactory
    Stream<DynamicTest> everySeedUserGetsWhatTheRulesAllowOnEveryRoute() {
        List<DynamicTest> tests = new ArrayList<>();
        EXPECTED.forEach((user, statuses) -> {
            assertThat(statuses).as(user).hasSize(ROUTES.size());
            for (int i = 0; i < ROUTES.size(); i++) {
                Route route = ROUTES.get(i);
                int expected = statuses[i];
                tests.add(DynamicTest.dynamicTest(user + " " + route + " → " + expected, () -> {
                    String path = route.path();
                    var answer = as(user).send(route.method(), path, route.body());
                    Proofs.matrix(user, route.method(), path, answer.statusCode());
                    assertThat(answer.statusCode()).as(user + " " + route + ": " + answer.body()).isEqualTo(expected);
                }));
            }
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aCallerWithoutAValidTokenGets401Everywhere() throws Exception {
        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("no token", null);
        invalid.put("a token signed by another key", forgedToken());
        stack.keycloak().createServiceClient("matrix-other-audience", false, null);
        invalid.put("a token for another audience", stack.keycloak().clientToken("matrix-other-audience"));
        // a client of the same realm that asks for the API's audience but is not one the services know
        stack.keycloak().createServiceClient("matrix-unknown-client", true, null);
        stack.keycloak().grantRole("matrix-unknown-client", "reader-consolidated");
        invalid.put("a token of a client the services do not know", stack.keycloak().clientToken("matrix-unknown-client"));
        invalid.put("an expired token", expiredToken());
        List<DynamicTest> tests = new ArrayList<>();
        invalid.forEach((who, token) -> {
            for (Route route : ROUTES) {
                tests.add(DynamicTest.dynamicTest(who + " " + route + " → 401", () -> {
                    String path = route.path();
                    var answer = HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(token).send(route.method(), path, route.body());
                    Proofs.matrix(who, route.method(), path, answer.statusCode());
                    assertThat(answer.statusCode()).as(who + " " + route + ": " + answer.body()).isEqualTo(401);
                }));
            }
        });
        return tests.stream();
    }

    static HttpApi as(String user) {
        return HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken(user));
    }

    static String idOf(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).get("id").asString();
    }

    /** A well-formed RS256 token with the right issuer and audience, signed by a key Keycloak never had. */
    static String forgedToken() throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        var pair = keys.generateKeyPair();
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"forged\"}";
        String claims = """
                {"iss":"%s","aud":"lachan-api","sub":"forged","preferred_username":"lanhdao.congan",
                 "unit":"cong-an-tinh","roles":["police-leader","auditor"],"iat":%d,"exp":%d}"""
                .formatted(stack.keycloak().issuer(), now, now + 300);
        String signingInput = b64(header) + "." + b64(claims);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign((RSAPrivateKey) pair.getPrivate());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    /** A real token of a known client of the realm whose lifetime (set to 1 s for this one token) is over. */
    static String expiredToken() {
        String token = stack.keycloak().shortLivedClientToken("report-service", 1);
        ChildProcess.sleep(Duration.ofSeconds(12)); // past the services' 10 s clock skew
        return token;
    }

    static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
