package vn.lachan.cases.api;

import vn.lachan.cases.domain.ReturnDecision;
import vn.lachan.cases.domain.ReturnDecisionDraft;
import vn.lachan.cases.domain.ReturnExecution;
import vn.lachan.cases.domain.ReturnInstruction;
import vn.lachan.cases.domain.ReturnRule;
import vn.lachan.cases.domain.VictimClaim;
import vn.lachan.cases.domain.VictimClaimDraft;
import vn.lachan.cases.v1.AddVictimClaimRequest;
import vn.lachan.cases.v1.DecideReturnRequest;
import vn.lachan.cases.v1.ReportReturnExecutedRequest;
import vn.lachan.cases.v1.ReturnStatus;
import vn.lachan.common.v1.AuditStamp;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.money.Money;

/** Translates between the restitution messages of the contract and the domain. */
final class RestitutionTranslator {

    private RestitutionTranslator() {
    }

    static VictimClaimDraft draft(AddVictimClaimRequest request) {
        var m = request.getVictimClaim();
        return new VictimClaimDraft(
                request.getCaseId(),
                m.getVictimName(),
                m.getAccountNumber(),
                m.getBankName(),
                m.hasAmountLost() ? Money.dong(m.getAmountLost().getDong()) : null,
                m.getFreezeRequestId());
    }

    static ReturnDecisionDraft draft(DecideReturnRequest request) {
        if (request.getRule() == vn.lachan.cases.v1.ReturnRule.UNRECOGNIZED) {
            new Violations().add("rule", "UNKNOWN_VALUE", "Cách chia không hợp lệ.", "Unknown rule.").throwIfAny();
        }
        ReturnRule rule = request.getRule() == vn.lachan.cases.v1.ReturnRule.RETURN_RULE_UNSPECIFIED ? null
                : ReturnRule.valueOf(request.getRule().name());
        return new ReturnDecisionDraft(request.getCaseId(), rule, request.getDocumentNumber(),
                request.getDocumentDate(), request.getReason());
    }

    static ReturnExecution execution(ReportReturnExecutedRequest request) {
        return new ReturnExecution(ProtoTime.instant(request.hasExecutedAt(), request.getExecutedAt()),
                request.getBankReference());
    }

    static vn.lachan.cases.v1.VictimClaim message(VictimClaim c) {
        var m = vn.lachan.cases.v1.VictimClaim.newBuilder()
                .setId(c.id().toString())
                .setCaseId(c.caseId().toString())
                .setAmountLost(money(c.amountLost()))
                .setAmountDecided(money(c.amountDecided()))
                .setAmountReturned(money(c.amountReturned()))
                .setAudit(AuditStamp.newBuilder()
                        .setCreatedAt(ProtoTime.timestamp(c.createdAt()))
                        .setCreatedBy(c.createdBy())
                        .setUpdatedAt(ProtoTime.timestamp(c.createdAt()))
                        .setUpdatedBy(c.createdBy()));
        if (c.victimName() != null) {
            m.setVictimName(c.victimName()).setAccountNumber(c.accountNumber()).setBankName(c.bankName());
        }
        if (c.freezeRequestId() != null) {
            m.setFreezeRequestId(c.freezeRequestId().toString());
        }
        return m.build();
    }

    static vn.lachan.cases.v1.ReturnDecision message(ReturnDecision d) {
        return vn.lachan.cases.v1.ReturnDecision.newBuilder()
                .setId(d.id().toString())
                .setCaseId(d.caseId().toString())
                .setRule(rule(d.rule()))
                .setDocumentNumber(d.documentNumber())
                .setDocumentDate(d.documentDate().toString())
                .setReason(d.reason())
                .setDecidedAt(ProtoTime.timestamp(d.decidedAt()))
                .setDecidedBy(d.decidedBy())
                .addAllInstructions(d.instructions().stream().map(RestitutionTranslator::message).toList())
                .setTotal(money(d.total()))
                .build();
    }

    static vn.lachan.cases.v1.ReturnInstruction message(ReturnInstruction i) {
        var m = vn.lachan.cases.v1.ReturnInstruction.newBuilder()
                .setId(i.id().toString())
                .setCaseId(i.caseId().toString())
                .setDecisionId(i.decisionId().toString())
                .setFreezeRequestId(i.freezeRequestId().toString())
                .setBank(i.bank())
                .setSourceAccountNumber(i.sourceAccountNumber())
                .setVictimClaimId(i.claimId().toString())
                .setAmount(money(i.amount()))
                .setRule(rule(i.rule()))
                .setDocumentNumber(i.documentNumber())
                .setDocumentDate(i.documentDate().toString())
                .setDecidedAt(ProtoTime.timestamp(i.decidedAt()))
                .setStatus(ReturnStatus.valueOf(i.status().name()));
        if (i.victimName() != null) {
            m.setVictimName(i.victimName()).setVictimAccountNumber(i.victimAccountNumber())
                    .setVictimBankName(i.victimBankName());
        }
        if (i.executedAt() != null) {
            m.setExecutedAt(ProtoTime.timestamp(i.executedAt())).setBankReference(i.bankReference());
        }
        return m.build();
    }

    private static vn.lachan.cases.v1.ReturnRule rule(ReturnRule rule) {
        return vn.lachan.cases.v1.ReturnRule.valueOf(rule.name());
    }

    private static vn.lachan.common.v1.Money money(Money money) {
        return vn.lachan.common.v1.Money.newBuilder().setDong(money.dong()).build();
    }
}
