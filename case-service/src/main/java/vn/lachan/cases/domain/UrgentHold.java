package vn.lachan.cases.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.money.Money;

/**
 * An urgent request of the police to the bank holding the account that received a tip's money to temporarily suspend
 * it, before any case exists (Law on Anti-Money Laundering 14/2022/QH15, Art. 44(1)(c): a reporting entity delays a
 * transaction at the request of a competent state body; Art. 44(3): for at most 3 working days). It lapses at {@code
 * expiresAt} unless a freeze request (CPC Art. 129) of the case opened from the tip, on the same bank and account,
 * confirms it first. The stored status is the bank's last answer or CONFIRMED; LAPSED is read from the clock
 * ({@link #statusAt}), so the hold lapses even when no job runs.
 */
public record UrgentHold(
        UUID id,
        UUID tipId,
        String bank,
        String account,
        Money amountRequested,
        Instant transferredAt,
        String reason,
        UrgentHoldStatus status,
        Instant requestedAt,
        Instant expiresAt,
        Instant acknowledgedAt,
        Instant heldAt,
        Money amountHeld,
        Instant rejectedAt,
        String rejectionReason,
        UUID confirmedBy,
        Instant confirmedAt,
        String createdBy,
        String createdUnit,
        Instant updatedAt,
        String updatedBy) {

    /** A hold sent at {@code now} from a draft that passed {@link UrgentHoldRules}, lapsing {@code lapseAfter} later. */
    public static UrgentHold send(UUID id, UUID tipId, UrgentHoldDraft draft, Instant now, Duration lapseAfter,
                                  String actor, String actorUnit) {
        return new UrgentHold(id, tipId, draft.bank(), draft.account(), draft.amountRequested(),
                draft.transferredAt().truncatedTo(ChronoUnit.MICROS), draft.reason().trim(), UrgentHoldStatus.REQUESTED,
                now, now.plus(lapseAfter), null, null, null, null, null, null, null, actor, actorUnit, now, actor);
    }

    /** The status as it stands at {@code now}: LAPSED once the expiry passed unless rejected or confirmed before. */
    public UrgentHoldStatus statusAt(Instant now) {
        if (status == UrgentHoldStatus.REJECTED || status == UrgentHoldStatus.CONFIRMED) {
            return status;
        }
        return now.isBefore(expiresAt) ? status : UrgentHoldStatus.LAPSED;
    }

    /** What {@link #respond} did: the hold as it stands and whether the answer changed it (false: the same again). */
    public record Answered(UrgentHold hold, boolean changed) {
    }

    /**
     * The addressed bank's answer at {@code now}. The answer already recorded, given again, changes nothing (a retry);
     * any other answer to a step already answered, or to a hold lapsed, rejected or confirmed, is a conflict. A hold
     * answered without an acknowledgement first acknowledges too (at the time held).
     */
    public Answered respond(BankResponse response, Instant now, String actor) {
        if (response == null) {
            throw new ValidationException(new FieldViolation("response", "REQUIRED",
                    "Chọn đúng một trả lời: acknowledge (xác nhận), hold (tạm dừng), reject (từ chối).",
                    "Choose exactly one answer: acknowledge, hold, reject."));
        }
        UrgentHoldStatus current = statusAt(now);
        if (sameAsRecorded(response)) {
            return new Answered(this, false);
        }
        if (current.isFinal() || !mayMoveTo(current, response.status())) {
            throw refused(current);
        }
        UrgentHoldRules.check(response, this, now);
        return new Answered(switch (response) {
            case BankResponse.Acknowledge a -> with(UrgentHoldStatus.ACKNOWLEDGED, now, null, null, null, null, now, actor);
            case BankResponse.Hold h -> {
                Instant held = h.heldAt() == null ? now : h.heldAt().truncatedTo(ChronoUnit.MICROS);
                yield with(UrgentHoldStatus.HELD, acknowledgedAt == null ? held : acknowledgedAt, held, h.amountHeld(),
                        null, null, now, actor);
            }
            case BankResponse.Reject r -> with(UrgentHoldStatus.REJECTED, acknowledgedAt, null, null, now, r.reason().trim(),
                    now, actor);
        }, true);
    }

    /**
     * Whether a freeze request of {@code caseTips}' case on {@code bank} and {@code account} confirms this hold at
     * {@code now}: the tip is among the case's tips, the bank and account are the same, and the hold still stands.
     */
    public boolean confirmableBy(java.util.Collection<UUID> caseTips, String freezeBank, String freezeAccount, Instant now) {
        return caseTips.contains(tipId) && bank.equals(freezeBank) && accountNumber().equals(freezeAccount)
                && !statusAt(now).isFinal();
    }

    /** The hold taken over by freeze request {@code freezeRequestId} at {@code now}. */
    public UrgentHold confirm(UUID freezeRequestId, Instant now, String actor) {
        if (statusAt(now).isFinal()) {
            throw refused(statusAt(now));
        }
        return new UrgentHold(id, tipId, bank, account, amountRequested, transferredAt, reason,
                UrgentHoldStatus.CONFIRMED, requestedAt, expiresAt, acknowledgedAt, heldAt, amountHeld, rejectedAt,
                rejectionReason, freezeRequestId, now, createdBy, createdUnit, now, actor);
    }

    /**
     * The digits of a bank account ("VCB:0011004123456" → "0011004123456"), the form a freeze request names an account
     * in; for an e-wallet, the whole indicator (a freeze request never names one, so it never confirms a wallet's hold).
     */
    public String accountNumber() {
        int colon = account.indexOf(':');
        String rest = account.substring(colon + 1);
        return rest.matches("[0-9]{6,19}") ? rest : account;
    }

    /** The bank's acknowledgement clock (a hold or a rejection acknowledges too), as a freeze request's. */
    public FreezeClocks.StepClock acknowledgeClock(FreezeClocks clocks, Instant now) {
        Instant answered = acknowledgedAt != null ? acknowledgedAt : rejectedAt;
        return clock(requestedAt.plus(clocks.acknowledgeWithin()), answered, now);
    }

    /** The bank's hold (or reasoned refusal) clock, as a freeze request's. */
    public FreezeClocks.StepClock holdClock(FreezeClocks clocks, Instant now) {
        Instant answered = heldAt != null ? heldAt : rejectedAt;
        return clock(requestedAt.plus(clocks.holdWithin()), answered, now);
    }

    /**
     * A step not answered stops being asked when the hold is confirmed (the freeze request's own clocks run then) or
     * lapses (there is nothing left to hold): it ends then, met or missed.
     */
    private FreezeClocks.StepClock clock(Instant due, Instant done, Instant now) {
        if (done == null && confirmedAt != null) {
            done = confirmedAt;
        } else if (done == null && statusAt(now) == UrgentHoldStatus.LAPSED) {
            done = expiresAt;
        }
        if (done != null) {
            return new FreezeClocks.StepClock(due, done.isAfter(due) ? FreezeClocks.State.MISSED : FreezeClocks.State.MET);
        }
        return new FreezeClocks.StepClock(due, now.isAfter(due) ? FreezeClocks.State.OVERDUE : FreezeClocks.State.RUNNING);
    }

    private boolean sameAsRecorded(BankResponse response) {
        return switch (response) {
            case BankResponse.Acknowledge a -> status == UrgentHoldStatus.ACKNOWLEDGED;
            case BankResponse.Hold h -> status == UrgentHoldStatus.HELD && Objects.equals(h.amountHeld(), amountHeld)
                    && (h.heldAt() == null || h.heldAt().truncatedTo(ChronoUnit.MICROS).equals(heldAt));
            case BankResponse.Reject r -> status == UrgentHoldStatus.REJECTED && r.reason() != null
                    && r.reason().trim().equals(rejectionReason);
        };
    }

    private static boolean mayMoveTo(UrgentHoldStatus from, FreezeStatus answer) {
        return switch (from) {
            case REQUESTED -> true;
            case ACKNOWLEDGED -> answer == FreezeStatus.HELD || answer == FreezeStatus.REJECTED;
            default -> false;
        };
    }

    private UrgentHold with(UrgentHoldStatus next, Instant acknowledged, Instant held, Money amount, Instant rejected,
                            String rejection, Instant at, String actor) {
        return new UrgentHold(id, tipId, bank, account, amountRequested, transferredAt, reason, next, requestedAt,
                expiresAt, acknowledged, held, amount, rejected, rejection, confirmedBy, confirmedAt, createdBy,
                createdUnit, at, actor);
    }

    private ConflictException refused(UrgentHoldStatus current) {
        if (current == UrgentHoldStatus.LAPSED) {
            return new ConflictException("Yêu cầu tạm dừng đã hết hiệu lực lúc " + expiresAt
                    + " vì chưa có lệnh phong tỏa xác nhận; không nhận thêm trả lời.",
                    "The urgent hold lapsed at " + expiresAt + " with no freeze order confirming it; it takes no answer.");
        }
        if (current.isFinal()) {
            return new ConflictException("Yêu cầu tạm dừng đã kết thúc (" + current.vi() + ", " + current
                    + "); không nhận thêm trả lời.", "The urgent hold is final (" + current + "); it takes no further answer.");
        }
        return new ConflictException("Yêu cầu tạm dừng đang ở trạng thái " + current.vi() + " (" + current
                + "); bước này đã được trả lời khác.",
                "The urgent hold is " + current + "; this step was already answered differently.");
    }
}
