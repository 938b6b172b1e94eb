package vn.lachan.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The shipped years hold the Labour Code's holidays, Tết and Giỗ Tổ by the lunar calendar (computed by ICU). */
class LegalCalendarShippedTest {

    private final LegalCalendar calendar = LegalCalendar.shipped();

    static IntStream shippedYears() {
        return IntStream.rangeClosed(2022, 2027);
    }

    @Test
    void coversTheYearsOfThePlanAndOneMore() {
        assertThat(calendar.years()).containsExactly(2022, 2023, 2024, 2025, 2026, 2027);
    }

    @ParameterizedTest
    @MethodSource("shippedYears")
    void tetAndTheDaysAroundItAreOff(int year) {
        LocalDate tet = lunar(year, 1, 1);
        assertThat(calendar.isDayOff(tet.minusDays(1))).as("last day of the lunar year %s", tet.minusDays(1)).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThat(calendar.isDayOff(tet.plusDays(i))).as("day %d of Tết, %s", i + 1, tet.plusDays(i)).isTrue();
        }
        assertThat(calendar.entries(year).stream().filter(e -> e.name().startsWith("Tết Nguyên đán")
                && e.kind() == DayOff.Kind.HOLIDAY).count()).as("five statutory days of Tết").isEqualTo(5);
    }

    @ParameterizedTest
    @MethodSource("shippedYears")
    void hungKingsDayIsTheTenthOfTheThirdLunarMonth(int year) {
        LocalDate day = lunar(year, 3, 10);
        assertThat(calendar.entries(year)).anySatisfy(e -> {
            assertThat(e.day()).isEqualTo(day);
            assertThat(e.kind()).isEqualTo(DayOff.Kind.HOLIDAY);
            assertThat(e.name()).startsWith("Giỗ Tổ");
        });
        assertThat(calendar.lastDay(day)).as("a working day comes after it").isAfter(day);
    }

    @ParameterizedTest
    @MethodSource("shippedYears")
    void theSolarHolidaysAndTheirCompensationAreThere(int year) {
        for (LocalDate day : new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30),
            LocalDate.of(year, 5, 1), LocalDate.of(year, 9, 2)}) {
            assertThat(calendar.entries(year)).anySatisfy(e -> {
                assertThat(e.day()).isEqualTo(day);
                assertThat(e.kind()).isEqualTo(DayOff.Kind.HOLIDAY);
            });
        }
        long statutory = calendar.entries(year).stream().filter(e -> e.kind() == DayOff.Kind.HOLIDAY).count();
        assertThat(statutory).as("11 days of Art. 112 of the Labour Code").isEqualTo(11);
        long holidaysOnWeekends = calendar.entries(year).stream()
                .filter(e -> e.kind() == DayOff.Kind.HOLIDAY && LegalCalendar.isWeekend(e.day())).count();
        long compensatory = calendar.entries(year).stream().filter(e -> e.kind() == DayOff.Kind.COMPENSATORY).count();
        long swapped = calendar.entries(year).stream().filter(e -> e.kind() == DayOff.Kind.SWAPPED).count();
        long worked = calendar.entries(year).stream().filter(e -> e.kind() == DayOff.Kind.WORKING_DAY).count();
        assertThat(compensatory).as("a holiday on a weekend is compensated, not more").isLessThanOrEqualTo(holidaysOnWeekends);
        assertThat(swapped).as("every swapped day off is worked on a weekend day").isEqualTo(worked);
        assertThat(calendar.entries(year)).allSatisfy(e -> {
            boolean weekend = e.day().getDayOfWeek() == DayOfWeek.SATURDAY || e.day().getDayOfWeek() == DayOfWeek.SUNDAY;
            if (e.kind() == DayOff.Kind.WORKING_DAY) {
                assertThat(weekend).as("%s worked", e.day()).isTrue();
            } else if (e.kind() != DayOff.Kind.HOLIDAY) {
                assertThat(weekend).as("%s off in exchange", e.day()).isFalse();
            }
        });
    }

    /** The solar day of a lunar date (Vietnam and China agree on every new moon of 2022–2027). */
    private static LocalDate lunar(int year, int month, int day) {
        ChineseCalendar c = new ChineseCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            c.setTimeInMillis(d.atTime(12, 0).atZone(LegalTime.ZONE).toInstant().toEpochMilli());
            if (c.get(ChineseCalendar.MONTH) + 1 == month && c.get(ChineseCalendar.DAY_OF_MONTH) == day
                    && c.get(ChineseCalendar.IS_LEAP_MONTH) == 0) {
                return d;
            }
        }
        throw new AssertionError("no lunar " + day + "/" + month + " in " + year);
    }
}
