package vn.lachan.cases.domain;

import java.time.Instant;
import vn.lachan.platform.money.Money;

/**
 * One onward transfer a bank found on an account it was asked to hold, as the bank reports it: the amount, when it
 * left, the account and bank it went to, and the bank's own reference of the transaction. Absent values are null, so
 * the rules can tell "not given" from "given wrong".
 */
public record OnwardTransferDraft(
        Money amount,
        Instant transferredAt,
        String toAccountNumber,
        String toBank,
        String reference) {
}
