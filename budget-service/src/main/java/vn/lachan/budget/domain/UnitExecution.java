package vn.lachan.budget.domain;

import vn.lachan.platform.money.Money;

/**
 * How one unit executes its allocation of one line: plan → allocated → committed → spent → available.
 *
 * @param committed          the unit's commitments on the line
 * @param spentOnCommitments spending against those commitments (never more than each commits)
 * @param spentDirectly      spending outside any commitment
 */
public record UnitExecution(
        String lineId,
        String unit,
        Money allocated,
        Money committed,
        Money spentOnCommitments,
        Money spentDirectly) {

    public static UnitExecution none(String lineId, String unit) {
        return new UnitExecution(lineId, unit, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    public Money spent() {
        return spentOnCommitments.plus(spentDirectly);
    }

    /** What holds the allocation's money: commitments, and spending outside them. */
    public Money used() {
        return committed.plus(spentDirectly);
    }

    /** What the unit may still commit or spend of its allocation; negative after an approved override. */
    public Money available() {
        return allocated.minus(used());
    }
}
