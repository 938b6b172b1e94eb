package vn.lachan.kase.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.kase.Cases;
import vn.lachan.kase.v1.Case;
import vn.lachan.kase.v1.CaseServiceGrpc;
import vn.lachan.kase.v1.GetCaseRequest;
import vn.lachan.kase.v1.ListCasesRequest;
import vn.lachan.kase.v1.ListCasesResponse;
import vn.lachan.kase.v1.OpenCaseRequest;
import vn.lachan.platform.api.Ids;
import vn.lachan.platform.api.Paging;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.security.Callers;

/** The case contract over gRPC (and, through the platform's bridge, REST). */
@GrpcService
public class CaseGrpcService extends CaseServiceGrpc.CaseServiceImplBase {

    private final Cases cases;

    public CaseGrpcService(Cases cases) {
        this.cases = cases;
    }

    @Override
    public void openCase(OpenCaseRequest request, StreamObserver<Case> response) {
        var opened = cases.open(CaseMessages.draft(request.getCase()), IdempotencyKeys.current(), Callers.current());
        reply(response, CaseMessages.message(opened));
    }

    @Override
    public void getCase(GetCaseRequest request, StreamObserver<Case> response) {
        reply(response, CaseMessages.message(cases.get(Ids.uuid("id", request.getId()), Callers.current())));
    }

    @Override
    public void listCases(ListCasesRequest request, StreamObserver<ListCasesResponse> response) {
        Paging paging = Paging.of(request.getPageSize(), request.getPageToken());
        String unit = request.getLeadUnit().isBlank() ? null : request.getLeadUnit();
        var tipId = request.getTipId().isBlank() ? null : Ids.uuid("tip_id", request.getTipId());
        var page = cases.list(unit, tipId, paging.limit(), paging.offset(), Callers.current());
        reply(response, ListCasesResponse.newBuilder()
                .addAllCases(page.stream().map(CaseMessages::message).toList())
                .setNextPageToken(paging.nextToken(page.size()))
                .build());
    }
}
