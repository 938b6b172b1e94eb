package vn.lachan.budget.domain;

import vn.lachan.platform.money.Money;
import vn.lachan.platform.error.ConflictException;

/**
 * One line of the plan's budget for one year, with what has been spent against it.
 *
 * @param id            year and kind, e.g. {@code 2025-EQUIPMENT}
 * @param fundingSource code of where the money comes from, e.g. {@code PROVINCIAL} (ngân sách Tỉnh)
 */
public record BudgetLine(
        String id,
        int year,
        LineKind kind,
        String labelVi,
        String labelEn,
        String fundingSource,
        Money planned,
        Money spent) {

    public Money available() {
        return planned.minus(spent);
    }

    /**
     * Refuses spending {@code amount} when spent would then exceed planned.
     * An approver's override of this refusal is not built yet; it comes with approvals in a later issue.
     */
    public void refuseOverspending(Money amount) {
        if (spent.plus(amount).isGreaterThan(planned)) {
            throw new ConflictException(
                    "Khoản chi " + amount.format() + " vượt số còn lại " + available().format() + " của dòng kinh phí "
                            + id + " (dự toán " + planned.format() + ", đã chi " + spent.format() + ").",
                    "Spending " + amount.format() + " exceeds the " + available().format() + " left on budget line "
                            + id + " (planned " + planned.format() + ", spent " + spent.format() + ").");
        }
    }
}
