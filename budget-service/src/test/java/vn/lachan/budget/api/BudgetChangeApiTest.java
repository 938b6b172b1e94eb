package vn.lachan.budget.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.MovableClock;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * Transfers, revisions and carry-forwards over REST against a real PostgreSQL and Keycloak, on a database of their
 * own (they change what years plan, which the other tests read as Appendix 2). After every test each year's lines add
 * up to its plan from history, no line allocates or uses more than it plans and no allocation is below zero.
 */
@RealInfrastructure(database = "lachan_budget_changes", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=budget-change-test"})
class BudgetChangeApiTest {

    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();
    /** The service's clock: real time, or set to an instant by a test that needs one (and put back after it). */
    static final MovableClock CLOCK = new MovableClock();

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }
    static final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int httpPort;
    @Autowired
    JdbcClient jdbc;

    HttpApi as(String user) {
        return HttpApi.at(httpPort).as(issuer.userToken(user));
    }

    static JsonNode body(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    long planned(String line) {
        return body(as("ubnd").get("/api/v1/budget/lines/" + line)).path("planned").path("dong").asLong();
    }

    long allocated(String line, String unit) {
        return jdbc.sql("select coalesce(sum(amount_dong), 0) from allocations where line_id = :l and unit = :u and status = 'APPROVED'")
                .param("l", line).param("u", unit).query(Long.class).single();
    }

    void allocate(String line, String unit, long dong) {
        String id = body(as("taichinh").post("/api/v1/budget/lines/" + line + "/allocations", """
                {"unit":"%s","amount":{"dong":"%d"},"note":"Bố trí"}""".formatted(unit, dong))).get("id").asString();
        body(as("ubnd").post("/api/v1/budget/allocations/" + id + ":approve", "{}"));
    }

    static String transfer(String fromLine, String fromUnit, String toLine, String toUnit, long dong) {
        return """
                {"fromLineId":"%s","fromUnit":"%s","toLineId":"%s","toUnit":"%s","amount":{"dong":"%d"},"note":"Điều chuyển"}"""
                .formatted(fromLine, fromUnit, toLine, toUnit, dong);
    }

    long rows() {
        return jdbc.sql("select (select count(*) from budget_changes) + (select count(*) from allocations)"
                + " + (select count(*) from line_funding) + (select count(*) from budget_change_movements)")
                .query(Long.class).single();
    }

    @AfterEach
    void theBooksStillAddUp() {
        for (int year = 2022; year <= 2026; year++) {
            JsonNode plan = body(as("kiemtoan").get("/api/v1/budget/years/" + year + "/plan"));
            assertThat(plan.get("reconciled").asBoolean()).as(plan.toString()).isTrue();
            assertThat(plan.path("linesTotal").path("dong").asLong()).isEqualTo(plan.path("planned").path("dong").asLong());
        }
        assertThat(jdbc.sql("""
                select count(*) from budget_lines l where
                  (select coalesce(sum(amount_dong), 0) from allocations a where a.line_id = l.id and a.status = 'APPROVED')
                    > line_planned_dong(l.id) or line_used_dong(l.id) > line_planned_dong(l.id)""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from (select line_id, unit from allocations where status = 'APPROVED'
                group by 1, 2 having sum(amount_dong) < 0) x""").query(Long.class).single()).isZero();
    }

    @Test
    void aTransferBetweenLinesMovesThePlanOnlyOnApprovalByAnotherPersonAndKeepsTheYearsTotal() {
        long year = body(as("ubnd").get("/api/v1/budget/lines?year=2024")).path("totalPlanned").path("dong").asLong();
        String key = UUID.randomUUID().toString();
        String sent = """
                {"fromLineId":"2024-COMBAT","toLineId":"2024-EQUIPMENT","amount":{"dong":"50000000"},"note":"Mua thiết bị"}""";
        var first = as("taichinh").post("/api/v1/budget/transfers", sent, key);
        assertThat(as("taichinh").post("/api/v1/budget/transfers", sent, key).body()).isEqualTo(first.body());
        JsonNode requested = body(first);
        String id = requested.get("id").asString();
        assertThat(requested.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(requested.get("fundingSource").asString()).isEqualTo("PROVINCIAL");
        assertThat(planned("2024-COMBAT")).as("a request moves nothing").isEqualTo(300_000_000L);

        assertThat(as("taichinh").post("/api/v1/budget/changes/" + id + ":approve", "{}").statusCode()).isEqualTo(403);
        JsonNode approved = body(as("ubnd").post("/api/v1/budget/changes/" + id + ":approve", "{\"note\":\"Đồng ý\"}"));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("movements")).hasSize(2);
        assertThat(approved.get("movements").get(0).path("delta").path("dong").asLong()).isEqualTo(-50_000_000L);
        assertThat(approved.get("movements").get(0).path("after").path("dong").asLong()).isEqualTo(250_000_000L);
        assertThat(planned("2024-COMBAT")).isEqualTo(250_000_000L);
        assertThat(planned("2024-EQUIPMENT")).isEqualTo(150_000_000L);
        assertThat(body(as("ubnd").get("/api/v1/budget/lines?year=2024")).path("totalPlanned").path("dong").asLong())
                .isEqualTo(year);

        var twice = as("ubnd").post("/api/v1/budget/changes/" + id + ":approve", "{}");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("\"field\":\"id\"", "ALREADY_DECIDED", "đã được phê duyệt", "already approved");
        assertThat(planned("2024-COMBAT")).isEqualTo(250_000_000L);
        assertThat(jdbc.sql("select action from audit_log where record_id = :id order by id").param("id", id)
                .query(String.class).list()).containsExactly("CREATE", "APPROVE");
        assertThat(body(as("kiemtoan").get("/api/v1/budget/changes/" + id)).get("movements")).hasSize(2);
    }

    @Test
    void unitsTradeOnlyUnspentAllocationAndASpenderSeesOnlyTheirOwnUnitsChanges() {
        allocate("2023-COMBAT", "huyen-lai-vung", 100_000_000);
        var above = as("taichinh").post("/api/v1/budget/transfers",
                transfer("2023-COMBAT", "huyen-lai-vung", "2023-COMBAT", "so-tttt", 100_000_001), null);
        assertThat(above.statusCode()).isEqualTo(400);
        assertThat(above.body()).contains("\"field\":\"transfer.amount.dong\"", "ABOVE_AVAILABLE");
        String id = body(as("taichinh").post("/api/v1/budget/transfers",
                transfer("2023-COMBAT", "huyen-lai-vung", "2023-COMBAT", "so-tttt", 40_000_000), null)).get("id").asString();
        body(as("ubnd").post("/api/v1/budget/changes/" + id + ":approve", "{}"));
        assertThat(allocated("2023-COMBAT", "huyen-lai-vung")).isEqualTo(60_000_000L);
        assertThat(allocated("2023-COMBAT", "so-tttt")).isEqualTo(40_000_000L);
        assertThat(planned("2023-COMBAT")).isEqualTo(300_000_000L);
        JsonNode rows = body(as("kiemtoan").get("/api/v1/budget/allocations?lineId=2023-COMBAT&unit=huyen-lai-vung"));
        assertThat(rows.get("allocations")).anySatisfy(a -> {
            assertThat(a.path("amount").path("dong").asLong()).isEqualTo(-40_000_000L);
            assertThat(a.get("changeId").asString()).isEqualTo(id);
        });
        // ketoan.congan is a spender of cong-an-tinh: the change is none of theirs
        assertThat(as("ketoan.congan").get("/api/v1/budget/changes/" + id).statusCode()).isEqualTo(404);
        assertThat(body(as("ketoan.congan").get("/api/v1/budget/changes")).path("changes")).isEmpty();
        assertThat(as("ubnd").get("/api/v1/budget/changes/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void aRevisionChangesTheYearsPlanExplicitlyAndACarryForwardMovesOnlyUnspentAllocation() {
        String up = body(as("taichinh").post("/api/v1/budget/lines/2022-MANAGEMENT/revisions",
                "{\"direction\":\"INCREASE\",\"amount\":{\"dong\":\"25000000\"},\"note\":\"QĐ điều chỉnh\"}")).get("id").asString();
        body(as("ubnd").post("/api/v1/budget/changes/" + up + ":approve", "{}"));
        JsonNode plan = body(as("ubnd").get("/api/v1/budget/years/2022/plan"));
        assertThat(plan.path("appendix").path("dong").asLong()).isEqualTo(850_000_000L);
        assertThat(plan.path("revisedUp").path("dong").asLong()).isEqualTo(25_000_000L);
        assertThat(plan.path("linesTotal").path("dong").asLong()).isEqualTo(875_000_000L);

        allocate("2022-PREVENTION", "cong-an-tinh", 100_000_000);
        jdbc.sql("""
                insert into spendings (id, line_id, unit, amount_dong, spent_on, description, created_at, created_by,
                    updated_at, updated_by)
                values (gen_random_uuid(), '2022-PREVENTION', 'cong-an-tinh', 30000000, '2022-06-01', 'Tuyên truyền', now(),
                    'test', now(), 'test')""").update();
        var tooMuch = as("taichinh").post("/api/v1/budget/lines/2022-PREVENTION/carry-forwards",
                "{\"unit\":\"cong-an-tinh\",\"amount\":{\"dong\":\"70000001\"},\"note\":\"Chuyển nguồn\"}", null);
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("\"field\":\"carry_forward.amount.dong\"");
        String carried = body(as("taichinh").post("/api/v1/budget/lines/2022-PREVENTION/carry-forwards",
                "{\"unit\":\"cong-an-tinh\",\"amount\":{\"dong\":\"70000000\"},\"note\":\"Chuyển nguồn\"}")).get("id").asString();
        JsonNode approved = body(as("ubnd").post("/api/v1/budget/changes/" + carried + ":approve", "{}"));
        assertThat(approved.get("toLineId").asString()).isEqualTo("2023-PREVENTION");
        assertThat(approved.get("movements")).hasSize(4);
        assertThat(allocated("2022-PREVENTION", "cong-an-tinh")).isEqualTo(30_000_000L);
        assertThat(allocated("2023-PREVENTION", "cong-an-tinh")).isEqualTo(70_000_000L);
        assertThat(body(as("ubnd").get("/api/v1/budget/years/2022/plan")).path("carriedOut").path("dong").asLong())
                .isEqualTo(70_000_000L);
        assertThat(body(as("ubnd").get("/api/v1/budget/years/2023/plan")).path("carriedIn").path("dong").asLong())
                .isEqualTo(70_000_000L);

        var last = as("taichinh").post("/api/v1/budget/lines/2026-PREVENTION/carry-forwards",
                "{\"unit\":\"cong-an-tinh\",\"amount\":{\"dong\":\"1\"},\"note\":\"x\"}", null);
        assertThat(last.statusCode()).isEqualTo(400);
        assertThat(last.body()).contains("\"field\":\"line_id\"", "NO_NEXT_YEAR");
    }

    /** A line's funding shares, by source, in đồng. */
    static java.util.Map<String, Long> shares(JsonNode line) {
        java.util.Map<String, Long> bySource = new java.util.TreeMap<>();
        for (JsonNode share : line.get("funding")) {
            bySource.put(share.get("source").asString(), share.path("amount").path("dong").asLong());
        }
        return bySource;
    }

    long linesTotal(int year) {
        return body(as("kiemtoan").get("/api/v1/budget/years/" + year + "/plan")).path("linesTotal").path("dong").asLong();
    }

    @Test
    void aLineFundedByTheProvinceAndTheCentreHoldsBothSharesAndMoneyLeavesOnlyFromTheSourceNamed() {
        // issue #12 item 1: central funding added to 2026-MANAGEMENT (150 million from the province in Appendix 2)
        long year = linesTotal(2026);
        String central = body(as("taichinh").post("/api/v1/budget/lines/2026-MANAGEMENT/revisions", """
                {"direction":"INCREASE","amount":{"dong":"250000000"},"fundingSource":"CENTRAL",
                 "note":"QĐ bổ sung kinh phí Trung ương cho chỉ đạo, điều hành"}""")).get("id").asString();
        body(as("ubnd").post("/api/v1/budget/changes/" + central + ":approve", "{}"));
        JsonNode management = body(as("ubnd").get("/api/v1/budget/lines/2026-MANAGEMENT"));
        assertThat(shares(management)).containsExactlyEntriesOf(new java.util.TreeMap<>(
                java.util.Map.of("CENTRAL", 250_000_000L, "PROVINCIAL", 150_000_000L)));
        assertThat(management.path("planned").path("dong").asLong()).as("the sum of its shares").isEqualTo(400_000_000L);
        assertThat(linesTotal(2026)).isEqualTo(year + 250_000_000L);

        // the line has money from two sources now: moving some of it names which
        long before = rows();
        var unnamed = as("taichinh").post("/api/v1/budget/transfers",
                transfer("2026-MANAGEMENT", "", "2026-COMBAT", "", 100_000_000), null);
        assertThat(unnamed.statusCode()).as(unnamed.body()).isEqualTo(400);
        assertThat(unnamed.body()).contains("\"field\":\"transfer.funding_source\"", "REQUIRED", "nhiều nguồn",
                "several sources");
        assertThat(rows()).as("nothing written").isEqualTo(before);
        String moved = body(as("taichinh").post("/api/v1/budget/transfers", """
                {"fromLineId":"2026-MANAGEMENT","toLineId":"2026-COMBAT","amount":{"dong":"100000000"},
                 "fundingSource":"CENTRAL","note":"Điều chuyển kinh phí Trung ương sang đấu tranh"}""")).get("id").asString();
        JsonNode approved = body(as("ubnd").post("/api/v1/budget/changes/" + moved + ":approve", "{}"));
        assertThat(approved.get("movements")).hasSize(2)
                .allSatisfy(m -> assertThat(m.get("fundingSource").asString()).isEqualTo("CENTRAL"));
        assertThat(shares(body(as("ubnd").get("/api/v1/budget/lines/2026-MANAGEMENT"))))
                .containsEntry("CENTRAL", 150_000_000L).containsEntry("PROVINCIAL", 150_000_000L);
        assertThat(shares(body(as("ubnd").get("/api/v1/budget/lines/2026-COMBAT"))))
                .containsEntry("CENTRAL", 100_000_000L).containsEntry("PROVINCIAL", 300_000_000L);
        assertThat(linesTotal(2026)).as("a transfer keeps the year's total").isEqualTo(year + 250_000_000L);

        // one đồng more central money than the line still holds cannot leave it, though its plan is larger
        long afterMove = rows();
        var tooMuch = as("taichinh").post("/api/v1/budget/transfers", """
                {"fromLineId":"2026-MANAGEMENT","toLineId":"2026-COMBAT","amount":{"dong":"150000001"},
                 "fundingSource":"CENTRAL","note":"Quá nguồn"}""", null);
        assertThat(tooMuch.statusCode()).as(tooMuch.body()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("\"field\":\"transfer.amount.dong\"", "CENTRAL", "150.000.000 đ");
        var noSuchShare = as("taichinh").post("/api/v1/budget/transfers", """
                {"fromLineId":"2026-EQUIPMENT","toLineId":"2026-COMBAT","amount":{"dong":"1"},
                 "fundingSource":"CENTRAL","note":"Không có nguồn này"}""", null);
        assertThat(noSuchShare.statusCode()).as(noSuchShare.body()).isEqualTo(400);
        assertThat(noSuchShare.body()).contains("\"field\":\"transfer.funding_source\"", "NOT_ON_LINE");
        assertThat(rows()).isEqualTo(afterMove);
    }

    @Test
    void aCarryForwardIsRefusedUntilTheYearIsOverInVietnamAndThenRequestedAndApproved() {
        Instant lastMinute = Instant.parse("2025-12-31T16:59:00Z"); // 23:59 on 31/12/2025 in Vietnam
        Instant newYear = Instant.parse("2025-12-31T17:00:00Z"); // 00:00 on 01/01/2026 there, still 31 Dec in UTC
        try {
            CLOCK.set(lastMinute);
            allocate("2025-PREVENTION", "so-khcn", 10_000_000);
            long before = rows();
            var early = as("taichinh").post("/api/v1/budget/lines/2025-PREVENTION/carry-forwards",
                    "{\"unit\":\"so-khcn\",\"amount\":{\"dong\":\"3000000\"},\"note\":\"Chuyển nguồn\"}", null);
            assertThat(early.statusCode()).as(early.body()).isEqualTo(400);
            assertThat(early.body()).contains("\"field\":\"line_id\"", "YEAR_NOT_OVER", "năm 2025 đã kết thúc",
                    "once 2025 is over", "31/12/2025");
            assertThat(rows()).as("nothing written").isEqualTo(before);

            // a request kept from before the rule: approving it still waits for the end of the year
            UUID kept = UUID.randomUUID();
            jdbc.sql("""
                    insert into budget_changes (id, kind, year, from_line_id, from_unit, to_line_id, to_unit,
                        funding_source, amount_dong, note, status, requested_by, requested_at)
                    values (:id, 'CARRY_FORWARD', 2025, '2025-PREVENTION', 'so-khcn', '2026-PREVENTION',
                        'so-khcn', 'PROVINCIAL', 4000000, 'Chuyển nguồn', 'REQUESTED', 'taichinh', '2025-12-20T03:00:00Z')""")
                    .param("id", kept).update();
            var approvedEarly = as("ubnd").post("/api/v1/budget/changes/" + kept + ":approve", "{}");
            assertThat(approvedEarly.statusCode()).as(approvedEarly.body()).isEqualTo(400);
            assertThat(approvedEarly.body()).contains("once 2025 is over", "năm 2025 đã kết thúc");
            assertThat(allocated("2025-PREVENTION", "so-khcn")).isEqualTo(10_000_000L);
            assertThat(body(as("ubnd").get("/api/v1/budget/changes/" + kept)).get("status").asString()).isEqualTo("REQUESTED");

            CLOCK.set(newYear);
            // the Department of Information and Communications ended in February 2025: nothing of it goes to 2026
            var ended = as("taichinh").post("/api/v1/budget/lines/2025-PREVENTION/carry-forwards",
                    "{\"unit\":\"so-tttt\",\"amount\":{\"dong\":\"1000\"},\"note\":\"Chuyển nguồn\"}", null);
            assertThat(ended.statusCode()).as(ended.body()).isEqualTo(400);
            assertThat(ended.body()).contains("\"field\":\"carry_forward.unit\"", "UNIT_NOT_IN_YEAR", "so-khcn");
            assertThat(rows()).isEqualTo(before + 1);
            String carried = body(as("taichinh").post("/api/v1/budget/lines/2025-PREVENTION/carry-forwards",
                    "{\"unit\":\"so-khcn\",\"amount\":{\"dong\":\"3000000\"},\"note\":\"Chuyển nguồn\"}"))
                    .get("id").asString();
            body(as("ubnd").post("/api/v1/budget/changes/" + carried + ":approve", "{}"));
            body(as("ubnd").post("/api/v1/budget/changes/" + kept + ":approve", "{}"));
            assertThat(allocated("2025-PREVENTION", "so-khcn")).isEqualTo(3_000_000L);
            assertThat(allocated("2026-PREVENTION", "so-khcn")).isEqualTo(7_000_000L);
        } finally {
            CLOCK.set(null);
        }
    }

    @Test
    void badInputWritesNothing() {
        long before = rows();
        String pending = body(as("taichinh").post("/api/v1/budget/transfers", """
                {"fromLineId":"2025-EQUIPMENT","toLineId":"2025-PREVENTION","amount":{"dong":"1000"},"note":"x"}"""))
                .get("id").asString();
        before++;
        record Bad(String user, String path, String body, int status, String field) {
        }
        List<Bad> cases = List.of(
                new Bad("taichinh", "/api/v1/budget/transfers", transfer("2025-COMBAT", "cong-an-tinh", "2025-COMBAT", "cong-an-tinh", 5), 400, "transfer.to_unit"),
                new Bad("taichinh", "/api/v1/budget/transfers", transfer("2025-COMBAT", "", "2025-PREVENTION", "", 0), 400, "transfer.amount.dong"),
                new Bad("taichinh", "/api/v1/budget/transfers", transfer("2025-COMBAT", "", "2025-PREVENTION", "", 10_000_000_000_001L), 400, "transfer.amount.dong"),
                new Bad("taichinh", "/api/v1/budget/transfers", transfer("2025-COMBAT", "", "2026-PREVENTION", "", 5), 400, "transfer.to_line_id"),
                new Bad("taichinh", "/api/v1/budget/transfers", transfer("2031-COMBAT", "", "2025-PREVENTION", "", 5), 404, null),
                new Bad("taichinh", "/api/v1/budget/transfers", transfer("2025-COMBAT", "", "2025-PREVENTION", "", 1_000_000_001), 400, "transfer.amount.dong"),
                new Bad("ketoan.congan", "/api/v1/budget/transfers", transfer("2025-COMBAT", "", "2025-PREVENTION", "", 5), 403, null),
                new Bad("taichinh", "/api/v1/budget/lines/2025-COMBAT/revisions", "{\"amount\":{\"dong\":\"5\"},\"note\":\"x\"}", 400, "revision.direction"),
                new Bad("taichinh", "/api/v1/budget/lines/2025-COMBAT/revisions", "{\"direction\":\"DECREASE\",\"amount\":{\"dong\":\"5\"},\"fundingSource\":\"WORLD_BANK\",\"note\":\"x\"}", 400, "revision.funding_source"),
                new Bad("taichinh", "/api/v1/budget/lines/2025-COMBAT/carry-forwards", "{\"unit\":\"Công An\",\"amount\":{\"dong\":\"5\"},\"note\":\"x\"}", 400, "carry_forward.unit"),
                new Bad("ubnd", "/api/v1/budget/changes/" + UUID.randomUUID() + ":approve", "{}", 404, null),
                new Bad("ubnd", "/api/v1/budget/changes/abc:approve", "{}", 400, "id"),
                new Bad("ubnd", "/api/v1/budget/changes/" + pending + ":reject", "{}", 400, "note"),
                new Bad("taichinh", "/api/v1/budget/changes/" + pending + ":approve", "{}", 403, null));
        for (Bad bad : cases) {
            var answer = as(bad.user()).post(bad.path(), bad.body(), null);
            assertThat(answer.statusCode()).as(bad + ": " + answer.body()).isEqualTo(bad.status());
            if (bad.field() != null) {
                assertThat(answer.body()).as(bad.toString()).contains("\"field\":\"" + bad.field() + "\"");
            }
        }
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void approvalsAtTheSameMomentNeverMoveMoreThanTheSourceHas() throws Exception {
        // 2025-MANAGEMENT plans 100 million: of five transfers of 25 million approved at once, exactly four fit
        List<String> ids = new ArrayList<>();
        long start = planned("2025-MANAGEMENT");
        for (int i = 0; i < 5; i++) {
            ids.add(body(as("taichinh").post("/api/v1/budget/transfers", """
                    {"fromLineId":"2025-MANAGEMENT","toLineId":"2025-COMBAT","amount":{"dong":"%d"},"note":"x"}"""
                    .formatted(start / 4))).get("id").asString());
        }
        HttpApi approver = as("ubnd");
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(ids.size())) {
            for (String id : ids) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    return approver.post("/api/v1/budget/changes/" + id + ":approve", "{}").statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> outcome : outcomes) {
                statuses.add(outcome.get());
            }
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(4);
            assertThat(statuses).containsOnly(200, 400);
        }
        assertThat(planned("2025-MANAGEMENT")).isEqualTo(start - 4 * (start / 4));
    }
}
