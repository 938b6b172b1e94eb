package vn.lachan.budget.domain;

import static vn.lachan.platform.security.Roles.BUDGET_APPROVER;

import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.security.Caller;

/**
 * Who may allow spending above an allocation: an approver, never the one who spends, always with a reason.
 */
public final class OverrideRules {

    static final int MAX_REASON = 2_000;

    private OverrideRules() {
    }

    public static void checkDecider(Caller caller) {
        if (!caller.has(BUDGET_APPROVER)) {
            throw new AccessDeniedException("Chỉ người phê duyệt kinh phí được cho phép hoặc từ chối chi vượt phân bổ.",
                    "Only budget approvers may allow or refuse spending above an allocation.");
        }
    }

    /** {@code caller} may decide {@code override} with {@code reason}; the reason is required either way. */
    public static void checkDecision(Caller caller, SpendingOverride override, String reason) {
        checkDecider(caller);
        if (caller.name().equals(override.requestedBy())) {
            throw Decisions.ownRequest("Người chi không được tự cho phép chi vượt phân bổ; cần người phê duyệt khác.",
                    "Whoever spends may not allow their own spending above the allocation; another approver must.");
        }
        if (override.status() != AllocationStatus.REQUESTED) {
            throw Decisions.alreadyDecided("Đề nghị chi vượt này đã được " + (override.status() == AllocationStatus.APPROVED
                    ? "cho phép" : "từ chối") + " trước đó.",
                    "This request to spend above the allocation was already "
                            + (override.status() == AllocationStatus.APPROVED ? "allowed" : "refused") + ".");
        }
        Violations v = new Violations();
        v.requireText("reason", reason).maxLength("reason", reason, MAX_REASON);
        v.throwIfAny();
    }
}
