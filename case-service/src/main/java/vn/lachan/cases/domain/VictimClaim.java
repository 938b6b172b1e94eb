package vn.lachan.cases.domain;

import java.time.Instant;
import java.util.UUID;
import vn.lachan.platform.money.Money;

/**
 * A victim's claim on a case: who lost how much, the account the money goes back to, and the freeze request on the
 * account that received their first transfer (null when not traced). {@code amountDecided} is what return decisions
 * gave the claim so far, {@code amountReturned} what of it the banks reported paid. Name, account and bank are
 * null when withheld from the viewer.
 */
public record VictimClaim(
        UUID id,
        UUID caseId,
        String victimName,
        String accountNumber,
        String bankName,
        Money amountLost,
        UUID freezeRequestId,
        Money amountDecided,
        Money amountReturned,
        Instant createdAt,
        String createdBy) {

    /** A claim added now, from a draft that passed {@link RestitutionRules}. */
    public static VictimClaim add(UUID id, UUID caseId, VictimClaimDraft draft, UUID freezeRequestId, Instant at,
                                  String actor) {
        return new VictimClaim(id, caseId, draft.victimName().trim(), draft.accountNumber(), draft.bankName().trim(),
                draft.amountLost(), freezeRequestId, Money.ZERO, Money.ZERO, at, actor);
    }

    /** What the claim is still owed: lost − already decided; never negative. */
    public Money owed() {
        return amountLost.minus(amountDecided);
    }

    /** The claim without the victim's name and account, for viewers who may not see them. */
    public VictimClaim withoutPersonalData() {
        return new VictimClaim(id, caseId, null, null, null, amountLost, freezeRequestId, amountDecided, amountReturned,
                createdAt, createdBy);
    }
}
