package vn.lachan.tip.publictips.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.lachan.platform.time.LegalTime;
import vn.lachan.tip.intake.domain.TipStatus;
import vn.lachan.tip.procedure.domain.Outcome;
import vn.lachan.tip.procedure.domain.ProcedureStep;
import vn.lachan.tip.procedure.domain.TipProcedure;
import vn.lachan.tip.rewards.domain.Reward;
import vn.lachan.tip.rewards.domain.RewardStatus;

/**
 * A public tip as its tipster sees it: where it stands, the decision as the reporter is told it, the thread without
 * officers' names, and the rewards approved. Nothing else of the police's work shows.
 *
 * @param outcome   null while undecided; only the ground and, for "not prosecute", the reasons recorded for the
 *                  reporter are kept
 * @param decidedOn the legal day of the decision; null while undecided
 * @param rewards   approved or paid
 */
public record TipsterView(TrackingCode trackingCode, Instant receivedAt, TipStatus status, LocalDate decisionDue,
                          Outcome outcome, LocalDate decidedOn, List<TipsterMessage> messages, List<Reward> rewards) {

    public TipsterView {
        messages = List.copyOf(messages);
        rewards = List.copyOf(rewards);
    }

    public static TipsterView of(TrackingCode code, TipProcedure procedure, List<TipsterMessage> thread,
                                 List<Reward> rewards) {
        var decision = procedure.outcome();
        Outcome told = decision.map(change -> toldToReporter(((ProcedureStep.Decided) change.step()).outcome()))
                .orElse(null);
        return new TipsterView(code, procedure.tip().facts().receivedAt(), procedure.status(), procedure.decisionDue(),
                told, decision.map(change -> LegalTime.legalDay(change.at())).orElse(null),
                thread.stream().map(TipsterMessage::forTipster).toList(),
                rewards.stream().filter(r -> r.status() == RewardStatus.APPROVED || r.status() == RewardStatus.PAID)
                        .toList());
    }

    /** What a reporter is told of a decision: case titles, units and suspension notes are the police's own. */
    static Outcome toldToReporter(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Prosecute p -> new Outcome.Prosecute(0, 0, null, null);
            case Outcome.NotProsecute n -> n;
            case Outcome.Suspend s -> new Outcome.Suspend(s.ground(), null);
        };
    }
}
