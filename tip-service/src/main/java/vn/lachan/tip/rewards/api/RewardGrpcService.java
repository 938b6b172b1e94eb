package vn.lachan.tip.rewards.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import java.util.UUID;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.platform.api.Ids;
import vn.lachan.platform.api.Paging;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.security.Callers;
import vn.lachan.tip.publictips.api.PublicTipTranslator;
import vn.lachan.tip.rewards.TipRewards;
import vn.lachan.tip.v1.ApproveRewardRequest;
import vn.lachan.tip.v1.ListRewardsRequest;
import vn.lachan.tip.v1.ListRewardsResponse;
import vn.lachan.tip.v1.MarkRewardPaidRequest;
import vn.lachan.tip.v1.ProposeRewardRequest;
import vn.lachan.tip.v1.RejectRewardRequest;
import vn.lachan.tip.v1.Reward;
import vn.lachan.tip.v1.TipRewardServiceGrpc;

/** Rewards for tips over gRPC and REST. */
@GrpcService
public class RewardGrpcService extends TipRewardServiceGrpc.TipRewardServiceImplBase {

    private final TipRewards rewards;

    public RewardGrpcService(TipRewards rewards) {
        this.rewards = rewards;
    }

    @Override
    public void proposeReward(ProposeRewardRequest request, StreamObserver<Reward> response) {
        var caller = Callers.current();
        reply(response, PublicTipTranslator.message(rewards.propose(Ids.uuid("tip_id", request.getTipId()),
                request.getAmount().getDong(), request.getReason(), IdempotencyKeys.request(request, caller), caller)));
    }

    @Override
    public void approveReward(ApproveRewardRequest request, StreamObserver<Reward> response) {
        reply(response, PublicTipTranslator.message(rewards.approve(Ids.uuid("id", request.getId()), request.getNote(),
                Callers.current())));
    }

    @Override
    public void rejectReward(RejectRewardRequest request, StreamObserver<Reward> response) {
        reply(response, PublicTipTranslator.message(rewards.reject(Ids.uuid("id", request.getId()), request.getReason(),
                Callers.current())));
    }

    @Override
    public void markRewardPaid(MarkRewardPaidRequest request, StreamObserver<Reward> response) {
        reply(response, PublicTipTranslator.message(rewards.pay(Ids.uuid("id", request.getId()),
                request.getPaymentReference(), ProtoTime.instant(request.hasPaidAt(), request.getPaidAt()),
                Callers.current())));
    }

    @Override
    public void listRewards(ListRewardsRequest request, StreamObserver<ListRewardsResponse> response) {
        Paging paging = Paging.of(request.getPageSize(), request.getPageToken());
        UUID tipId = request.getTipId().isBlank() ? null : Ids.uuid("tip_id", request.getTipId());
        var page = rewards.list(tipId, PublicTipTranslator.status(request.getStatus()), paging.limit(), paging.offset(),
                Callers.current());
        reply(response, ListRewardsResponse.newBuilder()
                .addAllRewards(page.stream().map(PublicTipTranslator::message).toList())
                .setNextPageToken(paging.nextToken(page.size()))
                .build());
    }
}

