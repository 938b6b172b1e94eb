package vn.lachan.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.ValidationException;

class LegalCalendarTest {

    private final LegalCalendar calendar = LegalCalendar.shipped();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void anOrdinaryWeekdayIsAWorkingDayAndEndsItsOwnTimeLimit() {
        assertThat(calendar.isWorkingDay(d("2026-03-11"))).isTrue();
        assertThat(calendar.lastDay(d("2026-03-11"))).isEqualTo(d("2026-03-11"));
    }

    @Test
    void aTimeLimitEndingOnSaturdayEndsOnMonday() {
        assertThat(calendar.isDayOff(d("2026-03-14"))).isTrue();
        assertThat(calendar.lastDay(d("2026-03-14"))).isEqualTo(d("2026-03-16"));
        assertThat(calendar.lastDay(d("2026-03-15"))).isEqualTo(d("2026-03-16"));
    }

    @Test
    void aTimeLimitEndingDuringTetEndsOnTheFirstWorkingDayAfterIt() {
        // Tết Bính Ngọ: 14/02/2026 (Saturday) to 22/02/2026 (Sunday)
        for (LocalDate day = d("2026-02-14"); !day.isAfter(d("2026-02-22")); day = day.plusDays(1)) {
            assertThat(calendar.lastDay(day)).as("ends on %s", day).isEqualTo(d("2026-02-23"));
        }
        assertThat(calendar.lastDay(d("2026-02-13"))).isEqualTo(d("2026-02-13"));
    }

    @Test
    void aCompensatoryDayIsOff() {
        // Giỗ Tổ fell on Sunday 26/04/2026, so Monday 27/04 is off; 28/04 is not
        assertThat(calendar.lastDay(d("2026-04-25"))).isEqualTo(d("2026-04-28"));
    }

    @Test
    void aSwappedDayIsOffAndTheWeekendDayWorkedInExchangeEndsATimeLimit() {
        assertThat(calendar.isDayOff(d("2025-05-02"))).isTrue();
        assertThat(calendar.lastDay(d("2025-04-30"))).isEqualTo(d("2025-05-05"));
        assertThat(calendar.isWorkingDay(d("2025-04-26"))).as("Saturday worked in exchange").isTrue();
        assertThat(calendar.lastDay(d("2025-04-26"))).isEqualTo(d("2025-04-26"));
    }

    @Test
    void countingDaysAndMonthsFollowsArticle134() {
        // 20 days from Sunday 01/02/2026 is Saturday 21/02, inside Tết: the limit ends on Monday 23/02
        assertThat(calendar.plusDays(d("2026-02-01"), 20)).isEqualTo(d("2026-02-23"));
        // a month from 31/01/2026 ends on the last day of February, Saturday 28/02: so Monday 02/03
        assertThat(calendar.plusMonths(d("2026-01-31"), 1)).isEqualTo(d("2026-03-02"));
        // two months from 10/03/2026 is Sunday 10/05/2026
        assertThat(calendar.plusMonths(d("2026-03-10"), 2)).isEqualTo(d("2026-05-11"));
    }

    @Test
    void theLastWorkingDayOnOrBeforeSkipsBackwards() {
        assertThat(calendar.workingDayOnOrBefore(d("2026-02-22"))).isEqualTo(d("2026-02-13"));
        assertThat(calendar.workingDayOnOrBefore(d("2026-02-23"))).isEqualTo(d("2026-02-23"));
    }

    @Test
    void aYearWithoutEntriesCountsOnlyWeekendsAndSaysItIsNotCovered() {
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2031)).isFalse();
        assertThat(calendar.isWorkingDay(d("2031-01-01"))).isTrue();
        assertThat(calendar.lastDay(d("2031-01-04"))).isEqualTo(d("2031-01-06"));
    }

    @Test
    void anAdministratorReplacesOneYearAndLeavesTheOthers() {
        var changed = calendar.withYear(2027, List.of(
                new DayOff(d("2027-01-01"), DayOff.Kind.HOLIDAY, "Tết Dương lịch"),
                new DayOff(d("2027-11-24"), DayOff.Kind.HOLIDAY, "Ngày Văn hóa Việt Nam")));
        assertThat(changed.entries(2027)).hasSize(2);
        assertThat(changed.isDayOff(d("2027-11-24"))).isTrue();
        assertThat(changed.isDayOff(d("2027-02-08"))).as("old 2027 entries are gone").isFalse();
        assertThat(changed.entries(2026)).isEqualTo(calendar.entries(2026));
        assertThat(calendar.isDayOff(d("2027-11-24"))).as("the original is unchanged").isFalse();
        assertThatThrownBy(() -> calendar.withYear(2027, List.of(
                new DayOff(d("2028-01-01"), DayOff.Kind.HOLIDAY, "x")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aYearIsCheckedFieldByFieldInBothLanguages() {
        var entries = List.of(
                new LegalCalendarRules.Entry("2027-01-01", "HOLIDAY", "Tết Dương lịch"),
                new LegalCalendarRules.Entry("2027-01-01", "holiday", "again"),
                new LegalCalendarRules.Entry("2028-01-01", "HOLIDAY", "next year"),
                new LegalCalendarRules.Entry("2027-01-04", "WORKING_DAY", "a Monday"),
                new LegalCalendarRules.Entry("2027-01-02", "COMPENSATORY", "a Saturday"),
                new LegalCalendarRules.Entry("01/05/2027", "NOPE", " "));
        assertThatThrownBy(() -> LegalCalendarRules.checkYear(2027, entries, "days"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.code())
                        .containsExactlyInAnyOrder("days[1].day:DUPLICATE", "days[2].day:OUT_OF_RANGE",
                                "days[3].kind:NOT_ALLOWED", "days[4].kind:NOT_ALLOWED", "days[5].day:INVALID_FORMAT",
                                "days[5].kind:INVALID_VALUE", "days[5].name:REQUIRED"));
        assertThatThrownBy(() -> LegalCalendarRules.checkYear(1999, entries, "days"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("year"));
        assertThat(LegalCalendarRules.checkYear(2027, entries.subList(0, 1), "days"))
                .containsExactly(new DayOff(d("2027-01-01"), DayOff.Kind.HOLIDAY, "Tết Dương lịch"));
    }
}
