package vn.lachan.report.domain;

import java.util.List;

/**
 * What budget-service knows of a unit's share of the plan's budget for a year, in whole đồng, summed over the
 * year's lines: what was allocated to the unit, what it committed (contracts, orders) and what it spent, as
 * recorded when the report is started.
 */
public record BudgetFigures(long allocatedDong, long committedDong, long spentDong) {

    public static final String ALLOCATED = "budget.allocated";
    public static final String COMMITTED = "budget.committed";
    public static final String SPENT = "budget.spent";
    static final List<String> CODES = List.of(ALLOCATED, COMMITTED, SPENT);

    public BudgetFigures {
        if (allocatedDong < 0 || committedDong < 0 || spentDong < 0) {
            throw new IllegalArgumentException("budget figures are never negative");
        }
    }

    /** The figure budget-service gives for one of its codes. */
    public long figure(String code) {
        return switch (code) {
            case ALLOCATED -> allocatedDong;
            case COMMITTED -> committedDong;
            case SPENT -> spentDong;
            default -> throw new IllegalArgumentException("budget-service does not provide " + code);
        };
    }
}
