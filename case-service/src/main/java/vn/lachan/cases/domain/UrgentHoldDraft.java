package vn.lachan.cases.domain;

import java.time.Instant;
import vn.lachan.platform.money.Money;

/**
 * What the police say about an urgent hold to send. Absent values are null so the rules can tell "not given" from
 * "given wrong"; the tip id is as written, checked by {@link UrgentHoldRules}.
 */
public record UrgentHoldDraft(String tipId, String bank, String account, Money amountRequested, Instant transferredAt,
                              String reason) {
}
