package vn.lachan.budget.domain;

import static vn.lachan.platform.security.Roles.BUDGET_APPROVER;
import static vn.lachan.platform.security.Roles.BUDGET_PLANNER;

import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.unit.UnitCodes;

/**
 * Who may request and decide allocations, and what a request must hold. Planners (the finance department
 * with the police) request; the People's Committee's approver decides, never their own request.
 */
public final class AllocationRules {

    static final int MAX_NOTE = 2_000;

    private AllocationRules() {
    }

    public static void checkRequester(Caller caller) {
        if (!caller.has(BUDGET_PLANNER)) {
            throw new AccessDeniedException("Chỉ cán bộ lập kế hoạch kinh phí được đề nghị phân bổ.",
                    "Only budget planners may request allocations.");
        }
    }

    public static void checkDraft(AllocationDraft draft) {
        Violations v = new Violations();
        UnitCodes.check(v, "allocation.unit", draft.unit());
        Amounts.check(v, "allocation.amount.dong", draft.amountDong());
        v.requireText("allocation.note", draft.note()).maxLength("allocation.note", draft.note(), MAX_NOTE);
        v.throwIfAny();
    }

    public static void checkDecider(Caller caller) {
        if (!caller.has(BUDGET_APPROVER)) {
            throw new AccessDeniedException("Chỉ người phê duyệt kinh phí được phê duyệt hoặc từ chối phân bổ.",
                    "Only budget approvers may approve or reject allocations.");
        }
    }

    /** {@code caller} may approve ({@code approve}) or reject {@code allocation} with {@code note}. */
    public static void checkDecision(Caller caller, Allocation allocation, boolean approve, String note) {
        checkDecider(caller);
        if (caller.name().equals(allocation.requestedBy())) {
            throw Decisions.ownRequest("Người đề nghị phân bổ không được tự quyết định; cần người phê duyệt khác.",
                    "Whoever requested an allocation may not decide it; another approver must.");
        }
        if (allocation.status() != AllocationStatus.REQUESTED) {
            throw Decisions.alreadyDecided("Phân bổ này đã được " + (allocation.status() == AllocationStatus.APPROVED
                    ? "phê duyệt" : "từ chối") + " trước đó.",
                    "This allocation was already " + allocation.status().name().toLowerCase() + ".");
        }
        Violations v = new Violations();
        if (!approve) {
            v.requireText("note", note);
        }
        v.maxLength("note", note, MAX_NOTE);
        v.throwIfAny();
    }
}
