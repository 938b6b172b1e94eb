package vn.lachan.budget.domain;

import vn.lachan.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Spending as recorded against a budget line, directly or against a commitment (else null), and who recorded it when. */
public record Spending(
        UUID id,
        String lineId,
        String unit,
        Money amount,
        LocalDate spentOn,
        String description,
        UUID commitmentId,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {
}
