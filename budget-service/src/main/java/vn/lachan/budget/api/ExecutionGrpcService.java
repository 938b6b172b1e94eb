package vn.lachan.budget.api;

import static vn.lachan.platform.api.Unary.reply;

import com.google.api.HttpBody;
import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.budget.BudgetExecution;
import vn.lachan.budget.v1.BudgetExecutionServiceGrpc;
import vn.lachan.budget.v1.Commitment;
import vn.lachan.budget.v1.Execution;
import vn.lachan.budget.v1.ExportExecutionRequest;
import vn.lachan.budget.v1.GetExecutionRequest;
import vn.lachan.budget.v1.ListCommitmentsRequest;
import vn.lachan.budget.v1.ListCommitmentsResponse;
import vn.lachan.budget.v1.RecordCommitmentRequest;
import vn.lachan.common.v1.FileName;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Callers;

/** Commitments and the execution of the budget over gRPC and REST; the execution also as a workbook's bytes. */
@GrpcService
public class ExecutionGrpcService extends BudgetExecutionServiceGrpc.BudgetExecutionServiceImplBase {

    private final BudgetExecution execution;

    public ExecutionGrpcService(BudgetExecution execution) {
        this.execution = execution;
    }

    @Override
    public void recordCommitment(RecordCommitmentRequest request, StreamObserver<Commitment> response) {
        Caller caller = Callers.current();
        reply(response, ExecutionTranslator.message(execution.recordCommitment(request.getLineId(),
                ExecutionTranslator.draft(request.getCommitment()), IdempotencyKeys.request(request, caller), caller)));
    }

    @Override
    public void listCommitments(ListCommitmentsRequest request, StreamObserver<ListCommitmentsResponse> response) {
        var found = execution.commitments(request.getYear(), request.getLineId(), request.getUnit(), Callers.current());
        reply(response, ListCommitmentsResponse.newBuilder()
                .addAllCommitments(found.stream().map(ExecutionTranslator::message).toList()).build());
    }

    @Override
    public void getExecution(GetExecutionRequest request, StreamObserver<Execution> response) {
        reply(response, ExecutionTranslator.message(
                execution.table(request.getYear(), request.getLineId(), request.getUnit(), request.getTo(),
                        Callers.current())));
    }

    @Override
    public void exportExecution(ExportExecutionRequest request, StreamObserver<HttpBody> response) {
        var workbook = execution.workbook(request.getYear(), request.getLineId(), request.getUnit(), Callers.current());
        reply(response, HttpBody.newBuilder().setContentType(workbook.contentType())
                .setData(ByteString.copyFrom(workbook.bytes()))
                .addExtensions(Any.pack(FileName.newBuilder().setName(workbook.fileName()).build())).build());
    }
}
