package vn.lachan.tip.procedure.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.time.LegalCalendar;
import vn.lachan.tip.intake.domain.Tip;
import vn.lachan.tip.procedure.domain.ExtensionRequest;
import vn.lachan.tip.procedure.domain.NonProsecutionGround;
import vn.lachan.tip.procedure.domain.Outcome;
import vn.lachan.tip.procedure.domain.PendingProsecution;
import vn.lachan.tip.procedure.domain.PendingTip;
import vn.lachan.tip.procedure.domain.ProcedureStep;
import vn.lachan.tip.procedure.domain.StatusChange;
import vn.lachan.tip.procedure.domain.SuspensionGround;
import vn.lachan.tip.procedure.domain.TipProcedure;
import vn.lachan.tip.v1.DecideTipRequest;
import vn.lachan.tip.v1.ExtendTipRequest;
import vn.lachan.tip.v1.OverdueTip;
import vn.lachan.tip.v1.TipExtension;
import vn.lachan.tip.v1.TipOutcome;
import vn.lachan.tip.v1.TipStatus;

/** Translates between the decision contract's messages and the domain. */
public final class DecisionTranslator {

    private DecisionTranslator() {
    }

    /** The outcome asked for; null when the request names none. Absent texts and grounds are null. */
    public static Outcome outcome(DecideTipRequest m) {
        return switch (m.getOutcomeCase()) {
            case PROSECUTE -> new Outcome.Prosecute(m.getProsecute().getPenalCodeArticle(), m.getProsecute().getClause(),
                    text(m.getProsecute().getLeadUnit()), text(m.getProsecute().getCaseTitle()));
            case NOT_PROSECUTE -> new Outcome.NotProsecute(ground(m.getNotProsecute().getGround()),
                    text(m.getNotProsecute().getReasons()));
            case SUSPEND -> new Outcome.Suspend(ground(m.getSuspend().getGround()), text(m.getSuspend().getNote()));
            case OUTCOME_NOT_SET -> null;
        };
    }

    public static ExtensionRequest extension(ExtendTipRequest m) {
        var a = m.getProcuracyApproval();
        return new ExtensionRequest(text(m.getUntil()), text(m.getReason()), m.hasProcuracyApproval()
                ? new ExtensionRequest.Approval(text(a.getApprover()), text(a.getDocumentNumber()), text(a.getDocumentDate()))
                : null);
    }

    /**
     * The tip's message with where it stands: case, outcome, deadlines, history. Free texts of the procedure
     * (reasons, notes) may name people, so they are withheld like the narrative from viewers who may not see it.
     */
    public static vn.lachan.tip.v1.Tip.Builder withProcedure(vn.lachan.tip.v1.Tip.Builder m, TipProcedure p, LocalDate today,
                                                        boolean personalData) {
        p.kase().ifPresent(c -> m.setCaseId(c.id().toString()));
        p.outcome().ifPresent(change -> m.setOutcome(outcome(change, personalData)));
        p.extendedUntil().ifPresent(until -> m.setExtendedUntil(until.toString()));
        p.notification().ifPresent(n -> m.setProcuracyNotifiedAt(ProtoTime.timestamp(n.notifiedAt())));
        m.setDecisionDue(p.decisionDue().toString())
                .setNotificationDue(p.notificationDue().toString())
                .setNotificationOverdue(p.isNotificationOverdue(today))
                .setDecisionOverdue(p.isDecisionOverdue(today));
        for (StatusChange change : p.history()) {
            m.addHistory(statusChange(change, personalData));
        }
        for (StatusChange change : p.changes()) {
            if (change.step() instanceof ProcedureStep.Extended e) {
                m.addExtensions(extension(e, change, personalData));
            }
        }
        return m;
    }

    public static OverdueTip overdue(PendingTip t, LocalDate today, LegalCalendar calendar) {
        var m = OverdueTip.newBuilder()
                .setTipId(t.id().toString())
                .setReceivedAt(ProtoTime.timestamp(t.receivedAt()))
                .setReceivingUnit(t.receivingUnit())
                .setModusOperandi(t.modusOperandi())
                .setStatus(TipStatus.valueOf(t.status().name()))
                .setDecisionDue(t.decisionDue().toString())
                .setDaysLeft((int) ChronoUnit.DAYS.between(today, t.decisionDue()))
                .setDecisionOverdue(vn.lachan.tip.procedure.domain.TipDeadlines.hasPassed(t.decisionDue(), today));
        LocalDate notificationDue = vn.lachan.tip.procedure.domain.TipDeadlines.notificationDue(calendar, t.receivedAt());
        m.setNotificationDue(notificationDue.toString())
                .setNotificationOverdue(t.procuracyNotifiedAt() == null
                        && vn.lachan.tip.procedure.domain.TipDeadlines.hasPassed(notificationDue, today));
        if (t.extendedUntil() != null) {
            m.setExtendedUntil(t.extendedUntil().toString());
        }
        return m.build();
    }

    /** A prosecution decided while its case is not opened yet. */
    public static TipOutcome pending(PendingProsecution p, boolean personalData) {
        return TipOutcome.newBuilder()
                .setDecidedAt(ProtoTime.timestamp(p.decidedAt()))
                .setDecidedBy(p.decidedBy())
                .setProsecute(vn.lachan.tip.v1.Prosecute.newBuilder()
                        .setPenalCodeArticle(p.prosecute().penalCodeArticle())
                        .setClause(p.prosecute().clause())
                        .setLeadUnit(p.prosecute().leadUnit())
                        .setCaseTitle(personalData ? p.prosecute().caseTitle() : Tip.WITHHELD))
                .build();
    }

    private static TipOutcome outcome(StatusChange change, boolean personalData) {
        var decided = (ProcedureStep.Decided) change.step();
        var m = TipOutcome.newBuilder()
                .setDecidedAt(ProtoTime.timestamp(change.at()))
                .setDecidedBy(change.actor());
        switch (decided.outcome()) {
            case Outcome.Prosecute p -> m.setProsecute(vn.lachan.tip.v1.Prosecute.newBuilder()
                    .setPenalCodeArticle(p.penalCodeArticle())
                    .setClause(p.clause())
                    .setLeadUnit(nonNull(p.leadUnit()))
                    .setCaseTitle(personalData ? nonNull(p.caseTitle()) : Tip.WITHHELD)
                    .setCaseNumber(decided.kase().number()));
            case Outcome.NotProsecute n -> m.setNotProsecute(vn.lachan.tip.v1.NotProsecute.newBuilder()
                    .setGround(vn.lachan.tip.v1.NonProsecutionGround.valueOf(n.ground().name()))
                    .setReasons(personalData ? n.reasons() : Tip.WITHHELD)
                    .setGroundLabelVi(n.ground().labelVi())
                    .setGroundLabelEn(n.ground().labelEn()));
            case Outcome.Suspend s -> m.setSuspend(vn.lachan.tip.v1.Suspend.newBuilder()
                    .setGround(vn.lachan.tip.v1.SuspensionGround.valueOf(s.ground().name()))
                    .setNote(personalData ? nonNull(s.note()) : Tip.WITHHELD)
                    .setGroundLabelVi(s.ground().labelVi())
                    .setGroundLabelEn(s.ground().labelEn()));
        }
        return m.build();
    }

    private static vn.lachan.tip.v1.StatusChange statusChange(StatusChange c, boolean personalData) {
        var m = vn.lachan.tip.v1.StatusChange.newBuilder()
                .setStep(step(c.step()))
                .setToStatus(TipStatus.valueOf(c.to().name()))
                .setAt(ProtoTime.timestamp(c.at()))
                .setActor(c.actor())
                .setActorUnit(c.actorUnit());
        if (c.from() != null) {
            m.setFromStatus(TipStatus.valueOf(c.from().name()));
        }
        if (c.step().note() != null) {
            m.setNote(personalData ? c.step().note() : Tip.WITHHELD);
        }
        return m.build();
    }

    private static TipExtension extension(ProcedureStep.Extended e, StatusChange change, boolean personalData) {
        var m = TipExtension.newBuilder()
                .setNumber(e.number())
                .setUntil(e.until().toString())
                .setReason(personalData ? e.reason() : Tip.WITHHELD)
                .setExtendedAt(ProtoTime.timestamp(change.at()))
                .setExtendedBy(change.actor());
        if (e.approval() != null) {
            m.setProcuracyApproval(vn.lachan.tip.v1.ProcuracyApproval.newBuilder()
                    .setApprover(e.approval().approver())
                    .setDocumentNumber(e.approval().documentNumber())
                    .setDocumentDate(e.approval().documentDate().toString()));
        }
        return m.build();
    }

    private static vn.lachan.tip.v1.ProcedureStep step(ProcedureStep step) {
        return switch (step) {
            case ProcedureStep.Received r -> vn.lachan.tip.v1.ProcedureStep.RECEIVE;
            case ProcedureStep.Extended e -> vn.lachan.tip.v1.ProcedureStep.EXTEND;
            case ProcedureStep.ProcuracyNotified n -> vn.lachan.tip.v1.ProcedureStep.NOTIFY_PROCURACY;
            case ProcedureStep.Decided d -> vn.lachan.tip.v1.ProcedureStep.DECIDE;
            case ProcedureStep.Resumed r -> vn.lachan.tip.v1.ProcedureStep.RESUME;
        };
    }

    private static NonProsecutionGround ground(vn.lachan.tip.v1.NonProsecutionGround g) {
        return g == vn.lachan.tip.v1.NonProsecutionGround.NON_PROSECUTION_GROUND_UNSPECIFIED
                || g == vn.lachan.tip.v1.NonProsecutionGround.UNRECOGNIZED ? null : NonProsecutionGround.valueOf(g.name());
    }

    private static SuspensionGround ground(vn.lachan.tip.v1.SuspensionGround g) {
        return g == vn.lachan.tip.v1.SuspensionGround.SUSPENSION_GROUND_UNSPECIFIED
                || g == vn.lachan.tip.v1.SuspensionGround.UNRECOGNIZED ? null : SuspensionGround.valueOf(g.name());
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
