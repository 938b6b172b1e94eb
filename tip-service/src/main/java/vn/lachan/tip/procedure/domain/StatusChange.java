package vn.lachan.tip.procedure.domain;

import java.time.Instant;
import vn.lachan.tip.intake.domain.Tip;
import vn.lachan.tip.intake.domain.TipStatus;

/** One entry of a tip's history: the step taken, the status before and after, when, and by whom. */
public record StatusChange(ProcedureStep step, TipStatus from, TipStatus to, Instant at, String actor, String actorUnit) {

    /** The receipt has no status before it; {@code from} is null. */
    public static StatusChange receipt(Tip tip) {
        return new StatusChange(new ProcedureStep.Received(), null, TipStatus.RECEIVED, tip.createdAt(), tip.createdBy(), "");
    }
}
