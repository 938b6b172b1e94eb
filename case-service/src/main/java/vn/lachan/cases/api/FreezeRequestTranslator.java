package vn.lachan.cases.api;

import java.time.Instant;
import vn.lachan.platform.money.Money;
import vn.lachan.common.v1.AuditStamp;
import vn.lachan.cases.domain.BankResponse;
import vn.lachan.cases.domain.FreezeClocks;
import vn.lachan.cases.domain.FreezeRequest;
import vn.lachan.cases.domain.FreezeRequestDraft;
import vn.lachan.cases.v1.CreateFreezeRequestRequest;
import vn.lachan.cases.v1.FreezeStatus;
import vn.lachan.cases.v1.RespondToFreezeRequestRequest;
import vn.lachan.platform.api.ProtoTime;

/** Translates between the freeze-request messages of the contract and the domain. */
final class FreezeRequestTranslator {

    private FreezeRequestTranslator() {
    }

    static FreezeRequestDraft draft(CreateFreezeRequestRequest request) {
        var m = request.getFreezeRequest();
        return new FreezeRequestDraft(
                request.getCaseId(),
                m.getBank(),
                m.getAccountNumber(),
                m.getAccountHolder(),
                m.hasAmountRequested() ? Money.dong(m.getAmountRequested().getDong()) : null,
                m.getLayer(),
                m.getReason());
    }

    /** The answer the request carries; null when it carries none. */
    static BankResponse response(RespondToFreezeRequestRequest request) {
        return switch (request.getResponseCase()) {
            case ACKNOWLEDGE -> new BankResponse.Acknowledge();
            case HOLD -> new BankResponse.Hold(
                    request.getHold().hasAmountHeld() ? Money.dong(request.getHold().getAmountHeld().getDong()) : null,
                    ProtoTime.instant(request.getHold().hasHeldAt(), request.getHold().getHeldAt()));
            case REJECT -> new BankResponse.Reject(request.getReject().getReason());
            case RESPONSE_NOT_SET -> null;
        };
    }

    /** The request with its service-level clocks as they stand at {@code now}. */
    static vn.lachan.cases.v1.FreezeRequest message(FreezeRequest r, FreezeClocks clocks, Instant now) {
        return message(r).toBuilder()
                .setAcknowledgeClock(clock(clocks.acknowledge(r, now)))
                .setHoldClock(clock(clocks.hold(r, now)))
                .build();
    }

    private static vn.lachan.cases.v1.FreezeClock clock(FreezeClocks.StepClock c) {
        return vn.lachan.cases.v1.FreezeClock.newBuilder()
                .setDue(ProtoTime.timestamp(c.due()))
                .setState(vn.lachan.cases.v1.ClockState.valueOf("CLOCK_" + c.state().name()))
                .build();
    }

    static vn.lachan.cases.v1.FreezeRequest message(FreezeRequest r) {
        var m = vn.lachan.cases.v1.FreezeRequest.newBuilder()
                .setId(r.id().toString())
                .setCaseId(r.caseId().toString())
                .setBank(r.bank())
                .setAccountNumber(r.accountNumber())
                .setAmountRequested(money(r.amountRequested()))
                .setLayer(r.layer())
                .setReason(r.reason())
                .setStatus(FreezeStatus.valueOf(r.status().name()))
                .setRequestedAt(ProtoTime.timestamp(r.requestedAt()))
                .setAudit(AuditStamp.newBuilder()
                        .setCreatedAt(ProtoTime.timestamp(r.requestedAt()))
                        .setCreatedBy(r.createdBy())
                        .setUpdatedAt(ProtoTime.timestamp(r.updatedAt()))
                        .setUpdatedBy(r.updatedBy()));
        if (r.accountHolder() != null) {
            m.setAccountHolder(r.accountHolder());
        }
        if (r.acknowledgedAt() != null) {
            m.setAcknowledgedAt(ProtoTime.timestamp(r.acknowledgedAt()));
        }
        if (r.heldAt() != null) {
            m.setHeldAt(ProtoTime.timestamp(r.heldAt()));
        }
        if (r.amountHeld() != null) {
            m.setAmountHeld(money(r.amountHeld()));
        }
        if (r.rejectedAt() != null) {
            m.setRejectedAt(ProtoTime.timestamp(r.rejectedAt()));
        }
        if (r.rejectionReason() != null) {
            m.setRejectionReason(r.rejectionReason());
        }
        r.timeToHold().ifPresent(d -> m.setTimeToHold(
                com.google.protobuf.Duration.newBuilder().setSeconds(d.getSeconds()).setNanos(d.getNano())));
        return m.build();
    }

    private static vn.lachan.common.v1.Money money(Money money) {
        return vn.lachan.common.v1.Money.newBuilder().setDong(money.dong()).build();
    }
}
