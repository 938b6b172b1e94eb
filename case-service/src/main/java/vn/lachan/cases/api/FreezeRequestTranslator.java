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
import vn.lachan.cases.domain.ReleaseExecution;
import vn.lachan.cases.domain.ReleaseOrder;
import vn.lachan.cases.domain.ReleaseOrderDraft;
import vn.lachan.cases.domain.ReleaseStatus;
import vn.lachan.cases.v1.ReleaseFreezeRequestRequest;
import vn.lachan.cases.v1.ReportFreezeReleasedRequest;
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

    static ReleaseOrderDraft release(ReleaseFreezeRequestRequest request) {
        return new ReleaseOrderDraft(request.hasAmount() ? Money.dong(request.getAmount().getDong()) : null,
                request.getDocumentNumber(), request.getDocumentDate(), request.getReason());
    }

    static ReleaseExecution execution(ReportFreezeReleasedRequest request) {
        return new ReleaseExecution(ProtoTime.instant(request.hasReleasedAt(), request.getReleasedAt()),
                request.hasAmountReleased() ? Money.dong(request.getAmountReleased().getDong()) : null);
    }

    /** The request with its service-level clocks as they stand at {@code now}. */
    static vn.lachan.cases.v1.FreezeRequest message(FreezeRequest r, FreezeClocks clocks, Instant now) {
        var m = message(r).toBuilder()
                .setAcknowledgeClock(clock(clocks.acknowledge(r, now)))
                .setHoldClock(clock(clocks.hold(r, now)));
        clocks.release(r, now).ifPresent(c -> m.setReleaseClock(clock(c)));
        return m.build();
    }

    /** A service-level clock as the contract shows it (freeze requests and urgent holds alike). */
    static vn.lachan.cases.v1.FreezeClock clock(FreezeClocks.StepClock c) {
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
        r.releaseOrders().forEach(o -> m.addReleaseOrders(order(o)));
        if (!r.releaseOrders().isEmpty()) {
            m.setAmountReleased(money(r.amountReleased()));
        }
        r.timeToHold().ifPresent(d -> m.setTimeToHold(
                com.google.protobuf.Duration.newBuilder().setSeconds(d.getSeconds()).setNanos(d.getNano())));
        return m.build();
    }

    private static vn.lachan.cases.v1.ReleaseOrder order(ReleaseOrder o) {
        var m = vn.lachan.cases.v1.ReleaseOrder.newBuilder()
                .setId(o.id().toString())
                .setAmount(money(o.amount()))
                .setDocumentNumber(o.documentNumber())
                .setDocumentDate(o.documentDate().toString())
                .setReason(o.reason())
                .setOrderedAt(ProtoTime.timestamp(o.orderedAt()))
                .setOrderedBy(o.orderedBy())
                .setOrderedByUnit(o.orderedByUnit())
                .setProcuracyUnit(o.procuracyUnit())
                .setProcuracyInformedAt(ProtoTime.timestamp(o.procuracyInformedAt()))
                .setStatus(o.status() == ReleaseStatus.EXECUTED ? vn.lachan.cases.v1.ReleaseStatus.RELEASE_EXECUTED
                        : vn.lachan.cases.v1.ReleaseStatus.RELEASE_ORDER_ISSUED);
        if (o.releasedAt() != null) {
            m.setReleasedAt(ProtoTime.timestamp(o.releasedAt()));
            m.setAmountReleased(money(o.amountReleased()));
            m.setReportedAt(ProtoTime.timestamp(o.reportedAt()));
            m.setReportedBy(o.reportedBy());
        }
        return m.build();
    }

    private static vn.lachan.common.v1.Money money(Money money) {
        return vn.lachan.common.v1.Money.newBuilder().setDong(money.dong()).build();
    }
}
