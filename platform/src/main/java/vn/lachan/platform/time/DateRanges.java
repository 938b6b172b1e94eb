package vn.lachan.platform.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.lachan.platform.error.Violations;

/** Reads an inclusive range of legal days given as ISO-8601 text. */
public final class DateRanges {

    static final int MAX_YEARS = 10;

    private DateRanges() {
    }

    public record Range(LocalDate from, LocalDate to) {
    }

    public static Range parse(String fromField, String from, String toField, String to) {
        Violations v = new Violations();
        LocalDate start = date(v, fromField, from);
        LocalDate end = date(v, toField, to);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                v.add(toField, "BEFORE_START", "Ngày kết thúc phải từ ngày bắt đầu trở đi.",
                        "The end date must not be before the start date.");
            } else if (start.plusYears(MAX_YEARS).isBefore(end)) {
                v.add(toField, "OUT_OF_RANGE", "Khoảng thời gian tối đa " + MAX_YEARS + " năm.",
                        "The range may span at most " + MAX_YEARS + " years.");
            }
        }
        v.throwIfAny();
        return new Range(start, end);
    }

    private static LocalDate date(Violations v, String field, String text) {
        if (text == null || text.isBlank()) {
            v.requireText(field, text);
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            v.add(field, "INVALID_FORMAT", "Ngày phải theo dạng yyyy-MM-dd, ví dụ 2024-06-14.",
                    "A date is written yyyy-MM-dd, e.g. 2024-06-14.");
            return null;
        }
    }
}
