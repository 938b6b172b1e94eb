package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.platform.test.HttpApi;

/**
 * case-service's figures for the periodic reports ({@code GET /api/v1/cases/statistics}) through the gateway: every
 * seed user on the police's figures and on a district's (Cao Lãnh, whose report submitter reads only its own), callers
 * without a valid token, and the route's bad input (a field error in both languages, never a 5xx; a read, so nothing
 * to write). Kept apart from {@link CaseAuthorizationMatrixTest}, which others change for the procedure.
 */
@Tag("e2e")
class CaseStatisticsAuthorizationMatrixTest {

    static LocalStack stack;
    static final ObjectMapper json = new ObjectMapper();
    static final String WINDOW = "&from=2025-12-15&to=2026-12-14";

    static final List<AuthorizationMatrixTest.Route> ROUTES = List.of(
            new AuthorizationMatrixTest.Route("GET", "/api/v1/cases/statistics?unit=cong-an-tinh" + WINDOW, null),
            new AuthorizationMatrixTest.Route("GET", "/api/v1/cases/statistics?unit=huyen-cao-lanh" + WINDOW, null));

    /**
     * Report reviewers (lanhdao.congan, also the police's leader), the People's Committee and auditors read any unit;
     * a report submitter their own unit only; nobody else any (officers read the cases themselves, not these figures).
     */
    static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        //                                                          police district
        EXPECTED.put("tiepnhan",        AuthorizationMatrixTest.row(403, 403));
        EXPECTED.put("dieutra",         AuthorizationMatrixTest.row(403, 403));
        EXPECTED.put("lanhdao.congan",  AuthorizationMatrixTest.row(200, 200));
        EXPECTED.put("kiemsat",         AuthorizationMatrixTest.row(403, 403));
        EXPECTED.put("toaan",           AuthorizationMatrixTest.row(403, 403));
        EXPECTED.put("nganhang.vcb",    AuthorizationMatrixTest.row(403, 403));
        EXPECTED.put("baocao.caolanh",  AuthorizationMatrixTest.row(403, 200));
        EXPECTED.put("baocao.sotuphap", AuthorizationMatrixTest.row(403, 403));
        EXPECTED.put("taichinh",        AuthorizationMatrixTest.row(403, 403));
        EXPECTED.put("ketoan.congan",   AuthorizationMatrixTest.row(403, 403));
        EXPECTED.put("ubnd",            AuthorizationMatrixTest.row(200, 200));
        EXPECTED.put("kiemtoan",        AuthorizationMatrixTest.row(200, 200));
        EXPECTED.put("admin",           AuthorizationMatrixTest.row(403, 403));
    }

    /** One bad request: who sends it, the query, and the status and field expected. */
    record Case(String name, String user, String query, int status, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Case> BAD = List.of(
            new Case("figures without a unit", "ubnd", "from=2025-01-01&to=2025-06-14", 400, "unit"),
            new Case("figures of a unit written with diacritics", "ubnd", "unit=C%C3%B4ng-an&from=2025-01-01&to=2025-06-14",
                    400, "unit"),
            new Case("figures of a unit code with an injection string", "lanhdao.congan",
                    "unit=cong-an-tinh'%20OR%201=1&from=2025-01-01&to=2025-06-14", 400, "unit"),
            new Case("figures without a window", "lanhdao.congan", "unit=cong-an-tinh", 400, "from"),
            new Case("figures from a day written 15/12/2024", "lanhdao.congan",
                    "unit=cong-an-tinh&from=15/12/2024&to=2025-06-14", 400, "from"),
            new Case("figures to 31 February", "ubnd", "unit=cong-an-tinh&from=2025-01-01&to=2025-02-31", 400, "to"),
            new Case("figures of a window ending before it starts", "kiemtoan",
                    "unit=cong-an-tinh&from=2025-06-14&to=2024-12-15", 400, "to"),
            new Case("figures of a window of 20 years", "kiemtoan", "unit=cong-an-tinh&from=2010-01-01&to=2030-01-01",
                    400, "to"),
            new Case("figures of another unit asked by a report submitter", "baocao.caolanh",
                    "unit=huyen-lai-vung&from=2025-01-01&to=2025-06-14", 403, null));

    @BeforeAll
    static void start() {
        stack = SharedStack.get();
        AuthorizationMatrixTest.stack = stack;
    }

    @TestFactory
    Stream<DynamicTest> everySeedUserGetsWhatTheRulesAllow() {
        List<DynamicTest> tests = new ArrayList<>();
        EXPECTED.forEach((user, statuses) -> {
            assertThat(statuses).as(user).hasSize(ROUTES.size());
            for (int i = 0; i < ROUTES.size(); i++) {
                var route = ROUTES.get(i);
                int expected = statuses[i];
                tests.add(DynamicTest.dynamicTest(user + " " + route + " → " + expected, () -> {
                    String path = route.path();
                    var answer = AuthorizationMatrixTest.as(user).send(route.method(), path, route.body());
                    Proofs.matrix(user, route.method(), path, answer.statusCode());
                    assertThat(answer.statusCode()).as(user + " " + route + ": " + answer.body()).isEqualTo(expected);
                    if (expected == 200) {
                        JsonNode figures = json.readTree(answer.body());
                        assertThat(figures.has("amountHeld")).as(answer.body()).isTrue();
                        assertThat(answer.body()).doesNotContain("title", "accountNumber", "accountHolder");
                    }
                }));
            }
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> withoutAValidTokenEveryRouteAnswers401() throws Exception {
        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("no token", null);
        invalid.put("a token signed by another key", AuthorizationMatrixTest.forgedToken());
        List<DynamicTest> tests = new ArrayList<>();
        invalid.forEach((who, token) -> {
            for (var route : ROUTES) {
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

    @TestFactory
    Stream<DynamicTest> badInputGetsAFieldErrorInBothLanguagesAndNeverA5xx() {
        return BAD.stream().map(c -> DynamicTest.dynamicTest(c.name() + " → " + c.status(), () -> {
            String path = "/api/v1/cases/statistics?" + c.query();
            var answer = AuthorizationMatrixTest.as(c.user()).get(path);
            Proofs.badInput(c.user(), "GET", path, answer.statusCode());
            assertThat(answer.statusCode()).as(c + ": " + answer.body()).isEqualTo(c.status());
            assertThat(answer.body()).doesNotContain("Exception", "at vn.lachan");
            if (c.field() != null) {
                assertThat(json.readTree(answer.body()).path("errors")).as(c + ": " + answer.body()).anySatisfy(e -> {
                    assertThat(e.get("field").asString()).isEqualTo(c.field());
                    assertThat(e.get("vi").asString()).isNotBlank();
                    assertThat(e.get("en").asString()).isNotBlank().isNotEqualTo(e.get("vi").asString());
                });
            }
        }));
    }
}
