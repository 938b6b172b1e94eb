package vn.lachan.platform.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the legal calendar: a day off on a weekday, a public holiday, or a weekend day made a working day.
 *
 * @param day  the legal day (Asia/Ho_Chi_Minh)
 * @param kind what the day is
 * @param name what it is called, e.g. "Tết Nguyên đán Bính Ngọ"
 */
public record DayOff(LocalDate day, Kind kind, String name) {

    public enum Kind {
        /** Ngày nghỉ lễ, tết (Labour Code 2019, Art. 112(1)). */
        HOLIDAY,
        /** Nghỉ bù: a holiday fell on the weekly day off (Art. 111(3)). */
        COMPENSATORY,
        /** Nghỉ do hoán đổi ngày làm việc, decided by the Government for the year. */
        SWAPPED,
        /** Làm bù: a Saturday or Sunday worked in exchange for a swapped day off. */
        WORKING_DAY;

        public boolean isOff() {
            return this != WORKING_DAY;
        }
    }

    public DayOff {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
