package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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
 * Bad input to the urgent holds of case-service through the gateway, with the real tip-service and unit registry
 * behind it: every case gets a 4xx (never a 5xx), with the field named where there is one and the message in
 * Vietnamese and English, and nothing is written — the case database's rows are counted before and after.
 */
@Tag("e2e")
class UrgentHoldBadInputTest {

    static LocalStack stack;
    static final ObjectMapper json = new ObjectMapper();
    static final String HOLDS = "/api/v1/cases/urgent-holds";
    static final String ACCOUNT = "VCB:0071000123456";
    static long[] before;
    /** An undecided tip of 10 million lost to {@value #ACCOUNT}, one with no loss, and one decided "prosecute". */
    static String tip;
    static String noLoss;
    static String prosecuted;
    /** A hold on {@link #tip} at VCB not answered yet, and one VCB holds 4 million on. */
    static String sent;
    static String held;

    record Case(String name, String user, String method, Supplier<String> path, Supplier<String> body, int status,
                String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static String recent() {
        return Instant.now().minus(Duration.ofMinutes(30)).toString();
    }

    static String hold(String tipId, String bank, String account, String dong, String transferredAt, String reason) {
        return """
                {"tipId":"%s","urgentHold":{"bank":"%s","account":"%s","amountRequested":{"dong":%s},
                 "transferredAt":"%s","reason":"%s"}}""".formatted(tipId, bank, account, dong, transferredAt, reason);
    }

    static String hold(String bank, String account, String dong) {
        return hold(tip, bank, account, dong, recent(), "Đầu vào sai");
    }

    static final List<Case> CASES = List.of(
            new Case("a hold of −5 đồng", "dieutra", "POST", () -> HOLDS, () -> hold("vcb-dong-thap", ACCOUNT, "\"-5\""),
                    400, "urgent_hold.amount_requested.dong"),
            new Case("a hold beyond int64", "dieutra", "POST", () -> HOLDS,
                    () -> hold("vcb-dong-thap", ACCOUNT, "\"99999999999999999999\""), 400, "urgent_hold.amount_requested.dong"),
            new Case("a hold above the tip's loss", "dieutra", "POST", () -> HOLDS,
                    () -> hold("vcb-dong-thap", ACCOUNT, "\"10000001\""), 400, "urgent_hold.amount_requested.dong"),
            new Case("a hold on a tip that records no loss", "dieutra", "POST", () -> HOLDS,
                    () -> hold(noLoss, "vcb-dong-thap", ACCOUNT, "\"5\"", recent(), "x"), 400,
                    "urgent_hold.amount_requested.dong"),
            new Case("a hold without an amount", "dieutra", "POST", () -> HOLDS,
                    () -> "{\"tipId\":\"" + tip + "\",\"urgentHold\":{\"bank\":\"vcb-dong-thap\",\"account\":\"" + ACCOUNT
                            + "\",\"transferredAt\":\"" + recent() + "\",\"reason\":\"x\"}}", 400,
                    "urgent_hold.amount_requested"),
            new Case("a hold addressed to a department", "dieutra", "POST", () -> HOLDS,
                    () -> hold("so-tu-phap", ACCOUNT, "\"5\""), 400, "urgent_hold.bank"),
            new Case("a hold addressed to the court", "dieutra", "POST", () -> HOLDS,
                    () -> hold("toa-an-tinh", ACCOUNT, "\"5\""), 400, "urgent_hold.bank"),
            new Case("a hold addressed to an unknown unit", "dieutra", "POST", () -> HOLDS,
                    () -> hold("ngan-hang-khong-co", ACCOUNT, "\"5\""), 400, "urgent_hold.bank"),
            new Case("a hold at a bank code with an injection string", "dieutra", "POST", () -> HOLDS,
                    () -> hold("vcb'; drop table urgent_holds; --", ACCOUNT, "\"5\""), 400, "urgent_hold.bank"),
            new Case("a hold on an account the tip does not name", "dieutra", "POST", () -> HOLDS,
                    () -> hold("vcb-dong-thap", "VCB:0071000999999", "\"5\""), 400, "urgent_hold.account"),
            new Case("a hold on an account not written as the tip normalises it", "dieutra", "POST", () -> HOLDS,
                    () -> hold("vcb-dong-thap", "0071 000 123 456", "\"5\""), 400, "urgent_hold.account"),
            new Case("money moved tomorrow", "dieutra", "POST", () -> HOLDS,
                    () -> hold(tip, "vcb-dong-thap", ACCOUNT, "\"5\"", Instant.now().plus(Duration.ofDays(1)).toString(), "x"),
                    400, "urgent_hold.transferred_at"),
            new Case("money moved four days ago", "dieutra", "POST", () -> HOLDS,
                    () -> hold(tip, "vcb-dong-thap", ACCOUNT, "\"5\"", Instant.now().minus(Duration.ofDays(4)).toString(), "x"),
                    400, "urgent_hold.transferred_at"),
            new Case("a transfer time written 03/03/2026", "dieutra", "POST", () -> HOLDS,
                    () -> hold(tip, "vcb-dong-thap", ACCOUNT, "\"5\"", "03/03/2026", "x"), 400, null),
            new Case("a hold without a reason", "dieutra", "POST", () -> HOLDS,
                    () -> hold(tip, "vcb-dong-thap", ACCOUNT, "\"5\"", recent(), " "), 400, "urgent_hold.reason"),
            new Case("a hold on a tip id that is not a UUID", "dieutra", "POST", () -> HOLDS,
                    () -> hold("TB-2026-1", "vcb-dong-thap", ACCOUNT, "\"5\"", recent(), "x"), 400, "tip_id"),
            new Case("a hold on an unknown tip", "dieutra", "POST", () -> HOLDS,
                    () -> hold("3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c", "vcb-dong-thap", ACCOUNT, "\"5\"", recent(), "x"), 404,
                    null),
            new Case("a hold on a tip already decided and in a case", "dieutra", "POST", () -> HOLDS,
                    () -> hold(prosecuted, "vcb-dong-thap", ACCOUNT, "\"5\"", recent(), "x"), 400, null),
            new Case("a hold that is not JSON", "dieutra", "POST", () -> HOLDS, () -> "{\"tipId\":", 400, null),
            new Case("an answer that says nothing", "nganhang.vcb", "POST", () -> HOLDS + "/" + sent + ":respond",
                    () -> "{}", 400, null),
            new Case("a hold of −5 đồng by the bank", "nganhang.vcb", "POST", () -> HOLDS + "/" + sent + ":respond",
                    () -> "{\"hold\":{\"amountHeld\":{\"dong\":\"-5\"}}}", 400, "hold.amount_held.dong"),
            new Case("a hold above the amount asked", "nganhang.vcb", "POST", () -> HOLDS + "/" + sent + ":respond",
                    () -> "{\"hold\":{\"amountHeld\":{\"dong\":\"5000001\"}}}", 400, "hold.amount_held.dong"),
            new Case("a hold without an amount", "nganhang.vcb", "POST", () -> HOLDS + "/" + sent + ":respond",
                    () -> "{\"hold\":{}}", 400, "hold.amount_held"),
            new Case("a hold placed tomorrow", "nganhang.vcb", "POST", () -> HOLDS + "/" + sent + ":respond",
                    () -> "{\"hold\":{\"amountHeld\":{\"dong\":\"5\"},\"heldAt\":\"" + Instant.now().plus(Duration.ofDays(1))
                            + "\"}}", 400, "hold.held_at"),
            new Case("a hold placed before the request", "nganhang.vcb", "POST", () -> HOLDS + "/" + sent + ":respond",
                    () -> "{\"hold\":{\"amountHeld\":{\"dong\":\"5\"},\"heldAt\":\"2020-01-01T00:00:00Z\"}}", 400,
                    "hold.held_at"),
            new Case("a rejection without a reason", "nganhang.vcb", "POST", () -> HOLDS + "/" + sent + ":respond",
                    () -> "{\"reject\":{\"reason\":\" \"}}", 400, "reject.reason"),
            new Case("a second, different answer to a hold", "nganhang.vcb", "POST", () -> HOLDS + "/" + held + ":respond",
                    () -> "{\"hold\":{\"amountHeld\":{\"dong\":\"3000000\"}}}", 400, null),
            new Case("a rejection after the hold", "nganhang.vcb", "POST", () -> HOLDS + "/" + held + ":respond",
                    () -> "{\"reject\":{\"reason\":\"Không có tài khoản\"}}", 400, null),
            new Case("an answer to a hold id that is not a UUID", "nganhang.vcb", "POST", () -> HOLDS + "/abc:respond",
                    () -> "{\"acknowledge\":{}}", 400, "id"),
            new Case("a hold id that is not a UUID", "dieutra", "GET", () -> HOLDS + "/abc", () -> null, 400, "id"),
            new Case("holds listed with status 'abc'", "dieutra", "GET", () -> HOLDS + "?status=abc", () -> null, 400, null),
            new Case("holds listed for a tip id that is not a UUID", "dieutra", "GET", () -> HOLDS + "?tipId=abc",
                    () -> null, 400, "tip_id"),
            new Case("holds listed at a bank code with an injection string", "dieutra", "GET",
                    () -> HOLDS + "?bank=vcb'%3B%20drop%20table", () -> null, 400, "bank"),
            new Case("holds with a page size of 'abc'", "dieutra", "GET", () -> HOLDS + "?pageSize=abc", () -> null, 400,
                    null));

    @BeforeAll
    static void prepare() throws Exception {
        stack = SharedStack.get();
        tip = tip("\"loss\":{\"dong\":\"10000000\"},");
        noLoss = tip("");
        prosecuted = tip("\"loss\":{\"dong\":\"10000000\"},");
        id(as("dieutra").post("/api/v1/tips/" + prosecuted + ":decide",
                "{\"prosecute\":{\"penalCodeArticle\":174,\"clause\":1,\"leadUnit\":\"cong-an-tinh-pa05\"}}"));
        sent = id(as("dieutra").post(HOLDS, hold("vcb-dong-thap", ACCOUNT, "\"5000000\"")));
        held = id(as("dieutra").post(HOLDS, hold("vcb-dong-thap", ACCOUNT, "\"5000000\"")));
        id(as("nganhang.vcb").post(HOLDS + "/" + held + ":respond", "{\"hold\":{\"amountHeld\":{\"dong\":\"4000000\"}}}"));
        before = rows();
    }

    static String tip(String loss) {
        return id(as("tiepnhan").post("/api/v1/tips", """
                {"channel":"HOTLINE","sourceKind":"DENUNCIATION","receivingUnit":"huyen-cao-lanh","modusOperandi":"IMPERSONATE_AUTHORITY",
                 "narrative":"Đầu vào sai của yêu cầu tạm dừng",%s"indicators":[{"type":"BANK_ACCOUNT","value":"VCB 0071000123456"}]}"""
                .formatted(loss)));
    }

    @TestFactory
    Stream<DynamicTest> badInputIsRefusedWithAFieldErrorInBothLanguagesAndNeverA5xx() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : CASES) {
            tests.add(DynamicTest.dynamicTest(c.name() + " → " + c.status(), () -> {
                String path = c.path().get();
                var answer = as(c.user()).send(c.method(), path, c.body().get());
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
        assertThat(rows()).as("urgent holds, idempotency keys, holds answered").containsExactly(before);
    }

    /** Rows of the tables a hold touches (reads are audited, so the audit log is not counted). */
    static long[] rows() throws SQLException {
        var db = stack.postgres();
        try (Connection c = DriverManager.getConnection(db.database("lachan_case"), db.user(), db.password())) {
            String[] tables = {"urgent_holds", "idempotency_keys", "urgent_holds where status = 'REQUESTED'",
                    "urgent_holds where status = 'HELD'", "urgent_holds where acknowledged_at is not null"};
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
