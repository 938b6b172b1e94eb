package vn.lachan.tip.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

    /** Shown to callers who may not see personal data: the narrative is withheld. */
    public static final String WITHHELD = "[withheld: personal data / đã ẩn: dữ liệu cá nhân]";

    /** The narrative withheld and the indicators (phones, accounts) left out; the petitioning body stays. */
    public Tip withoutPersonalData() {
        TipDraft f = facts;
        return new Tip(id, new TipDraft(f.receivedAt(), f.channel(), f.sourceKind(), f.receivingUnit(),
                f.modusOperandi(), WITHHELD, f.lossDong(), f.lastTransferAt(), List.of(), f.petitioningUnit()),
                status, decisionDue, createdAt, createdBy, updatedAt, updatedBy);
    }
}
