package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
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
 * The money trail (case-service's MoneyTrailService) through the gateway: every seed user, a case of another police
 * unit, a request addressed to another bank and callers without a valid token on every route, then the routes' bad
 * input (a 4xx with the field in both languages, never a 5xx, nothing written). Kept apart from {@link
 * CaseAuthorizationMatrixTest}, which others change for the procedure.
 */
@Tag("e2e")
class TrailAuthorizationMatrixTest {

    static LocalStack stack;
    static final ObjectMapper json = new ObjectMapper();
    static final String OPEN = """
            {"title":"Ma trận dòng tiền","penalCodeArticle":174,"clause":2,"leadUnit":"%s"}""";
    static final String FREEZE = AuthorizationMatrixTest.FREEZE;
    static final String REQUESTS = "/api/v1/cases/freeze-requests/";

    static String transfer(long dong, Instant at, String account, String bank, String reference) {
        return """
                {"amount":{"dong":"%d"},"transferredAt":"%s","toAccountNumber":"%s","toBank":"%s","reference":"%s"}"""
                .formatted(dong, at.truncatedTo(ChronoUnit.SECONDS), account, bank, reference);
    }

    static String report(String... transfers) {
        return "{\"transfers\":[" + String.join(",", transfers) + "]}";
    }

    /** One transfer of 20 million from the request's account to a BIDV account, an hour ago, under a fresh reference. */
    static String aTransfer() {
        return report(transfer(20_000_000, Instant.now().minus(1, ChronoUnit.HOURS), "2221000999", "bidv-dong-thap",
                "FT-" + System.nanoTime()));
    }

    static final List<Route> ROUTES = List.of(
            new Route("read a PA05 case's trail", "GET", () -> "/api/v1/cases/" + traced() + "/trail", () -> null),
            new Route("read another unit's trail", "GET",
                    () -> "/api/v1/cases/" + openedFor("cong-an-tinh-pc02") + "/trail", () -> null),
            new Route("report onward transfers on a VCB request", "POST",
                    () -> REQUESTS + sentTo("vcb-dong-thap") + ":report-onward-transfers",
                    TrailAuthorizationMatrixTest::aTransfer),
            new Route("report them on a BIDV request", "POST",
                    () -> REQUESTS + sentTo("bidv-dong-thap") + ":report-onward-transfers",
                    TrailAuthorizationMatrixTest::aTransfer));

    static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        //                                trail other onVCB onBIDV
        EXPECTED.put("tiepnhan",        row(200, 200, 404, 404));
        EXPECTED.put("dieutra",         row(200, 404, 403, 403));
        EXPECTED.put("lanhdao.congan",  row(200, 200, 403, 403));
        EXPECTED.put("kiemsat",         row(200, 200, 403, 403));
        EXPECTED.put("toaan",           row(404, 404, 404, 404));
        EXPECTED.put("nganhang.vcb",    row(404, 404, 200, 404));
        EXPECTED.put("baocao.caolanh",  row(404, 404, 404, 404));
        EXPECTED.put("baocao.sotuphap", row(404, 404, 404, 404));
        EXPECTED.put("taichinh",        row(404, 404, 404, 404));
        EXPECTED.put("ketoan.congan",   row(404, 404, 404, 404));
        EXPECTED.put("ubnd",            row(200, 200, 404, 404));
        EXPECTED.put("kiemtoan",        row(200, 200, 404, 404));
        EXPECTED.put("admin",           row(404, 404, 404, 404));
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

    /** A fresh freeze request of a fresh PA05 case to {@code bank}, sent by the investigator. */
    static String sentTo(String bank) {
        return idOf(as("dieutra").post("/api/v1/cases/" + opened() + "/freeze-requests", FREEZE.formatted(bank)));
    }

    /** A fresh PA05 case whose VCB request has an onward transfer reported on it. */
    static String traced() {
        String caseId = opened();
        String request = idOf(as("dieutra").post("/api/v1/cases/" + caseId + "/freeze-requests",
                FREEZE.formatted("vcb-dong-thap")));
        var reported = as("nganhang.vcb").post(REQUESTS + request + ":report-onward-transfers", aTransfer());
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);
        return caseId;
    }

    @TestFactory
    Stream<DynamicTest> everySeedUserGetsWhatTheRulesAllowOnEveryTrailRoute() {
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
                    if (expected == 200 && route.method().equals("GET")) {
                        // what a reader learns: the trail and its reconciled figures
                        var trail = json.readTree(answer.body());
                        long lost = trail.path("totalLost").path("dong").asLong(0);
                        long held = trail.path("totalHeld").path("dong").asLong(0);
                        assertThat(trail.path("totalUnexplained").path("dong").asLong(0)).isEqualTo(lost - held);
                    }
                }));
            }
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aCallerWithoutAValidTokenGets401OnEveryTrailRoute() throws Exception {
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
        // prepared before counting: a VCB request with FT-FIRST reported, and a VCB account the money reached
        Instant now = Instant.now();
        Instant hourAgo = now.minus(1, ChronoUnit.HOURS);
        String vcb = sentTo("vcb-dong-thap");
        idOf(as("nganhang.vcb").post(REQUESTS + vcb + ":report-onward-transfers",
                report(transfer(1_000_000, hourAgo, "9990001112", "vcb-cao-lanh", "FT-FIRST"))), "transfers");
        String caseOfVcb = json.readTree(as("dieutra").get(REQUESTS + vcb).body()).get("caseId").asString();
        String reached = idOf(as("dieutra").post("/api/v1/cases/" + caseOfVcb + "/freeze-requests",
                FREEZE.formatted("vcb-dong-thap").replace("0123456789", "9990001112").replace("\"layer\":1", "\"layer\":2")));
        String onward = REQUESTS + vcb + ":report-onward-transfers";
        String good = transfer(5_000, hourAgo, "2221000999", "bidv-dong-thap", "FT-GOOD");
        List<Bad> corpus = List.of(
                new Bad("a transfer of 0 đồng", "nganhang.vcb", "POST", () -> onward,
                        () -> report(transfer(0, hourAgo, "2221000999", "bidv-dong-thap", "FT-1")), 400,
                        "transfers[0].amount.dong"),
                new Bad("a transfer of −5 đồng", "nganhang.vcb", "POST", () -> onward,
                        () -> report(transfer(-5, hourAgo, "2221000999", "bidv-dong-thap", "FT-1")), 400,
                        "transfers[0].amount.dong"),
                new Bad("a transfer beyond int64", "nganhang.vcb", "POST", () -> onward,
                        () -> report(transfer(5, hourAgo, "2221000999", "bidv-dong-thap", "FT-1"))
                                .replace("\"5\"", "\"99999999999999999999\""), 400, null),
                new Bad("a transfer tomorrow", "nganhang.vcb", "POST", () -> onward,
                        () -> report(transfer(5, now.plus(1, ChronoUnit.DAYS), "2221000999", "bidv-dong-thap", "FT-1")),
                        400, "transfers[0].transferred_at"),
                new Bad("money leaving before it arrived", "nganhang.vcb", "POST",
                        () -> REQUESTS + reached + ":report-onward-transfers",
                        () -> report(transfer(5, hourAgo.minusSeconds(60), "2221000999", "bidv-dong-thap", "FT-1")),
                        400, "transfers[0].transferred_at"),
                new Bad("a transfer to a police unit", "nganhang.vcb", "POST", () -> onward,
                        () -> report(transfer(5, hourAgo, "2221000999", "cong-an-tinh-pa05", "FT-1")), 400,
                        "transfers[0].to_bank"),
                new Bad("a transfer to an account with spaces", "nganhang.vcb", "POST", () -> onward,
                        () -> report(transfer(5, hourAgo, "2221 000999", "bidv-dong-thap", "FT-1")), 400,
                        "transfers[0].to_account_number"),
                new Bad("a transfer back to the same account", "nganhang.vcb", "POST", () -> onward,
                        () -> report(transfer(5, hourAgo, "0123456789", "vcb-cao-lanh", "FT-1")), 400,
                        "transfers[0].to_account_number"),
                new Bad("a transfer without a reference", "nganhang.vcb", "POST", () -> onward,
                        () -> report(transfer(5, hourAgo, "2221000999", "bidv-dong-thap", "")), 400,
                        "transfers[0].reference"),
                new Bad("a report without transfers", "nganhang.vcb", "POST", () -> onward, () -> report(), 400,
                        "transfers"),
                new Bad("half a good report", "nganhang.vcb", "POST", () -> onward,
                        () -> report(good, transfer(-1, hourAgo, "2221000998", "bidv-dong-thap", "FT-BAD")), 400,
                        "transfers[1].amount.dong"),
                new Bad("a reported reference with other facts", "nganhang.vcb", "POST", () -> onward,
                        () -> report(transfer(999, hourAgo, "9990001112", "vcb-cao-lanh", "FT-FIRST")), 400,
                        "transfers[0].reference"),
                new Bad("transfers as a text", "nganhang.vcb", "POST", () -> onward, () -> "{\"transfers\":\"FT-1\"}",
                        400, null),
                new Bad("a report on an id that is not a UUID", "nganhang.vcb", "POST",
                        () -> REQUESTS + "abc:report-onward-transfers", TrailAuthorizationMatrixTest::aTransfer, 400, "id"),
                new Bad("a trail of a case id that is not a UUID", "dieutra", "GET",
                        () -> "/api/v1/cases/VA-2026-1/trail", () -> null, 400, "case_id"));
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

    /** Rows of the tables a report writes (reads are audited, so the audit log is not counted). */
    static long[] rows() throws SQLException {
        var db = stack.postgres();
        try (Connection c = DriverManager.getConnection(db.database("lachan_case"), db.user(), db.password())) {
            String[] tables = {"onward_transfers", "idempotency_keys"};
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

    static void idOf(HttpResponse<String> answer, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(json.readTree(answer.body()).has(field)).as(answer.body()).isTrue();
    }
}
