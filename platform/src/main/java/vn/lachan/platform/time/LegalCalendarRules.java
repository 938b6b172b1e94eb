package vn.lachan.platform.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.Violations;

/** What an administrator may write as one year of the legal calendar; every field error at once. */
public final class LegalCalendarRules {

    public static final int FIRST_YEAR = 2015;
    public static final int LAST_YEAR = 2100;
    static final int MAX_NAME = 200;
    static final int MAX_ENTRIES = 80;

    /** One entry as written by a person: text, not yet checked. */
    public record Entry(String day, String kind, String name) {
    }

    private LegalCalendarRules() {
    }

    /** The entries of {@code year}, checked; throws a validation error naming {@code field[i].day} etc. */
    public static List<DayOff> checkYear(int year, List<Entry> entries, String field) {
        Violations v = new Violations();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            v.add("year", "OUT_OF_RANGE", "Năm phải từ " + FIRST_YEAR + " đến " + LAST_YEAR + ".",
                    "The year must be from " + FIRST_YEAR + " to " + LAST_YEAR + ".");
            v.throwIfAny();
        }
        if (entries.isEmpty()) {
            v.add(field, "REQUIRED", "Một năm phải có ít nhất một ngày nghỉ lễ, tết.",
                    "A year has at least one public holiday.");
        } else if (entries.size() > MAX_ENTRIES) {
            v.add(field, "TOO_MANY", "Tối đa " + MAX_ENTRIES + " ngày trong một năm.",
                    "At most " + MAX_ENTRIES + " entries in a year.");
        }
        List<DayOff> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String at = field + "[" + i + "]";
            LocalDate day = day(v, at + ".day", e.day(), year);
            DayOff.Kind kind = kind(v, at + ".kind", e.kind());
            v.requireText(at + ".name", e.name()).maxLength(at + ".name", e.name(), MAX_NAME);
            if (day != null && !seen.add(day)) {
                v.add(at + ".day", "DUPLICATE", "Ngày " + day + " đã có ở dòng khác.",
                        "The day " + day + " is already listed.");
            }
            if (day != null && kind != null) {
                boolean weekend = LegalCalendar.isWeekend(day);
                if (kind == DayOff.Kind.WORKING_DAY && !weekend) {
                    v.add(at + ".kind", "NOT_ALLOWED", "Chỉ thứ Bảy, Chủ nhật mới có thể là ngày làm bù.",
                            "Only a Saturday or Sunday can be made a working day.");
                } else if ((kind == DayOff.Kind.COMPENSATORY || kind == DayOff.Kind.SWAPPED) && weekend) {
                    v.add(at + ".kind", "NOT_ALLOWED", "Ngày nghỉ bù, nghỉ hoán đổi phải là ngày làm việc trong tuần.",
                            "A compensatory or swapped day off must be a weekday.");
                }
            }
            if (day != null && kind != null && e.name() != null && !e.name().isBlank()) {
                days.add(new DayOff(day, kind, e.name().trim()));
            }
        }
        v.throwIfAny();
        return days;
    }

    private static LocalDate day(Violations v, String field, String text, int year) {
        if (text == null || text.isBlank()) {
            v.add(FieldViolation.required(field));
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.trim());
            if (d.getYear() != year) {
                v.add(field, "OUT_OF_RANGE", "Ngày phải thuộc năm " + year + ".", "The day must be in " + year + ".");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            v.add(field, "INVALID_FORMAT", "Ngày phải theo dạng yyyy-MM-dd, ví dụ 2026-02-17.",
                    "A date is written yyyy-MM-dd, e.g. 2026-02-17.");
            return null;
        }
    }

    private static DayOff.Kind kind(Violations v, String field, String text) {
        String allowed = Arrays.stream(DayOff.Kind.values()).map(Enum::name).collect(Collectors.joining(", "));
        if (text == null || text.isBlank()) {
            v.add(field, "REQUIRED", "Trường này là bắt buộc; cho phép: " + allowed + ".",
                    "This field is required; allowed: " + allowed + ".");
            return null;
        }
        try {
            return DayOff.Kind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(field, "INVALID_VALUE", "Giá trị không hợp lệ; cho phép: " + allowed + ".",
                    "Not a valid value; allowed: " + allowed + ".");
            return null;
        }
    }

}
