package vn.lachan.tip.intake.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.lachan.platform.security.Caller;
import vn.lachan.tip.intake.Tips;
import vn.lachan.tip.intake.domain.Tip;
import vn.lachan.tip.intake.domain.TipAccess;
import vn.lachan.tip.procedure.TipDecisions;
import vn.lachan.tip.procedure.api.DecisionTranslator;
import vn.lachan.tip.procedure.domain.TipProcedure;

/** A tip as the contract shows it: its facts and where it stands (deadlines, outcome, case, history). */
@Component
public class TipViews {

    private final Tips tips;
    private final TipDecisions decisions;

    TipViews(Tips tips, TipDecisions decisions) {
        this.tips = tips;
        this.decisions = decisions;
    }

    /** The tip as {@link Tips#get} shows it to the caller, with where it stands. */
    public vn.lachan.tip.v1.Tip get(UUID id, Caller caller) {
        return message(tips.get(id, caller), caller);
    }

    /** {@code tip}, already shown to the caller (personal data withheld or audited), with where it stands. */
    public vn.lachan.tip.v1.Tip message(Tip tip, Caller caller) {
        var m = withProcedure(tip, decisions.procedureOf(tip), decisions.today(), caller);
        return decisions.pendingProsecution(tip.id())
                .map(p -> m.toBuilder().setPendingProsecution(
                        DecisionTranslator.pending(p, TipAccess.maySeeNarrative(caller))).build())
                .orElse(m);
    }

    public List<vn.lachan.tip.v1.Tip> messages(List<Tip> shown, Caller caller) {
        LocalDate today = decisions.today();
        List<TipProcedure> procedures = decisions.proceduresOf(shown);
        List<vn.lachan.tip.v1.Tip> result = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            result.add(withProcedure(shown.get(i), procedures.get(i), today, caller));
        }
        return result;
    }

    private static vn.lachan.tip.v1.Tip withProcedure(Tip tip, TipProcedure procedure, LocalDate today, Caller caller) {
        return DecisionTranslator.withProcedure(TipTranslator.message(tip).toBuilder(), procedure, today,
                TipAccess.maySeeNarrative(caller)).build();
    }
}
