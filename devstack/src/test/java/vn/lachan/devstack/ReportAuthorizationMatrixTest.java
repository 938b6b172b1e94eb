package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.lachan.platform.test.HttpApi;

/**
 * The report-service routes added for agency reports (unit registry first), for every seed user and for callers
 * without a valid token, through the gateway of the shared stack. Kept apart from {@link AuthorizationMatrixTest} so
 * helpers working on other services do not collide; uses its helpers.
 */
class ReportAuthorizationMatrixTest {

    static LocalStack stack;

    static final List<AuthorizationMatrixTest.Route> ROUTES = List.of(
            new AuthorizationMatrixTest.Route("GET", "/api/v1/units?asOf=2025-07-01", null),
            new AuthorizationMatrixTest.Route("GET", "/api/v1/units/xa-tan-hong", null),
            new AuthorizationMatrixTest.Route("GET", "/api/v1/reporting-periods?year=2025", null));

    /** The unit registry and the periods with their owing units are public knowledge to every signed-in caller. */
    static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        //                                                          units  unit  periods
        EXPECTED.put("tiepnhan",        AuthorizationMatrixTest.row(200, 200, 200));
        EXPECTED.put("dieutra",         AuthorizationMatrixTest.row(200, 200, 200));
        EXPECTED.put("lanhdao.congan",  AuthorizationMatrixTest.row(200, 200, 200));
        EXPECTED.put("kiemsat",         AuthorizationMatrixTest.row(200, 200, 200));
        EXPECTED.put("toaan",           AuthorizationMatrixTest.row(200, 200, 200));
        EXPECTED.put("nganhang.vcb",    AuthorizationMatrixTest.row(200, 200, 200));
        EXPECTED.put("baocao.caolanh",  AuthorizationMatrixTest.row(200, 200, 200));
        EXPECTED.put("baocao.sotuphap", AuthorizationMatrixTest.row(200, 200, 200));
        EXPECTED.put("taichinh",        AuthorizationMatrixTest.row(200, 200, 200));
        EXPECTED.put("ubnd",            AuthorizationMatrixTest.row(200, 200, 200));
        EXPECTED.put("kiemtoan",        AuthorizationMatrixTest.row(200, 200, 200));
        EXPECTED.put("admin",           AuthorizationMatrixTest.row(200, 200, 200));
    }

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
                    var answer = AuthorizationMatrixTest.as(user).send(route.method(), route.path(), route.body());
                    assertThat(answer.statusCode()).as(user + " " + route + ": " + answer.body()).isEqualTo(expected);
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
                    var answer = HttpApi.at(stack.gatewayUrl()).as(token).send(route.method(), route.path(), route.body());
                    assertThat(answer.statusCode()).as(who + " " + route + ": " + answer.body()).isEqualTo(401);
                }));
            }
        });
        return tests.stream();
    }
}
