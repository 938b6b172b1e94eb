package vn.lachan.budget.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.budget.BudgetOverrides;
import vn.lachan.budget.domain.AllocationStatus;
import vn.lachan.budget.domain.SpendingOverride;
import vn.lachan.budget.v1.BudgetOverrideServiceGrpc;
import vn.lachan.budget.v1.ApproveOverrideRequest;
import vn.lachan.budget.v1.RejectOverrideRequest;
import vn.lachan.budget.v1.ListOverridesRequest;
import vn.lachan.budget.v1.ListOverridesResponse;
import vn.lachan.budget.v1.RequestOverrideRequest;
import vn.lachan.common.v1.Money;
import vn.lachan.platform.api.Ids;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Callers;

/** Spending above an allocation, asked and decided, over gRPC and REST. */
@GrpcService
public class OverrideGrpcService extends BudgetOverrideServiceGrpc.BudgetOverrideServiceImplBase {

    private final BudgetOverrides overrides;

    public OverrideGrpcService(BudgetOverrides overrides) {
        this.overrides = overrides;
    }

    @Override
    public void requestOverride(RequestOverrideRequest request, StreamObserver<vn.lachan.budget.v1.SpendingOverride> response) {
        Caller caller = Callers.current();
        reply(response, message(overrides.request(request.getLineId(), BudgetTranslator.draft(request.getSpending()),
                IdempotencyKeys.request(request, caller), caller)));
    }

    @Override
    public void approveOverride(ApproveOverrideRequest request, StreamObserver<vn.lachan.budget.v1.SpendingOverride> response) {
        reply(response, message(overrides.approve(Ids.uuid("id", request.getId()), request.getReason(), Callers.current())));
    }

    @Override
    public void rejectOverride(RejectOverrideRequest request, StreamObserver<vn.lachan.budget.v1.SpendingOverride> response) {
        reply(response, message(overrides.reject(Ids.uuid("id", request.getId()), request.getReason(), Callers.current())));
    }

    @Override
    public void listOverrides(ListOverridesRequest request, StreamObserver<ListOverridesResponse> response) {
        AllocationStatus status = switch (request.getStatus()) {
            case REQUESTED -> AllocationStatus.REQUESTED;
            case APPROVED -> AllocationStatus.APPROVED;
            case REJECTED -> AllocationStatus.REJECTED;
            default -> null;
        };
        var found = overrides.list(request.getYear(), request.getUnit(), status, Callers.current());
        reply(response, ListOverridesResponse.newBuilder()
                .addAllOverrides(found.stream().map(OverrideGrpcService::message).toList()).build());
    }

    static vn.lachan.budget.v1.SpendingOverride message(SpendingOverride o) {
        var m = vn.lachan.budget.v1.SpendingOverride.newBuilder()
                .setId(o.id().toString())
                .setLineId(o.lineId())
                .setUnit(o.unit())
                .setAmount(Money.newBuilder().setDong(o.amount().dong()))
                .setSpentOn(o.spentOn().toString())
                .setDescription(o.description())
                .setStatus(vn.lachan.budget.v1.Allocation.Status.valueOf(o.status().name()))
                .setRequestedBy(o.requestedBy())
                .setRequestedAt(ProtoTime.timestamp(o.requestedAt()));
        if (o.decidedBy() != null) {
            m.setDecidedBy(o.decidedBy()).setDecidedAt(ProtoTime.timestamp(o.decidedAt()));
        }
        if (o.reason() != null) {
            m.setReason(o.reason());
        }
        if (o.spendingId() != null) {
            m.setSpendingId(o.spendingId().toString());
        }
        return m.build();
    }
}
