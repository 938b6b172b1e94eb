package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The criminal procedure's routes of case-service through the gateway, for every seed user, for a case of another
 * police unit and for callers without a valid token, with the real Keycloak of the local stack. Every call that
 * changes a case gets a fresh case in the stage it needs, so the cells are independent. A case out of the caller's
 * scope is "not found" (404); a case in scope but a step owned by another role is 403.
 */
@Tag("e2e")
class CaseAuthorizationMatrixTest {

    static LocalStack stack;
    static final ObjectMapper json = new ObjectMapper();
    static final String OPEN = """
            {"title":"Ma trận phân quyền vụ án","penalCodeArticle":290,"clause":1,"leadUnit":"%s"}""";

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }

    static String step(String move, String extra) {
        return """
                {"move":"%s","reason":"Ma trận phân quyền","documentNumber":"01/QĐ","documentDate":"%s"%s}"""
                .formatted(move, today(), extra);
    }

    static String extension(String extra) {
        return """
                {"months":1,"reason":"Ma trận phân quyền","documentNumber":"02/CV","documentDate":"%s"%s}"""
                .formatted(today(), extra);
    }

    /** A route; {@code path} is asked again for every call, so it may create the record the call acts on. */
    static final String FREEZE = AuthorizationMatrixTest.FREEZE;

    static final List<Route> ROUTES = List.of(
            new Route("GET case", "GET", () -> "/api/v1/cases/" + opened(), () -> null),
            new Route("GET case of another unit", "GET", () -> "/api/v1/cases/" + openedFor("cong-an-tinh-pc02"), () -> null),
            new Route("GET cases", "GET", () -> "/api/v1/cases?pageSize=5", () -> null),
            new Route("conclude", "POST", () -> "/api/v1/cases/" + opened() + ":move",
                    () -> step("CONCLUDE_RECOMMEND_PROSECUTION", "")),
            new Route("indict", "POST", () -> "/api/v1/cases/" + concluded() + ":move",
                    () -> step("INDICT", ",\"courtUnit\":\"toa-an-tinh\"")),
            new Route("judge", "POST", () -> "/api/v1/cases/" + indicted() + ":move", () -> step("PRONOUNCE_JUDGMENT", "")),
            new Route("request extension", "POST", () -> "/api/v1/cases/" + opened() + ":request-extension",
                    () -> extension("")),
            new Route("decide extension", "POST", () -> "/api/v1/cases/" + extensionAsked() + ":decide-extension",
                    () -> extension(",\"approve\":true")),
            new Route("set flags", "POST", () -> "/api/v1/cases/" + opened() + ":set-flags",
                    () -> "{\"flags\":{\"interProvincial\":true},\"reason\":\"Đối tượng ở nhiều tỉnh\"}"),
            new Route("list freeze requests", "GET", () -> "/api/v1/cases/freeze-requests?pageSize=5", () -> null),
            new Route("send a freeze request", "POST", () -> "/api/v1/cases/" + opened() + "/freeze-requests",
                    () -> FREEZE.formatted("vcb-dong-thap")),
            new Route("send one for another unit's case", "POST",
                    () -> "/api/v1/cases/" + openedFor("cong-an-tinh-pc02") + "/freeze-requests",
                    () -> FREEZE.formatted("vcb-dong-thap")),
            new Route("answer a request to VCB", "POST", () -> "/api/v1/cases/freeze-requests/" + sentTo("vcb-dong-thap")
                    + ":respond", () -> "{\"acknowledge\":{}}"),
            new Route("answer a request to BIDV", "POST", () -> "/api/v1/cases/freeze-requests/" + sentTo("bidv-dong-thap")
                    + ":respond", () -> "{\"acknowledge\":{}}"),
            new Route("release a VCB hold", "POST", () -> "/api/v1/cases/freeze-requests/" + heldBy("cong-an-tinh-pa05")
                    + ":release", CaseAuthorizationMatrixTest::releaseOrder),
            new Route("release a hold of another unit's case", "POST",
                    () -> "/api/v1/cases/freeze-requests/" + heldBy("cong-an-tinh-pc02") + ":release",
                    CaseAuthorizationMatrixTest::releaseOrder),
            new Route("report a VCB release", "POST", () -> "/api/v1/cases/freeze-requests/" + releaseOrdered()
                    + ":report-released", CaseAuthorizationMatrixTest::releaseReport),
            new Route("report a release at BIDV", "POST", () -> "/api/v1/cases/freeze-requests/"
                    + sentTo("bidv-dong-thap") + ":report-released", CaseAuthorizationMatrixTest::releaseReport),
            // the law is public: every signed-in caller reads the articles its forms offer
            new Route("the Penal Code", "GET", () -> "/api/v1/cases/penal-code", () -> null));

    /** Expected status per caller, one column per route above. */
    static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        //                                case other list concl indict judge ask  decide flags fList send sendPC fVCB fBIDV relV relPC repV repB code
        EXPECTED.put("tiepnhan",        row(200, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 404, 404, 404, 404, 404, 200));
        EXPECTED.put("dieutra",         row(200, 404, 200, 403, 403, 403, 200, 403, 403, 200, 200, 404, 403, 403, 403, 403, 403, 403, 200));
        EXPECTED.put("lanhdao.congan",  row(200, 200, 200, 200, 403, 403, 200, 403, 200, 200, 200, 200, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("kiemsat",         row(200, 200, 200, 403, 200, 403, 403, 200, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 200));
        EXPECTED.put("toaan",           row(404, 404, 200, 404, 404, 200, 404, 404, 404, 403, 403, 403, 404, 404, 404, 404, 404, 404, 200));
        EXPECTED.put("nganhang.vcb",    row(404, 404, 403, 404, 404, 404, 404, 404, 404, 200, 403, 403, 200, 404, 403, 403, 200, 404, 200));
        EXPECTED.put("baocao.caolanh",  row(404, 404, 403, 404, 404, 404, 404, 404, 404, 403, 403, 403, 404, 404, 404, 404, 404, 404, 200));
        EXPECTED.put("baocao.sotuphap", row(404, 404, 403, 404, 404, 404, 404, 404, 404, 403, 403, 403, 404, 404, 404, 404, 404, 404, 200));
        EXPECTED.put("taichinh",        row(404, 404, 403, 404, 404, 404, 404, 404, 404, 403, 403, 403, 404, 404, 404, 404, 404, 404, 200));
        EXPECTED.put("ketoan.congan",   row(404, 404, 403, 404, 404, 404, 404, 404, 404, 403, 403, 403, 404, 404, 404, 404, 404, 404, 200));
        EXPECTED.put("ubnd",            row(200, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 404, 404, 404, 404, 404, 200));
        EXPECTED.put("kiemtoan",        row(200, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 404, 404, 404, 404, 404, 200));
        EXPECTED.put("admin",           row(404, 404, 403, 404, 404, 404, 404, 404, 404, 403, 403, 403, 404, 404, 404, 404, 404, 404, 200));
    }

    static int[] row(int... statuses) {
        return statuses;
    }

    @BeforeAll
    static void startStack() {
        stack = SharedStack.get();
    }

    /** A fresh case of PA05 in investigation, opened by its investigator. */
    static String opened() {
        return openedFor("cong-an-tinh-pa05");
    }

    static String openedFor(String unit) {
        return idOf(as("lanhdao.congan").post("/api/v1/cases", OPEN.formatted(unit)));
    }

    static String concluded() {
        String id = opened();
        idOf(as("lanhdao.congan").post("/api/v1/cases/" + id + ":move", step("CONCLUDE_RECOMMEND_PROSECUTION", "")));
        return id;
    }

    static String indicted() {
        String id = concluded();
        idOf(as("kiemsat").post("/api/v1/cases/" + id + ":move", step("INDICT", ",\"courtUnit\":\"toa-an-tinh\"")));
        return id;
    }

    /** A fresh freeze request of a fresh PA05 case to {@code bank}, sent by the investigator. */
    static String sentTo(String bank) {
        return idOf(as("dieutra").post("/api/v1/cases/" + opened() + "/freeze-requests", FREEZE.formatted(bank)));
    }

    /** A fresh request of a fresh case of {@code unit} on which VCB holds 30 million (sent by the leader above both units). */
    static String heldBy(String unit) {
        String id = idOf(as("lanhdao.congan").post("/api/v1/cases/" + openedFor(unit) + "/freeze-requests",
                FREEZE.formatted("vcb-dong-thap")));
        idOf(as("nganhang.vcb").post("/api/v1/cases/freeze-requests/" + id + ":respond",
                "{\"hold\":{\"amountHeld\":{\"dong\":\"30000000\"}}}"));
        return id;
    }

    /** A fresh VCB hold of 30 million whose release order (all of it) waits for the bank. */
    static String releaseOrdered() {
        String id = heldBy("cong-an-tinh-pa05");
        idOf(as("lanhdao.congan").post("/api/v1/cases/freeze-requests/" + id + ":release", releaseOrder()));
        return id;
    }

    /** A release order of all that may be released (no amount), dated today. */
    static String releaseOrder() {
        return """
                {"documentNumber":"07/LGT-CSĐT","documentDate":"%s","reason":"Ma trận phân quyền"}""".formatted(today());
    }

    /** The bank's report of the 30 million, released now (after the order, asked for just before). */
    static String releaseReport() {
        return """
                {"releasedAt":"%s","amountReleased":{"dong":"30000000"}}""".formatted(Instant.now());
    }

    static String extensionAsked() {
        String id = opened();
        idOf(as("dieutra").post("/api/v1/cases/" + id + ":request-extension", extension("")));
        return id;
    }

    @TestFactory
    Stream<DynamicTest> everySeedUserGetsWhatTheProcedureAllowsOnEveryCaseRoute() {
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
    Stream<DynamicTest> aUnitSeesOnlyItsOwnCasesInTheList() {
        return Stream.of(DynamicTest.dynamicTest("dieutra of PA05 lists no case of PC02", () -> {
            String other = openedFor("cong-an-tinh-pc02");
            var list = json.readTree(as("dieutra").get("/api/v1/cases?pageSize=100").body());
            assertThat(list.path("cases")).allSatisfy(c -> assertThat(c.get("leadUnit").asString())
                    .isEqualTo("cong-an-tinh-pa05"));
            assertThat(as("lanhdao.congan").get("/api/v1/cases?pageSize=100").body()).contains(other);
        }));
    }

    @TestFactory
    Stream<DynamicTest> aCallerWithoutAValidTokenGets401OnEveryCaseRoute() throws Exception {
        return MatrixRoutes.withoutAValidToken(stack, ROUTES);
    }

    /** Every cell opens one to three cases as the police leader: more than the gateway lets one user send a second. */
    static HttpApi as(String user) {
        return HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken(user));
    }

    static String idOf(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).get("id").asString();
    }
}
