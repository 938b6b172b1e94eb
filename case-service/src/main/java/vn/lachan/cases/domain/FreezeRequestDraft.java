package vn.lachan.cases.domain;

import vn.lachan.platform.money.Money;

/**
 * What the police say about a freeze request to send. Absent values are null (texts, money) or 0 (layer) so the
 * rules can tell "not given" from "given wrong"; the case id is as written, checked by {@link FreezeRequestRules}.
 */
public record FreezeRequestDraft(
        String caseId,
        String bank,
        String accountNumber,
        String accountHolder,
        Money amountRequested,
        int layer,
        String reason) {
}
