package vn.lachan.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.lachan.platform.time.LegalCalendar;

/** A criminal case as stored: what it is for, where it stands, its time limit, and who touched it when. */
public record Case(
        UUID id,
        CaseNumber number,
        Instant openedAt,
        String title,
        Offence offence,
        Stage stage,
        String leadUnit,
        List<UUID> tipIds,
        LocalDate investigationDue,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    public Case {
        tipIds = List.copyOf(tipIds);
    }

    /**
     * A case opened from a draft that passed {@link CaseRules}: in investigation, its offence classified by the
     * Penal Code and its investigation time limit running from the day it was opened.
     */
    public static Case open(UUID id, CaseNumber number, CaseDraft facts, Instant at, String actor,
                            LegalCalendar calendar) {
        Offence offence = PenalCode.offence(facts.penalCodeArticle(), facts.clause())
                .orElseThrow(() -> new IllegalArgumentException("check the draft with CaseRules first"));
        return new Case(id, number, facts.openedAt(), facts.title(), offence, Stage.INVESTIGATION, facts.leadUnit(),
                facts.tipIds().stream().map(UUID::fromString).toList(),
                InvestigationDeadlines.due(calendar, offence.category(), facts.openedAt()),
                at, actor, at, actor);
    }
}
