package vn.lachan.budget.domain;

import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.money.Money;

/**
 * The control on a unit's allocation (after the budget controls of ERPNext and Odoo): using money up to a
 * configurable share of the allocation passes silently, from that share up to 100 % it passes with a
 * warning, above 100 % it is refused unless an approver overrides it.
 *
 * @param level       where the unit's use of its allocation would stand
 * @param basisPoints what the unit would then have used, in hundredths of a percent of its allocation
 */
public record SpendingControl(Level level, long basisPoints, Money allocated, Money usedAfter) {

    public enum Level { WITHIN, WARNING, ABOVE }

    /** The code of the amount's error when it is above what is left of the unit's allocation. */
    public static final String ABOVE_ALLOCATION = "ABOVE_ALLOCATION";

    /**
     * Assesses using {@code amount} more of {@code unit}'s allocation (a commitment, or spending outside
     * commitments), with the warning at {@code warnAtPercent} % of it.
     */
    public static SpendingControl assess(UnitExecution unit, Money amount, int warnAtPercent) {
        Money after = unit.used().plus(amount);
        long bp = Percent.basisPoints(after, unit.allocated());
        Level level;
        if (after.isGreaterThan(unit.allocated())) {
            level = Level.ABOVE;
        } else if (bp >= warnAtPercent * 100L) {
            level = Level.WARNING;
        } else {
            level = Level.WITHIN;
        }
        return new SpendingControl(level, bp, unit.allocated(), after);
    }

    /** Spending against a commitment holds nothing more of the allocation: it passes, at the share already used. */
    public static SpendingControl againstCommitment(UnitExecution unit) {
        return new SpendingControl(Level.WITHIN, Percent.basisPoints(unit.used(), unit.allocated()), unit.allocated(),
                unit.used());
    }

    public String warningVi() {
        return level == Level.WITHIN ? "" : "Đơn vị đã dùng " + Percent.format(basisPoints) + " phân bổ ("
                + usedAfter.format() + " / " + allocated.format() + ").";
    }

    public String warningEn() {
        return level == Level.WITHIN ? "" : "The unit has used " + Percent.format(basisPoints).replace(',', '.')
                + " of its allocation (" + usedAfter.format() + " of " + allocated.format() + ").";
    }

    /**
     * Refuses when above the allocation, as an error of {@code field} (the amount the spender typed: the figure to
     * correct, or to ask an approver's override for); names what is left of the unit's allocation of the line.
     */
    public void refuseAbove(String field, String lineId, String unit, Money amount) {
        if (level == Level.ABOVE) {
            Money left = allocated.minus(usedAfter.minus(amount));
            throw new ValidationException(new FieldViolation(field, ABOVE_ALLOCATION,
                    "Số tiền " + amount.format() + " vượt số còn lại " + left.format() + " của phân bổ cho đơn vị "
                            + unit + " trên dòng kinh phí " + lineId + " (phân bổ " + allocated.format()
                            + "). Cần người phê duyệt cho phép vượt, hoặc điều chỉnh phân bổ.",
                    "The amount " + amount.format() + " exceeds the " + left.format() + " left of the allocation to "
                            + unit + " on budget line " + lineId + " (allocated " + allocated.format()
                            + "). An approver must override, or the allocation be changed."));
        }
    }
}
