package vn.lachan.budget.domain;

import java.time.Instant;
import java.util.UUID;
import vn.lachan.platform.money.Money;

/**
 * Part of a year's budget line given to an implementing unit, and who asked for and decided it. A row a change
 * (transfer, carry-forward) added has its {@code changeId}, and is negative where the change took money from the unit.
 */
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
        String decisionNote,
        UUID changeId) {

    /** An allocation requested on its own, not by a change. */
    public Allocation(UUID id, String lineId, String unit, Money amount, String note, AllocationStatus status,
            String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt, String decisionNote) {
        this(id, lineId, unit, amount, note, status, requestedBy, requestedAt, decidedBy, decidedAt, decisionNote, null);
    }
}
