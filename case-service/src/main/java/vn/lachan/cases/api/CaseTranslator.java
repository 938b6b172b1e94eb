package vn.lachan.cases.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.lachan.cases.domain.Case;
import vn.lachan.cases.domain.CaseAccess;
import vn.lachan.cases.domain.CaseDraft;
import vn.lachan.cases.domain.CaseEvent;
import vn.lachan.cases.domain.CaseFlags;
import vn.lachan.cases.domain.CaseMove;
import vn.lachan.cases.domain.CaseProcedure;
import vn.lachan.cases.domain.InvestigationDeadlines;
import vn.lachan.cases.domain.Opener;
import vn.lachan.cases.domain.PenalCode;
import vn.lachan.cases.v1.CaseEventKind;
import vn.lachan.cases.v1.CrimeCategory;
import vn.lachan.cases.v1.ListPenalCodeArticlesResponse;
import vn.lachan.cases.v1.PenalCodeArticle;
import vn.lachan.cases.v1.PenalCodeClause;
import vn.lachan.cases.v1.Stage;
import vn.lachan.common.v1.AuditStamp;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.security.Caller;

/** Translates between the contract's messages and the domain. */
final class CaseTranslator {

    private CaseTranslator() {
    }

    static CaseDraft draft(vn.lachan.cases.v1.Case m) {
        return new CaseDraft(
                ProtoTime.instant(m.hasOpenedAt(), m.getOpenedAt()),
                m.getTitle(),
                m.getPenalCodeArticle(),
                m.getClause(),
                m.getLeadUnit(),
                m.getTipIdsList());
    }

    /** The officer the request names as deciding to open the case; null when it names none. */
    static Opener decidedBy(vn.lachan.cases.v1.OpenCaseRequest request) {
        if (!request.hasDecidedBy()) {
            return null;
        }
        return new Opener(request.getDecidedBy().getName().strip(), request.getDecidedBy().getUnit().strip());
    }

    static vn.lachan.cases.v1.Case message(Case c) {
        return builder(c).build();
    }

    /** The case with its history, time limit and the caller's moves, as GetCase and every step answer it. */
    static vn.lachan.cases.v1.Case message(CaseProcedure p, LocalDate today, Caller caller) {
        var m = builder(p.kase());
        CaseAccess.movesFor(caller, p.kase()).forEach(move ->
                m.addAvailableMoves(vn.lachan.cases.v1.CaseMove.valueOf(move.name())));
        var limit = p.limit();
        m.setInvestigationOverdue(p.isInvestigationOverdue(today))
                .setExtensionsGranted(limit.extensionsGranted())
                .setExtensionRequestedMonths(limit.pendingRequest().map(CaseEvent::months).orElse(0))
                .setLimitPhase(limit.phase().name())
                .setNextExtensionMaxMonths(p.nextExtensionMaxMonths());
        for (CaseEvent e : p.history()) {
            var h = vn.lachan.cases.v1.CaseEvent.newBuilder()
                    .setKind(CaseEventKind.valueOf(e.kind().name()))
                    .setFromStage(Stage.valueOf(e.from().name()))
                    .setToStage(Stage.valueOf(e.to().name()))
                    .setAt(ProtoTime.timestamp(e.at()))
                    .setActor(e.actor())
                    .setActorUnit(e.actorUnit())
                    .setMonths(e.months());
            if (e.move() != null) {
                h.setMove(vn.lachan.cases.v1.CaseMove.valueOf(e.move().name()));
            }
            if (e.reason() != null) {
                h.setReason(e.reason());
            }
            if (e.documentNumber() != null) {
                h.setDocumentNumber(e.documentNumber());
            }
            if (e.documentDate() != null) {
                h.setDocumentDate(e.documentDate().toString());
            }
            if (e.courtUnit() != null) {
                h.setCourtUnit(e.courtUnit());
            }
            if (e.flags() != null) {
                h.setFlags(flags(e.flags()));
            }
            if (e.release() != null) {
                h.setFreezeRequestId(e.release().freezeRequestId().toString())
                        .setBank(e.release().bank())
                        .setAmount(vn.lachan.common.v1.Money.newBuilder().setDong(e.release().amount().dong()));
                if (e.release().releasedAt() != null) {
                    h.setReleasedAt(ProtoTime.timestamp(e.release().releasedAt()));
                }
            }
            m.addHistory(h);
        }
        return m.build();
    }

    static vn.lachan.cases.v1.CaseFlags flags(CaseFlags f) {
        return vn.lachan.cases.v1.CaseFlags.newBuilder().setModelCase(f.modelCase()).setMobileTrial(f.mobileTrial())
                .setInterProvincial(f.interProvincial()).setForeignElement(f.foreignElement()).build();
    }

    static CaseFlags flags(vn.lachan.cases.v1.SetCaseFlagsRequest r) {
        if (!r.hasFlags()) {
            return null;
        }
        var f = r.getFlags();
        return new CaseFlags(f.getModelCase(), f.getMobileTrial(), f.getInterProvincial(), f.getForeignElement());
    }

    /** The move asked for; null when unspecified (a field error then). */
    static CaseMove move(vn.lachan.cases.v1.CaseMove m) {
        return m == vn.lachan.cases.v1.CaseMove.CASE_MOVE_UNSPECIFIED || m == vn.lachan.cases.v1.CaseMove.UNRECOGNIZED
                ? null : CaseMove.valueOf(m.name());
    }

    private static vn.lachan.cases.v1.Case.Builder builder(Case c) {
        var m = vn.lachan.cases.v1.Case.newBuilder()
                .setId(c.id().toString())
                .setNumber(c.number().toString())
                .setTitle(c.title() == null ? "" : c.title())
                .setPenalCodeArticle(c.offence().article())
                .setClause(c.offence().clause())
                .setCategory(CrimeCategory.valueOf(c.offence().category().name()))
                .setStage(Stage.valueOf(c.stage().name()))
                .setLeadUnit(c.leadUnit())
                .addAllTipIds(c.tipIds().stream().map(UUID::toString).toList())
                .setInvestigationDue(c.investigationDue() == null ? "" : c.investigationDue().toString())
                .setOpenedAt(ProtoTime.timestamp(c.openedAt()))
                .setProcuracyUnit(c.procuracyUnit())
                .setCourtUnit(c.courtUnit() == null ? "" : c.courtUnit())
                .setFlags(flags(c.flags()))
                .setAudit(AuditStamp.newBuilder()
                        .setCreatedAt(ProtoTime.timestamp(c.createdAt()))
                        .setCreatedBy(c.createdBy())
                        .setUpdatedAt(ProtoTime.timestamp(c.updatedAt()))
                        .setUpdatedBy(c.updatedBy()));
        return m;
    }

    /** The articles with each clause's crime category and investigation months, as forms offer them. */
    static ListPenalCodeArticlesResponse penalCode(List<PenalCode.Article> articles) {
        var answer = ListPenalCodeArticlesResponse.newBuilder();
        for (PenalCode.Article a : articles) {
            var article = PenalCodeArticle.newBuilder().setNumber(a.number()).setNameVi(a.nameVi()).setNameEn(a.nameEn());
            for (int clause : a.clauseNumbers()) {
                var category = a.clause(clause).orElseThrow().category();
                article.addClauses(PenalCodeClause.newBuilder().setClause(clause)
                        .setCategory(CrimeCategory.valueOf(category.name()))
                        .setInvestigationMonths(InvestigationDeadlines.months(category)));
            }
            answer.addArticles(article);
        }
        return answer.build();
    }
}
