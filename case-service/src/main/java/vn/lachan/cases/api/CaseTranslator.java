package vn.lachan.cases.api;

import java.util.UUID;
import vn.lachan.common.v1.AuditStamp;
import vn.lachan.cases.domain.Case;
import vn.lachan.cases.domain.CaseDraft;
import vn.lachan.cases.v1.CrimeCategory;
import vn.lachan.cases.v1.Stage;
import vn.lachan.platform.api.ProtoTime;

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

    static vn.lachan.cases.v1.Case message(Case c) {
        return vn.lachan.cases.v1.Case.newBuilder()
                .setId(c.id().toString())
                .setNumber(c.number().toString())
                .setTitle(c.title())
                .setPenalCodeArticle(c.offence().article())
                .setClause(c.offence().clause())
                .setCategory(CrimeCategory.valueOf(c.offence().category().name()))
                .setStage(Stage.valueOf(c.stage().name()))
                .setLeadUnit(c.leadUnit())
                .addAllTipIds(c.tipIds().stream().map(UUID::toString).toList())
                .setInvestigationDue(c.investigationDue().toString())
                .setOpenedAt(ProtoTime.timestamp(c.openedAt()))
                .setAudit(AuditStamp.newBuilder()
                        .setCreatedAt(ProtoTime.timestamp(c.createdAt()))
                        .setCreatedBy(c.createdBy())
                        .setUpdatedAt(ProtoTime.timestamp(c.updatedAt()))
                        .setUpdatedBy(c.updatedBy()))
                .build();
    }
}
