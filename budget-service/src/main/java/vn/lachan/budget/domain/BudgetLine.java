package vn.lachan.budget.domain;

import java.util.List;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.money.Money;

/**
 * One line of the plan's budget for one year, with where its money comes from, what of it is allocated
 * to units and what has been spent against it.
 *
 * @param id        year and kind, e.g. {@code 2025-EQUIPMENT}
 * @param funding   one share per funding source; what the line plans is their sum
 * @param allocated the sum of the line's approved allocations
 */
public record BudgetLine(
        String id,
        int year,
        LineKind kind,
        String labelVi,
        String labelEn,
        List<FundingShare> funding,
        Money allocated,
        Money spent) {

    public BudgetLine {
        funding = List.copyOf(funding);
    }

    public Money planned() {
        return funding.stream().map(FundingShare::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money available() {
        return planned().minus(spent);
    }

    /** What may still be allocated to units. */
    public Money unallocated() {
        return planned().minus(allocated);
    }

    /** The first funding source's code, for callers that know only one. */
    public String fundingSource() {
        return funding.isEmpty() ? "" : funding.getFirst().source();
    }

    /**
     * Refuses spending {@code amount} when spent would then exceed planned.
     * An approver's override of this refusal is not built yet; it comes with approvals in a later issue.
     */
    public void refuseOverspending(Money amount) {
        if (spent.plus(amount).isGreaterThan(planned())) {
            throw new ConflictException(
                    "Khoản chi " + amount.format() + " vượt số còn lại " + available().format() + " của dòng kinh phí "
                            + id + " (dự toán " + planned().format() + ", đã chi " + spent.format() + ").",
                    "Spending " + amount.format() + " exceeds the " + available().format() + " left on budget line "
                            + id + " (planned " + planned().format() + ", spent " + spent.format() + ").");
        }
    }

    /** Refuses allocating {@code amount} more when the line's allocations would then exceed what it plans. */
    public void refuseOverAllocation(Money amount) {
        if (allocated.plus(amount).isGreaterThan(planned())) {
            throw new ConflictException(
                    "Phân bổ " + amount.format() + " vượt số chưa phân bổ " + unallocated().format() + " của dòng kinh phí "
                            + id + " (dự toán " + planned().format() + ", đã phân bổ " + allocated.format() + ").",
                    "Allocating " + amount.format() + " exceeds the " + unallocated().format()
                            + " not yet allocated on budget line " + id + " (planned " + planned().format()
                            + ", allocated " + allocated.format() + ").");
        }
    }
}
