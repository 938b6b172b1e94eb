package vn.lachan.cases.domain;

import vn.lachan.platform.money.Money;

/**
 * A victim's claim as the police write it. Absent values are null, so the rules can tell "not given" from "given
 * wrong"; the case and freeze request ids are as written, checked by {@link RestitutionRules}.
 */
public record VictimClaimDraft(
        String caseId,
        String victimName,
        String accountNumber,
        String bankName,
        Money amountLost,
        String freezeRequestId) {
}
