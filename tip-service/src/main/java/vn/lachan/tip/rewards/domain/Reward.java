package vn.lachan.tip.rewards.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A reward (thưởng nóng) for valuable information in a tip, in whole đồng. Values of steps not yet taken are null.
 *
 * <p>An APPROVED reward whose {@code paymentReference} is set has a payment under way: budget-service was (or is
 * being) asked to record its spending with those details ({@code paidAt}, {@code budgetLineId}, {@code paidByUnit}),
 * and has not answered yet. Once PAID, {@code spendingId} is the spending budget-service recorded (null for rewards
 * paid before payments went through the budget).
 */
public record Reward(
        UUID id,
        UUID tipId,
        long amountDong,
        String reason,
        RewardStatus status,
        String proposedBy,
        String proposedByUnit,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote,
        String paidBy,
        Instant paidAt,
        String paymentReference,
        UUID spendingId,
        String budgetLineId,
        String paidByUnit) {

    /** An approved reward whose payment was started and has not been answered by budget-service yet. */
    public boolean paymentUnderWay() {
        return status == RewardStatus.APPROVED && paymentReference != null;
    }
}
