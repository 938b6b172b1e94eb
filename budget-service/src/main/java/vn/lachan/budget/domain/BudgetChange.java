package vn.lachan.budget.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.lachan.platform.money.Money;

/** A requested change of the plan, who asked for and decided it, and what its approval moved. */
public record BudgetChange(
        UUID id,
        ChangeKind kind,
        int year,
        String fromLineId,
        String fromUnit,
        String toLineId,
        String toUnit,
        String fundingSource,
        Money amount,
        String note,
        AllocationStatus status,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote,
        List<Movement> movements) {

    public BudgetChange {
        movements = List.copyOf(movements);
    }

    /** Whether a spender of {@code unit} sees this change: it takes from or gives to that unit. */
    public boolean touchesUnit(String unit) {
        return unit != null && (unit.equals(fromUnit) || unit.equals(toUnit));
    }
}
