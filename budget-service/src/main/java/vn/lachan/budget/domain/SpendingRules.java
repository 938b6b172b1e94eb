package vn.lachan.budget.domain;

import java.time.LocalDate;
import java.util.UUID;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.money.Money;
import vn.lachan.platform.unit.UnitCodes;

/** What spending must satisfy before it is recorded. Field names are those of the contract. */
public final class SpendingRules {

    static final int MAX_DESCRIPTION = 2_000;
    /** Ten thousand billion đồng: above the whole plan by three orders of magnitude, so a typing error. */
    static final long MAX_AMOUNT_DONG = 10_000_000_000_000L;

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
        if (draft.againstCommitment()) {
            commitmentId(v, draft.commitmentId());
        }
        v.throwIfAny();
        return spentOn;
    }

    /** The commitment's id, or null (with a violation) when it is not a UUID. */
    public static UUID commitmentId(Violations v, String text) {
        try {
            if (text.length() == 36) {
                return UUID.fromString(text);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        v.add("spending.commitment_id", "INVALID_FORMAT", "Mã cam kết không đúng dạng.",
                "The commitment's id is not well formed.");
        return null;
    }

    private static LocalDate spentOn(Violations v, String text, int lineYear, LocalDate today) {
        return BudgetDays.check(v, "spending.spent_on", text, lineYear, today);
    }
}
