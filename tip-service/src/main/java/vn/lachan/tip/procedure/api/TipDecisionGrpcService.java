package vn.lachan.tip.procedure.api;

import static vn.lachan.platform.api.Unary.reply;

import com.google.protobuf.Message;
import io.grpc.stub.StreamObserver;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.platform.api.Ids;
import vn.lachan.platform.api.Paging;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Callers;
import vn.lachan.tip.intake.api.TipViews;
import vn.lachan.tip.procedure.TipDecisions;
import vn.lachan.tip.v1.DecideTipRequest;
import vn.lachan.tip.v1.ExtendTipRequest;
import vn.lachan.tip.v1.ListOverdueTipsRequest;
import vn.lachan.tip.v1.ListOverdueTipsResponse;
import vn.lachan.tip.v1.RecordProcuracyNotifiedRequest;
import vn.lachan.tip.v1.ResumeTipRequest;
import vn.lachan.tip.v1.Tip;
import vn.lachan.tip.v1.TipDecisionServiceGrpc;

/** The decision contract over gRPC (and, through the platform's bridge, REST). Each change answers the tip as it now is. */
@GrpcService
public class TipDecisionGrpcService extends TipDecisionServiceGrpc.TipDecisionServiceImplBase {

    private final TipDecisions decisions;
    private final TipViews views;

    TipDecisionGrpcService(TipDecisions decisions, TipViews views) {
        this.decisions = decisions;
        this.views = views;
    }

    @Override
    public void decideTip(DecideTipRequest request, StreamObserver<Tip> response) {
        changeAndReply(request.getId(), request, response,
                (id, key, caller) -> decisions.decide(id, DecisionTranslator.outcome(request), key, caller));
    }

    @Override
    public void extendTip(ExtendTipRequest request, StreamObserver<Tip> response) {
        changeAndReply(request.getId(), request, response,
                (id, key, caller) -> decisions.extend(id, DecisionTranslator.extension(request), key, caller));
    }

    @Override
    public void resumeTip(ResumeTipRequest request, StreamObserver<Tip> response) {
        String note = request.getNote().isBlank() ? null : request.getNote();
        changeAndReply(request.getId(), request, response, (id, key, caller) -> decisions.resume(id, note, key, caller));
    }

    @Override
    public void recordProcuracyNotified(RecordProcuracyNotifiedRequest request, StreamObserver<Tip> response) {
        Instant at = ProtoTime.instant(request.hasNotifiedAt(), request.getNotifiedAt());
        String document = request.getDocumentNumber().isBlank() ? null : request.getDocumentNumber();
        changeAndReply(request.getId(), request, response,
                (id, key, caller) -> decisions.recordProcuracyNotified(id, at, document, key, caller));
    }

    @Override
    public void listOverdueTips(ListOverdueTipsRequest request, StreamObserver<ListOverdueTipsResponse> response) {
        Paging paging = Paging.of(request.getPageSize(), request.getPageToken());
        String unit = request.getReceivingUnit().isBlank() ? null : request.getReceivingUnit();
        var today = decisions.today();
        var calendar = decisions.calendar();
        var page = decisions.overdue(unit, today, paging.limit(), paging.offset(), Callers.current());
        reply(response, ListOverdueTipsResponse.newBuilder()
                .addAllTips(page.stream().map(t -> DecisionTranslator.overdue(t, today, calendar)).toList())
                .setNextPageToken(paging.nextToken(page.size()))
                .setToday(today.toString())
                .build());
    }

    /** Makes a change to the tip named {@code id} and answers the tip as it now is. */
    private void changeAndReply(String id, Message request, StreamObserver<Tip> response, Change change) {
        UUID tipId = Ids.uuid("id", id);
        Caller caller = Callers.current();
        change.make(tipId, IdempotencyKeys.request(request, caller), caller);
        reply(response, views.get(tipId, caller));
    }

    @FunctionalInterface
    private interface Change {
        void make(UUID id, Optional<IdempotentRequest> idempotent, Caller caller);
    }
}
