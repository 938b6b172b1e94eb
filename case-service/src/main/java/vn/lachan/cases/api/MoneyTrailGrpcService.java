package vn.lachan.cases.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.cases.MoneyTrails;
import vn.lachan.cases.v1.GetMoneyTrailRequest;
import vn.lachan.cases.v1.MoneyTrail;
import vn.lachan.cases.v1.MoneyTrailServiceGrpc;
import vn.lachan.cases.v1.ReportOnwardTransfersRequest;
import vn.lachan.cases.v1.ReportOnwardTransfersResponse;
import vn.lachan.platform.api.Ids;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.security.Callers;

/** The money-trail contract over gRPC (and, through the platform's bridge, REST). */
@GrpcService
public class MoneyTrailGrpcService extends MoneyTrailServiceGrpc.MoneyTrailServiceImplBase {

    private final MoneyTrails trails;

    public MoneyTrailGrpcService(MoneyTrails trails) {
        this.trails = trails;
    }

    @Override
    public void getMoneyTrail(GetMoneyTrailRequest request, StreamObserver<MoneyTrail> response) {
        reply(response, TrailTranslator.message(trails.trail(Ids.uuid("case_id", request.getCaseId()),
                Callers.current())));
    }

    @Override
    public void reportOnwardTransfers(ReportOnwardTransfersRequest request,
                                      StreamObserver<ReportOnwardTransfersResponse> response) {
        var caller = Callers.current();
        var id = Ids.uuid("id", request.getId());
        var reported = trails.reportOnward(id, TrailTranslator.drafts(request), IdempotencyKeys.request(request, caller),
                caller);
        reply(response, ReportOnwardTransfersResponse.newBuilder()
                .addAllTransfers(reported.stream().map(TrailTranslator::message).toList())
                .build());
    }
}
