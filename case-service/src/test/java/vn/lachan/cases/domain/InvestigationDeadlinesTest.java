package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lachan.cases.domain.CrimeCategory.LESS_SERIOUS;
import static vn.lachan.cases.domain.CrimeCategory.PARTICULARLY_SERIOUS;
import static vn.lachan.cases.domain.CrimeCategory.SERIOUS;
import static vn.lachan.cases.domain.CrimeCategory.VERY_SERIOUS;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.time.LegalCalendar;

class InvestigationDeadlinesTest {

    /** 10:00 on 10 March 2026 in Vietnam. */
    static final Instant OPENED = Instant.parse("2026-03-10T03:00:00Z");
    static final LegalCalendar CALENDAR = LegalCalendar.shipped();

    @Test
    void aLessSeriousCrimeIsInvestigatedWithinTwoMonthsEndingOnAWorkingDay() {
        // 10/05/2026 is a Sunday
        assertThat(InvestigationDeadlines.due(CALENDAR, LESS_SERIOUS, OPENED)).isEqualTo(LocalDate.of(2026, 5, 11));
    }

    @Test
    void aSeriousCrimeIsInvestigatedWithinThreeMonths() {
        assertThat(InvestigationDeadlines.due(CALENDAR, SERIOUS, OPENED)).isEqualTo(LocalDate.of(2026, 6, 10));
    }

    @Test
    void veryAndParticularlySeriousCrimesAreInvestigatedWithinFourMonths() {
        assertThat(InvestigationDeadlines.due(CALENDAR, VERY_SERIOUS, OPENED)).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(InvestigationDeadlines.due(CALENDAR, PARTICULARLY_SERIOUS, OPENED)).isEqualTo(LocalDate.of(2026, 7, 10));
    }

    @Test
    void theTimeLimitCountsFromTheVietnameseDayOfOpening() {
        // 17:00 UTC on 31 January is already midnight of 1 February in Vietnam; a second earlier is not
        assertThat(InvestigationDeadlines.due(CALENDAR, LESS_SERIOUS, Instant.parse("2026-01-31T17:00:00Z")))
                .isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(InvestigationDeadlines.due(CALENDAR, LESS_SERIOUS, Instant.parse("2026-01-31T16:59:59Z")))
                .isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aMonthWithoutTheSameDayEndsOnItsLastDayOrTheNextWorkingDay() {
        // 28/02/2026 is a Saturday
        assertThat(InvestigationDeadlines.due(CALENDAR, LESS_SERIOUS, Instant.parse("2025-12-31T03:00:00Z")))
                .isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(InvestigationDeadlines.due(CALENDAR, LESS_SERIOUS, Instant.parse("2027-12-31T03:00:00Z")))
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aTimeLimitEndingInTetEndsAfterIt() {
        // opened 16/12/2025: two months later is 16/02/2026, the last day of the year Ất Tỵ, inside Tết
        assertThat(InvestigationDeadlines.due(CALENDAR, LESS_SERIOUS, Instant.parse("2025-12-16T03:00:00Z")))
                .isEqualTo(LocalDate.of(2026, 2, 23));
    }
}
