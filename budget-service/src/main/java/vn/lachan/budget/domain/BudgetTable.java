package vn.lachan.budget.domain;

import vn.lachan.platform.money.Money;
import java.util.List;

/** Budget lines with their totals, the shape of the plan's Appendix 2. */
public record BudgetTable(List<BudgetLine> lines) {

    public BudgetTable {
        lines = List.copyOf(lines);
    }

    public Money planned() {
        return lines.stream().map(BudgetLine::planned).reduce(Money.ZERO, Money::plus);
    }

    public Money spent() {
        return lines.stream().map(BudgetLine::spent).reduce(Money.ZERO, Money::plus);
    }

    public Money available() {
        return lines.stream().map(BudgetLine::available).reduce(Money.ZERO, Money::plus);
    }
}
