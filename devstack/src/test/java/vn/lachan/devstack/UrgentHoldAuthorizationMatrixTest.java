package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.devstack.MatrixRoutes.Route;
import vn.lachan.platform.test.HttpApi;

/**
 * The urgent holds before any case (case-service's UrgentHoldService) through the gateway, for every seed user, for a
 * tip of another unit, a hold addressed to another bank and callers without a valid token, with the real Keycloak,
 * tip-service and unit registry of the local stack. Every cell that writes gets a fresh tip (received by the tip desk)
 * or a fresh hold, so the cells are independent. A hold the caller may not see is "not found" (404); a step owned by
 * another role is 403.
 */
@Tag("e2e")
class UrgentHoldAuthorizationMatrixTest {

    static LocalStack stack;
    static final ObjectMapper json = new ObjectMapper();
    static final String HOLDS = "/api/v1/cases/urgent-holds";
    static final String ACCOUNT = "VCB:0071000123456";

    static final List<Route> ROUTES = List.of(
            new Route("list urgent holds", "GET", () -> HOLDS + "?pageSize=5", () -> null),
            new Route("send a hold on a tip", "POST", () -> HOLDS, () -> hold(tip("huyen-cao-lanh"), "vcb-dong-thap")),
            new Route("send a hold on another unit's tip", "POST", () -> HOLDS,
                    () -> hold(tip("huyen-lai-vung"), "vcb-dong-thap")),
            new Route("read a hold at VCB", "GET", () -> HOLDS + "/" + sentTo("vcb-dong-thap"), () -> null),
            new Route("read a hold at BIDV", "GET", () -> HOLDS + "/" + sentTo("bidv-dong-thap"), () -> null),
            new Route("answer a hold at VCB", "POST", () -> HOLDS + "/" + sentTo("vcb-dong-thap") + ":respond",
                    () -> "{\"acknowledge\":{}}"),
            new Route("answer a hold at BIDV", "POST", () -> HOLDS + "/" + sentTo("bidv-dong-thap") + ":respond",
                    () -> "{\"hold\":{\"amountHeld\":{\"dong\":\"1000000\"}}}"));

    /** Expected status per caller, one column per route above. */
    static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        //                                list send other getV getB ansV ansB
        EXPECTED.put("tiepnhan",        row(403, 403, 403, 404, 404, 404, 404));
        EXPECTED.put("dieutra",         row(200, 200, 200, 200, 200, 403, 403));
        EXPECTED.put("lanhdao.congan",  row(200, 200, 200, 200, 200, 403, 403));
        EXPECTED.put("kiemsat",         row(200, 403, 403, 200, 200, 403, 403));
        EXPECTED.put("toaan",           row(403, 403, 403, 404, 404, 404, 404));
        EXPECTED.put("nganhang.vcb",    row(200, 403, 403, 200, 404, 200, 404));
        EXPECTED.put("baocao.caolanh",  row(403, 403, 403, 404, 404, 404, 404));
        EXPECTED.put("baocao.sotuphap", row(403, 403, 403, 404, 404, 404, 404));
        EXPECTED.put("taichinh",        row(403, 403, 403, 404, 404, 404, 404));
        EXPECTED.put("ketoan.congan",   row(403, 403, 403, 404, 404, 404, 404));
        EXPECTED.put("ubnd",            row(403, 403, 403, 404, 404, 404, 404));
        EXPECTED.put("kiemtoan",        row(403, 403, 403, 404, 404, 404, 404));
        EXPECTED.put("admin",           row(403, 403, 403, 404, 404, 404, 404));
    }

    static int[] row(int... statuses) {
        return statuses;
    }

    @BeforeAll
    static void startStack() {
        stack = SharedStack.get();
    }

    /**
     * A fresh tip received by the tip desk for {@code unit}: 50 million lost 20 minutes ago to a Vietcombank account
     * (written as a citizen writes it; tip-service normalises it to {@value #ACCOUNT}).
     */
    static String tip(String unit) {
        return idOf(as("tiepnhan").post("/api/v1/tips", """
                {"channel":"HOTLINE","sourceKind":"DENUNCIATION","receivingUnit":"%s","modusOperandi":"IMPERSONATE_AUTHORITY",
                 "narrative":"Ma trận phân quyền tạm dừng khẩn cấp","loss":{"dong":"50000000"},"lastTransferAt":"%s",
                 "indicators":[{"type":"BANK_ACCOUNT","value":"Vietcombank 0071 000 123 456"}]}"""
                .formatted(unit, Instant.now().minus(Duration.ofMinutes(20)))));
    }

    static String hold(String tipId, String bank) {
        return """
                {"tipId":"%s","urgentHold":{"bank":"%s","account":"%s","amountRequested":{"dong":"50000000"},
                 "transferredAt":"%s","reason":"Ma trận phân quyền"}}"""
                .formatted(tipId, bank, ACCOUNT, Instant.now().minus(Duration.ofMinutes(20)));
    }

    /** A fresh hold on a fresh tip, addressed to {@code bank}, sent by the investigator. */
    static String sentTo(String bank) {
        return idOf(as("dieutra").post(HOLDS, hold(tip("huyen-cao-lanh"), bank)));
    }

    @TestFactory
    Stream<DynamicTest> everySeedUserGetsWhatTheRulesAllowOnEveryUrgentHoldRoute() {
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
    Stream<DynamicTest> anotherBankGetsTheSameAnswerAsForAMissingHold() {
        return Stream.of(DynamicTest.dynamicTest("nganhang.vcb reads BIDV's hold and a missing one alike", () -> {
            String bidv = sentTo("bidv-dong-thap");
            String missing = "3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c";
            var theirs = as("nganhang.vcb").get(HOLDS + "/" + bidv);
            var none = as("nganhang.vcb").get(HOLDS + "/" + missing);
            Proofs.matrix("nganhang.vcb", "GET", HOLDS + "/" + bidv, theirs.statusCode());
            assertThat(theirs.statusCode()).isEqualTo(404);
            // the same words, but for the id asked about and the request's own id
            assertThat(theirs.body().replace(bidv, "ID").replaceAll("\"requestId\":\"[^\"]*\"", ""))
                    .isEqualTo(none.body().replace(missing, "ID").replaceAll("\"requestId\":\"[^\"]*\"", ""));
            var list = json.readTree(as("nganhang.vcb").get(HOLDS + "?pageSize=100").body());
            assertThat(list.path("urgentHolds")).allSatisfy(h -> assertThat(h.get("bank").asString())
                    .isEqualTo("vcb-dong-thap"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> aCallerWithoutAValidTokenGets401OnEveryUrgentHoldRoute() throws Exception {
        return MatrixRoutes.withoutAValidToken(stack, ROUTES);
    }

    static HttpApi as(String user) {
        return HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken(user));
    }

    static String idOf(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).get("id").asString();
    }
}
