package vn.lachan.cases.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import vn.lachan.platform.account.BankAccounts;
import vn.lachan.platform.money.Money;

/**
 * Money that left an account of a case's trail for another account, as reported by the bank that was asked to hold
 * the first one (on that freeze request). {@code fromKey} and {@code toKey} are the accounts as indicators
 * ({@link BankAccounts}: {@code VCB:0123456789}), so the same account is one node of the trail however it was named.
 */
public record OnwardTransfer(
        UUID id,
        UUID caseId,
        UUID freezeRequestId,
        String fromKey,
        String toKey,
        String toBank,
        String toAccountNumber,
        Money amount,
        Instant transferredAt,
        String reference,
        Instant reportedAt,
        String reportedBy) {

    /** A transfer reported now on {@code request}, from a draft that passed {@link OnwardTransferRules}. */
    public static OnwardTransfer report(UUID id, FreezeRequest request, OnwardTransferDraft draft, Instant now,
                                        String actor) {
        return new OnwardTransfer(id, request.caseId(), request.id(), TrailAccounts.of(request),
                BankAccounts.ofBankUnit(draft.toBank(), draft.toAccountNumber()), draft.toBank(),
                draft.toAccountNumber(), draft.amount(), draft.transferredAt().truncatedTo(ChronoUnit.MICROS),
                draft.reference().trim(), now, actor);
    }

    /** Whether {@code draft} reports this same transaction (a retry), as opposed to a different one under its reference. */
    public boolean sameAs(OnwardTransferDraft draft) {
        return amount.equals(draft.amount())
                && transferredAt.equals(draft.transferredAt().truncatedTo(ChronoUnit.MICROS))
                && toAccountNumber.equals(draft.toAccountNumber())
                && toBank.equals(draft.toBank())
                && reference.equals(draft.reference().trim());
    }
}
