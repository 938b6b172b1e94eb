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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.platform.test.HttpApi;

/**
 * Bad input to budget-service through the gateway: every case gets a 4xx (never a 5xx), with the field named
 * where there is one, and nothing is written — the budget database's rows are counted before and after.
 */
@Tag("e2e")
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
    static final String COMMIT = "/api/v1/budget/lines/2026-COMBAT/commitments";
    static final String SPEND = "/api/v1/budget/lines/2026-COMBAT/spending";
    static final String OVERRIDES = "/api/v1/budget/lines/2026-COMBAT/overrides";
    /** Requests of the finance department to spend 2.000.000 đ above its allocation: one waiting, one allowed. */
    static String pendingOverride;
    static String allowedOverride;
    /** A commitment of the finance department (allocated 1.000.000 đ on 2026-COMBAT), of 1.000 đ. */
    static String financeCommitment;

    static String commitment(String unit, String amount, String day, String reference) {
        return """
                {"unit":"%s","amount":{"dong":%s},"committedOn":"%s","reference":%s,"description":"Đầu vào sai"}"""
                .formatted(unit, amount, day, reference);
    }

    /** Stands for {@link #financeCommitment} in a body until it is sent. */
    static final String FINANCE_COMMITMENT = "{finance-commitment}";

    static String against(String unit, String amount, String commitmentId) {
        return """
                {"unit":"%s","amount":{"dong":%s},"spentOn":"2026-01-05","description":"Đầu vào sai","commitmentId":"%s"}"""
                .formatted(unit, amount, commitmentId);
    }

    static final List<Case> CASES = List.of(
            new Case("allocation of 0 đồng", "taichinh", "POST", () -> ALLOCATE, allocation("cong-an-tinh", "\"0\"", "\"x\""), 400, "allocation.amount.dong"),
            new Case("allocation of −1 đồng", "taichinh", "POST", () -> ALLOCATE, allocation("cong-an-tinh", "\"-1\"", "\"x\""), 400, "allocation.amount.dong"),
            // a fraction or a figure beyond int64 never reaches budget-service: the REST bridge's shape check refuses it
            // at the amount's own field (NOT_INTEGER, OUT_OF_RANGE) before protobuf's JSON parser reads the body
            new Case("fractional allocation", "taichinh", "POST", () -> ALLOCATE, allocation("cong-an-tinh", "\"1000.5\"", "\"x\""), 400, "allocation.amount.dong"),
            new Case("allocation as a JSON fraction", "taichinh", "POST", () -> ALLOCATE, allocation("cong-an-tinh", "1000.5", "\"x\""), 400, "allocation.amount.dong"),
            new Case("absurd allocation", "taichinh", "POST", () -> ALLOCATE, allocation("cong-an-tinh", "\"10000000000001\"", "\"x\""), 400, "allocation.amount.dong"),
            new Case("allocation beyond int64", "taichinh", "POST", () -> ALLOCATE, allocation("cong-an-tinh", "\"99999999999999999999\"", "\"x\""), 400, "allocation.amount.dong"),
            new Case("allocation above the line", "taichinh", "POST", () -> ALLOCATE, allocation("cong-an-tinh", "\"300000001\"", "\"x\""), 400, "allocation.amount.dong"),
            new Case("allocation to a unit code with accents", "taichinh", "POST", () -> ALLOCATE, allocation("Công An", "\"1000\"", "\"x\""), 400, "allocation.unit"),
            // units are checked in the unit registry (report-service, ADR 0004)
            new Case("allocation to a unit the registry does not know", "taichinh", "POST", () -> ALLOCATE,
                    allocation("so-khong-co", "\"1000\"", "\"x\""), 400, "allocation.unit"),
            new Case("2026 allocation to a district that ended in 2025", "taichinh", "POST", () -> ALLOCATE,
                    allocation("huyen-lai-vung", "\"1000\"", "\"x\""), 400, "allocation.unit"),
            new Case("allocation without a note", "taichinh", "POST", () -> ALLOCATE, allocation("cong-an-tinh", "\"1000\"", "\"\""), 400, "allocation.note"),
            new Case("allocation with a 2001-character note", "taichinh", "POST", () -> ALLOCATE,
                    allocation("cong-an-tinh", "\"1000\"", "\"" + "a".repeat(2001) + "\""), 400, "allocation.note"),
            new Case("allocation that is not JSON", "taichinh", "POST", () -> ALLOCATE, "{\"unit\":", 400, null),
            new Case("allocation of an unknown line", "taichinh", "POST", () -> "/api/v1/budget/lines/2031-COMBAT/allocations",
                    allocation("cong-an-tinh", "\"1000\"", "\"x\""), 404, null),
            new Case("approving an id that is not a UUID", "ubnd", "POST", () -> "/api/v1/budget/allocations/abc:approve", "{}", 400, "id"),
            new Case("approving an unknown allocation", "ubnd", "POST",
                    () -> "/api/v1/budget/allocations/3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c:approve", "{}", 404, null),
            new Case("approving twice", "ubnd", "POST", () -> "/api/v1/budget/allocations/" + approved + ":approve", "{}", 400, "id"),
            new Case("rejecting an approved allocation", "ubnd", "POST", () -> "/api/v1/budget/allocations/" + approved + ":reject",
                    "{\"note\":\"muộn\"}", 400, "id"),
            new Case("listing allocations of a bad status", "ubnd", "GET", () -> "/api/v1/budget/allocations?status=PAID", null, 400, null),
            new Case("listing allocations of year 'abc'", "ubnd", "GET", () -> "/api/v1/budget/allocations?year=abc", null, 400, null),
            new Case("spending of 0 đồng", "taichinh", "POST", () -> "/api/v1/budget/lines/2026-COMBAT/spending",
                    spending("so-tai-chinh", "\"0\"", "2026-01-05"), 400, "spending.amount.dong"),
            new Case("fractional spending", "taichinh", "POST", () -> "/api/v1/budget/lines/2026-COMBAT/spending",
                    spending("so-tai-chinh", "\"0.5\"", "2026-01-05"), 400, "spending.amount.dong"),
            new Case("spending outside the line's year", "taichinh", "POST", () -> "/api/v1/budget/lines/2026-COMBAT/spending",
                    spending("so-tai-chinh", "\"1000\"", "2025-12-31"), 400, "spending.spent_on"),
            new Case("spending in the future", "taichinh", "POST", () -> "/api/v1/budget/lines/2026-COMBAT/spending",
                    spending("so-tai-chinh", "\"1000\"", "2099-01-01"), 400, "spending.spent_on"),
            new Case("spending on a day that does not exist", "taichinh", "POST", () -> "/api/v1/budget/lines/2026-COMBAT/spending",
                    spending("so-tai-chinh", "\"1000\"", "2026-02-30"), 400, "spending.spent_on"),
            new Case("spending of another unit", "ketoan.congan", "POST", () -> "/api/v1/budget/lines/2026-COMBAT/spending",
                    spending("so-tai-chinh", "\"1000\"", "2026-01-05"), 404, null),
            new Case("spending above the unit's allocation", "taichinh", "POST", () -> SPEND,
                    spending("so-tai-chinh", "\"1000001\"", "2026-01-05"), 400, "spending.amount.dong"),
            new Case("spending of a unit with no allocation", "ketoan.congan", "POST", () -> SPEND,
                    spending("cong-an-tinh", "\"1\"", "2026-01-05"), 400, "spending.amount.dong"),
            new Case("spending against a commitment id that is not a UUID", "taichinh", "POST", () -> SPEND,
                    against("so-tai-chinh", "\"1\"", "abc"), 400, "spending.commitment_id"),
            new Case("spending above what the commitment has left", "taichinh", "POST", () -> SPEND,
                    against("so-tai-chinh", "\"1001\"", FINANCE_COMMITMENT), 400, "spending.amount.dong"),
            new Case("spending against another unit's commitment", "ketoan.congan", "POST", () -> SPEND,
                    against("cong-an-tinh", "\"1\"", FINANCE_COMMITMENT), 404, null),
            new Case("spending against an unknown commitment", "taichinh", "POST", () -> SPEND,
                    against("so-tai-chinh", "\"1\"", "3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c"), 404, null),
            new Case("commitment of 0 đồng", "taichinh", "POST", () -> COMMIT,
                    commitment("so-tai-chinh", "\"0\"", "2026-01-05", "\"HĐ-1\""), 400, "commitment.amount.dong"),
            new Case("fractional commitment", "taichinh", "POST", () -> COMMIT,
                    commitment("so-tai-chinh", "\"10.5\"", "2026-01-05", "\"HĐ-1\""), 400, "commitment.amount.dong"),
            new Case("absurd commitment", "taichinh", "POST", () -> COMMIT,
                    commitment("so-tai-chinh", "\"10000000000001\"", "2026-01-05", "\"HĐ-1\""), 400, "commitment.amount.dong"),
            new Case("commitment above the unit's allocation", "taichinh", "POST", () -> COMMIT,
                    commitment("so-tai-chinh", "\"1000000\"", "2026-01-05", "\"HĐ-1\""), 400, "commitment.amount.dong"),
            new Case("commitment outside the line's year", "taichinh", "POST", () -> COMMIT,
                    commitment("so-tai-chinh", "\"1\"", "2025-12-31", "\"HĐ-1\""), 400, "commitment.committed_on"),
            new Case("commitment in the future", "taichinh", "POST", () -> COMMIT,
                    commitment("so-tai-chinh", "\"1\"", "2099-01-01", "\"HĐ-1\""), 400, "commitment.committed_on"),
            new Case("commitment without a reference", "taichinh", "POST", () -> COMMIT,
                    commitment("so-tai-chinh", "\"1\"", "2026-01-05", "\"\""), 400, "commitment.reference"),
            new Case("commitment of another unit", "ketoan.congan", "POST", () -> COMMIT,
                    commitment("so-tai-chinh", "\"1\"", "2026-01-05", "\"HĐ-1\""), 404, null),
            new Case("override of 0 đồng", "taichinh", "POST", () -> OVERRIDES,
                    spending("so-tai-chinh", "\"0\"", "2026-01-05"), 400, "spending.amount.dong"),
            new Case("fractional override", "taichinh", "POST", () -> OVERRIDES,
                    spending("so-tai-chinh", "\"2000000.5\"", "2026-01-05"), 400, "spending.amount.dong"),
            new Case("override in the future", "taichinh", "POST", () -> OVERRIDES,
                    spending("so-tai-chinh", "\"2000000\"", "2099-01-05"), 400, "spending.spent_on"),
            new Case("override outside the line's year", "taichinh", "POST", () -> OVERRIDES,
                    spending("so-tai-chinh", "\"2000000\"", "2025-01-05"), 400, "spending.spent_on"),
            new Case("override against a commitment", "taichinh", "POST", () -> OVERRIDES,
                    against("so-tai-chinh", "\"2000000\"", FINANCE_COMMITMENT), 400, "spending.commitment_id"),
            new Case("override of spending that fits the allocation", "taichinh", "POST",
                    () -> "/api/v1/budget/lines/2026-EQUIPMENT/overrides", spending("so-tai-chinh", "\"1\"", "2026-01-05"), 400, null),
            new Case("override above what the line plans", "taichinh", "POST", () -> OVERRIDES,
                    spending("so-tai-chinh", "\"300000001\"", "2026-01-05"), 400, "spending.amount.dong"),
            new Case("override of another unit", "ketoan.congan", "POST", () -> OVERRIDES,
                    spending("so-tai-chinh", "\"2000000\"", "2026-01-05"), 404, null),
            new Case("allowing an override without a reason", "ubnd", "POST",
                    () -> "/api/v1/budget/overrides/" + pendingOverride + ":approve", "{}", 400, "reason"),
            new Case("allowing an override with a 2001-character reason", "ubnd", "POST",
                    () -> "/api/v1/budget/overrides/" + pendingOverride + ":approve",
                    "{\"reason\":\"" + "a".repeat(2001) + "\"}", 400, "reason"),
            new Case("the spender allowing their own override", "taichinh", "POST",
                    () -> "/api/v1/budget/overrides/" + pendingOverride + ":approve", "{\"reason\":\"tự cho phép\"}", 403, null),
            new Case("allowing an override twice", "ubnd", "POST",
                    () -> "/api/v1/budget/overrides/" + allowedOverride + ":approve", "{\"reason\":\"lần nữa\"}", 400, "id"),
            new Case("refusing an allowed override", "ubnd", "POST",
                    () -> "/api/v1/budget/overrides/" + allowedOverride + ":reject", "{\"reason\":\"muộn\"}", 400, "id"),
            new Case("refusing an override without a reason", "ubnd", "POST",
                    () -> "/api/v1/budget/overrides/" + pendingOverride + ":reject", "{\"reason\":\" \"}", 400, "reason"),
            new Case("allowing an override whose id is not a UUID", "ubnd", "POST",
                    () -> "/api/v1/budget/overrides/abc:approve", "{\"reason\":\"x\"}", 400, "id"),
            new Case("allowing an unknown override", "ubnd", "POST",
                    () -> "/api/v1/budget/overrides/3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c:approve", "{\"reason\":\"x\"}", 404, null),
            new Case("listing overrides of a bad status", "ubnd", "GET", () -> "/api/v1/budget/overrides?status=PAID", null, 400, null),
            new Case("execution of a year outside the plan", "ubnd", "GET", () -> "/api/v1/budget/execution?year=2031", null, 400, "year"),
            new Case("execution without a year", "ubnd", "GET", () -> "/api/v1/budget/execution", null, 400, "year"),
            new Case("execution of year 'abc'", "ubnd", "GET", () -> "/api/v1/budget/execution?year=abc", null, 400, null),
            new Case("execution cut off on a day written 14/06/2025", "ubnd", "GET",
                    () -> "/api/v1/budget/execution?year=2025&to=14/06/2025", null, 400, "to"),
            new Case("execution cut off on a day of another year", "baocao.caolanh", "GET",
                    () -> "/api/v1/budget/execution?year=2025&unit=huyen-cao-lanh&to=2026-01-01", null, 400, "to"),
            new Case("execution of a line of another year", "ubnd", "GET",
                    () -> "/api/v1/budget/execution?year=2026&lineId=2025-COMBAT", null, 404, null),
            new Case("the execution workbook of a year outside the plan", "ubnd", "GET",
                    () -> "/api/v1/budget/execution:export?year=2031", null, 400, "year"),
            new Case("the execution workbook without a year", "ketoan.congan", "GET",
                    () -> "/api/v1/budget/execution:export", null, 400, "year"),
            new Case("the execution workbook of year 'abc'", "ubnd", "GET",
                    () -> "/api/v1/budget/execution:export?year=abc", null, 400, null),
            new Case("the execution workbook of a line that does not exist", "ubnd", "GET",
                    () -> "/api/v1/budget/execution:export?year=2026&lineId=2026-NOTHING", null, 404, null),
            new Case("lines of year 'abc'", "ubnd", "GET", () -> "/api/v1/budget/lines?year=abc", null, 400, null),
            new Case("a line that does not exist", "ubnd", "GET", () -> "/api/v1/budget/lines/2026-NOTHING", null, 404, null),
            new Case("a line id with an injection string", "ubnd", "GET", () -> "/api/v1/budget/lines/x'%20or%20'1'='1",
                    null, 404, null),
            new Case("commitments of year 'abc'", "ubnd", "GET", () -> "/api/v1/budget/commitments?year=abc", null, 400, null));

    // Transfers, revisions and carry-forwards (issue #12 item 5), on 2026-COMBAT and 2026-EQUIPMENT.
    static final String TRANSFERS = "/api/v1/budget/transfers";
    /** A transfer waiting for approval, and one approved, both requested by the finance department's planner. */
    static String pendingChange;
    static String approvedChange;

    static String transfer(String fromLine, String fromUnit, String toLine, String toUnit, String amount, String note) {
        return """
                {"fromLineId":"%s","fromUnit":"%s","toLineId":"%s","toUnit":"%s","amount":{"dong":%s},"note":%s}"""
                .formatted(fromLine, fromUnit, toLine, toUnit, amount, note);
    }

    static final List<Case> CHANGE_CASES = List.of(
            new Case("transfer of 0 đồng", "taichinh", "POST", () -> TRANSFERS,
                    transfer("2026-COMBAT", "", "2026-EQUIPMENT", "", "\"0\"", "\"x\""), 400, "transfer.amount.dong"),
            new Case("transfer of −5 đồng", "taichinh", "POST", () -> TRANSFERS,
                    transfer("2026-COMBAT", "", "2026-EQUIPMENT", "", "\"-5\"", "\"x\""), 400, "transfer.amount.dong"),
            new Case("fractional transfer", "taichinh", "POST", () -> TRANSFERS,
                    transfer("2026-COMBAT", "", "2026-EQUIPMENT", "", "\"10.5\"", "\"x\""), 400, "transfer.amount.dong"),
            new Case("absurd transfer", "taichinh", "POST", () -> TRANSFERS,
                    transfer("2026-COMBAT", "", "2026-EQUIPMENT", "", "\"10000000000001\"", "\"x\""), 400, "transfer.amount.dong"),
            new Case("transfer above what the line has free", "taichinh", "POST", () -> TRANSFERS,
                    transfer("2026-COMBAT", "", "2026-EQUIPMENT", "", "\"300000001\"", "\"x\""), 400, "transfer.amount.dong"),
            new Case("transfer to the same unit of the same line", "taichinh", "POST", () -> TRANSFERS,
                    transfer("2026-COMBAT", "so-tai-chinh", "2026-COMBAT", "so-tai-chinh", "\"1\"", "\"x\""), 400, "transfer.to_unit"),
            new Case("transfer within a line without units", "taichinh", "POST", () -> TRANSFERS,
                    transfer("2026-COMBAT", "", "2026-COMBAT", "", "\"1\"", "\"x\""), 400, "transfer.from_unit"),
            new Case("transfer to another year", "taichinh", "POST", () -> TRANSFERS,
                    transfer("2026-COMBAT", "", "2025-COMBAT", "", "\"1\"", "\"x\""), 400, "transfer.to_line_id"),
            new Case("transfer without a note", "taichinh", "POST", () -> TRANSFERS,
                    transfer("2026-COMBAT", "", "2026-EQUIPMENT", "", "\"1\"", "\"\""), 400, "transfer.note"),
            new Case("transfer from a unit code with accents", "taichinh", "POST", () -> TRANSFERS,
                    transfer("2026-COMBAT", "Công An", "2026-EQUIPMENT", "", "\"1\"", "\"x\""), 400, "transfer.from_unit"),
            new Case("transfer from an unknown line", "taichinh", "POST", () -> TRANSFERS,
                    transfer("2031-COMBAT", "", "2026-EQUIPMENT", "", "\"1\"", "\"x\""), 404, null),
            new Case("transfer from an unknown funding source", "taichinh", "POST", () -> TRANSFERS, """
                    {"fromLineId":"2026-COMBAT","toLineId":"2026-EQUIPMENT","amount":{"dong":"1"},"fundingSource":"WORLD_BANK","note":"x"}""",
                    400, "transfer.funding_source"),
            new Case("transfer by a spender", "ketoan.congan", "POST", () -> TRANSFERS,
                    transfer("2026-COMBAT", "", "2026-EQUIPMENT", "", "\"1\"", "\"x\""), 403, null),
            new Case("revision without a direction", "taichinh", "POST", () -> "/api/v1/budget/lines/2026-COMBAT/revisions",
                    "{\"amount\":{\"dong\":\"1\"},\"note\":\"x\"}", 400, "revision.direction"),
            new Case("revision down below what the line allocated", "taichinh", "POST",
                    () -> "/api/v1/budget/lines/2026-COMBAT/revisions",
                    "{\"direction\":\"DECREASE\",\"amount\":{\"dong\":\"300000000\"},\"note\":\"x\"}", 400, "revision.amount.dong"),
            new Case("revision of an unknown line", "taichinh", "POST", () -> "/api/v1/budget/lines/2031-COMBAT/revisions",
                    "{\"direction\":\"INCREASE\",\"amount\":{\"dong\":\"1\"},\"note\":\"x\"}", 404, null),
            new Case("carry-forward from the plan's last year", "taichinh", "POST",
                    () -> "/api/v1/budget/lines/2026-COMBAT/carry-forwards",
                    "{\"unit\":\"so-tai-chinh\",\"amount\":{\"dong\":\"1\"},\"note\":\"x\"}", 400, "line_id"),
            new Case("carry-forward of more than the unit has unspent", "taichinh", "POST",
                    () -> "/api/v1/budget/lines/2025-COMBAT/carry-forwards",
                    "{\"unit\":\"phuong-my-tho\",\"amount\":{\"dong\":\"1\"},\"note\":\"x\"}", 400, "carry_forward.amount.dong"),
            new Case("carry-forward of a district into the year after the districts ended", "taichinh", "POST",
                    () -> "/api/v1/budget/lines/2025-COMBAT/carry-forwards",
                    "{\"unit\":\"huyen-lai-vung\",\"amount\":{\"dong\":\"1\"},\"note\":\"x\"}", 400, "carry_forward.unit"),
            new Case("carry-forward of a unit the registry does not know", "taichinh", "POST",
                    () -> "/api/v1/budget/lines/2025-COMBAT/carry-forwards",
                    "{\"unit\":\"huyen-khong-co\",\"amount\":{\"dong\":\"1\"},\"note\":\"x\"}", 400, "carry_forward.unit"),
            new Case("carry-forward without a unit", "taichinh", "POST", () -> "/api/v1/budget/lines/2025-COMBAT/carry-forwards",
                    "{\"amount\":{\"dong\":\"1\"},\"note\":\"x\"}", 400, "carry_forward.unit"),
            new Case("the requester approving their own change", "taichinh", "POST",
                    () -> "/api/v1/budget/changes/" + pendingChange + ":approve", "{}", 403, null),
            new Case("approving a change twice", "ubnd", "POST",
                    () -> "/api/v1/budget/changes/" + approvedChange + ":approve", "{}", 400, "id"),
            new Case("rejecting an approved change", "ubnd", "POST",
                    () -> "/api/v1/budget/changes/" + approvedChange + ":reject", "{\"note\":\"muộn\"}", 400, "id"),
            new Case("rejecting a change without a reason", "ubnd", "POST",
                    () -> "/api/v1/budget/changes/" + pendingChange + ":reject", "{\"note\":\" \"}", 400, "note"),
            new Case("approving a change whose id is not a UUID", "ubnd", "POST",
                    () -> "/api/v1/budget/changes/abc:approve", "{}", 400, "id"),
            new Case("approving an unknown change", "ubnd", "POST",
                    () -> "/api/v1/budget/changes/3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c:approve", "{}", 404, null),
            new Case("another unit's change", "ketoan.congan", "GET", () -> "/api/v1/budget/changes/" + pendingChange, null, 404, null),
            new Case("listing changes of a bad kind", "ubnd", "GET", () -> "/api/v1/budget/changes?kind=GIFT", null, 400, null),
            new Case("the plan of a year outside the plan", "ubnd", "GET", () -> "/api/v1/budget/years/2031/plan", null, 400, "year"),
            new Case("the plan of year 'abc'", "ubnd", "GET", () -> "/api/v1/budget/years/abc/plan", null, 400, null));

    @TestFactory
    Stream<DynamicTest> badTransfersRevisionsAndCarryForwardsAreRefusedWithAFieldErrorAndNeverA5xx() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : CHANGE_CASES) {
            tests.add(DynamicTest.dynamicTest(c.name() + " → " + c.status(), () -> {
                String path = c.path().get();
                var answer = as(c.user()).send(c.method(), path, c.body());
                Proofs.badInput(c.user(), c.method(), path, answer.statusCode());
                assertThat(answer.statusCode()).as(c + ": " + answer.body()).isEqualTo(c.status());
                assertThat(answer.body()).as(c.name()).doesNotContain("Exception", "at vn.lachan");
                if (c.field() != null) {
                    assertThat(answer.body()).as(c.name()).contains("\"field\":\"" + c.field() + "\"");
                }
            }));
        }
        return tests.stream();
    }

    static void prepareChanges() {
        pendingChange = id(as("taichinh").post(TRANSFERS,
                transfer("2026-EQUIPMENT", "", "2026-COMBAT", "", "\"1000\"", "\"Đầu vào sai\"")));
        approvedChange = id(as("taichinh").post(TRANSFERS,
                transfer("2026-EQUIPMENT", "", "2026-COMBAT", "", "\"1000\"", "\"Đầu vào sai\"")));
        assertThat(as("ubnd").post("/api/v1/budget/changes/" + approvedChange + ":approve", "{}").statusCode()).isEqualTo(200);
    }

    @BeforeAll
    static void prepare() throws Exception {
        stack = SharedStack.get();
        approved = id(as("taichinh").post(ALLOCATE, allocation("cong-an-tinh-pa05", "\"1000\"", "\"Đầu vào sai\"")));
        assertThat(as("ubnd").post("/api/v1/budget/allocations/" + approved + ":approve", "{}").statusCode()).isEqualTo(200);
        String finance = id(as("taichinh").post(ALLOCATE, allocation("so-tai-chinh", "\"1000000\"", "\"Đầu vào sai\"")));
        assertThat(as("ubnd").post("/api/v1/budget/allocations/" + finance + ":approve", "{}").statusCode()).isEqualTo(200);
        financeCommitment = id(as("taichinh").post(COMMIT, commitment("so-tai-chinh", "\"1000\"", "2026-01-05", "\"HĐ-0\"")));
        String equipment = id(as("taichinh").post("/api/v1/budget/lines/2026-EQUIPMENT/allocations",
                allocation("so-tai-chinh", "\"1000000\"", "\"Đầu vào sai\"")));
        assertThat(as("ubnd").post("/api/v1/budget/allocations/" + equipment + ":approve", "{}").statusCode()).isEqualTo(200);
        pendingOverride = id(as("taichinh").post(OVERRIDES, spending("so-tai-chinh", "\"2000000\"", "2026-01-05")));
        allowedOverride = id(as("taichinh").post(OVERRIDES, spending("so-tai-chinh", "\"2000000\"", "2026-01-05")));
        assertThat(as("ubnd").post("/api/v1/budget/overrides/" + allowedOverride + ":approve", "{\"reason\":\"Cấp bách\"}")
                .statusCode()).isEqualTo(200);
        prepareChanges();
        before = rows();
    }

    @TestFactory
    Stream<DynamicTest> badInputIsRefusedWithAFieldErrorAndNeverA5xx() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : CASES) {
            tests.add(DynamicTest.dynamicTest(c.name() + " → " + c.status(), () -> {
                String body = c.body() == null ? null : c.body().replace(FINANCE_COMMITMENT, financeCommitment);
                String path = c.path().get();
                var answer = as(c.user()).send(c.method(), path, body);
                Proofs.badInput(c.user(), c.method(), path, answer.statusCode());
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
        assertThat(rows()).as("allocations, commitments, spendings, overrides, audit entries").containsExactly(before);
    }

    /** Rows of the tables a budget write touches. */
    static long[] rows() throws SQLException {
        var db = stack.postgres();
        try (Connection c = DriverManager.getConnection(db.database("lachan_budget"), db.user(), db.password())) {
            String[] tables = {"allocations", "commitments", "spendings", "spending_overrides", "audit_log",
                    "budget_changes", "budget_change_movements", "line_funding"};
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
