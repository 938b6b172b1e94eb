package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.platform.test.HttpApi;

/**
 * Bad input to the criminal procedure of case-service through the gateway: every case gets a 4xx (never a 5xx),
 * with the field named where there is one and the message in Vietnamese and English, and nothing is written — the
 * case database's rows are counted before and after.
 */
@Tag("e2e")
class CaseBadInputTest {

    static LocalStack stack;
    static final ObjectMapper json = new ObjectMapper();
    static long[] before;
    /** A case in investigation, one at the procuracy, and one whose extension is asked. */
    static String investigated;
    static String atProcuracy;
    static String asked;
    /** A freeze request of the investigated case to VCB, not answered yet. */
    static String sent;
    /** Requests of the investigated case on which VCB holds 5 million: one with nothing released, one with an order
     * of 2 million waiting for the bank. */
    static String held;
    static String releaseOrdered;

    record Case(String name, String user, String method, Supplier<String> path, String body, int status, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    static final String TOMORROW = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
    static final String AFTER_TOMORROW = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2).toString();

    static String move(String move, String reason, String number, String date, String extra) {
        return """
                {"move":"%s","reason":"%s","documentNumber":"%s","documentDate":"%s"%s}"""
                .formatted(move, reason, number, date, extra);
    }

    static String extension(int months, String date, String extra) {
        return """
                {"months":%d,"reason":"Đầu vào sai","documentNumber":"03/CV","documentDate":"%s"%s}"""
                .formatted(months, date, extra);
    }

    static final List<Case> CASES = List.of(
            new Case("a move without a move", "lanhdao.congan", "POST", () -> "/api/v1/cases/" + investigated + ":move",
                    "{\"reason\":\"x\",\"documentNumber\":\"1\",\"documentDate\":\"" + TODAY + "\"}", 400, "move"),
            new Case("an unknown move", "lanhdao.congan", "POST", () -> "/api/v1/cases/" + investigated + ":move",
                    move("ARREST", "x", "1", TODAY, ""), 400, null),
            new Case("indicting a case still investigated", "kiemsat", "POST", () -> "/api/v1/cases/" + investigated + ":move",
                    move("INDICT", "x", "1", TODAY, ",\"courtUnit\":\"toa-an-tinh\""), 400, "move"),
            new Case("closing a case never judged", "lanhdao.congan", "POST", () -> "/api/v1/cases/" + investigated + ":move",
                    move("CLOSE", "x", "1", TODAY, ""), 403, null),
            new Case("a move without a reason", "lanhdao.congan", "POST", () -> "/api/v1/cases/" + investigated + ":move",
                    move("SUSPEND_INVESTIGATION", " ", "1", TODAY, ""), 400, "reason"),
            new Case("a move without a document number", "lanhdao.congan", "POST", () -> "/api/v1/cases/" + investigated + ":move",
                    move("SUSPEND_INVESTIGATION", "x", "", TODAY, ""), 400, "document_number"),
            new Case("a decision dated tomorrow", "lanhdao.congan", "POST", () -> "/api/v1/cases/" + investigated + ":move",
                    move("SUSPEND_INVESTIGATION", "x", "1", TOMORROW, ""), 400, "document_date"),
            new Case("a decision dated 31/02", "lanhdao.congan", "POST", () -> "/api/v1/cases/" + investigated + ":move",
                    move("SUSPEND_INVESTIGATION", "x", "1", "2026-02-31", ""), 400, "document_date"),
            new Case("a decision dated before the case", "lanhdao.congan", "POST", () -> "/api/v1/cases/" + investigated + ":move",
                    move("SUSPEND_INVESTIGATION", "x", "1", "2020-01-01", ""), 400, "document_date"),
            new Case("a 2001-character reason", "lanhdao.congan", "POST", () -> "/api/v1/cases/" + investigated + ":move",
                    move("SUSPEND_INVESTIGATION", "a".repeat(2001), "1", TODAY, ""), 400, "reason"),
            new Case("an indictment to a bank", "kiemsat", "POST", () -> "/api/v1/cases/" + atProcuracy + ":move",
                    move("INDICT", "x", "1", TODAY, ",\"courtUnit\":\"vcb-dong-thap\""), 400, "court_unit"),
            new Case("an indictment to no court", "kiemsat", "POST", () -> "/api/v1/cases/" + atProcuracy + ":move",
                    move("INDICT", "x", "1", TODAY, ""), 400, "court_unit"),
            new Case("a court named on a suspension", "lanhdao.congan", "POST", () -> "/api/v1/cases/" + investigated + ":move",
                    move("SUSPEND_INVESTIGATION", "x", "1", TODAY, ",\"courtUnit\":\"toa-an-tinh\""), 400, "court_unit"),
            new Case("a move on an id that is not a UUID", "lanhdao.congan", "POST", () -> "/api/v1/cases/abc:move",
                    move("SUSPEND_INVESTIGATION", "x", "1", TODAY, ""), 400, "id"),
            new Case("a move on an unknown case", "lanhdao.congan", "POST",
                    () -> "/api/v1/cases/3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c:move",
                    move("SUSPEND_INVESTIGATION", "x", "1", TODAY, ""), 404, null),
            new Case("an extension of 0 months", "dieutra", "POST", () -> "/api/v1/cases/" + investigated + ":request-extension",
                    extension(0, TODAY, ""), 400, "months"),
            new Case("an extension beyond the category's", "dieutra", "POST",
                    () -> "/api/v1/cases/" + investigated + ":request-extension", extension(3, TODAY, ""), 400, "months"),
            new Case("a second request while one is pending", "dieutra", "POST",
                    () -> "/api/v1/cases/" + asked + ":request-extension", extension(1, TODAY, ""), 400, "id"),
            new Case("an extension of a case at the procuracy", "dieutra", "POST",
                    () -> "/api/v1/cases/" + atProcuracy + ":request-extension", extension(1, TODAY, ""), 400, "id"),
            new Case("approving more than the Code allows", "kiemsat", "POST",
                    () -> "/api/v1/cases/" + asked + ":decide-extension", extension(3, TODAY, ",\"approve\":true"), 400, "months"),
            new Case("a refusal with months", "kiemsat", "POST",
                    () -> "/api/v1/cases/" + asked + ":decide-extension", extension(1, TODAY, ""), 400, "months"),
            new Case("deciding when nothing is asked", "kiemsat", "POST",
                    () -> "/api/v1/cases/" + investigated + ":decide-extension", extension(1, TODAY, ",\"approve\":true"), 400, "id"),
            new Case("flags without flags", "lanhdao.congan", "POST", () -> "/api/v1/cases/" + investigated + ":set-flags",
                    "{\"reason\":\"x\"}", 400, "flags"),
            new Case("flags unchanged", "lanhdao.congan", "POST", () -> "/api/v1/cases/" + investigated + ":set-flags",
                    "{\"flags\":{},\"reason\":\"x\"}", 400, "flags"),
            new Case("flags without a reason", "lanhdao.congan", "POST", () -> "/api/v1/cases/" + investigated + ":set-flags",
                    "{\"flags\":{\"modelCase\":true}}", 400, "reason"),
            new Case("a mobile trial set by the police", "lanhdao.congan", "POST", () -> "/api/v1/cases/" + investigated + ":set-flags",
                    "{\"flags\":{\"mobileTrial\":true},\"reason\":\"x\"}", 403, null),
            new Case("a move that is not JSON", "lanhdao.congan", "POST", () -> "/api/v1/cases/" + investigated + ":move",
                    "{\"move\":", 400, null),
            new Case("cases with a page size of 'abc'", "lanhdao.congan", "GET", () -> "/api/v1/cases?pageSize=abc", null, 400, null),
            new Case("a case id that is not a UUID", "lanhdao.congan", "GET", () -> "/api/v1/cases/abc", null, 400, "id"),
            new Case("a Penal Code article that is no number", "dieutra", "GET", () -> "/api/v1/cases/penal-code?article=abc",
                    null, 400, "article"),
            new Case("freeze requests listed with overdue 'abc'", "dieutra", "GET",
                    () -> "/api/v1/cases/freeze-requests?overdue=abc", null, 400, "overdue"),
            new Case("a case opened in another officer's name", "lanhdao.congan", "POST",
                    () -> "/api/v1/cases?decidedBy.name=dieutra&decidedBy.unit=cong-an-tinh-pa05",
                    "{\"title\":\"x\",\"penalCodeArticle\":290,\"clause\":1,\"leadUnit\":\"cong-an-tinh-pa05\"}", 400,
                    "decided_by"),
            new Case("a case opened without a title", "lanhdao.congan", "POST", () -> "/api/v1/cases",
                    "{\"penalCodeArticle\":290,\"clause\":1,\"leadUnit\":\"cong-an-tinh-pa05\"}", 400, "case.title"),
            new Case("a case under an article that is not a cybercrime", "lanhdao.congan", "POST", () -> "/api/v1/cases",
                    "{\"title\":\"x\",\"penalCodeArticle\":999,\"clause\":1,\"leadUnit\":\"cong-an-tinh-pa05\"}", 400, null),
            new Case("a case with a list for its title", "lanhdao.congan", "POST", () -> "/api/v1/cases",
                    "{\"title\":[\"x\"],\"penalCodeArticle\":290,\"clause\":1,\"leadUnit\":\"cong-an-tinh-pa05\"}", 400, "case.title"),
            new Case("a case led by a bank", "lanhdao.congan", "POST", () -> "/api/v1/cases",
                    "{\"title\":\"x\",\"penalCodeArticle\":290,\"clause\":1,\"leadUnit\":\"vcb-dong-thap\"}", 400, "case.lead_unit"),
            new Case("a case led by a police unit above the opener's", "dieutra", "POST", () -> "/api/v1/cases",
                    "{\"title\":\"x\",\"penalCodeArticle\":290,\"clause\":1,\"leadUnit\":\"cong-an-tinh\"}", 400, "case.lead_unit"),
            new Case("freeze requests with a page size of 'abc'", "dieutra", "GET",
                    () -> "/api/v1/cases/freeze-requests?pageSize=abc", null, 400, null),
            new Case("a freeze request id that is not a UUID", "dieutra", "GET", () -> "/api/v1/cases/freeze-requests/abc",
                    null, 400, "id"),
            new Case("a freeze of −5 đồng", "dieutra", "POST", () -> "/api/v1/cases/" + investigated + "/freeze-requests",
                    freeze("vcb-dong-thap", "\"-5\""), 400, "freeze_request.amount_requested.dong"),
            new Case("a freeze beyond int64", "dieutra", "POST", () -> "/api/v1/cases/" + investigated + "/freeze-requests",
                    freeze("vcb-dong-thap", "\"99999999999999999999\""), 400, "freeze_request.amount_requested.dong"),
            new Case("a freeze at a bank code with an injection string", "dieutra", "POST",
                    () -> "/api/v1/cases/" + investigated + "/freeze-requests", freeze("vcb'; drop table cases; --", "\"5\""),
                    400, "freeze_request.bank"),
            new Case("a freeze for a case id that is not a UUID", "dieutra", "POST", () -> "/api/v1/cases/VA-2026-1/freeze-requests",
                    freeze("vcb-dong-thap", "\"5\""), 400, "case_id"),
            new Case("an answer that says nothing", "nganhang.vcb", "POST",
                    () -> "/api/v1/cases/freeze-requests/" + sent + ":respond", "{}", 400, null),
            new Case("a hold of −5 đồng", "nganhang.vcb", "POST", () -> "/api/v1/cases/freeze-requests/" + sent + ":respond",
                    "{\"hold\":{\"amountHeld\":{\"dong\":\"-5\"}}}", 400, "hold.amount_held.dong"),
            new Case("an answer to a request id that is not a UUID", "nganhang.vcb", "POST",
                    () -> "/api/v1/cases/freeze-requests/abc:respond", "{\"acknowledge\":{}}", 400, "id"),
            new Case("a release of more than is held", "lanhdao.congan", "POST",
                    () -> "/api/v1/cases/freeze-requests/" + held + ":release", release("\"5000001\"", TODAY), 400,
                    "amount.dong"),
            new Case("a release of −5 đồng", "lanhdao.congan", "POST",
                    () -> "/api/v1/cases/freeze-requests/" + held + ":release", release("\"-5\"", TODAY), 400,
                    "amount.dong"),
            new Case("a release beyond int64", "lanhdao.congan", "POST",
                    () -> "/api/v1/cases/freeze-requests/" + held + ":release", release("\"99999999999999999999\"", TODAY),
                    400, null),
            new Case("a release dated the day after tomorrow", "lanhdao.congan", "POST",
                    () -> "/api/v1/cases/freeze-requests/" + held + ":release", release("\"5\"", AFTER_TOMORROW), 400,
                    "document_date"),
            new Case("a release dated 31/12/2026", "lanhdao.congan", "POST",
                    () -> "/api/v1/cases/freeze-requests/" + held + ":release", release("\"5\"", "31/12/2026"), 400,
                    "document_date"),
            new Case("a release without its number", "lanhdao.congan", "POST",
                    () -> "/api/v1/cases/freeze-requests/" + held + ":release",
                    "{\"documentDate\":\"" + TODAY + "\",\"reason\":\"x\"}", 400, "document_number"),
            new Case("a release of a request the bank has not answered", "lanhdao.congan", "POST",
                    () -> "/api/v1/cases/freeze-requests/" + sent + ":release", release("\"5\"", TODAY), 400, null),
            new Case("a second release while one waits for the bank", "lanhdao.congan", "POST",
                    () -> "/api/v1/cases/freeze-requests/" + releaseOrdered + ":release", release("\"5\"", TODAY), 400,
                    null),
            new Case("a release of a request id that is not a UUID", "lanhdao.congan", "POST",
                    () -> "/api/v1/cases/freeze-requests/abc:release", release("\"5\"", TODAY), 400, "id"),
            new Case("a release reported tomorrow", "nganhang.vcb", "POST",
                    () -> "/api/v1/cases/freeze-requests/" + releaseOrdered + ":report-released",
                    released(Instant.now().plus(1, ChronoUnit.DAYS), "\"2000000\""), 400, "released_at"),
            new Case("a release reported before its order", "nganhang.vcb", "POST",
                    () -> "/api/v1/cases/freeze-requests/" + releaseOrdered + ":report-released",
                    released(Instant.parse("2020-01-01T00:00:00Z"), "\"2000000\""), 400, "released_at"),
            new Case("a release reported with another amount than the order's", "nganhang.vcb", "POST",
                    () -> "/api/v1/cases/freeze-requests/" + releaseOrdered + ":report-released",
                    released(Instant.now(), "\"2000001\""), 400, "amount_released.dong"),
            new Case("a release reported without an amount", "nganhang.vcb", "POST",
                    () -> "/api/v1/cases/freeze-requests/" + releaseOrdered + ":report-released",
                    "{\"releasedAt\":\"" + Instant.now() + "\"}", 400, "amount_released"),
            new Case("a release reported when none is ordered", "nganhang.vcb", "POST",
                    () -> "/api/v1/cases/freeze-requests/" + held + ":report-released",
                    released(Instant.now(), "\"5000000\""), 400, null),
            new Case("a release reported on a request id that is not a UUID", "nganhang.vcb", "POST",
                    () -> "/api/v1/cases/freeze-requests/abc:report-released", released(Instant.now(), "\"5\""), 400,
                    "id"));

    static String release(String amount, String date) {
        return """
                {"amount":{"dong":%s},"documentNumber":"07/LGT-CSĐT","documentDate":"%s","reason":"Đầu vào sai"}"""
                .formatted(amount, date);
    }

    static String released(Instant at, String amount) {
        return """
                {"releasedAt":"%s","amountReleased":{"dong":%s}}""".formatted(at, amount);
    }

    static String freeze(String bank, String amount) {
        return """
                {"bank":"%s","accountNumber":"0123456789","accountHolder":"Nguyễn Văn A","amountRequested":{"dong":%s},
                 "layer":1,"reason":"Đầu vào sai"}""".formatted(bank, amount);
    }

    @BeforeAll
    static void prepare() throws Exception {
        stack = SharedStack.get();
        String open = "{\"title\":\"Đầu vào sai\",\"penalCodeArticle\":290,\"clause\":1,\"leadUnit\":\"cong-an-tinh-pa05\"}";
        investigated = id(as("lanhdao.congan").post("/api/v1/cases", open));
        atProcuracy = id(as("lanhdao.congan").post("/api/v1/cases", open));
        id(as("lanhdao.congan").post("/api/v1/cases/" + atProcuracy + ":move",
                move("CONCLUDE_RECOMMEND_PROSECUTION", "Đủ chứng cứ", "9/KL", TODAY, "")));
        asked = id(as("lanhdao.congan").post("/api/v1/cases", open));
        id(as("dieutra").post("/api/v1/cases/" + asked + ":request-extension", extension(1, TODAY, "")));
        sent = id(as("dieutra").post("/api/v1/cases/" + investigated + "/freeze-requests", freeze("vcb-dong-thap", "\"5000000\"")));
        held = heldAtVcb();
        releaseOrdered = heldAtVcb();
        id(as("lanhdao.congan").post("/api/v1/cases/freeze-requests/" + releaseOrdered + ":release",
                release("\"2000000\"", TODAY)));
        before = rows();
    }

    /** A request of the investigated case on which VCB holds 5 million. */
    static String heldAtVcb() {
        String id = id(as("dieutra").post("/api/v1/cases/" + investigated + "/freeze-requests",
                freeze("vcb-dong-thap", "\"5000000\"")));
        id(as("nganhang.vcb").post("/api/v1/cases/freeze-requests/" + id + ":respond",
                "{\"hold\":{\"amountHeld\":{\"dong\":\"5000000\"}}}"));
        return id;
    }

    @TestFactory
    Stream<DynamicTest> badInputIsRefusedWithAFieldErrorInBothLanguagesAndNeverA5xx() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : CASES) {
            tests.add(DynamicTest.dynamicTest(c.name() + " → " + c.status(), () -> {
                String path = c.path().get();
                var answer = as(c.user()).send(c.method(), path, c.body());
                Proofs.badInput(c.user(), c.method(), path, answer.statusCode());
                assertThat(answer.statusCode()).as(c + ": " + answer.body()).isEqualTo(c.status());
                assertThat(answer.body()).as(c.name()).doesNotContain("Exception", "at vn.lachan");
                if (c.field() != null) {
                    var problem = json.readTree(answer.body());
                    assertThat(problem.path("errors")).as(c + ": " + answer.body()).anySatisfy(e -> {
                        assertThat(e.get("field").asString()).isEqualTo(c.field());
                        assertThat(e.get("vi").asString()).isNotBlank();
                        assertThat(e.get("en").asString()).isNotBlank().isNotEqualTo(e.get("vi").asString());
                    });
                }
            }));
        }
        return tests.stream();
    }

    @AfterAll
    static void nothingWasWritten() throws Exception {
        assertThat(rows()).as("cases, history entries, idempotency keys, freeze requests, release orders")
                .containsExactly(before);
    }

    /** Rows of the tables a step on a case touches (reads are audited, so the audit log is not counted). */
    static long[] rows() throws SQLException {
        var db = stack.postgres();
        try (Connection c = DriverManager.getConnection(db.database("lachan_case"), db.user(), db.password())) {
            String[] tables = {"cases", "case_events", "idempotency_keys", "freeze_requests", "release_orders",
                    // an answer or a release refused must not move a request either
                    "freeze_requests where status in ('RELEASE_ORDERED', 'RELEASED')"};
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

    static String id(java.net.http.HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).get("id").asString();
    }
}
