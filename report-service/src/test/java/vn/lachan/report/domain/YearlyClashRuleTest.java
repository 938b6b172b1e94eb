package vn.lachan.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The stated rule for the clash between the plan's yearly due date (before 15 November) and Decree 09's yearly window
 * (to 14 December): actual figures to the day before the due date, the rest estimated, corrected in the next report.
 */
class YearlyClashRuleTest {

    @Test
    void aYearlyReportHoldsActualFiguresToFourteenNovemberAndEstimatesTheRest() {
        var year = new ReportingPeriod(2025, PeriodKind.YEAR);
        assertThat(year.actualTo()).isEqualTo(LocalDate.of(2025, 11, 14));
        assertThat(year.hasEstimatedPart()).isTrue();
        assertThat(year.estimatedFrom()).isEqualTo(LocalDate.of(2025, 11, 15));
        assertThat(year.windowTo()).isEqualTo(LocalDate.of(2025, 12, 14));
        assertThat(year.correctedBy()).isEqualTo(new ReportingPeriod(2026, PeriodKind.HALF_YEAR));
    }

    @Test
    void aSixMonthlyReportHasNoEstimatedPart() {
        var half = new ReportingPeriod(2024, PeriodKind.HALF_YEAR);
        assertThat(half.actualTo()).isEqualTo(half.windowTo());
        assertThat(half.hasEstimatedPart()).isFalse();
        assertThat(half.correctedBy()).isNull();
    }

    @Test
    void theLastYearlyReportOfThePlanHasNoLaterReportToCorrectIt() {
        assertThat(new ReportingPeriod(2026, PeriodKind.YEAR).correctedBy()).isNull();
        assertThat(new ReportingPeriod(2026, PeriodKind.YEAR).hasEstimatedPart()).isTrue();
    }

    @Test
    void thePlanHasTenPeriodsInTimeOrder() {
        var all = ReportingPeriod.all();
        assertThat(all).hasSize(10);
        assertThat(all.getFirst()).isEqualTo(new ReportingPeriod(2022, PeriodKind.HALF_YEAR));
        assertThat(all.getLast()).isEqualTo(new ReportingPeriod(2026, PeriodKind.YEAR));
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).due()).isAfter(all.get(i - 1).due());
        }
    }
}
