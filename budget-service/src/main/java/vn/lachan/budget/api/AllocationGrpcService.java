package vn.lachan.budget.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.budget.BudgetAllocations;
import vn.lachan.budget.domain.AllocationStatus;
import vn.lachan.budget.v1.Allocation;
import vn.lachan.budget.v1.BudgetAllocationServiceGrpc;
import vn.lachan.budget.v1.DecideAllocationRequest;
import vn.lachan.budget.v1.ListAllocationsRequest;
import vn.lachan.budget.v1.ListAllocationsResponse;
import vn.lachan.budget.v1.RequestAllocationRequest;
import vn.lachan.platform.api.Ids;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.security.Callers;

/** Allocations of budget lines to units over gRPC and REST. */
@GrpcService
public class AllocationGrpcService extends BudgetAllocationServiceGrpc.BudgetAllocationServiceImplBase {

    private final BudgetAllocations allocations;

    public AllocationGrpcService(BudgetAllocations allocations) {
        this.allocations = allocations;
    }

    @Override
    public void requestAllocation(RequestAllocationRequest request, StreamObserver<Allocation> response) {
        var a = request.getAllocation();
        var caller = Callers.current();
        reply(response, AllocationTranslator.message(allocations.request(request.getLineId(),
                new vn.lachan.budget.domain.AllocationDraft(a.getUnit(), a.getAmount().getDong(), a.getNote()),
                IdempotencyKeys.request(request, caller), caller)));
    }

    @Override
    public void approveAllocation(DecideAllocationRequest request, StreamObserver<Allocation> response) {
        reply(response, AllocationTranslator.message(
                allocations.approve(Ids.uuid("id", request.getId()), request.getNote(), Callers.current())));
    }

    @Override
    public void rejectAllocation(DecideAllocationRequest request, StreamObserver<Allocation> response) {
        reply(response, AllocationTranslator.message(
                allocations.reject(Ids.uuid("id", request.getId()), request.getNote(), Callers.current())));
    }

    @Override
    public void listAllocations(ListAllocationsRequest request, StreamObserver<ListAllocationsResponse> response) {
        AllocationStatus status = switch (request.getStatus()) {
            case REQUESTED -> AllocationStatus.REQUESTED;
            case APPROVED -> AllocationStatus.APPROVED;
            case REJECTED -> AllocationStatus.REJECTED;
            default -> null;
        };
        var found = allocations.list(request.getYear(), request.getLineId(), request.getUnit(), status, Callers.current());
        reply(response, ListAllocationsResponse.newBuilder()
                .addAllAllocations(found.stream().map(AllocationTranslator::message).toList()).build());
    }
}
