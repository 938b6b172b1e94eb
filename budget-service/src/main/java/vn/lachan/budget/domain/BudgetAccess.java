package vn.lachan.budget.domain;

import static vn.lachan.platform.security.Roles.AUDITOR;
import static vn.lachan.platform.security.Roles.BUDGET_APPROVER;
import static vn.lachan.platform.security.Roles.BUDGET_PLANNER;
import static vn.lachan.platform.security.Roles.BUDGET_SPENDER;
import static vn.lachan.platform.security.Roles.POLICE_LEADER;
import static vn.lachan.platform.security.Roles.READER_CONSOLIDATED;
import static vn.lachan.platform.security.Roles.REPORT_SUBMITTER;

import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.security.Caller;

/**
 * Who may do what with the plan's budget. The budget roles, the police leadership (the police
 * co-manage the plan's budget), the People's Committee's consolidated readers, auditors and the
 * platform's own services read the lines. Only spenders record spending, and only for their own unit,
 * unless they may also approve spending, which covers every unit. A unit's report submitters read their own
 * unit's execution, and nothing else of the budget, for its periodic report (report-service pre-fills it).
 */
public final class BudgetAccess {

    private BudgetAccess() {
    }

    public static boolean mayRead(Caller caller) {
        return caller.hasAny(BUDGET_PLANNER, BUDGET_SPENDER, BUDGET_APPROVER, POLICE_LEADER, READER_CONSOLIDATED, AUDITOR)
                || caller.isSystem();
    }

    /** Reading budget lines (one or a list). */
    public static void checkRead(Caller caller) {
        if (!mayRead(caller)) {
            throw new AccessDeniedException("Bạn không có quyền xem kinh phí của kế hoạch.",
                    "You may not see the plan's budget.");
        }
    }

    /**
     * Reading a year's execution (GetExecution): every budget reader, and a unit's report submitter, whom
     * {@link #scopeUnit} then limits to their own unit's rows, for the figures of their unit's periodic report.
     */
    public static boolean mayReadExecution(Caller caller) {
        return mayRead(caller) || caller.has(REPORT_SUBMITTER);
    }

    public static void checkReadExecution(Caller caller) {
        if (!mayReadExecution(caller)) {
            throw new AccessDeniedException("Bạn không có quyền xem tình hình thực hiện kinh phí.",
                    "You may not see the budget's execution.");
        }
    }

    /**
     * Whether the caller sees the allocations and execution of {@code unit}: everyone who reads the budget
     * sees every unit, except a spender with no wider role, who sees only their own unit.
     */
    public static boolean maySeeUnit(Caller caller, String unit) {
        return mayRead(caller) && (seesEveryUnit(caller) || caller.belongsTo(unit));
    }

    /** The one unit a caller is limited to when listing, or null when they see every unit. */
    public static String scopeUnit(Caller caller) {
        return seesEveryUnit(caller) ? null : caller.unit();
    }

    private static boolean seesEveryUnit(Caller caller) {
        return caller.hasAny(BUDGET_PLANNER, BUDGET_APPROVER, POLICE_LEADER, READER_CONSOLIDATED, AUDITOR)
                || caller.isSystem();
    }

    /** Recording spending at all, whatever the unit: checked before anything about the request is told. */
    public static void checkSpend(Caller caller) {
        if (!caller.has(BUDGET_SPENDER)) {
            throw new AccessDeniedException("Bạn không có quyền ghi khoản chi.", "You may not record spending.");
        }
    }

    /** Recording spending of {@code unit}: a spender's own unit, or any unit for a spender who also approves. */
    public static void checkSpendFor(Caller caller, String unit) {
        checkSpend(caller);
        if (!caller.has(BUDGET_APPROVER) && !caller.belongsTo(unit)) {
            // another unit's allocation is "not found", whether it has one or not: nothing is learned about it
            throw new NotFoundException("kinh phí được giao của đơn vị", "allocation of unit", unit == null ? "" : unit);
        }
    }
}
