package vn.lachan.tip.publictips.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.platform.api.Ids;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.security.Callers;
import vn.lachan.tip.publictips.PublicTips;
import vn.lachan.tip.v1.GetTipsterRequest;
import vn.lachan.tip.v1.ListTipMessagesRequest;
import vn.lachan.tip.v1.ListTipMessagesResponse;
import vn.lachan.tip.v1.ReplyToTipsterRequest;
import vn.lachan.tip.v1.Tipster;
import vn.lachan.tip.v1.TipsterMessage;
import vn.lachan.tip.v1.TipsterServiceGrpc;

/** The police's side of public tips' threads, over gRPC and REST. */
@GrpcService
public class TipsterGrpcService extends TipsterServiceGrpc.TipsterServiceImplBase {

    private final PublicTips tips;

    public TipsterGrpcService(PublicTips tips) {
        this.tips = tips;
    }

    @Override
    public void listTipMessages(ListTipMessagesRequest request, StreamObserver<ListTipMessagesResponse> response) {
        var thread = tips.thread(Ids.uuid("tip_id", request.getTipId()), Callers.current());
        var m = ListTipMessagesResponse.newBuilder();
        if (thread.trackingCode() != null) {
            m.setTrackingCode(thread.trackingCode().value());
        }
        thread.messages().forEach(message -> m.addMessages(PublicTipTranslator.message(message)));
        reply(response, m.build());
    }

    @Override
    public void replyToTipster(ReplyToTipsterRequest request, StreamObserver<TipsterMessage> response) {
        var caller = Callers.current();
        reply(response, PublicTipTranslator.message(tips.reply(Ids.uuid("tip_id", request.getTipId()), request.getText(),
                IdempotencyKeys.request(request, caller), caller)));
    }

    @Override
    public void getTipster(GetTipsterRequest request, StreamObserver<Tipster> response) {
        var seen = tips.tipster(Ids.uuid("tip_id", request.getTipId()), Callers.current());
        var m = Tipster.newBuilder()
                .setTipId(seen.tip().tipId().toString())
                .setTrackingCode(seen.tip().trackingCode().value())
                .setAnonymous(seen.tip().anonymous())
                .setContactWithheld(seen.contactWithheld());
        if (!seen.tip().reporter().isEmpty()) {
            m.setReporter(PublicTipTranslator.message(seen.tip().reporter()));
        }
        if (!seen.tip().victim().isEmpty()) {
            m.setVictim(PublicTipTranslator.message(seen.tip().victim()));
        }
        reply(response, m.build());
    }
}
