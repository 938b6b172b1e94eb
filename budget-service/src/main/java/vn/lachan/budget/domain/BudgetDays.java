package vn.lachan.budget.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.lachan.platform.error.Violations;

/** The one rule for the day of a budget event: given as yyyy-MM-dd, not in the future, in the line's year. */
public final class BudgetDays {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private BudgetDays() {
    }

    /** Checks {@code text} into {@code v}; answers the day, or null when it is missing or not a date. */
    public static LocalDate check(Violations v, String field, String text, int lineYear, LocalDate today) {
        if (text == null || text.isBlank()) {
            v.requireText(field, text);
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            v.add(field, "INVALID_FORMAT", "Ngày phải theo dạng yyyy-MM-dd, ví dụ 2025-06-14.",
                    "A date is written yyyy-MM-dd, e.g. 2025-06-14.");
            return null;
        }
        if (day.isAfter(today)) {
            v.add(field, "IN_FUTURE", "Ngày không được ở tương lai (hôm nay là " + DAY.format(today) + ").",
                    "The day cannot be in the future (today is " + DAY.format(today) + ").");
        } else if (day.getYear() != lineYear) {
            v.add(field, "OUTSIDE_YEAR",
                    "Ngày phải trong năm " + lineYear + " của dòng kinh phí.",
                    "The day must fall in the line's year, " + lineYear + ".");
        }
        return day;
    }
}
