package vn.lachan.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.money.Money;

/**
 * One payment a bank is to make from the money it holds on a freeze request to a victim's account, as a return
 * decision apportioned it, and the bank's report that it paid. The victim's name, account and bank are null when
 * withheld from the viewer; execution time, reference and reporter are null until reported.
 */
public record ReturnInstruction(
        UUID id,
        UUID caseId,
        UUID decisionId,
        UUID freezeRequestId,
        String bank,
        String sourceAccountNumber,
        UUID claimId,
        String victimName,
        String victimAccountNumber,
        String victimBankName,
        Money amount,
        ReturnRule rule,
        String documentNumber,
        LocalDate documentDate,
        Instant decidedAt,
        ReturnStatus status,
        Instant executedAt,
        String bankReference,
        Instant reportedAt,
        String reportedBy) {

    /** The result of a report: the instruction after it, and whether it changed (false: the same report again). */
    public record Reported(ReturnInstruction instruction, boolean changed) {
    }

    /**
     * The bank's report, checked by {@link RestitutionRules}, at {@code now}. The same report again (same time to the
     * microsecond, same reference) answers the instruction unchanged, so a retry is harmless; a different one after
     * the first is refused as a conflict: what the bank reported first stands.
     */
    public Reported report(ReturnExecution execution, Instant now, String actor) {
        RestitutionRules.check(execution, decidedAt, now);
        Instant at = execution.executedAt().truncatedTo(ChronoUnit.MICROS);
        String reference = execution.bankReference().trim();
        if (status == ReturnStatus.EXECUTED) {
            if (at.equals(executedAt) && reference.equals(bankReference)) {
                return new Reported(this, false);
            }
            throw new ConflictException(
                    "Lệnh trả lại tiền đã được báo thực hiện (" + bankReference + "); không nhận báo cáo khác.",
                    "The return was already reported paid (" + bankReference + "); a different report is refused.");
        }
        return new Reported(new ReturnInstruction(id, caseId, decisionId, freezeRequestId, bank, sourceAccountNumber,
                claimId, victimName, victimAccountNumber, victimBankName, amount, rule, documentNumber, documentDate,
                decidedAt, ReturnStatus.EXECUTED, at, reference, now, actor), true);
    }

    /** The instruction without the victim's name, account and bank, for viewers who may not see them. */
    public ReturnInstruction withoutPersonalData() {
        return new ReturnInstruction(id, caseId, decisionId, freezeRequestId, bank, sourceAccountNumber, claimId, null,
                null, null, amount, rule, documentNumber, documentDate, decidedAt, status, executedAt, bankReference,
                reportedAt, reportedBy);
    }

    public ReturnInstruction {
        Objects.requireNonNull(amount);
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a return instruction pays more than 0 đồng");
        }
    }
}
