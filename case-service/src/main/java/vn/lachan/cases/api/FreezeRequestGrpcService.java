package vn.lachan.cases.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.cases.FreezeRequests;
import vn.lachan.cases.v1.CreateFreezeRequestRequest;
import vn.lachan.cases.v1.FreezeRequest;
import vn.lachan.cases.v1.FreezeRequestServiceGrpc;
import vn.lachan.cases.v1.FreezeStatus;
import vn.lachan.cases.v1.GetFreezeRequestRequest;
import vn.lachan.cases.v1.ListFreezeRequestsRequest;
import vn.lachan.cases.v1.ListFreezeRequestsResponse;
import vn.lachan.cases.v1.ReleaseFreezeRequestRequest;
import vn.lachan.cases.v1.ReportFreezeReleasedRequest;
import vn.lachan.cases.v1.RespondToFreezeRequestRequest;
import vn.lachan.platform.api.Ids;
import vn.lachan.platform.api.Paging;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.security.Callers;
import vn.lachan.platform.unit.UnitCodes;

/** The freeze-request contract over gRPC (and, through the platform's bridge, REST). */
@GrpcService
public class FreezeRequestGrpcService extends FreezeRequestServiceGrpc.FreezeRequestServiceImplBase {

    private final FreezeRequests freezeRequests;

    public FreezeRequestGrpcService(FreezeRequests freezeRequests) {
        this.freezeRequests = freezeRequests;
    }

    @Override
    public void createFreezeRequest(CreateFreezeRequestRequest request, StreamObserver<FreezeRequest> response) {
        var caller = Callers.current();
        var sent = freezeRequests.send(FreezeRequestTranslator.draft(request), IdempotencyKeys.request(request, caller),
                caller);
        reply(response, FreezeRequestTranslator.message(sent, freezeRequests.clocks(), freezeRequests.now()));
    }

    @Override
    public void getFreezeRequest(GetFreezeRequestRequest request, StreamObserver<FreezeRequest> response) {
        var found = freezeRequests.get(Ids.uuid("id", request.getId()), Callers.current());
        reply(response, FreezeRequestTranslator.message(found, freezeRequests.clocks(), freezeRequests.now()));
    }

    @Override
    public void listFreezeRequests(ListFreezeRequestsRequest request,
                                   StreamObserver<ListFreezeRequestsResponse> response) {
        Paging paging = Paging.of(request.getPageSize(), request.getPageToken());
        var caseId = request.getCaseId().isBlank() ? null : Ids.uuid("case_id", request.getCaseId());
        String bank = request.getBank().isBlank() ? null : request.getBank();
        Violations v = new Violations();
        if (bank != null) {
            UnitCodes.check(v, "bank", bank);
        }
        if (request.getStatus() == FreezeStatus.UNRECOGNIZED) {
            v.add("status", "UNKNOWN_VALUE", "Trạng thái không hợp lệ.", "Unknown status.");
        }
        v.throwIfAny();
        var status = request.getStatus() == FreezeStatus.FREEZE_STATUS_UNSPECIFIED ? null
                : vn.lachan.cases.domain.FreezeStatus.valueOf(request.getStatus().name());
        var page = freezeRequests.list(caseId, bank, status, request.getOverdue(), paging.limit(), paging.offset(),
                Callers.current());
        var now = freezeRequests.now();
        reply(response, ListFreezeRequestsResponse.newBuilder()
                .addAllFreezeRequests(page.stream()
                        .map(r -> FreezeRequestTranslator.message(r, freezeRequests.clocks(), now)).toList())
                .setNextPageToken(paging.nextToken(page.size()))
                .build());
    }

    @Override
    public void respondToFreezeRequest(RespondToFreezeRequestRequest request, StreamObserver<FreezeRequest> response) {
        var answered = freezeRequests.respond(Ids.uuid("id", request.getId()), FreezeRequestTranslator.response(request),
                Callers.current());
        reply(response, FreezeRequestTranslator.message(answered, freezeRequests.clocks(), freezeRequests.now()));
    }

    @Override
    public void releaseFreezeRequest(ReleaseFreezeRequestRequest request, StreamObserver<FreezeRequest> response) {
        var caller = Callers.current();
        var released = freezeRequests.release(Ids.uuid("id", request.getId()), FreezeRequestTranslator.release(request),
                IdempotencyKeys.request(request, caller), caller);
        reply(response, FreezeRequestTranslator.message(released, freezeRequests.clocks(), freezeRequests.now()));
    }

    @Override
    public void reportFreezeReleased(ReportFreezeReleasedRequest request, StreamObserver<FreezeRequest> response) {
        var caller = Callers.current();
        var reported = freezeRequests.reportReleased(Ids.uuid("id", request.getId()),
                FreezeRequestTranslator.execution(request), IdempotencyKeys.request(request, caller), caller);
        reply(response, FreezeRequestTranslator.message(reported, freezeRequests.clocks(), freezeRequests.now()));
    }
}
