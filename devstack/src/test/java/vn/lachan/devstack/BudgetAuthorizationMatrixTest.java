package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.platform.test.HttpApi;

/**
 * budget-service's routes through the gateway for every seed user, for a spender of another unit and for
 * callers without a valid token, with the real Keycloak of the local stack. Routes that change a record get a
 * fresh one for each caller, so every cell is independent of the others. The amounts are a few thousand đồng
 * on 2026-MANAGEMENT, far below what the line plans.
 */
@Tag("e2e")
class BudgetAuthorizationMatrixTest {

    static LocalStack stack;
    static final ObjectMapper json = new ObjectMapper();
    static final String LINE = "2026-MANAGEMENT";
    static final String ALLOCATION = """
            {"unit":"cong-an-tinh","amount":{"dong":"1000"},"note":"Ma trận phân quyền"}""";
    /** The finance department's own money: allocated to it before the matrix runs, so its spender may use it. */
    static final String COMMITMENT = """
            {"unit":"so-tai-chinh","amount":{"dong":"1000"},"committedOn":"2026-01-05","reference":"MT-01",
             "description":"Ma trận phân quyền"}""";
    /** Above the police's allocation of the line (a few thousand đồng), far below what the line plans. */
    static final String OVERRIDE = """
            {"unit":"cong-an-tinh","amount":{"dong":"20000"},"spentOn":"2026-01-05","description":"Ma trận phân quyền"}""";
    static final String SPENDING = """
            {"unit":"so-tai-chinh","amount":{"dong":"1000"},"spentOn":"2026-01-05","description":"Ma trận phân quyền"}""";

    /** A route; {@code path} is asked again for every call, so it may create the record the call acts on. */
    record Route(String name, String method, Supplier<String> path, String body) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route("GET lines", "GET", () -> "/api/v1/budget/lines?year=2026", null),
            new Route("GET line", "GET", () -> "/api/v1/budget/lines/" + LINE, null),
            new Route("POST allocation", "POST", () -> "/api/v1/budget/lines/" + LINE + "/allocations", ALLOCATION),
            new Route("approve allocation", "POST", () -> "/api/v1/budget/allocations/" + requested() + ":approve", "{}"),
            new Route("reject allocation", "POST", () -> "/api/v1/budget/allocations/" + requested() + ":reject",
                    "{\"note\":\"Ma trận\"}"),
            new Route("GET allocations", "GET", () -> "/api/v1/budget/allocations?year=2026", null),
            new Route("GET other unit's allocations", "GET", () -> "/api/v1/budget/allocations?unit=so-tai-chinh", null),
            new Route("POST spending", "POST", () -> "/api/v1/budget/lines/" + LINE + "/spending", SPENDING),
            new Route("POST commitment", "POST", () -> "/api/v1/budget/lines/" + LINE + "/commitments", COMMITMENT),
            new Route("GET commitments", "GET", () -> "/api/v1/budget/commitments?year=2026", null),
            new Route("GET execution", "GET", () -> "/api/v1/budget/execution?year=2026", null),
            new Route("GET other unit's execution", "GET", () -> "/api/v1/budget/execution?year=2026&unit=so-tai-chinh", null),
            new Route("GET execution workbook", "GET", () -> "/api/v1/budget/execution:export?year=2026", null),
            new Route("POST override", "POST", () -> "/api/v1/budget/lines/" + LINE + "/overrides", OVERRIDE),
            new Route("approve override", "POST", () -> "/api/v1/budget/overrides/" + overrideAsked() + ":approve",
                    "{\"reason\":\"Ma trận\"}"),
            new Route("reject override", "POST", () -> "/api/v1/budget/overrides/" + overrideAsked() + ":reject",
                    "{\"reason\":\"Ma trận\"}"),
            new Route("GET overrides", "GET", () -> "/api/v1/budget/overrides?status=REQUESTED", null));

    /**
     * Expected status per caller, one column per route above. A unit's report submitters read their own unit's
     * execution, which their report is pre-filled from (another unit's is empty: aSpenderSeesOnly… below).
     */
    static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        //                                lines line alloc+ appr rej  allocs other spend commit commits exec other xlsx ovr+ oApp oRej ovrs
        EXPECTED.put("tiepnhan",        row(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403));
        EXPECTED.put("dieutra",         row(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403));
        EXPECTED.put("lanhdao.congan",  row(200, 200, 403, 403, 403, 200, 200, 403, 403, 200, 200, 200, 200, 403, 403, 403, 200));
        EXPECTED.put("kiemsat",         row(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403));
        EXPECTED.put("toaan",           row(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403));
        EXPECTED.put("nganhang.vcb",    row(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403));
        EXPECTED.put("baocao.caolanh",  row(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403, 403, 403, 403, 403));
        EXPECTED.put("baocao.sotuphap", row(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403, 403, 403, 403, 403));
        EXPECTED.put("taichinh",        row(200, 200, 200, 403, 403, 200, 200, 200, 200, 200, 200, 200, 200, 404, 403, 403, 200));
        EXPECTED.put("ketoan.congan",   row(200, 200, 403, 403, 403, 200, 200, 404, 404, 200, 200, 200, 200, 200, 403, 403, 200));
        EXPECTED.put("ubnd",            row(200, 200, 403, 200, 200, 200, 200, 403, 403, 200, 200, 200, 200, 403, 200, 200, 200));
        EXPECTED.put("kiemtoan",        row(200, 200, 403, 403, 403, 200, 200, 403, 403, 200, 200, 200, 200, 403, 403, 403, 200));
        EXPECTED.put("admin",           row(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403));
    }

    static int[] row(int... statuses) {
        return statuses;
    }

    @BeforeAll
    static void startStack() {
        stack = SharedStack.get();
        String allocation = idOf(as("taichinh").post("/api/v1/budget/lines/" + LINE + "/allocations", """
                {"unit":"so-tai-chinh","amount":{"dong":"10000000"},"note":"Ma trận phân quyền: chi của Sở Tài chính"}"""));
        assertThat(as("ubnd").post("/api/v1/budget/allocations/" + allocation + ":approve", "{}").statusCode()).isEqualTo(200);
    }

    /** A fresh allocation request by the finance department's planner. */
    static String requested() {
        return idOf(as("taichinh").post("/api/v1/budget/lines/" + LINE + "/allocations", ALLOCATION));
    }

    /** A fresh request of the police's accountant to spend above the police's allocation. */
    static String overrideAsked() {
        return idOf(as("ketoan.congan").post("/api/v1/budget/lines/" + LINE + "/overrides", OVERRIDE));
    }

    @TestFactory
    Stream<DynamicTest> everySeedUserGetsWhatTheRulesAllowOnEveryBudgetRoute() {
        List<DynamicTest> tests = new ArrayList<>();
        EXPECTED.forEach((user, statuses) -> {
            assertThat(statuses).as(user).hasSize(ROUTES.size());
            for (int i = 0; i < ROUTES.size(); i++) {
                Route route = ROUTES.get(i);
                int expected = statuses[i];
                tests.add(DynamicTest.dynamicTest(user + " " + route + " → " + expected, () -> {
                    String path = route.path().get();
                    var answer = as(user).send(route.method(), path, route.body());
                    Proofs.matrix(user, route.method(), path, answer.statusCode());
                    assertThat(answer.statusCode()).as(user + " " + route + ": " + answer.body()).isEqualTo(expected);
                }));
            }
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aSpenderSeesOnlyTheirOwnUnitsAllocations() {
        return Stream.of(DynamicTest.dynamicTest("ketoan.congan lists cong-an-tinh only", () -> {
            requested();
            var own = json.readTree(as("ketoan.congan").get("/api/v1/budget/allocations?unit=cong-an-tinh").body());
            assertThat(own.path("allocations")).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.get("unit").asString()).isEqualTo("cong-an-tinh"));
            var all = json.readTree(as("ketoan.congan").get("/api/v1/budget/allocations").body());
            assertThat(all.path("allocations"))
                    .allSatisfy(a -> assertThat(a.get("unit").asString()).isEqualTo("cong-an-tinh"));
            var other = json.readTree(as("ketoan.congan").get("/api/v1/budget/allocations?unit=so-tai-chinh").body());
            assertThat(other.path("allocations")).isEmpty();
        }), DynamicTest.dynamicTest("ketoan.congan sees the execution and commitments of cong-an-tinh only", () -> {
            as("taichinh").post("/api/v1/budget/lines/" + LINE + "/commitments", COMMITMENT);
            var execution = json.readTree(as("ketoan.congan").get("/api/v1/budget/execution?year=2026").body());
            assertThat(execution.path("lines")).hasSize(4).allSatisfy(l -> assertThat(l.path("units"))
                    .allSatisfy(u -> assertThat(u.get("unit").asString()).isEqualTo("cong-an-tinh")));
            var other = json.readTree(as("ketoan.congan").get("/api/v1/budget/execution?year=2026&unit=so-tai-chinh").body());
            assertThat(other.path("lines")).allSatisfy(l -> assertThat(l.path("units")).isEmpty());
            var commitments = json.readTree(as("ketoan.congan").get("/api/v1/budget/commitments").body());
            assertThat(commitments.path("commitments"))
                    .allSatisfy(c -> assertThat(c.get("unit").asString()).isEqualTo("cong-an-tinh"));
            var theirs = json.readTree(as("taichinh").get("/api/v1/budget/execution?year=2026&unit=so-tai-chinh").body());
            assertThat(theirs.path("lines")).anySatisfy(l -> assertThat(l.path("units")).isNotEmpty());
        }), DynamicTest.dynamicTest("baocao.caolanh sees the execution of huyen-cao-lanh only, for its report", () -> {
            var all = json.readTree(as("baocao.caolanh").get("/api/v1/budget/execution?year=2026").body());
            assertThat(all.path("lines")).hasSize(4).allSatisfy(l -> assertThat(l.path("units"))
                    .allSatisfy(u -> assertThat(u.get("unit").asString()).isEqualTo("huyen-cao-lanh")));
            var other = json.readTree(as("baocao.caolanh").get("/api/v1/budget/execution?year=2026&unit=so-tai-chinh").body());
            assertThat(other.path("lines")).allSatisfy(l -> assertThat(l.path("units")).isEmpty());
        }));
    }

    @TestFactory
    Stream<DynamicTest> aCallerWithoutAValidTokenGets401OnEveryBudgetRoute() throws Exception {
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
                    String path = route.path().get();
                    var answer = HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(token).send(route.method(), path, route.body());
                    Proofs.matrix(who, route.method(), path, answer.statusCode());
                    assertThat(answer.statusCode()).as(who + " " + route + ": " + answer.body()).isEqualTo(401);
                }));
            }
        });
        return tests.stream();
    }

    // Transfers, revisions and carry-forwards (issue #12 item 5): a few thousand đồng each, on 2026-MANAGEMENT and
    // from the finance department's allocation of 2025-MANAGEMENT, far below what the lines plan.
    static final String TRANSFER = """
            {"fromLineId":"2026-MANAGEMENT","toLineId":"2026-PREVENTION","amount":{"dong":"1000"},"note":"Ma trận phân quyền"}""";
    static final String REVISION = """
            {"direction":"INCREASE","amount":{"dong":"1000"},"note":"Ma trận phân quyền"}""";
    static final String CARRY_FORWARD = """
            {"unit":"so-tai-chinh","amount":{"dong":"1000"},"note":"Ma trận phân quyền"}""";

    static final List<Route> CHANGE_ROUTES = List.of(
            new Route("POST transfer", "POST", () -> "/api/v1/budget/transfers", TRANSFER),
            new Route("POST revision", "POST", () -> "/api/v1/budget/lines/" + LINE + "/revisions", REVISION),
            new Route("POST carry-forward", "POST", () -> "/api/v1/budget/lines/2025-MANAGEMENT/carry-forwards", CARRY_FORWARD),
            new Route("approve change", "POST", () -> "/api/v1/budget/changes/" + changeRequested() + ":approve", "{}"),
            new Route("reject change", "POST", () -> "/api/v1/budget/changes/" + changeRequested() + ":reject",
                    "{\"note\":\"Ma trận\"}"),
            new Route("GET changes", "GET", () -> "/api/v1/budget/changes?year=2026", null),
            new Route("GET change", "GET", () -> "/api/v1/budget/changes/" + changeRequested(), null),
            new Route("GET year plan", "GET", () -> "/api/v1/budget/years/2026/plan", null));

    /** Expected status per caller, one column per route of {@link #CHANGE_ROUTES}. */
    static final Map<String, int[]> CHANGE_EXPECTED = new LinkedHashMap<>();

    static {
        //                                    trf+ rev+ cf+  appr rej  list one  plan
        CHANGE_EXPECTED.put("tiepnhan",        row(403, 403, 403, 403, 403, 403, 403, 403));
        CHANGE_EXPECTED.put("dieutra",         row(403, 403, 403, 403, 403, 403, 403, 403));
        CHANGE_EXPECTED.put("lanhdao.congan",  row(403, 403, 403, 403, 403, 200, 200, 200));
        CHANGE_EXPECTED.put("kiemsat",         row(403, 403, 403, 403, 403, 403, 403, 403));
        CHANGE_EXPECTED.put("toaan",           row(403, 403, 403, 403, 403, 403, 403, 403));
        CHANGE_EXPECTED.put("nganhang.vcb",    row(403, 403, 403, 403, 403, 403, 403, 403));
        CHANGE_EXPECTED.put("baocao.caolanh",  row(403, 403, 403, 403, 403, 403, 403, 403));
        CHANGE_EXPECTED.put("baocao.sotuphap", row(403, 403, 403, 403, 403, 403, 403, 403));
        CHANGE_EXPECTED.put("taichinh",        row(200, 200, 200, 403, 403, 200, 200, 200));
        // a spender of cong-an-tinh: a change of no unit of theirs is not found
        CHANGE_EXPECTED.put("ketoan.congan",   row(403, 403, 403, 403, 403, 200, 404, 200));
        CHANGE_EXPECTED.put("ubnd",            row(403, 403, 403, 200, 200, 200, 200, 200));
        CHANGE_EXPECTED.put("kiemtoan",        row(403, 403, 403, 403, 403, 200, 200, 200));
        CHANGE_EXPECTED.put("admin",           row(403, 403, 403, 403, 403, 403, 403, 403));
    }

    /** A fresh transfer request by the finance department's planner. */
    static String changeRequested() {
        return idOf(as("taichinh").post("/api/v1/budget/transfers", TRANSFER));
    }

    @TestFactory
    Stream<DynamicTest> everySeedUserGetsWhatTheRulesAllowOnEveryTransferRevisionAndCarryForwardRoute() {
        String allocation = idOf(as("taichinh").post("/api/v1/budget/lines/2025-MANAGEMENT/allocations", """
                {"unit":"so-tai-chinh","amount":{"dong":"1000000"},"note":"Ma trận phân quyền: chuyển nguồn"}"""));
        assertThat(as("ubnd").post("/api/v1/budget/allocations/" + allocation + ":approve", "{}").statusCode()).isEqualTo(200);
        List<DynamicTest> tests = new ArrayList<>();
        CHANGE_EXPECTED.forEach((user, statuses) -> {
            assertThat(statuses).as(user).hasSize(CHANGE_ROUTES.size());
            for (int i = 0; i < CHANGE_ROUTES.size(); i++) {
                Route route = CHANGE_ROUTES.get(i);
                int expected = statuses[i];
                tests.add(DynamicTest.dynamicTest(user + " " + route + " → " + expected, () -> {
                    String path = route.path().get();
                    var answer = as(user).send(route.method(), path, route.body());
                    Proofs.matrix(user, route.method(), path, answer.statusCode());
                    assertThat(answer.statusCode()).as(user + " " + route + ": " + answer.body()).isEqualTo(expected);
                }));
            }
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aCallerWithoutAValidTokenGets401OnEveryChangeRoute() throws Exception {
        if (AuthorizationMatrixTest.stack == null) {
            AuthorizationMatrixTest.stack = stack;
        }
        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("no token", null);
        invalid.put("a token signed by another key", AuthorizationMatrixTest.forgedToken());
        List<DynamicTest> tests = new ArrayList<>();
        invalid.forEach((who, token) -> {
            for (Route route : CHANGE_ROUTES) {
                tests.add(DynamicTest.dynamicTest(who + " " + route + " → 401", () -> {
                    String path = route.path().get();
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
}
