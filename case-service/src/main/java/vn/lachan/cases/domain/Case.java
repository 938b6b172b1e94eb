package vn.lachan.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.lachan.platform.time.LegalCalendar;

/**
 * A criminal case as stored: what it is for, where it stands, its time limit, who supervises and tries it, its
 * flags, and who touched it when. Stage, time limit, court and flags are kept as its history ({@link CaseProcedure})
 * last left them, so lists need not read the history.
 */
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
        String updatedBy,
        String procuracyUnit,
        String courtUnit,
        CaseFlags flags) {

    /** The procuracy that supervises the province's investigations unless the case says otherwise. */
    public static final String PROVINCIAL_PROCURACY = "vien-kiem-sat-tinh";

    public Case {
        tipIds = List.copyOf(tipIds);
        flags = flags == null ? CaseFlags.NONE : flags;
    }

    /** The case as shown to a viewer who may not read its title (it may name suspects): the title withheld (null). */
    public Case withoutTitle() {
        return new Case(id, number, openedAt, null, offence, stage, leadUnit, tipIds, investigationDue, createdAt,
                createdBy, updatedAt, updatedBy, procuracyUnit, courtUnit, flags);
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
                at, actor, at, actor, PROVINCIAL_PROCURACY, null, CaseFlags.NONE);
    }

    /** This case as {@code procedure} leaves it after its last entry, touched at {@code at} by {@code actor}. */
    public Case after(CaseProcedure procedure, Instant at, String actor) {
        return new Case(id, number, openedAt, title, offence, procedure.stage(), leadUnit, tipIds,
                procedure.investigationDue().orElse(null), createdAt, createdBy, at, actor, procuracyUnit,
                procedure.courtUnit().orElse(null), procedure.flags());
    }
}
