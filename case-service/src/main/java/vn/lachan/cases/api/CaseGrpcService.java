package vn.lachan.cases.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.cases.Cases;
import vn.lachan.cases.v1.Case;
import vn.lachan.cases.v1.CaseServiceGrpc;
import vn.lachan.cases.v1.GetCaseRequest;
import vn.lachan.cases.v1.ListCasesRequest;
import vn.lachan.cases.v1.ListCasesResponse;
import vn.lachan.cases.v1.OpenCaseRequest;
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
        var opened = cases.open(CaseTranslator.draft(request.getCase()), IdempotencyKeys.current(), Callers.current());
        reply(response, CaseTranslator.message(opened));
    }

    @Override
    public void getCase(GetCaseRequest request, StreamObserver<Case> response) {
        reply(response, CaseTranslator.message(cases.get(Ids.uuid("id", request.getId()), Callers.current())));
    }

    @Override
    public void listCases(ListCasesRequest request, StreamObserver<ListCasesResponse> response) {
        Paging paging = Paging.of(request.getPageSize(), request.getPageToken());
        String unit = request.getLeadUnit().isBlank() ? null : request.getLeadUnit();
        var tipId = request.getTipId().isBlank() ? null : Ids.uuid("tip_id", request.getTipId());
        var page = cases.list(unit, tipId, paging.limit(), paging.offset(), Callers.current());
        reply(response, ListCasesResponse.newBuilder()
                .addAllCases(page.stream().map(CaseTranslator::message).toList())
                .setNextPageToken(paging.nextToken(page.size()))
                .build());
    }
}
