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
import vn.lachan.platform.test.HttpApi;

/**
 * The report-service routes added for agency reports (unit registry first), for every seed user and for callers
 * without a valid token, through the gateway of the shared stack. Kept apart from {@link AuthorizationMatrixTest} so
 * helpers working on other services do not collide; uses its helpers.
 */
@Tag("e2e")
class ReportAuthorizationMatrixTest {

    static LocalStack stack;

    /** A template edit on a stale version: an administrator gets past authorization and is told 409. */
    static final String TEMPLATE_EDIT = """
            {"version":0,"changeNote":"ma trận","indicators":[{"code":"plans.issued","labelVi":"Kế hoạch",
             "labelEn":"Plans","measure":"COUNT","required":true}]}""";
    /** Workflow calls carry a stale etag, so whoever passes authorization and state is refused 409 and nothing changes. */
    static final String STALE = "{\"etag\":\"r1v0\"}";

    static final List<AuthorizationMatrixTest.Route> ROUTES = List.of(
            new AuthorizationMatrixTest.Route("GET", "/api/v1/units?asOf=2025-07-01", null),
            new AuthorizationMatrixTest.Route("GET", "/api/v1/units/xa-tan-hong", null),
            new AuthorizationMatrixTest.Route("GET", "/api/v1/reporting-periods?year=2025", null),
            new AuthorizationMatrixTest.Route("GET", "/api/v1/reports/templates", null),
            new AuthorizationMatrixTest.Route("GET", "/api/v1/reports/templates/district", null),
            new AuthorizationMatrixTest.Route("PUT", "/api/v1/reports/templates/district", TEMPLATE_EDIT),
            new AuthorizationMatrixTest.Route("PATCH", "/api/v1/reports/{reportMatrix}",
                    "{\"etag\":\"r1v0\",\"indicators\":[{\"code\":\"plans.issued\",\"value\":\"1\"}]}"),
            new AuthorizationMatrixTest.Route("POST", "/api/v1/reports/{reportMatrix}:submit", STALE),
            new AuthorizationMatrixTest.Route("POST", "/api/v1/reports/{reportMatrix}:refresh", STALE),
            new AuthorizationMatrixTest.Route("POST", "/api/v1/reports/{reportMatrix}:return",
                    "{\"etag\":\"r1v0\",\"comment\":\"Ma trận\"}"),
            new AuthorizationMatrixTest.Route("POST", "/api/v1/reports/{reportMatrix}:accept", STALE),
            new AuthorizationMatrixTest.Route("POST", "/api/v1/reports/{reportMatrix}:correct",
                    "{\"etag\":\"r1v0\",\"reason\":\"Ma trận\"}"),
            new AuthorizationMatrixTest.Route("GET", "/api/v1/reports?status=SUBMITTED", null),
            new AuthorizationMatrixTest.Route("GET", "/api/v1/reports/completeness?year=2025&kind=YEAR", null),
            new AuthorizationMatrixTest.Route("GET", "/api/v1/reports/reminders", null),
            new AuthorizationMatrixTest.Route("GET", "/api/v1/reports/reminders?unit=so-tu-phap", null),
            new AuthorizationMatrixTest.Route("GET", "/api/v1/reports/consolidated:export?year=2022&kind=YEAR&format=PDF", null),
            new AuthorizationMatrixTest.Route("GET", "/api/v1/reports/consolidated:export?year=2022&kind=YEAR&format=DOCX", null),
            new AuthorizationMatrixTest.Route("PUT", "/api/v1/reports/contacts/so-tu-phap",
                    "{\"email\":\"matran@sotuphap.lachan.example\"}"),
            new AuthorizationMatrixTest.Route("GET", "/api/v1/reports/contacts", null));

    /**
     * The unit registry, the periods and the templates are public knowledge to every signed-in caller; only
     * administrators edit templates. A unit's report (Cao Lãnh district's draft here) is written and submitted by the
     * unit's submitters (400: submitted with required figures missing), returned and accepted by the police's reviewers
     * (400: a draft cannot be), seen by those who see every unit (403 when they try to act) and not found by others.
     * Completeness is for those who see every unit; everyone signed in gets their own unit's reminders, and only those
     * who see every unit another unit's. The consolidated document (PDF, DOCX) is for the police's reviewers, who
     * consolidate, and the People's Committee only. Reading a draft's pre-filled figures again (:refresh) is writing it:
     * the unit's submitters (409 here: the etag is stale, checked before any peer is asked).
     */
    static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        //                                                          units unit periods tpls tpl  tpl+ patch subm rfsh ret  acc  corr queue compl remind other pdf  docx cont+ conts
        EXPECTED.put("tiepnhan",        AuthorizationMatrixTest.row(200, 200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 200, 403, 200, 403, 403, 403, 403, 403));
        EXPECTED.put("dieutra",         AuthorizationMatrixTest.row(200, 200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 200, 403, 200, 403, 403, 403, 403, 403));
        EXPECTED.put("lanhdao.congan",  AuthorizationMatrixTest.row(200, 200, 200, 200, 200, 403, 403, 403, 403, 400, 400, 403, 200, 200, 200, 200, 200, 200, 403, 200));
        EXPECTED.put("kiemsat",         AuthorizationMatrixTest.row(200, 200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 200, 403, 200, 403, 403, 403, 403, 403));
        EXPECTED.put("toaan",           AuthorizationMatrixTest.row(200, 200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 200, 403, 200, 403, 403, 403, 403, 403));
        EXPECTED.put("nganhang.vcb",    AuthorizationMatrixTest.row(200, 200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 200, 403, 200, 403, 403, 403, 403, 403));
        EXPECTED.put("baocao.caolanh",  AuthorizationMatrixTest.row(200, 200, 200, 200, 200, 403, 409, 400, 409, 403, 403, 400, 200, 403, 200, 403, 403, 403, 403, 200));
        EXPECTED.put("baocao.sotuphap", AuthorizationMatrixTest.row(200, 200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 200, 403, 200, 200, 403, 403, 200, 200));
        EXPECTED.put("taichinh",        AuthorizationMatrixTest.row(200, 200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 200, 403, 200, 403, 403, 403, 403, 403));
        EXPECTED.put("ketoan.congan",   AuthorizationMatrixTest.row(200, 200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 200, 403, 200, 403, 403, 403, 403, 403));
        EXPECTED.put("ubnd",            AuthorizationMatrixTest.row(200, 200, 200, 200, 200, 403, 403, 403, 403, 403, 403, 403, 200, 200, 200, 200, 200, 200, 403, 403));
        EXPECTED.put("kiemtoan",        AuthorizationMatrixTest.row(200, 200, 200, 200, 200, 403, 403, 403, 403, 403, 403, 403, 200, 200, 200, 200, 403, 403, 403, 403));
        EXPECTED.put("admin",           AuthorizationMatrixTest.row(200, 200, 200, 200, 200, 409, 404, 404, 404, 404, 404, 404, 200, 403, 200, 403, 403, 403, 200, 200));
    }

    @BeforeAll
    static void start() {
        stack = SharedStack.get();
        AuthorizationMatrixTest.stack = stack;
        AuthorizationMatrixTest.ids.put("reportMatrix", AuthorizationMatrixTest.idOf(AuthorizationMatrixTest.as("baocao.caolanh")
                .post("/api/v1/reports", "{\"unit\":\"huyen-cao-lanh\",\"period\":{\"year\":2022,\"kind\":\"YEAR\"}}")));
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
                }));
            }
        });
        return tests.stream();
    }

    /** Through the gateway the document arrives as itself (the bridge's HttpBody), not as JSON. */
    @org.junit.jupiter.api.Test
    void theConsolidatedDocumentArrivesAsAPdfAndADocx() {
        var pdf = AuthorizationMatrixTest.as("ubnd").get("/api/v1/reports/consolidated:export?year=2025&kind=HALF_YEAR&format=PDF");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"bao-cao-tong-hop-2025-6-thang.pdf\"");
        var docx = AuthorizationMatrixTest.as("lanhdao.congan")
                .get("/api/v1/reports/consolidated:export?year=2025&kind=HALF_YEAR&format=DOCX");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.body()).startsWith("PK");
        assertThat(docx.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"bao-cao-tong-hop-2025-6-thang.docx\"");
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
}
