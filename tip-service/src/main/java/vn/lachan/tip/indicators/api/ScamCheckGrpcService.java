package vn.lachan.tip.indicators.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.tip.indicators.ScamCheck;
import vn.lachan.tip.indicators.domain.ScamCheckAnswer;
import vn.lachan.tip.intake.api.TipTranslator;
import vn.lachan.tip.v1.CheckIndicatorRequest;
import vn.lachan.tip.v1.CheckIndicatorResponse;
import vn.lachan.tip.v1.ScamCheckServiceGrpc;

/** The public scam check over gRPC and REST; open without a token (lachan.security.public-methods). */
@GrpcService
public class ScamCheckGrpcService extends ScamCheckServiceGrpc.ScamCheckServiceImplBase {

    private final ScamCheck scamCheck;

    public ScamCheckGrpcService(ScamCheck scamCheck) {
        this.scamCheck = scamCheck;
    }

    @Override
    public void checkIndicator(CheckIndicatorRequest request, StreamObserver<CheckIndicatorResponse> response) {
        ScamCheckAnswer answer = scamCheck.check(TipTranslator.type(request.getType()), request.getValue());
        var message = CheckIndicatorResponse.newBuilder()
                .setNormalized(answer.normalized())
                .setStatus(CheckIndicatorResponse.Status.valueOf(answer.status().name()))
                .setReportCount(answer.reportCount());
        if (answer.firstReportedOn() != null) {
            message.setFirstReportedOn(answer.firstReportedOn().toString())
                    .setLastReportedOn(answer.lastReportedOn().toString());
        }
        reply(response, message.build());
    }
}
