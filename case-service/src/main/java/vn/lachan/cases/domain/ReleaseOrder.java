package vn.lachan.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import vn.lachan.platform.money.Money;

/**
 * A release order (lệnh giải tỏa, CPC Art. 129) lifting all or part of the hold of a freeze request, addressed to the
 * request's bank, with the case's supervising procuracy informed when it is issued; and the bank's report that it
 * executed it (null until then).
 */
public record ReleaseOrder(
        UUID id,
        UUID freezeRequestId,
        UUID caseId,
        String bank,
        Money amount,
        String documentNumber,
        LocalDate documentDate,
        String reason,
        Instant orderedAt,
        String orderedBy,
        String orderedByUnit,
        String procuracyUnit,
        Instant procuracyInformedAt,
        ReleaseStatus status,
        Instant releasedAt,
        Money amountReleased,
        Instant reportedAt,
        String reportedBy) {

    /** The order as the bank's report leaves it; call with a report {@link ReleaseRules} passed. */
    public ReleaseOrder executed(ReleaseExecution execution, Instant now, String actor) {
        return new ReleaseOrder(id, freezeRequestId, caseId, bank, amount, documentNumber, documentDate, reason,
                orderedAt, orderedBy, orderedByUnit, procuracyUnit, procuracyInformedAt, ReleaseStatus.EXECUTED,
                execution.releasedAt().truncatedTo(ChronoUnit.MICROS), execution.amountReleased(), now, actor);
    }

    /** Whether {@code execution} is the report this order was executed with (a retry of it). */
    public boolean sameReport(ReleaseExecution execution) {
        return execution.releasedAt() != null && execution.amountReleased() != null && releasedAt != null
                && releasedAt.equals(execution.releasedAt().truncatedTo(ChronoUnit.MICROS))
                && amountReleased.equals(execution.amountReleased());
    }
}
