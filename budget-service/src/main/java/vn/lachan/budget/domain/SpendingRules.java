package vn.lachan.budget.domain;

import vn.lachan.platform.money.Money;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.unit.UnitCodes;

/** What spending must satisfy before it is recorded. Field names are those of the contract. */
public final class SpendingRules {

    static final int MAX_DESCRIPTION = 2_000;
    /** Ten thousand billion đồng: above the whole plan by three orders of magnitude, so a typing error. */
    static final long MAX_AMOUNT_DONG = 10_000_000_000_000L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SpendingRules() {
    }

    /**
     * Checks {@code draft} against a line of {@code lineYear} on legal day {@code today}; throws with
     * every violation found, else answers the legal day the money was spent.
     */
    public static LocalDate check(SpendingDraft draft, int lineYear, LocalDate today) {
        Violations v = new Violations();
        UnitCodes.check(v, "spending.unit", draft.unit());
        if (draft.amountDong() <= 0) {
            v.add("spending.amount.dong", "NOT_POSITIVE", "Số tiền chi phải lớn hơn 0 đồng.",
                    "The amount must be more than 0 đồng.");
        } else if (draft.amountDong() > MAX_AMOUNT_DONG) {
            String max = Money.dong(MAX_AMOUNT_DONG).format();
            v.add("spending.amount.dong", "OUT_OF_RANGE",
                    "Số tiền chi tối đa " + max + "; hãy kiểm tra lại.",
                    "The amount may be at most " + max + "; check the figure.");
        }
        LocalDate spentOn = spentOn(v, draft.spentOn(), lineYear, today);
        v.requireText("spending.description", draft.description())
                .maxLength("spending.description", draft.description(), MAX_DESCRIPTION);
        v.throwIfAny();
        return spentOn;
    }

    private static LocalDate spentOn(Violations v, String text, int lineYear, LocalDate today) {
        String field = "spending.spent_on";
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
            v.add(field, "IN_FUTURE", "Ngày chi không được ở tương lai (hôm nay là " + DAY.format(today) + ").",
                    "The day of spending cannot be in the future (today is " + DAY.format(today) + ").");
        } else if (day.getYear() != lineYear) {
            v.add(field, "OUTSIDE_YEAR",
                    "Ngày chi phải trong năm " + lineYear + " của dòng kinh phí.",
                    "The day of spending must fall in the line's year, " + lineYear + ".");
        }
        return day;
    }
}
