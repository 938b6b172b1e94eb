package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
import vn.lachan.devstack.MatrixRoutes.Route;
import vn.lachan.platform.test.HttpApi;

/**
 * Money back to victims (case-service's RestitutionService) through the gateway: every seed user, a case of another
 * police unit and callers without a valid token on every route, then the routes' bad input (a 4xx with the field in
 * both languages, never a 5xx, nothing written). Every call that writes gets a fresh case, so the cells are
 * independent. Kept apart from {@link CaseAuthorizationMatrixTest}, which others change for the procedure.
 */
@Tag("e2e")
class RestitutionAuthorizationMatrixTest {

    static LocalStack stack;
    static final ObjectMapper json = new ObjectMapper();
    static final String OPEN = """
            {"title":"Ma trận trả lại tiền","penalCodeArticle":174,"clause":2,"leadUnit":"%s"}""";

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }

    static String claim(long lost, String freezeRequestId) {
        return """
                {"victimName":"Nguyễn Văn A","accountNumber":"1234567890","bankName":"Agribank","amountLost":{"dong":"%d"}%s}"""
                .formatted(lost, freezeRequestId == null ? "" : ",\"freezeRequestId\":\"" + freezeRequestId + "\"");
    }

    static String decision(String rule, String date) {
        return """
                {"rule":"%s","documentNumber":"15/QĐ-CSĐT","documentDate":"%s","reason":"Trả lại tiền cho bị hại"}"""
                .formatted(rule, date);
    }

    static String report(Instant at, String reference) {
        // a second later than asked, so that a time taken just after the decision is never before it
        Instant paid = at.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return "{\"executedAt\":\"" + paid + "\",\"bankReference\":\"" + reference + "\"}";
    }

    static final List<Route> ROUTES = List.of(
            new Route("add a claim", "POST", () -> "/api/v1/cases/" + opened() + "/victim-claims",
                    () -> claim(50_000_000, null)),
            new Route("add one to another unit's case", "POST",
                    () -> "/api/v1/cases/" + openedFor("cong-an-tinh-pc02") + "/victim-claims", () -> claim(50_000_000, null)),
            new Route("list claims", "GET", () -> "/api/v1/cases/" + opened() + "/victim-claims", () -> null),
            new Route("decide a return", "POST", () -> "/api/v1/cases/" + heldAndClaimed()[0] + "/returns",
                    () -> decision("PRO_RATA", today())),
            new Route("list returns", "GET", () -> "/api/v1/cases/returns?pageSize=5", () -> null),
            new Route("report a VCB return paid", "POST",
                    () -> "/api/v1/cases/returns/" + decidedAtVcb() + ":report-executed",
                    () -> report(Instant.now(), "FT-MATRIX")));

    static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        //                                add  addPC list decide rList report
        EXPECTED.put("tiepnhan",        row(403, 403, 403, 403, 403, 404));
        EXPECTED.put("dieutra",         row(200, 404, 200, 403, 200, 403));
        EXPECTED.put("lanhdao.congan",  row(200, 200, 200, 200, 200, 403));
        EXPECTED.put("kiemsat",         row(403, 403, 200, 403, 200, 403));
        EXPECTED.put("toaan",           row(403, 403, 404, 404, 403, 404));
        EXPECTED.put("nganhang.vcb",    row(403, 403, 404, 404, 200, 200));
        EXPECTED.put("baocao.caolanh",  row(403, 403, 404, 404, 403, 404));
        EXPECTED.put("baocao.sotuphap", row(403, 403, 404, 404, 403, 404));
        EXPECTED.put("taichinh",        row(403, 403, 404, 404, 403, 404));
        EXPECTED.put("ketoan.congan",   row(403, 403, 404, 404, 403, 404));
        EXPECTED.put("ubnd",            row(403, 403, 403, 403, 403, 404));
        EXPECTED.put("kiemtoan",        row(403, 403, 200, 403, 403, 404));
        EXPECTED.put("admin",           row(403, 403, 404, 404, 403, 404));
    }

    static int[] row(int... statuses) {
        return statuses;
    }

    @BeforeAll
    static void startStack() {
        stack = SharedStack.get();
        if (AuthorizationMatrixTest.stack == null) {
            AuthorizationMatrixTest.stack = stack;
        }
    }

    static String opened() {
        return openedFor("cong-an-tinh-pa05");
    }

    static String openedFor(String unit) {
        return idOf(as("lanhdao.congan").post("/api/v1/cases", OPEN.formatted(unit)));
    }

    /** A fresh PA05 case with 30 million held by VCB on a layer-1 account and a claim traced to it: {case, request}. */
    static String[] heldAndClaimed() {
        String caseId = opened();
        String request = idOf(as("dieutra").post("/api/v1/cases/" + caseId + "/freeze-requests",
                AuthorizationMatrixTest.FREEZE.formatted("vcb-dong-thap")));
        idOf(as("nganhang.vcb").post("/api/v1/cases/freeze-requests/" + request + ":respond",
                "{\"hold\":{\"amountHeld\":{\"dong\":\"30000000\"}}}"));
        idOf(as("dieutra").post("/api/v1/cases/" + caseId + "/victim-claims", claim(50_000_000, request)));
        return new String[] {caseId, request};
    }

    /** A fresh return instruction addressed to VCB, decided by the police leader. */
    static String decidedAtVcb() {
        String caseId = heldAndClaimed()[0];
        var decided = as("lanhdao.congan").post("/api/v1/cases/" + caseId + "/returns", decision("PRO_RATA", today()));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        return json.readTree(decided.body()).path("instructions").get(0).get("id").asString();
    }

    @TestFactory
    Stream<DynamicTest> everySeedUserGetsWhatTheRulesAllowOnEveryRestitutionRoute() {
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
    Stream<DynamicTest> aCallerWithoutAValidTokenGets401OnEveryRestitutionRoute() throws Exception {
        return MatrixRoutes.withoutAValidToken(stack, ROUTES);
    }

    record Bad(String name, String user, String method, Supplier<String> path, Supplier<String> body, int status,
               String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    @TestFactory
    Stream<DynamicTest> badInputIsRefusedWithAFieldErrorNeverA5xxAndWritesNothing() {
        // prepared before counting: a held case with a claim, another case's request, and one return already reported
        String[] held = heldAndClaimed();
        String caseId = held[0];
        String ofAnotherCase = heldAndClaimed()[1];
        String paid = decidedAtVcb();
        Instant now = Instant.now();
        idOf(as("nganhang.vcb").post("/api/v1/cases/returns/" + paid + ":report-executed", report(now, "FT-FIRST")));
        String owed = decidedAtVcb();
        String claims = "/api/v1/cases/" + caseId + "/victim-claims";
        List<Bad> corpus = List.of(
                new Bad("a claim of 0 đồng", "dieutra", "POST", () -> claims, () -> claim(0, null), 400,
                        "victim_claim.amount_lost.dong"),
                new Bad("a claim of −5 đồng", "dieutra", "POST", () -> claims, () -> claim(-5, null), 400,
                        "victim_claim.amount_lost.dong"),
                new Bad("a claim beyond int64", "dieutra", "POST", () -> claims,
                        () -> claim(5, null).replace("\"5\"", "\"99999999999999999999\""), 400,
                        "victim_claim.amount_lost.dong"),
                new Bad("a claim to an account with spaces", "dieutra", "POST", () -> claims,
                        () -> claim(5, null).replace("1234567890", "1234 567890"), 400, "victim_claim.account_number"),
                new Bad("a claim traced to another case's request", "dieutra", "POST", () -> claims,
                        () -> claim(5, ofAnotherCase), 400, "victim_claim.freeze_request_id"),
                new Bad("a claim with a list for its name", "dieutra", "POST", () -> claims,
                        () -> claim(5, null).replace("\"Nguyễn Văn A\"", "[\"x\"]"), 400, "victim_claim.victim_name"),
                new Bad("claims of a case id that is not a UUID", "dieutra", "GET",
                        () -> "/api/v1/cases/VA-2026-1/victim-claims", () -> null, 400, "case_id"),
                new Bad("a return dated tomorrow", "lanhdao.congan", "POST", () -> "/api/v1/cases/" + caseId + "/returns",
                        () -> decision("PRO_RATA", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2).toString()),
                        400, "document_date"),
                new Bad("a return by an unknown rule", "lanhdao.congan", "POST",
                        () -> "/api/v1/cases/" + caseId + "/returns", () -> decision("EVENLY", today()), 400, null),
                new Bad("a return with nothing left to return", "lanhdao.congan", "POST",
                        () -> "/api/v1/cases/" + openedWithNothingHeld() + "/returns", () -> decision("PRO_RATA", today()),
                        400, "rule"),
                new Bad("a return on a case id that is not a UUID", "lanhdao.congan", "POST", () -> "/api/v1/cases/VA-2026-1/returns",
                        () -> decision("PRO_RATA", today()), 400, "case_id"),
                new Bad("returns listed with status 'abc'", "dieutra", "GET", () -> "/api/v1/cases/returns?status=abc",
                        () -> null, 400, null),
                new Bad("a return paid tomorrow", "nganhang.vcb", "POST",
                        () -> "/api/v1/cases/returns/" + owed + ":report-executed",
                        () -> report(now.plus(1, ChronoUnit.DAYS), "FT1"), 400, "executed_at"),
                new Bad("a return paid before it was decided", "nganhang.vcb", "POST",
                        () -> "/api/v1/cases/returns/" + owed + ":report-executed",
                        () -> report(Instant.parse("2020-01-01T00:00:00Z"), "FT1"), 400, "executed_at"),
                new Bad("a return paid without a reference", "nganhang.vcb", "POST",
                        () -> "/api/v1/cases/returns/" + owed + ":report-executed",
                        () -> "{\"executedAt\":\"" + now.truncatedTo(ChronoUnit.SECONDS) + "\"}", 400, "bank_reference"),
                new Bad("a second, different report of a paid return", "nganhang.vcb", "POST",
                        () -> "/api/v1/cases/returns/" + paid + ":report-executed", () -> report(now, "FT-OTHER"), 400,
                        null),
                new Bad("a report on an id that is not a UUID", "nganhang.vcb", "POST",
                        () -> "/api/v1/cases/returns/abc:report-executed", () -> report(now, "FT1"), 400, "id"));
        List<DynamicTest> tests = new ArrayList<>();
        for (Bad c : corpus) {
            tests.add(DynamicTest.dynamicTest(c.name() + " → " + c.status(), () -> {
                String path = c.path().get();
                long[] was = rows();
                var answer = as(c.user()).send(c.method(), path, c.body().get());
                Proofs.badInput(c.user(), c.method(), path, answer.statusCode());
                assertThat(answer.statusCode()).as(c + ": " + answer.body()).isEqualTo(c.status());
                assertThat(answer.body()).doesNotContain("Exception", "at vn.lachan");
                if (c.field() != null) {
                    assertThat(json.readTree(answer.body()).path("errors")).as(c + ": " + answer.body()).anySatisfy(e -> {
                        assertThat(e.get("field").asString()).isEqualTo(c.field());
                        assertThat(e.get("vi").asString()).isNotBlank();
                        assertThat(e.get("en").asString()).isNotBlank().isNotEqualTo(e.get("vi").asString());
                    });
                }
                assertThat(rows()).as("nothing written by " + c).containsExactly(was);
            }));
        }
        return tests.stream();
    }

    /** A fresh case whose only claim has no money held for it: a case, not counted among the corpus's writes. */
    static String openedWithNothingHeld() {
        String caseId = opened();
        idOf(as("dieutra").post("/api/v1/cases/" + caseId + "/victim-claims", claim(5_000_000, null)));
        return caseId;
    }

    /** Rows of the tables restitution writes (reads are audited, so the audit log is not counted). */
    static long[] rows() throws SQLException {
        var db = stack.postgres();
        try (Connection c = DriverManager.getConnection(db.database("lachan_case"), db.user(), db.password())) {
            String[] tables = {"victim_claims", "return_decisions", "return_instructions", "idempotency_keys"};
            long[] counts = new long[tables.length];
            for (int i = 0; i < tables.length; i++) {
                try (var rs = c.createStatement().executeQuery("select count(*) from " + tables[i])) {
                    rs.next();
                    counts[i] = rs.getLong(1);
                }
            }
            return counts;
        }
    }

    static HttpApi as(String user) {
        return HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken(user));
    }

    static String idOf(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).get("id").asString();
    }
}
