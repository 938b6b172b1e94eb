package vn.lachan.budget.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.budget.BudgetLines;
import vn.lachan.budget.v1.BudgetLine;
import vn.lachan.budget.v1.BudgetServiceGrpc;
import vn.lachan.budget.v1.GetBudgetLineRequest;
import vn.lachan.budget.v1.ListBudgetLinesRequest;
import vn.lachan.budget.v1.ListBudgetLinesResponse;
import vn.lachan.budget.v1.RecordSpendingRequest;
import vn.lachan.budget.v1.Spending;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.security.Callers;

/** The budget contract over gRPC (and, through the platform's bridge, REST). */
@GrpcService
public class BudgetGrpcService extends BudgetServiceGrpc.BudgetServiceImplBase {

    private final BudgetLines budget;

    public BudgetGrpcService(BudgetLines budget) {
        this.budget = budget;
    }

    @Override
    public void listBudgetLines(ListBudgetLinesRequest request, StreamObserver<ListBudgetLinesResponse> response) {
        reply(response, BudgetTranslator.message(budget.list(request.getYear(), Callers.current())));
    }

    @Override
    public void getBudgetLine(GetBudgetLineRequest request, StreamObserver<BudgetLine> response) {
        reply(response, BudgetTranslator.message(budget.get(request.getId(), Callers.current())));
    }

    @Override
    public void recordSpending(RecordSpendingRequest request, StreamObserver<Spending> response) {
        var caller = Callers.current();
        var spending = budget.recordSpending(request.getLineId(), BudgetTranslator.draft(request.getSpending()),
                IdempotencyKeys.request(request, caller), caller);
        reply(response, BudgetTranslator.message(spending));
    }
}
