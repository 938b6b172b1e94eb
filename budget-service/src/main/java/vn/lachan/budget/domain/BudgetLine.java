package vn.lachan.budget.domain;

import java.util.List;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.money.Money;

/**
 * One line of the plan's budget for one year, with where its money comes from, what of it is allocated
 * to units, committed by them and spent.
 *
 * @param id             year and kind, e.g. {@code 2025-EQUIPMENT}
 * @param funding        one share per funding source; what the line plans is their sum
 * @param allocated      the sum of the line's approved allocations
 * @param committed      the sum of the commitments (contracts, orders) against the line
 * @param spent          all spending on the line, against commitments or not
 * @param spentDirectly  the part of {@code spent} recorded outside any commitment
 */
public record BudgetLine(
        String id,
        int year,
        LineKind kind,
        String labelVi,
        String labelEn,
        List<FundingShare> funding,
        Money allocated,
        Money committed,
        Money spent,
        Money spentDirectly) {

    public BudgetLine {
        funding = List.copyOf(funding);
    }

    /** A line nothing has been committed against, all its spending direct. */
    public BudgetLine(String id, int year, LineKind kind, String labelVi, String labelEn, List<FundingShare> funding,
            Money allocated, Money spent) {
        this(id, year, kind, labelVi, labelEn, funding, allocated, Money.ZERO, spent, spent);
    }

    public Money planned() {
        return funding.stream().map(FundingShare::amount).reduce(Money.ZERO, Money::plus);
    }

    /** What the line's money is held by: commitments, and spending outside them. */
    public Money used() {
        return committed.plus(spentDirectly);
    }

    /** What may still be committed or spent: planned − committed − spent outside commitments. */
    public Money available() {
        return planned().minus(used());
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
     * Refuses using {@code amount} more of the line (a commitment, or spending outside commitments) when it
     * would then use more than it plans. No override lifts this: money the plan does not hold needs a
     * transfer or a revision of the plan first.
     */
    public void refuseOverspending(Money amount) {
        if (used().plus(amount).isGreaterThan(planned())) {
            throw new ConflictException(
                    "Khoản chi " + amount.format() + " vượt số còn lại " + available().format() + " của dòng kinh phí "
                            + id + " (dự toán " + planned().format() + ", đã cam kết và chi " + used().format() + ").",
                    "Spending " + amount.format() + " exceeds the " + available().format() + " left on budget line "
                            + id + " (planned " + planned().format() + ", committed and spent " + used().format() + ").");
        }
    }

    /** The code of the amount's error when the line has not that much left. */
    public static final String ABOVE_LINE = "ABOVE_LINE";

    /**
     * {@link #refuseOverspending(Money)} for a request that names the amount: the refusal is an error of
     * {@code field}, the figure to correct.
     */
    public void refuseOverspending(String field, Money amount) {
        try {
            refuseOverspending(amount);
        } catch (ConflictException aboveLine) {
            throw new ValidationException(new FieldViolation(field, ABOVE_LINE, aboveLine.vi(), aboveLine.en()));
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
