package vn.lachan.budget.domain;

import java.time.Instant;
import java.util.UUID;
import vn.lachan.platform.money.Money;

/** Part of a year's budget line given to an implementing unit, and who asked for and decided it. */
public record Allocation(
        UUID id,
        String lineId,
        String unit,
        Money amount,
        String note,
        AllocationStatus status,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote) {
}
