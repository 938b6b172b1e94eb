package vn.lachan.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.lachan.platform.money.Money;

/** A decision to return held money to victims, with the instructions it made (one per account and claim). */
public record ReturnDecision(
        UUID id,
        UUID caseId,
        ReturnRule rule,
        String documentNumber,
        LocalDate documentDate,
        String reason,
        Instant decidedAt,
        String decidedBy,
        List<ReturnInstruction> instructions) {

    public ReturnDecision {
        instructions = List.copyOf(instructions);
    }

    /** What the decision returns in all, in đồng. */
    public Money total() {
        return instructions.stream().map(ReturnInstruction::amount).reduce(Money.ZERO, Money::plus);
    }

    public ReturnDecision withInstructions(List<ReturnInstruction> shown) {
        return new ReturnDecision(id, caseId, rule, documentNumber, documentDate, reason, decidedAt, decidedBy, shown);
    }
}
