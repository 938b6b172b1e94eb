package vn.lachan.budget.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.lachan.platform.money.Money;

/**
 * A commitment of a unit against its allocation of a line, and what has been spent against it.
 *
 * @param spent the spending recorded against this commitment; never more than {@code amount}
 */
public record Commitment(
        UUID id,
        String lineId,
        String unit,
        Money amount,
        LocalDate committedOn,
        String reference,
        String description,
        Money spent,
        Instant createdAt,
        String createdBy) {

    /** What is committed and not yet spent. */
    public Money open() {
        return amount.minus(spent);
    }
}
