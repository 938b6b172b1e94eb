package vn.lachan.tip.rewards.domain;

import static vn.lachan.platform.security.Roles.AUDITOR;
import static vn.lachan.platform.security.Roles.BUDGET_SPENDER;
import static vn.lachan.platform.security.Roles.INVESTIGATOR;
import static vn.lachan.platform.security.Roles.POLICE_LEADER;
import static vn.lachan.platform.security.Roles.TIP_INTAKE;

import java.time.Duration;
import java.time.Instant;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.security.Caller;

/**
 * Who may propose, approve, reject and pay rewards, and what each step needs: investigators and police leaders
 * propose, a police leader other than the proposer approves or rejects, and the police's accountant (a budget
 * spender of a police unit, a third person) pays it from the plan's budget — budget-service checks the same
 * person's token and unit again before it records the spending. The accountant sees every reward of the police,
 * whichever unit received the tip: the police's budget pays them all.
 */
public final class RewardRules {

    /** Beyond a billion đồng a figure is a typing error, not a reward for a tip. */
    public static final long MAX_AMOUNT_DONG = 1_000_000_000L;
    static final int MAX_TEXT = 2_000;
    static final int MAX_REFERENCE = 100;
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private RewardRules() {
    }

    public static void checkPropose(Caller caller, long amountDong, String reason) {
        if (!caller.hasAny(INVESTIGATOR, POLICE_LEADER)) {
            throw new AccessDeniedException("Chỉ điều tra viên hoặc lãnh đạo công an được đề xuất khen thưởng.",
                    "Only investigators and police leaders may propose rewards.");
        }
        Violations v = new Violations();
        if (amountDong <= 0) {
            v.add("amount.dong", "OUT_OF_RANGE", "Số tiền thưởng phải lớn hơn 0 đồng.", "The amount must be more than 0 đồng.");
        } else if (amountDong > MAX_AMOUNT_DONG) {
            v.add("amount.dong", "OUT_OF_RANGE", "Số tiền thưởng tối đa 1.000.000.000 đ; hãy kiểm tra lại.",
                    "The amount may be at most 1,000,000,000 đồng; check the figure.");
        }
        v.requireText("reason", reason).maxLength("reason", reason, MAX_TEXT);
        v.throwIfAny();
    }

    /** The reward may be approved ({@code approve}) or rejected by the caller. */
    public static void checkDecide(Caller caller, Reward reward, boolean approve, String note) {
        checkLeader(caller, "phê duyệt hoặc từ chối", "approve or reject");
        if (approve && caller.name().equals(reward.proposedBy())) {
            throw new AccessDeniedException("Người đề xuất khen thưởng không được tự phê duyệt; cần lãnh đạo khác.",
                    "Whoever proposed a reward may not approve it; another leader must.");
        }
        requireStatus(reward, RewardStatus.PROPOSED, approve ? "phê duyệt" : "từ chối", approve ? "approved" : "rejected");
        Violations v = new Violations();
        if (!approve) {
            v.requireText("reason", note);
        }
        v.maxLength(approve ? "note" : "reason", note, MAX_TEXT);
        v.throwIfAny();
    }

    /** The police's accountant: a budget spender of a police unit. */
    public static boolean mayPay(Caller caller) {
        return caller.has(BUDGET_SPENDER) && caller.isPolice();
    }

    public static void checkPay(Caller caller, Reward reward, String paymentReference, Instant paidAt, Instant now) {
        if (!mayPay(caller)) {
            throw new AccessDeniedException(
                    "Chỉ kế toán của công an (người được chi kinh phí) được chi trả khen thưởng từ kinh phí.",
                    "Only the police's accountants (budget spenders of a police unit) may pay rewards from the budget.");
        }
        if (caller.name().equals(reward.proposedBy()) || caller.name().equals(reward.decidedBy())) {
            throw new AccessDeniedException("Người đề xuất hoặc phê duyệt khen thưởng không được tự chi trả.",
                    "Whoever proposed or approved a reward may not pay it.");
        }
        requireStatus(reward, RewardStatus.APPROVED, "chi trả", "paid");
        Violations v = new Violations();
        v.requireText("payment_reference", paymentReference).maxLength("payment_reference", paymentReference, MAX_REFERENCE);
        if (paidAt != null && paidAt.isAfter(now.plus(CLOCK_SKEW))) {
            v.add("paid_at", "IN_FUTURE", "Thời điểm không được ở tương lai.", "The time cannot be in the future.");
        } else if (paidAt != null && paidAt.isBefore(reward.proposedAt())) {
            v.add("paid_at", "OUT_OF_RANGE", "Thời điểm chi không được trước khi đề xuất.",
                    "The reward cannot be paid before it was proposed.");
        }
        v.throwIfAny();
    }

    /**
     * A retry of a payment under way must be that payment: the same voucher, and the same time when one is given
     * ({@code paidAt} null: the attempt's). Budget-service may already hold the spending of the first attempt, and
     * only the very same request finds it again.
     */
    public static void checkSamePayment(Reward underWay, String paymentReference, Instant paidAt) {
        boolean sameTime = paidAt == null || paidAt.equals(underWay.paidAt());
        if (!underWay.paymentReference().equals(paymentReference) || !sameTime) {
            throw new ConflictException(
                    "Khen thưởng đang được chi theo phiếu chi " + underWay.paymentReference() + " (lúc "
                            + underWay.paidAt() + ") mà kinh phí chưa xác nhận; hãy gửi lại đúng phiếu chi đó để hoàn tất.",
                    "The reward is being paid with voucher " + underWay.paymentReference() + " (at "
                            + underWay.paidAt() + ") and the budget has not confirmed it yet; repeat that voucher to finish.");
        }
    }

    public static void checkList(Caller caller) {
        if (!caller.hasAny(TIP_INTAKE, INVESTIGATOR, POLICE_LEADER, AUDITOR) && !mayPay(caller)) {
            throw new AccessDeniedException("Bạn không có quyền xem khen thưởng.", "You may not see rewards.");
        }
    }

    private static void checkLeader(Caller caller, String vi, String en) {
        if (!caller.has(POLICE_LEADER)) {
            throw new AccessDeniedException("Chỉ lãnh đạo công an được " + vi + " khen thưởng.",
                    "Only police leaders may " + en + " rewards.");
        }
    }

    private static void requireStatus(Reward reward, RewardStatus wanted, String vi, String en) {
        if (reward.status() != wanted) {
            throw new ConflictException(
                    "Khen thưởng " + reward.status().labelVi() + "; không thể " + vi + " nữa.",
                    "The reward is " + reward.status().labelEn() + "; it cannot be " + en + " now.");
        }
    }
}
