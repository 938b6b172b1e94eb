package vn.lachan.tip.rewards.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A reward (thưởng nóng) for valuable information in a tip, in whole đồng. Values of steps not yet taken are null.
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
        String paymentReference) {
}
