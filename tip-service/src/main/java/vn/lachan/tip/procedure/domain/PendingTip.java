package vn.lachan.tip.procedure.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.lachan.tip.intake.domain.TipStatus;

/** An undecided tip in the overdue view: no personal data. */
public record PendingTip(UUID id, Instant receivedAt, String receivingUnit, String modusOperandi, TipStatus status,
                         LocalDate decisionDue, LocalDate extendedUntil, Instant procuracyNotifiedAt) {
}
