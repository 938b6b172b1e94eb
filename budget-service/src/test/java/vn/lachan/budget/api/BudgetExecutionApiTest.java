package vn.lachan.budget.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.budget.BudgetExecution;
import vn.lachan.budget.BudgetLines;
import vn.lachan.budget.document.ExecutionWorkbook;
import vn.lachan.budget.domain.CommitmentDraft;
import vn.lachan.budget.domain.SpendingDraft;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Roles;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * Commitments, spending against the unit's allocation and the execution view over REST, against a real
 * PostgreSQL and Keycloak: the finance department's planner ({@code taichinh}) allocates, the committee's
 * approver ({@code ubnd}) approves, the police's accountant ({@code ketoan.congan}) commits and spends. Uses
 * only the 2023 prevention, combat and equipment lines and 2024's equipment line, which the other tests leave alone.
 */
@RealInfrastructure(database = "lachan_budget", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=budget-execution-test"})
class BudgetExecutionApiTest {

    /** 29/11/2026, 10:00 in Vietnam: 2023 is over. */
    static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();
    static final ObjectMapper json = new ObjectMapper();
    static final String POLICE = "cong-an-tinh";

    @LocalServerPort
    int httpPort;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BudgetLines spendings;
    @Autowired
    BudgetExecution execution;

    HttpApi as(String user) {
        return HttpApi.at(httpPort).as(issuer.userToken(user));
    }

    static JsonNode body(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    /** Allocates {@code dong} of {@code line} to {@code unit}: requested by the planner, approved by the committee. */
    void allocate(String line, String unit, long dong) {
        String id = body(as("taichinh").post("/api/v1/budget/lines/" + line + "/allocations", """
                {"unit":"%s","amount":{"dong":"%d"},"note":"Phân bổ năm 2023"}""".formatted(unit, dong))).get("id").asString();
        body(as("ubnd").post("/api/v1/budget/allocations/" + id + ":approve", "{}"));
    }

    static String commitment(String unit, long dong, String day) {
        return """
                {"unit":"%s","amount":{"dong":"%d"},"committedOn":"%s","reference":"15/2023/HĐ-CAT",
                 "description":"Hợp đồng thuê chuyên gia phân tích dữ liệu"}""".formatted(unit, dong, day);
    }

    static String spending(String unit, long dong, String day, String commitmentId) {
        return """
                {"unit":"%s","amount":{"dong":"%d"},"spentOn":"%s","description":"Chi chuyên án","commitmentId":"%s"}"""
                .formatted(unit, dong, day, commitmentId);
    }

    long rows() {
        return jdbc.sql("select (select count(*) from spendings) + (select count(*) from commitments)")
                .query(Long.class).single();
    }

    static long dong(JsonNode money) {
        return money.path("dong").asLong();
    }

    @Test
    void aUnitCommitsAndSpendsAgainstItsAllocationAndTheExecutionAddsUpToTheDong() {
        allocate("2023-COMBAT", POLICE, 200_000_000);
        allocate("2023-COMBAT", "so-tai-chinh", 50_000_000);
        HttpApi police = as("ketoan.congan");

        String key = UUID.randomUUID().toString();
        JsonNode contract = body(police.post("/api/v1/budget/lines/2023-COMBAT/commitments",
                commitment(POLICE, 120_000_000, "2023-03-10"), key));
        String contractId = contract.get("id").asString();
        // a retry with the same key (the answer was lost) is answered with the same commitment, recorded once
        long afterFirst = rows();
        assertThat(body(police.post("/api/v1/budget/lines/2023-COMBAT/commitments",
                commitment(POLICE, 120_000_000, "2023-03-10"), key)).get("id").asString()).isEqualTo(contractId);
        assertThat(rows()).isEqualTo(afterFirst);
        assertThat(police.post("/api/v1/budget/lines/2023-COMBAT/commitments",
                commitment(POLICE, 1, "2023-03-10"), key).statusCode()).as("the key with another request").isEqualTo(409);
        assertThat(rows()).isEqualTo(afterFirst);
        assertThat(dong(contract.get("open"))).isEqualTo(120_000_000L);
        assertThat(contract.path("warningVi").asString("")).isEmpty();

        JsonNode onContract = body(police.post("/api/v1/budget/lines/2023-COMBAT/spending",
                spending(POLICE, 70_000_000, "2023-04-05", contractId)));
        assertThat(onContract.get("commitmentId").asString()).isEqualTo(contractId);
        body(police.post("/api/v1/budget/lines/2023-COMBAT/spending", spending(POLICE, 40_000_000, "2023-05-20", "")));

        // 120 committed + 40 + 25 spent directly = 185 of 200 million: 92,5 %, above the 90 % warning
        JsonNode warned = body(police.post("/api/v1/budget/lines/2023-COMBAT/spending",
                spending(POLICE, 25_000_000, "2023-06-01", "")));
        assertThat(warned.get("allocationUsedBasisPoints").asLong()).isEqualTo(9_250L);
        assertThat(warned.get("warningVi").asString()).contains("92,5 %", "185.000.000 đ", "200.000.000 đ");
        assertThat(warned.get("warningEn").asString()).contains("92.5 %");

        long before = rows();
        var above = police.post("/api/v1/budget/lines/2023-COMBAT/spending", spending(POLICE, 15_000_001, "2023-06-02", ""));
        assertThat(above.statusCode()).as(above.body()).isEqualTo(400);
        assertThat(above.body()).contains("\"field\":\"spending.amount.dong\"", "ABOVE_ALLOCATION", "15.000.001 đ",
                "vượt số còn lại 15.000.000 đ", "exceeds the 15.000.000 đ left", POLICE);
        assertThat(above.body()).doesNotContain("FAILED_PRECONDITION");
        var aboveContract = police.post("/api/v1/budget/lines/2023-COMBAT/spending",
                spending(POLICE, 50_000_001, "2023-06-02", contractId));
        assertThat(aboveContract.statusCode()).as(aboveContract.body()).isEqualTo(400);
        assertThat(aboveContract.body()).contains("\"field\":\"spending.amount.dong\"", "ABOVE_COMMITMENT", "50.000.000 đ");
        var commitAbove = police.post("/api/v1/budget/lines/2023-COMBAT/commitments",
                commitment(POLICE, 15_000_001, "2023-06-02"));
        assertThat(commitAbove.statusCode()).as(commitAbove.body()).isEqualTo(400);
        assertThat(commitAbove.body()).contains("\"field\":\"commitment.amount.dong\"", "ABOVE_ALLOCATION",
                "vượt số còn lại 15.000.000 đ", "exceeds the 15.000.000 đ left");
        assertThat(rows()).as("nothing refused was written").isEqualTo(before);

        // the rest of the contract is still spendable: it holds its money
        body(police.post("/api/v1/budget/lines/2023-COMBAT/spending", spending(POLICE, 50_000_000, "2023-07-01", contractId)));

        JsonNode execution = body(as("ubnd").get("/api/v1/budget/execution?year=2023"));
        JsonNode combat = line(execution, "2023-COMBAT");
        JsonNode figures = combat.get("figures");
        assertThat(dong(figures.get("planned"))).isEqualTo(300_000_000L);
        assertThat(dong(figures.get("allocated"))).isEqualTo(250_000_000L);
        assertThat(dong(figures.get("committed"))).isEqualTo(120_000_000L);
        assertThat(dong(figures.get("spent"))).isEqualTo(185_000_000L);
        // available = planned − committed − spent outside commitments
        assertThat(dong(figures.get("available"))).isEqualTo(300_000_000L - 120_000_000L - 65_000_000L);
        assertThat(dong(combat.get("unallocated"))).isEqualTo(50_000_000L);
        JsonNode police2023 = unit(combat, POLICE);
        assertThat(dong(police2023.get("allocated"))).isEqualTo(200_000_000L);
        assertThat(dong(police2023.get("available"))).isEqualTo(15_000_000L);
        assertThat(police2023.get("spentPercent").asString()).isEqualTo("92,5 %");
        assertThat(dong(unit(combat, "so-tai-chinh").get("allocated"))).isEqualTo(50_000_000L);

        // by month, for the line: other tests spend on other 2023 lines
        JsonNode ofLine = body(as("ubnd").get("/api/v1/budget/execution?year=2023&lineId=2023-COMBAT"));
        JsonNode months = ofLine.get("months");
        assertThat(months).hasSize(12);
        assertThat(dong(months.get(2).get("committed"))).isEqualTo(120_000_000L);
        assertThat(dong(months.get(3).get("spent"))).isEqualTo(70_000_000L);
        assertThat(dong(months.get(5).get("spentToDate"))).isEqualTo(135_000_000L);
        assertThat(dong(months.get(11).get("spentToDate"))).isEqualTo(185_000_000L);
        assertThat(dong(ofLine.get("monthsBase"))).isEqualTo(300_000_000L);
        assertThat(months.get(11).get("basisPointsToDate").asLong()).isEqualTo(185L * 10_000 / 300);
        assertThat(months.get(11).get("percentToDate").asString()).isEqualTo("61,66 %");
        assertThat(dong(execution.get("monthsBase"))).isEqualTo(700_000_000L);
        assertThat(dong(execution.get("months").get(11).get("spentToDate")))
                .isEqualTo(dong(execution.get("total").get("spent")));
        long sumOfLines = 0;
        for (JsonNode l : execution.get("lines")) {
            sumOfLines += dong(l.get("figures").get("spent"));
        }
        assertThat(dong(execution.get("total").get("spent"))).isEqualTo(sumOfLines);

        // the police's accountant sees their own unit only; the months are then against its allocation
        JsonNode own = body(police.get("/api/v1/budget/execution?year=2023&lineId=2023-COMBAT"));
        assertThat(own.get("lines")).hasSize(1);
        assertThat(own.get("lines").get(0).get("units")).extracting(u -> u.get("unit").asString()).containsExactly(POLICE);
        assertThat(dong(own.get("monthsBase"))).isEqualTo(200_000_000L);
        assertThat(body(police.get("/api/v1/budget/execution?year=2023&unit=so-tai-chinh")).get("lines").get(1)
                .path("units")).isEmpty();
        JsonNode listed = body(police.get("/api/v1/budget/commitments?year=2023"));
        assertThat(listed.get("commitments")).extracting(c -> c.get("id").asString()).containsExactly(contractId);
        assertThat(dong(listed.get("commitments").get(0).get("spent"))).isEqualTo(120_000_000L);
        assertThat(dong(listed.get("commitments").get(0).get("open"))).isZero();
    }

    @Test
    void anotherUnitsCommitmentIsNotFoundAndAUnitWithoutAllocationSpendsNothing() {
        allocate("2023-EQUIPMENT", "so-tai-chinh", 10_000_000);
        String theirs = body(as("taichinh").post("/api/v1/budget/lines/2023-EQUIPMENT/commitments",
                commitment("so-tai-chinh", 5_000_000, "2023-02-01"))).get("id").asString();
        long before = rows();
        var foreign = as("ketoan.congan").post("/api/v1/budget/lines/2023-EQUIPMENT/spending",
                spending(POLICE, 1_000, "2023-02-02", theirs));
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("so-tai-chinh");
        var noAllocation = as("ketoan.congan").post("/api/v1/budget/lines/2023-EQUIPMENT/spending",
                spending(POLICE, 1_000, "2023-02-02", ""));
        assertThat(noAllocation.statusCode()).as(noAllocation.body()).isEqualTo(400);
        assertThat(noAllocation.body()).contains("phân bổ", "allocation");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void twoPeopleSpendingAtTheSameMomentNeverOverspendTheUnitsAllocation() throws Exception {
        // 2023-PREVENTION: the police are allocated 100 million; of eight spendings of 15 million at once, six fit
        allocate("2023-PREVENTION", POLICE, 100_000_000);
        HttpApi police = as("ketoan.congan");
        HttpApi approverSpender = as("taichinh"); // a planner-spender of another unit: refused, never counted
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return police.post("/api/v1/budget/lines/2023-PREVENTION/spending",
                            spending(POLICE, 15_000_000, "2023-08-08", "")).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> outcome : outcomes) {
                statuses.add(outcome.get());
            }
            assertThat(statuses).containsOnly(200, 400);
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(6);
        }
        assertThat(approverSpender.post("/api/v1/budget/lines/2023-PREVENTION/spending",
                spending(POLICE, 1, "2023-08-08", "")).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select sum(amount_dong) from spendings where line_id = '2023-PREVENTION' and unit = :u")
                .param("u", POLICE).query(Long.class).single()).isEqualTo(90_000_000L);
    }

    @Test
    void twoDifferentPeopleCommittingAndSpendingAtTheSameMomentNeverUseMoreThanTheUnitsAllocation() throws Exception {
        // 2026-MANAGEMENT, which no other test of this module uses: the police are allocated 100 million. Two
        // accountants of the police (two people, two sessions, two transactions each time), one recording contracts,
        // the other spending directly, four times 15 million each at the same moment: six fit, never seven.
        String line = "2026-MANAGEMENT";
        allocate(line, POLICE, 100_000_000);
        Caller first = new Caller("sub-ketoan-1", "ketoan.congan", POLICE, Set.of(Roles.BUDGET_SPENDER));
        Caller second = new Caller("sub-ketoan-2", "ketoan2.congan", POLICE, Set.of(Roles.BUDGET_SPENDER));
        int each = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2 * each)) {
            for (int i = 0; i < each; i++) {
                int n = i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return outcome(() -> execution.recordCommitment(line, new CommitmentDraft(POLICE, 15_000_000,
                            "2026-11-20", "HĐ-" + n, "Hợp đồng hội nghị"), Optional.empty(), first));
                }));
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return outcome(() -> spendings.recordSpending(line, new SpendingDraft(POLICE, 15_000_000, "2026-11-20",
                            "Chi hội nghị " + n), Optional.empty(), second));
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).as("only recorded, or refused as the amount's field error").allSatisfy(r -> assertThat(r)
                    .isIn("recorded", "commitment.amount.dong:ABOVE_ALLOCATION", "spending.amount.dong:ABOVE_ALLOCATION"));
            assertThat(results.stream().filter("recorded"::equals)).hasSize(6);
        }
        long committed = jdbc.sql("select coalesce(sum(amount_dong), 0) from commitments where line_id = :l and unit = :u")
                .param("l", line).param("u", POLICE).query(Long.class).single();
        long spentDirectly = jdbc.sql("""
                select coalesce(sum(amount_dong), 0) from spendings
                where line_id = :l and unit = :u and commitment_id is null""")
                .param("l", line).param("u", POLICE).query(Long.class).single();
        assertThat(committed + spentDirectly).isEqualTo(90_000_000L);
        assertThat(jdbc.sql("""
                select count(*) from audit_log where actor in ('ketoan.congan', 'ketoan2.congan')
                  and record_id in (select id::text from commitments where line_id = :l
                                    union all select id::text from spendings where line_id = :l)""")
                .param("l", line).query(Long.class).single()).as("each recorded one audited, no refused one").isEqualTo(6L);
        JsonNode row = unit(line(body(as("ubnd").get("/api/v1/budget/execution?year=2026&lineId=" + line)), line), POLICE);
        assertThat(dong(row.get("allocated"))).isEqualTo(100_000_000L);
        assertThat(dong(row.get("committed")) + dong(row.get("spent"))).isEqualTo(90_000_000L);
        assertThat(dong(row.get("available"))).isEqualTo(10_000_000L);
    }

    /** "recorded", or the field and code of the one field error it was refused with. */
    static String outcome(Runnable write) {
        try {
            write.run();
            return "recorded";
        } catch (ValidationException refused) {
            assertThat(refused.violations()).hasSize(1);
            return refused.violations().getFirst().field() + ":" + refused.violations().getFirst().code();
        }
    }

    @Test
    void aDistrictsReportSubmitterReadsItsOwnExecutionOnlyAndNothingElseOfTheBudget() {
        // what report-service asks with the submitter's token when it pre-fills the district's report
        allocate("2023-EQUIPMENT", "huyen-cao-lanh", 20_000_000);
        allocate("2023-EQUIPMENT", "huyen-lai-vung", 3_000_000);
        HttpApi district = as("baocao.caolanh");
        JsonNode own = body(district.get("/api/v1/budget/execution?year=2023&unit=huyen-cao-lanh"));
        assertThat(own.get("lines")).flatExtracting(l -> l.path("units").valueStream().toList())
                .extracting(u -> u.get("unit").asString()).containsExactly("huyen-cao-lanh");
        assertThat(dong(line(own, "2023-EQUIPMENT").get("units").get(0).get("figures").get("allocated")))
                .isEqualTo(20_000_000L);
        JsonNode unasked = body(district.get("/api/v1/budget/execution?year=2023"));
        assertThat(unasked.get("lines")).flatExtracting(l -> l.path("units").valueStream().toList())
                .extracting(u -> u.get("unit").asString()).containsOnly("huyen-cao-lanh");
        JsonNode other = body(district.get("/api/v1/budget/execution?year=2023&unit=huyen-lai-vung"));
        assertThat(other.get("lines")).allSatisfy(l -> assertThat(l.path("units")).isEmpty());
        for (String path : List.of("/api/v1/budget/lines?year=2023", "/api/v1/budget/allocations?year=2023",
                "/api/v1/budget/commitments?year=2023", "/api/v1/budget/execution:export?year=2023")) {
            assertThat(district.get(path).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(as("nganhang.vcb").get("/api/v1/budget/execution?year=2023").statusCode()).isEqualTo(403);
    }

    /** The unit's committed and spent đồng on the line, whole year or cut off at {@code to} (empty: none). */
    long[] unitFigures(String user, String line, String unit, String to) {
        JsonNode execution = body(as(user).get("/api/v1/budget/execution?year=2023&lineId=" + line + "&unit=" + unit
                + (to.isEmpty() ? "" : "&to=" + to)));
        JsonNode row = unit(line(execution, line), unit);
        return new long[] {dong(row.get("committed")), dong(row.get("spent")), dong(row.get("allocated")),
                dong(execution.get("months").get(11).get("spentToDate"))};
    }

    @Test
    void aCutOffDayLimitsTheUnitsCommitmentsSpendingAndMonthsToWhatIsDatedOnOrBeforeIt() {
        // report-service asks for the period's execution: the half-year report of 2023 ends on 14 June
        String unit = "so-tai-chinh";
        String line = "2023-EQUIPMENT"; // the lines this class uses (above); 2023-MANAGEMENT is BudgetApiTest's
        allocate(line, unit, 9_000_000);
        long[] wholeBefore = unitFigures("taichinh", line, unit, "");
        long[] cutBefore = unitFigures("taichinh", line, unit, "2023-06-14");
        HttpApi finance = as("taichinh");
        body(finance.post("/api/v1/budget/lines/" + line + "/spending", spending(unit, 1_000_000, "2023-06-14", "")));
        body(finance.post("/api/v1/budget/lines/" + line + "/spending", spending(unit, 2_000_000, "2023-06-15", "")));
        body(finance.post("/api/v1/budget/lines/" + line + "/commitments", commitment(unit, 3_000_000, "2023-09-01")));
        long[] whole = unitFigures("taichinh", line, unit, "");
        long[] cut = unitFigures("taichinh", line, unit, "2023-06-14");
        assertThat(whole[1] - wholeBefore[1]).isEqualTo(3_000_000L);
        assertThat(whole[0] - wholeBefore[0]).isEqualTo(3_000_000L);
        // the day itself counts, the day after does not; the allocation is the year's whatever the day
        assertThat(cut[1] - cutBefore[1]).isEqualTo(1_000_000L);
        assertThat(cut[0] - cutBefore[0]).isZero();
        assertThat(cut[2]).isEqualTo(whole[2]);
        assertThat(cut[3] - cutBefore[3]).as("the months stop at the cut-off too").isEqualTo(1_000_000L);
        // a report submitter reads their own unit cut off in the same way (report-service's question)
        assertThat(as("baocao.sotuphap").get("/api/v1/budget/execution?year=2023&unit=so-tu-phap&to=2023-06-14")
                .statusCode()).isEqualTo(200);

        var badDay = as("ubnd").get("/api/v1/budget/execution?year=2023&to=14/06/2023");
        assertThat(badDay.statusCode()).isEqualTo(400);
        assertThat(badDay.body()).contains("\"field\":\"to\"", "INVALID_FORMAT", "yyyy-MM-dd");
        var otherYear = as("ubnd").get("/api/v1/budget/execution?year=2023&to=2024-06-14");
        assertThat(otherYear.statusCode()).isEqualTo(400);
        assertThat(otherYear.body()).contains("\"field\":\"to\"", "NOT_IN_YEAR", "phải thuộc năm 2023", "must be in 2023");
    }

    @Test
    void theExecutionOfAYearOutsideThePlanIsAFieldError() {
        var answer = as("ubnd").get("/api/v1/budget/execution?year=2031");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"year\"", "2022–2026");
        assertThat(as("ubnd").get("/api/v1/budget/execution").statusCode()).isEqualTo(400);
        assertThat(as("ubnd").get("/api/v1/budget/execution?year=2023&lineId=2024-COMBAT").statusCode()).isEqualTo(404);
    }

    @Test
    void theWorkbookHoldsWhatTheExecutionAnswersForTheSameCaller() throws Exception {
        allocate("2024-EQUIPMENT", POLICE, 30_000_000);
        allocate("2024-EQUIPMENT", "so-tai-chinh", 5_000_000);
        body(as("ketoan.congan").post("/api/v1/budget/lines/2024-EQUIPMENT/spending",
                spending(POLICE, 12_345_678, "2024-09-09", "")));
        for (String user : List.of("ubnd", "ketoan.congan")) {
            JsonNode execution = body(as(user).get("/api/v1/budget/execution?year=2024"));
            var file = as(user).getBytes("/api/v1/budget/execution:export?year=2024");
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).hasValue(ExecutionWorkbook.CONTENT_TYPE);
            assertThat(file.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"thuc-hien-kinh-phi-2024.xlsx\"");
            try (var book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
                var sheet = book.getSheet(ExecutionWorkbook.LINES_SHEET);
                int r = ExecutionWorkbook.FIRST_FIGURES_ROW;
                for (JsonNode l : execution.get("lines")) {
                    var row = sheet.getRow(r++);
                    assertThat(row.getCell(0).getStringCellValue()).isEqualTo(l.get("lineId").asString());
                    assertThat(cellDong(row, 3)).as(user).isEqualTo(dong(l.get("figures").get("planned")));
                    assertThat(cellDong(row, 7)).as(user).isEqualTo(dong(l.get("figures").get("spent")));
                    assertThat(cellDong(row, 8)).as(user).isEqualTo(dong(l.get("figures").get("available")));
                    for (JsonNode u : l.path("units")) {
                        var unitRow = sheet.getRow(r++);
                        assertThat(unitRow.getCell(2).getStringCellValue()).isEqualTo(u.get("unit").asString());
                        if (user.equals("ketoan.congan")) {
                            assertThat(u.get("unit").asString()).isEqualTo(POLICE);
                        }
                        assertThat(cellDong(unitRow, 7)).isEqualTo(dong(u.get("figures").get("spent")));
                    }
                }
                var total = sheet.getRow(r);
                assertThat(total.getCell(1).getStringCellValue()).startsWith("Tổng cộng");
                assertThat(cellDong(total, 7)).isEqualTo(dong(execution.get("total").get("spent")));
                assertThat(sheet.getRow(r + 1) == null).as("nothing after the total").isTrue();
            }
        }
        var police = book(as("ketoan.congan").getBytes("/api/v1/budget/execution:export?year=2024").body());
        assertThat(police).as("the accountant's workbook has the police's rows only").doesNotContain("so-tai-chinh");
        assertThat(book(as("ubnd").getBytes("/api/v1/budget/execution:export?year=2024").body())).contains(POLICE, "so-tai-chinh");

        var outside = as("ubnd").get("/api/v1/budget/execution:export?year=2031");
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.body()).contains("\"field\":\"year\"");
        assertThat(as("tiepnhan").getBytes("/api/v1/budget/execution:export?year=2024").statusCode()).isEqualTo(403);
        assertThat(HttpApi.at(httpPort).getBytes("/api/v1/budget/execution:export?year=2024").statusCode()).isEqualTo(401);
    }

    /** Every text cell of the workbook's first sheet, one per line. */
    static String book(byte[] bytes) throws Exception {
        StringBuilder text = new StringBuilder();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (var row : book.getSheet(ExecutionWorkbook.LINES_SHEET)) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        text.append(cell.getStringCellValue()).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    static long cellDong(org.apache.poi.ss.usermodel.Row row, int column) {
        double value = row.getCell(column).getNumericCellValue();
        assertThat(value).isEqualTo(Math.rint(value));
        return (long) value;
    }

    static JsonNode line(JsonNode execution, String id) {
        for (JsonNode l : execution.get("lines")) {
            if (l.get("lineId").asString().equals(id)) {
                return l;
            }
        }
        throw new AssertionError("no line " + id);
    }

    static JsonNode unit(JsonNode line, String unit) {
        for (JsonNode u : line.get("units")) {
            if (u.get("unit").asString().equals(unit)) {
                return u.get("figures");
            }
        }
        throw new AssertionError("no unit " + unit + " on " + line.get("lineId"));
    }
}
