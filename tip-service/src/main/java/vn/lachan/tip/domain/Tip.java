package vn.lachan.tip.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A tip as stored: the draft's facts, its status and legal deadline, and who touched it when. */
public record Tip(
        UUID id,
        TipDraft facts,
        TipStatus status,
        LocalDate decisionDue,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {
}
