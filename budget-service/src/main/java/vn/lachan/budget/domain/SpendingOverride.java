package vn.lachan.budget.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.lachan.platform.money.Money;

/**
 * Spending above a unit's allocation, waiting for an approver, or allowed (then {@code spendingId} is the
 * spending it recorded) or refused, with the approver's reason.
 */
public record SpendingOverride(
        UUID id,
        String lineId,
        String unit,
        Money amount,
        LocalDate spentOn,
        String description,
        AllocationStatus status,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        String reason,
        UUID spendingId) {
}
