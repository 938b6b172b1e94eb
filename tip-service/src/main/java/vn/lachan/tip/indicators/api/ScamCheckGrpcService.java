package vn.lachan.tip.indicators.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.tip.intake.api.TipTranslator;
import vn.lachan.tip.indicators.IndicatorPublications;
import vn.lachan.tip.indicators.ScamCheck;
import vn.lachan.tip.indicators.domain.ScamCheckAnswer;
import vn.lachan.tip.v1.CheckIndicatorRequest;
import vn.lachan.tip.v1.CheckIndicatorResponse;
import vn.lachan.tip.v1.RequestIndicatorReviewRequest;
import vn.lachan.tip.v1.RequestIndicatorReviewResponse;
import vn.lachan.tip.v1.ScamCheckServiceGrpc;

/** The public scam check over gRPC and REST; open without a token (lachan.security.public-methods). */
@GrpcService
public class ScamCheckGrpcService extends ScamCheckServiceGrpc.ScamCheckServiceImplBase {

    private final ScamCheck scamCheck;
    private final IndicatorPublications publications;

    public ScamCheckGrpcService(ScamCheck scamCheck, IndicatorPublications publications) {
        this.scamCheck = scamCheck;
        this.publications = publications;
    }

    @Override
    public void checkIndicator(CheckIndicatorRequest request, StreamObserver<CheckIndicatorResponse> response) {
        ScamCheckAnswer answer = scamCheck.check(TipTranslator.type(request.getType()), request.getValue());
        reply(response, CheckIndicatorResponse.newBuilder()
                .setNormalized(answer.normalized())
                .setStatus(CheckIndicatorResponse.Status.valueOf(answer.status().name()))
                .build());
    }

    @Override
    public void requestIndicatorReview(RequestIndicatorReviewRequest request,
                                       StreamObserver<RequestIndicatorReviewResponse> response) {
        reply(response, RequestIndicatorReviewResponse.newBuilder()
                .setReviewId(publications.requestReview(TipTranslator.type(request.getType()), request.getValue(),
                        request.getReason(), request.getContact(),
                        IdempotencyKeys.request(request, "citizen:scam-check-review")).toString())
                .build());
    }
}
