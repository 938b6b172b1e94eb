package vn.lachan.tip.publictips.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.tip.publictips.domain.TrackingCode;
import vn.lachan.tip.publictips.PublicTips;
import vn.lachan.tip.reference.ReferenceData;
import vn.lachan.tip.reference.api.ReferenceDataGrpcService;
import vn.lachan.tip.v1.AddPublicTipMessageRequest;
import vn.lachan.tip.v1.GetPublicTipRequest;
import vn.lachan.tip.v1.ListModusOperandiResponse;
import vn.lachan.tip.v1.ListPublicModusOperandiRequest;
import vn.lachan.tip.v1.PublicTipServiceGrpc;
import vn.lachan.tip.v1.PublicTipView;
import vn.lachan.tip.v1.SubmitPublicTipRequest;
import vn.lachan.tip.v1.SubmitPublicTipResponse;

/** Citizens' public tips over gRPC and REST; open without a token (lachan.security.public-methods). */
@GrpcService
public class PublicTipGrpcService extends PublicTipServiceGrpc.PublicTipServiceImplBase {

    private final PublicTips tips;
    private final ReferenceData referenceData;

    public PublicTipGrpcService(PublicTips tips, ReferenceData referenceData) {
        this.tips = tips;
        this.referenceData = referenceData;
    }

    @Override
    public void listPublicModusOperandi(ListPublicModusOperandiRequest request,
                                        StreamObserver<ListModusOperandiResponse> response) {
        reply(response, ListModusOperandiResponse.newBuilder()
                .addAllModusOperandi(referenceData.modusOperandi(true).stream()
                        .map(ReferenceDataGrpcService::message).toList())
                .build());
    }

    @Override
    public void submitPublicTip(SubmitPublicTipRequest request, StreamObserver<SubmitPublicTipResponse> response) {
        reply(response, PublicTipTranslator.message(
                tips.submit(PublicTipTranslator.filing(request),
                        IdempotencyKeys.request(request, IdempotentRequest.CITIZEN_SCOPE))));
    }

    @Override
    public void getPublicTip(GetPublicTipRequest request, StreamObserver<PublicTipView> response) {
        reply(response, PublicTipTranslator.message(tips.follow(request.getTrackingCode(), TipSecrets.current())));
    }

    @Override
    public void addPublicTipMessage(AddPublicTipMessageRequest request, StreamObserver<PublicTipView> response) {
        // the tipster's keys are the tip's own: scoped by its tracking code (whose secret is checked before any replay)
        var code = TrackingCode.parse("tracking_code", request.getTrackingCode());
        reply(response, PublicTipTranslator.message(tips.addMessage(request.getTrackingCode(), TipSecrets.current(),
                request.getText(), IdempotencyKeys.request(request, IdempotentRequest.tipsterScope(code.value())))));
    }
}
