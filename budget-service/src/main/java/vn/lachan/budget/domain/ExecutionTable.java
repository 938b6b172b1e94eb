package vn.lachan.budget.domain;

import java.util.ArrayList;
import java.util.List;
import vn.lachan.platform.money.Money;

/**
 * A year's execution: each line (plan → allocated → committed → spent → available) with its units, and the
 * months of the year, cumulative, against the plan (or the allocation, when one unit is asked for).
 *
 * @param base what the months' percentages are of: the lines' plan, or the unit's allocation
 */
public record ExecutionTable(int year, List<Row> lines, List<Month> months, Money base) {

    /** A line with the units that execute it (only those the caller may see). */
    public record Row(BudgetLine line, List<UnitExecution> units) {
        public Row {
            units = List.copyOf(units);
        }
    }

    /** What was committed and spent in one month, and spent so far in the year. */
    public record Month(int month, Money committed, Money spent, Money spentToDate, long basisPointsToDate) {
    }

    public ExecutionTable {
        lines = List.copyOf(lines);
        months = List.copyOf(months);
    }

    /** Months 1–12 from what was committed and spent in each (index 0 is January), against {@code base}. */
    public static List<Month> months(Money[] committed, Money[] spent, Money base) {
        List<Month> months = new ArrayList<>(12);
        Money toDate = Money.ZERO;
        for (int m = 0; m < 12; m++) {
            toDate = toDate.plus(spent[m]);
            months.add(new Month(m + 1, committed[m], spent[m], toDate, Percent.basisPoints(toDate, base)));
        }
        return months;
    }

    public Money planned() {
        return lines.stream().map(r -> r.line().planned()).reduce(Money.ZERO, Money::plus);
    }

    public Money allocated() {
        return lines.stream().map(r -> r.line().allocated()).reduce(Money.ZERO, Money::plus);
    }

    public Money committed() {
        return lines.stream().map(r -> r.line().committed()).reduce(Money.ZERO, Money::plus);
    }

    public Money spent() {
        return lines.stream().map(r -> r.line().spent()).reduce(Money.ZERO, Money::plus);
    }

    public Money available() {
        return lines.stream().map(r -> r.line().available()).reduce(Money.ZERO, Money::plus);
    }
}
