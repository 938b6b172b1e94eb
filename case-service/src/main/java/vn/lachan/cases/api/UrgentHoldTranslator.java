package vn.lachan.cases.api;

import java.time.Instant;
import vn.lachan.cases.domain.BankResponse;
import vn.lachan.cases.domain.FreezeClocks;
import vn.lachan.cases.domain.UrgentHold;
import vn.lachan.cases.domain.UrgentHoldDraft;
import vn.lachan.cases.v1.CreateUrgentHoldRequest;
import vn.lachan.cases.v1.RespondToUrgentHoldRequest;
import vn.lachan.cases.v1.UrgentHoldStatus;
import vn.lachan.common.v1.AuditStamp;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.money.Money;

/** Translates between the urgent-hold messages of the contract and the domain. */
final class UrgentHoldTranslator {

    private UrgentHoldTranslator() {
    }

    static UrgentHoldDraft draft(CreateUrgentHoldRequest request) {
        var m = request.getUrgentHold();
        return new UrgentHoldDraft(request.getTipId(), m.getBank(), m.getAccount(),
                m.hasAmountRequested() ? Money.dong(m.getAmountRequested().getDong()) : null,
                ProtoTime.instant(m.hasTransferredAt(), m.getTransferredAt()), m.getReason());
    }

    /** The answer the request carries; null when it carries none. */
    static BankResponse response(RespondToUrgentHoldRequest request) {
        return switch (request.getResponseCase()) {
            case ACKNOWLEDGE -> new BankResponse.Acknowledge();
            case HOLD -> new BankResponse.Hold(
                    request.getHold().hasAmountHeld() ? Money.dong(request.getHold().getAmountHeld().getDong()) : null,
                    ProtoTime.instant(request.getHold().hasHeldAt(), request.getHold().getHeldAt()));
            case REJECT -> new BankResponse.Reject(request.getReject().getReason());
            case RESPONSE_NOT_SET -> null;
        };
    }

    static UrgentHoldStatus status(vn.lachan.cases.domain.UrgentHoldStatus status) {
        return UrgentHoldStatus.valueOf("URGENT_" + status.name());
    }

    /** The hold as it stands at {@code now}: its status (LAPSED included) and its clocks. */
    static vn.lachan.cases.v1.UrgentHold message(UrgentHold h, FreezeClocks clocks, Instant now) {
        var status = h.statusAt(now);
        var m = vn.lachan.cases.v1.UrgentHold.newBuilder()
                .setId(h.id().toString())
                .setTipId(h.tipId().toString())
                .setBank(h.bank())
                .setAccount(h.account())
                .setAmountRequested(money(h.amountRequested()))
                .setTransferredAt(ProtoTime.timestamp(h.transferredAt()))
                .setReason(h.reason())
                .setStatus(status(status))
                .setRequestedAt(ProtoTime.timestamp(h.requestedAt()))
                .setExpiresAt(ProtoTime.timestamp(h.expiresAt()))
                .setRequestedByUnit(h.createdUnit())
                .setAcknowledgeClock(FreezeRequestTranslator.clock(h.acknowledgeClock(clocks, now)))
                .setHoldClock(FreezeRequestTranslator.clock(h.holdClock(clocks, now)))
                .setAudit(AuditStamp.newBuilder()
                        .setCreatedAt(ProtoTime.timestamp(h.requestedAt()))
                        .setCreatedBy(h.createdBy())
                        .setUpdatedAt(ProtoTime.timestamp(h.updatedAt()))
                        .setUpdatedBy(h.updatedBy()));
        if (h.acknowledgedAt() != null) {
            m.setAcknowledgedAt(ProtoTime.timestamp(h.acknowledgedAt()));
        }
        if (h.heldAt() != null) {
            m.setHeldAt(ProtoTime.timestamp(h.heldAt()));
            m.setAmountHeld(money(h.amountHeld()));
        }
        if (h.rejectedAt() != null) {
            m.setRejectedAt(ProtoTime.timestamp(h.rejectedAt()));
            m.setRejectionReason(h.rejectionReason());
        }
        if (h.confirmedBy() != null) {
            m.setConfirmedByFreezeRequest(h.confirmedBy().toString());
            m.setConfirmedAt(ProtoTime.timestamp(h.confirmedAt()));
        }
        return m.build();
    }

    private static vn.lachan.common.v1.Money money(Money money) {
        return vn.lachan.common.v1.Money.newBuilder().setDong(money.dong()).build();
    }
}
