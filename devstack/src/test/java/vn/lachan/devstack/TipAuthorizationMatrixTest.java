package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.platform.test.HttpApi;

/**
 * tip-service's routes for what the public scam check publishes, and the audit chain's verification, through the
 * gateway for every seed user and for callers without a valid token, with the real Keycloak of the local stack.
 * Routes that change a record act on a fresh value (or review) for each caller, so every cell stands alone.
 */
@Tag("e2e")
class TipAuthorizationMatrixTest {

    static LocalStack stack;
    static final ObjectMapper json = new ObjectMapper();

    record Route(String name, String method, Supplier<String> path, Supplier<String> body) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A mobile number no other cell uses. */
    /** A fresh VinaPhone number (091 is assigned; a random 09x prefix may not be, and is then refused). */
    static String phone() {
        return "091" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    static final List<Route> ROUTES = List.of(
            new Route("publish a value", "POST", () -> "/api/v1/tips/scam-check/publications",
                    () -> "{\"type\":\"PHONE\",\"value\":\"" + phone() + "\",\"reason\":\"Ma trận phân quyền\"}"),
            new Route("withdraw a value", "POST", () -> "/api/v1/tips/scam-check/withdrawals",
                    () -> "{\"type\":\"PHONE\",\"value\":\"" + phone() + "\",\"reason\":\"Ma trận phân quyền\"}"),
            new Route("standing of a value", "GET", () -> "/api/v1/tips/scam-check/standing?type=PHONE&value=0912345678", () -> null),
            new Route("review requests", "GET", () -> "/api/v1/tips/scam-check/reviews", () -> null),
            new Route("keep a value published", "POST", () -> "/api/v1/tips/scam-check/reviews/" + openReview() + ":keep",
                    () -> "{\"note\":\"Đã xác minh lại\"}"),
            new Route("verify the audit chain", "POST", () -> "/api/v1/audit/tips/verification", () -> "{}"));

    static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        //                                publish withdraw standing reviews keep verify
        EXPECTED.put("tiepnhan",        row(403, 403, 200, 200, 403, 403));
        EXPECTED.put("dieutra",         row(200, 200, 200, 200, 200, 403));
        EXPECTED.put("lanhdao.congan",  row(200, 200, 200, 200, 200, 403));
        EXPECTED.put("kiemsat",         row(403, 403, 403, 403, 403, 403));
        EXPECTED.put("toaan",           row(403, 403, 403, 403, 403, 403));
        EXPECTED.put("nganhang.vcb",    row(403, 403, 403, 403, 403, 403));
        EXPECTED.put("baocao.caolanh",  row(403, 403, 403, 403, 403, 403));
        EXPECTED.put("baocao.sotuphap", row(403, 403, 403, 403, 403, 403));
        EXPECTED.put("taichinh",        row(403, 403, 403, 403, 403, 403));
        EXPECTED.put("ketoan.congan",   row(403, 403, 403, 403, 403, 403));
        EXPECTED.put("ubnd",            row(403, 403, 403, 403, 403, 403));
        EXPECTED.put("kiemtoan",        row(403, 403, 403, 403, 403, 200));
        EXPECTED.put("admin",           row(403, 403, 403, 403, 403, 403));
    }

    static int[] row(int... statuses) {
        return statuses;
    }

    @BeforeAll
    static void startStack() {
        stack = SharedStack.get();
    }

    /** A value published by an investigator and a citizen's open request to review it. */
    static String openReview() {
        String value = phone();
        ok(as("dieutra").post("/api/v1/tips/scam-check/publications",
                "{\"type\":\"PHONE\",\"value\":\"" + value + "\",\"reason\":\"Ma trận\"}"));
        var review = SampleTips.send(() -> HttpApi.at(stack.gatewayUrl()).post("/api/v1/public/scam-check/reviews",
                "{\"type\":\"PHONE\",\"value\":\"" + value + "\",\"reason\":\"Số của tôi\"}"));
        return ok(review).get("reviewId").asString();
    }

    @TestFactory
    Stream<DynamicTest> everySeedUserGetsWhatTheRulesAllowOnEveryScamCheckAndAuditRoute() {
        List<DynamicTest> tests = new ArrayList<>();
        EXPECTED.forEach((user, statuses) -> {
            assertThat(statuses).as(user).hasSize(ROUTES.size());
            for (int i = 0; i < ROUTES.size(); i++) {
                Route route = ROUTES.get(i);
                int expected = statuses[i];
                tests.add(DynamicTest.dynamicTest(user + " " + route + " → " + expected, () -> {
                    String path = route.path().get();
                    var answer = as(user).send(route.method(), path, route.body().get());
                    Proofs.matrix(user, route.method(), path, answer.statusCode());
                    assertThat(answer.statusCode()).as(user + " " + route + ": " + answer.body()).isEqualTo(expected);
                }));
            }
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aCallerWithoutAValidTokenGets401OnEveryOfficersRoute() throws Exception {
        if (AuthorizationMatrixTest.stack == null) {
            AuthorizationMatrixTest.stack = stack; // its token helpers read the shared stack from there
        }
        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("no token", null);
        invalid.put("a token signed by another key", AuthorizationMatrixTest.forgedToken());
        List<DynamicTest> tests = new ArrayList<>();
        invalid.forEach((who, token) -> {
            for (Route route : ROUTES) {
                tests.add(DynamicTest.dynamicTest(who + " " + route + " → 401", () -> {
                    String path = route.name().startsWith("keep") ? "/api/v1/tips/scam-check/reviews/"
                            + "3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c:keep" : route.path().get();
                    var answer = HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(token).send(route.method(), path, route.body().get());
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

    static tools.jackson.databind.JsonNode ok(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }
}
