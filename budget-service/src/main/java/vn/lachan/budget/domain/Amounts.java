package vn.lachan.budget.domain;

import vn.lachan.platform.error.Violations;
import vn.lachan.platform.money.Money;

/** The one rule for an amount of budget money in a request: whole đồng, more than 0, not absurd. */
public final class Amounts {

    /** Ten thousand billion đồng: above the whole plan by three orders of magnitude, so a typing error. */
    public static final long MAX_DONG = 10_000_000_000_000L;

    private Amounts() {
    }

    public static void check(Violations v, String field, long dong) {
        if (dong <= 0) {
            v.add(field, "NOT_POSITIVE", "Số tiền phải lớn hơn 0 đồng.", "The amount must be more than 0 đồng.");
        } else if (dong > MAX_DONG) {
            String max = Money.dong(MAX_DONG).format();
            v.add(field, "OUT_OF_RANGE", "Số tiền tối đa " + max + "; hãy kiểm tra lại.",
                    "The amount may be at most " + max + "; check the figure.");
        }
    }
}
