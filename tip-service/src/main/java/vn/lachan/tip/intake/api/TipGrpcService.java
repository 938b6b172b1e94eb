package vn.lachan.tip.intake.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.platform.api.Ids;
import vn.lachan.platform.api.Paging;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.security.Callers;
import vn.lachan.platform.time.DateRanges;
import vn.lachan.tip.intake.Tips;
import vn.lachan.tip.v1.CreateTipRequest;
import vn.lachan.tip.v1.GetTipRequest;
import vn.lachan.tip.v1.GetTipStatisticsRequest;
import vn.lachan.tip.v1.ListTipsRequest;
import vn.lachan.tip.v1.ListTipsResponse;
import vn.lachan.tip.v1.Tip;
import vn.lachan.tip.v1.TipServiceGrpc;
import vn.lachan.tip.v1.TipStatistics;

/** The tip contract over gRPC (and, through the platform's bridge, REST). */
@GrpcService
public class TipGrpcService extends TipServiceGrpc.TipServiceImplBase {

    private final Tips tips;
    private final TipViews views;

    public TipGrpcService(Tips tips, TipViews views) {
        this.tips = tips;
        this.views = views;
    }

    @Override
    public void createTip(CreateTipRequest request, StreamObserver<Tip> response) {
        var caller = Callers.current();
        var tip = tips.receive(TipTranslator.draft(request.getTip()), IdempotencyKeys.request(request, caller), caller);
        reply(response, views.message(tip, caller));
    }

    @Override
    public void getTip(GetTipRequest request, StreamObserver<Tip> response) {
        var caller = Callers.current();
        var tip = tips.get(Ids.uuid("id", request.getId()), caller);
        reply(response, views.message(tip, caller).toBuilder()
                .addAllLinkedTips(tips.linkedTo(tip, caller).stream().map(TipTranslator::message).toList())
                .build());
    }

    @Override
    public void listTips(ListTipsRequest request, StreamObserver<ListTipsResponse> response) {
        Paging paging = Paging.of(request.getPageSize(), request.getPageToken());
        String unit = request.getReceivingUnit().isBlank() ? null : request.getReceivingUnit();
        var page = tips.list(unit, paging.limit(), paging.offset(), Callers.current());
        reply(response, ListTipsResponse.newBuilder()
                .addAllTips(views.messages(page, Callers.current()))
                .setNextPageToken(paging.nextToken(page.size()))
                .build());
    }

    @Override
    public void getTipStatistics(GetTipStatisticsRequest request, StreamObserver<TipStatistics> response) {
        var range = DateRanges.parse("from", request.getFrom(), "to", request.getTo());
        String unit = request.getReceivingUnit().isBlank() ? null : request.getReceivingUnit();
        reply(response, TipTranslator.message(tips.statistics(range, unit, Callers.current())));
    }
}
