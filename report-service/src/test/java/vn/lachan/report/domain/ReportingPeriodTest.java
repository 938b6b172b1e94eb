package vn.lachan.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;

class ReportingPeriodTest {

    @Test
    void theSixMonthlyWindowRunsFromFifteenDecemberToFourteenJuneAndIsDueBeforeFifteenJune() {
        var period = ReportingPeriod.of(2024, PeriodKind.HALF_YEAR);
        assertThat(period.windowFrom()).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(period.windowTo()).isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(period.due()).isEqualTo(LocalDate.of(2024, 6, 14));
    }

    @Test
    void theYearlyWindowEndsFourteenDecemberAndIsDueBeforeFifteenNovember() {
        var period = ReportingPeriod.of(2025, PeriodKind.YEAR);
        assertThat(period.windowFrom()).isEqualTo(LocalDate.of(2024, 12, 15));
        assertThat(period.windowTo()).isEqualTo(LocalDate.of(2025, 12, 14));
        assertThat(period.due()).isEqualTo(LocalDate.of(2025, 11, 14));
    }

    @Test
    void onlyTheYearsOfThePlanAndAKnownKindAreAccepted() {
        var failure = catchThrowableOfType(ValidationException.class, () -> ReportingPeriod.of(2021, null));
        assertThat(failure.violations()).extracting(FieldViolation::field).containsExactly("period.year", "period.kind");
    }

    @Test
    void tipCountsPrefillTheTotalThenEachModus() {
        var counts = new TipCounts(18, List.of(new TipCounts.ModusCount("IMPERSONATE_AUTHORITY", "Giả danh", "Impersonating", 8),
                new TipCounts.ModusCount("ONLINE_SHOPPING", "Mua bán", "Shopping", 10)));
        var total = new TemplateIndicator("tips.total", "Tin báo", "Tips", Measure.COUNT, true, "tip-service", "II.13");
        assertThat(counts.indicators(total)).extracting(Indicator::code, Indicator::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tips.total", 18L),
                org.assertj.core.groups.Tuple.tuple("tips.modus.IMPERSONATE_AUTHORITY", 8L),
                org.assertj.core.groups.Tuple.tuple("tips.modus.ONLINE_SHOPPING", 10L));
        assertThat(counts.indicators(total)).allSatisfy(i -> assertThat(i.source()).isEqualTo("tip-service"));
    }
}
