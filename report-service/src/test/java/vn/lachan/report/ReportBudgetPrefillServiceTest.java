package vn.lachan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Status;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lachan.platform.error.UnavailableException;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Roles;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.report.domain.Indicator;
import vn.lachan.report.domain.Measure;
import vn.lachan.report.domain.PeriodKind;
import vn.lachan.report.domain.Report;

/**
 * A report pre-filled with the unit's budget of the year from budget-service (a stand-in on a local port): the unit's
 * own rows summed over the lines, in whole đồng, on the template version that carries them; when budget-service does
 * not answer, nothing is written and asking again works.
 */
@RealInfrastructure(database = "lachan_report_budget")
class ReportBudgetPrefillServiceTest extends ReportServiceTestBase {

    static final Caller EDUCATION = new Caller("s-gddt", "baocao.sogddt", "so-gddt", Set.of(Roles.REPORT_SUBMITTER));

    @Autowired
    Reports reports;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void answerAgain() {
        BUDGET.failWith(null);
    }

    static Indicator indicator(Report r, String code) {
        return r.indicators().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + code));
    }

    long reportsOf(String unit) {
        return jdbc.sql("select count(*) from reports where unit = :u and year = 2025").param("u", unit)
                .query(Long.class).single();
    }

    long audited() {
        return jdbc.sql("select count(*) from audit_log where record_type = 'report'").query(Long.class).single();
    }

    @Test
    void aDepartmentsReportCarriesItsAllocatedCommittedAndSpentDongOfTheReportsYear() {
        // an odd number of đồng split over two lines: the sum is exact, never rounded
        BUDGET.set("so-gddt", 2024, new StandInBudget.Figures(150_000_001L, 80_000_000L, 65_432_109L));
        BUDGET.set("so-gddt", 2023, new StandInBudget.Figures(1L, 1L, 1L));
        int asked = BUDGET.callsFor("so-gddt").size(); // the stand-in is shared by the tests of this JVM
        Report report = reports.start("so-gddt", 2024, PeriodKind.YEAR, EDUCATION);

        assertThat(report.templateAppliesTo()).isEqualTo("so-gddt");
        // version 2 added the budget (V7), version 3 counts budget.spent to the period's last day of actual figures (V8)
        assertThat(report.templateVersion()).isEqualTo(3);
        assertThat(indicator(report, "budget.allocated").value()).isEqualTo(150_000_001L);
        assertThat(indicator(report, "budget.committed").value()).isEqualTo(80_000_000L);
        assertThat(indicator(report, "budget.spent").value()).isEqualTo(65_432_109L);
        assertThat(report.indicators()).filteredOn(i -> i.code().startsWith("budget."))
                .hasSize(3)
                .allSatisfy(i -> {
                    assertThat(i.source()).isEqualTo("budget-service");
                    assertThat(i.measure()).isEqualTo(Measure.DONG);
                    assertThat(i.prefilledValue()).isEqualTo(i.value());
                });
        // the typed indicators of the unit's template are still there, empty
        assertThat(indicator(report, "schools.reached").value()).isNull();
        // asked once, for the unit and the report's year
        assertThat(BUDGET.callsFor("so-gddt")).hasSize(asked + 1).last()
                .satisfies(c -> {
                    assertThat(c.request().getYear()).isEqualTo(2024);
                    // committed and spent up to the yearly report's last day of actual figures, not the whole year
                    assertThat(c.request().getTo()).isEqualTo("2024-11-14");
                });
        // asking again returns the report as it was, without asking budget-service again
        BUDGET.set("so-gddt", 2024, new StandInBudget.Figures(1L, 1L, 1L));
        Report again = reports.start("so-gddt", 2024, PeriodKind.YEAR, EDUCATION);
        assertThat(again.id()).isEqualTo(report.id());
        assertThat(indicator(again, "budget.spent").value()).isEqualTo(65_432_109L);
        assertThat(BUDGET.callsFor("so-gddt")).hasSize(asked + 1);
    }

    @Test
    void whenBudgetServiceDoesNotAnswerNothingIsWrittenAndAskingAgainWorks() {
        BUDGET.set("so-tai-chinh", 2025, new StandInBudget.Figures(500_000_000L, 0L, 12_000_000L));
        Caller finance = new Caller("s-tc", "baocao.sotaichinh", "so-tai-chinh", Set.of(Roles.REPORT_SUBMITTER));
        long audited = audited();
        for (Status down : new Status[] {Status.UNAVAILABLE, Status.DEADLINE_EXCEEDED}) {
            BUDGET.failWith(down);
            var refused = catchThrowableOfType(UnavailableException.class,
                    () -> reports.start("so-tai-chinh", 2025, PeriodKind.HALF_YEAR, finance));
            assertThat(refused).as(down.getCode().name()).isNotNull();
            assertThat(refused.getMessage()).contains("budget-service");
            assertThat(reportsOf("so-tai-chinh")).isZero();
            assertThat(audited()).isEqualTo(audited);
        }
        BUDGET.failWith(null);
        Report report = reports.start("so-tai-chinh", 2025, PeriodKind.HALF_YEAR, finance);
        assertThat(indicator(report, "budget.allocated").value()).isEqualTo(500_000_000L);
        assertThat(indicator(report, "budget.spent").value()).isEqualTo(12_000_000L);
        assertThat(reportsOf("so-tai-chinh")).isEqualTo(1L);
    }

    @Test
    void aUnitWithoutBudgetIndicatorsNeverAsksBudgetService() {
        Caller agribank = new Caller("s-agri", "baocao.agribank", "agribank-dong-thap", Set.of(Roles.REPORT_SUBMITTER));
        Report report = reports.start("agribank-dong-thap", 2022, PeriodKind.YEAR, agribank);
        assertThat(report.indicators()).isNotEmpty().noneMatch(i -> i.code().startsWith("budget."));
        assertThat(BUDGET.callsFor("agribank-dong-thap")).isEmpty();
    }
}
