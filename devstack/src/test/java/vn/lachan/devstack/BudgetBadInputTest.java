package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.platform.test.HttpApi;

/**
 * Bad input to budget-service through the gateway: every case gets a 4xx (never a 5xx), with the field named
 * where there is one, and nothing is written — the budget database's rows are counted before and after.
 */
class BudgetBadInputTest {

    static LocalStack stack;
    static final ObjectMapper json = new ObjectMapper();
    static long[] before;
    /** An allocation already approved, and one requested, on 2026-COMBAT. */
    static String approved;

    record Case(String name, String user, String method, Supplier<String> path, String body, int status, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static String allocation(String unit, String amount, String note) {
        return """
                {"unit":"%s","amount":{"dong":%s},"note":%s}""".formatted(unit, amount, note);
    }

    static String spending(String unit, String amount, String day) {
        return """
                {"unit":"%s","amount":{"dong":%s},"spentOn":"%s","description":"Đầu vào sai"}""".formatted(unit, amount, day);
    }

    static final String ALLOCATE = "/api/v1/budget/lines/2026-COMBAT/allocations";

    static final List<Case> CASES = List.of(
            new Case("allocation of 0 đồng", "taichinh", "POST", () -> ALLOCATE, allocation("cong-an-tinh", "\"0\"", "\"x\""), 400, "allocation.amount.dong"),
            new Case("allocation of −1 đồng", "taichinh", "POST", () -> ALLOCATE, allocation("cong-an-tinh", "\"-1\"", "\"x\""), 400, "allocation.amount.dong"),
            new Case("fractional allocation", "taichinh", "POST", () -> ALLOCATE, allocation("cong-an-tinh", "\"1000.5\"", "\"x\""), 400, null),
            new Case("allocation as a JSON fraction", "taichinh", "POST", () -> ALLOCATE, allocation("cong-an-tinh", "1000.5", "\"x\""), 400, null),
            new Case("absurd allocation", "taichinh", "POST", () -> ALLOCATE, allocation("cong-an-tinh", "\"10000000000001\"", "\"x\""), 400, "allocation.amount.dong"),
            new Case("allocation beyond int64", "taichinh", "POST", () -> ALLOCATE, allocation("cong-an-tinh", "\"99999999999999999999\"", "\"x\""), 400, null),
            new Case("allocation above the line", "taichinh", "POST", () -> ALLOCATE, allocation("cong-an-tinh", "\"300000001\"", "\"x\""), 400, "allocation.amount.dong"),
            new Case("allocation to a unit code with accents", "taichinh", "POST", () -> ALLOCATE, allocation("Công An", "\"1000\"", "\"x\""), 400, "allocation.unit"),
            new Case("allocation without a note", "taichinh", "POST", () -> ALLOCATE, allocation("cong-an-tinh", "\"1000\"", "\"\""), 400, "allocation.note"),
            new Case("allocation with a 2001-character note", "taichinh", "POST", () -> ALLOCATE,
                    allocation("cong-an-tinh", "\"1000\"", "\"" + "a".repeat(2001) + "\""), 400, "allocation.note"),
            new Case("allocation that is not JSON", "taichinh", "POST", () -> ALLOCATE, "{\"unit\":", 400, null),
            new Case("allocation of an unknown line", "taichinh", "POST", () -> "/api/v1/budget/lines/2031-COMBAT/allocations",
                    allocation("cong-an-tinh", "\"1000\"", "\"x\""), 404, null),
            new Case("approving an id that is not a UUID", "ubnd", "POST", () -> "/api/v1/budget/allocations/abc:approve", "{}", 400, "id"),
            new Case("approving an unknown allocation", "ubnd", "POST",
                    () -> "/api/v1/budget/allocations/3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c:approve", "{}", 404, null),
            new Case("approving twice", "ubnd", "POST", () -> "/api/v1/budget/allocations/" + approved + ":approve", "{}", 400, null),
            new Case("rejecting an approved allocation", "ubnd", "POST", () -> "/api/v1/budget/allocations/" + approved + ":reject",
                    "{\"note\":\"muộn\"}", 400, null),
            new Case("listing allocations of a bad status", "ubnd", "GET", () -> "/api/v1/budget/allocations?status=PAID", null, 400, null),
            new Case("listing allocations of year 'abc'", "ubnd", "GET", () -> "/api/v1/budget/allocations?year=abc", null, 400, null),
            new Case("spending of 0 đồng", "taichinh", "POST", () -> "/api/v1/budget/lines/2026-COMBAT/spending",
                    spending("so-tai-chinh", "\"0\"", "2026-01-05"), 400, "spending.amount.dong"),
            new Case("fractional spending", "taichinh", "POST", () -> "/api/v1/budget/lines/2026-COMBAT/spending",
                    spending("so-tai-chinh", "\"0.5\"", "2026-01-05"), 400, null),
            new Case("spending outside the line's year", "taichinh", "POST", () -> "/api/v1/budget/lines/2026-COMBAT/spending",
                    spending("so-tai-chinh", "\"1000\"", "2025-12-31"), 400, "spending.spent_on"),
            new Case("spending in the future", "taichinh", "POST", () -> "/api/v1/budget/lines/2026-COMBAT/spending",
                    spending("so-tai-chinh", "\"1000\"", "2099-01-01"), 400, "spending.spent_on"),
            new Case("spending on a day that does not exist", "taichinh", "POST", () -> "/api/v1/budget/lines/2026-COMBAT/spending",
                    spending("so-tai-chinh", "\"1000\"", "2026-02-30"), 400, "spending.spent_on"),
            new Case("spending of another unit", "ketoan.congan", "POST", () -> "/api/v1/budget/lines/2026-COMBAT/spending",
                    spending("so-tai-chinh", "\"1000\"", "2026-01-05"), 403, null));

    @BeforeAll
    static void prepare() throws Exception {
        stack = SharedStack.get();
        approved = id(as("taichinh").post(ALLOCATE, allocation("cong-an-tinh-pa05", "\"1000\"", "\"Đầu vào sai\"")));
        assertThat(as("ubnd").post("/api/v1/budget/allocations/" + approved + ":approve", "{}").statusCode()).isEqualTo(200);
        before = rows();
    }

    @TestFactory
    Stream<DynamicTest> badInputIsRefusedWithAFieldErrorAndNeverA5xx() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : CASES) {
            tests.add(DynamicTest.dynamicTest(c.name() + " → " + c.status(), () -> {
                var answer = as(c.user()).send(c.method(), c.path().get(), c.body());
                assertThat(answer.statusCode()).as(c + ": " + answer.body()).isEqualTo(c.status());
                assertThat(answer.body()).as(c.name()).doesNotContain("Exception", "at vn.lachan");
                if (c.field() != null) {
                    assertThat(answer.body()).as(c.name()).contains("\"field\":\"" + c.field() + "\"");
                }
            }));
        }
        return tests.stream();
    }

    @AfterAll
    static void nothingWasWritten() throws Exception {
        assertThat(rows()).as("allocations, spendings, audit entries").containsExactly(before);
    }

    /** Rows of the tables a budget write touches. */
    static long[] rows() throws SQLException {
        var db = stack.postgres();
        try (Connection c = DriverManager.getConnection(db.database("lachan_budget"), db.user(), db.password())) {
            String[] tables = {"allocations", "spendings", "audit_log"};
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
        return HttpApi.at(stack.gatewayUrl()).as(stack.keycloak().userToken(user));
    }

    static String id(java.net.http.HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).get("id").asString();
    }
}
