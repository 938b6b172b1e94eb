package vn.lachan.tip.rewards.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.tip.intake.api.TipApiTest;
import vn.lachan.tip.publictips.api.Citizen;
import vn.lachan.tip.publictips.api.PublicTipApiTest;
import vn.lachan.tip.v1.CreateTipRequest;
import vn.lachan.tip.v1.ListRewardsResponse;
import vn.lachan.tip.v1.PublicTipView;
import vn.lachan.tip.v1.Reward;
import vn.lachan.tip.v1.SubmitPublicTipResponse;
import vn.lachan.tip.v1.TipServiceGrpc;

/**
 * Rewards end to end: proposed by an investigator or leader, approved by a leader who did not propose, paid, or
 * rejected; each step by the right role only, audited, and the tipster told on the tracking page.
 */
@RealInfrastructure(database = "lachan_tip", keycloak = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=public-tip-test"})
class TipRewardApiTest {

    @LocalServerPort
    int httpPort;
    @LocalGrpcPort
    int grpcPort;
    @Autowired
    JdbcClient jdbc;

    ManagedChannel channel;

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress("localhost", grpcPort).usePlaintext().build();
    }

    @AfterEach
    void disconnect() {
        channel.shutdownNow();
    }

    HttpApi as(String user) {
        return HttpApi.at(httpPort).as(RealInfrastructure.Extension.keycloak().userToken(user));
    }

    String hotlineTip() {
        return TipServiceGrpc.newBlockingStub(channel)
                .withInterceptors(Bearer.token(RealInfrastructure.Extension.keycloak().userToken("tiepnhan")))
                .createTip(CreateTipRequest.newBuilder().setTip(TipApiTest.hotlineTip()).build()).getId();
    }

    static String proposal(long dong) {
        return "{\"amount\":{\"dong\":\"" + dong + "\"},\"reason\":\"Cung cấp số tài khoản nhận tiền, giúp phong tỏa kịp thời\"}";
    }

    static Reward reward(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Citizen.parse(answer, Reward.newBuilder());
    }

    @Test
    void aRewardIsProposedApprovedByAnotherLeaderAndPaidEachStepByItsRoleAndAudited() {
        String tip = hotlineTip();
        assertThat(as("tiepnhan").post("/api/v1/tips/" + tip + "/rewards", proposal(2_000_000)).statusCode()).isEqualTo(403);

        Reward proposed = reward(as("dieutra").post("/api/v1/tips/" + tip + "/rewards", proposal(2_000_000)));
        assertThat(proposed.getStatus()).isEqualTo(Reward.Status.PROPOSED);
        assertThat(proposed.getAmount().getDong()).isEqualTo(2_000_000L);
        assertThat(proposed.getProposedBy()).isEqualTo("dieutra");
        String id = proposed.getId();

        assertThat(as("dieutra").post("/api/v1/tips/rewards/" + id + ":approve", "{}").statusCode()).isEqualTo(403);
        Reward approved = reward(as("lanhdao.congan").post("/api/v1/tips/rewards/" + id + ":approve",
                "{\"note\":\"Đồng ý mức thưởng\"}"));
        assertThat(approved.getStatus()).isEqualTo(Reward.Status.APPROVED);
        assertThat(approved.getDecidedBy()).isEqualTo("lanhdao.congan");
        var again = as("lanhdao.congan").post("/api/v1/tips/rewards/" + id + ":approve", "{}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("The reward is approved");

        assertThat(as("dieutra").post("/api/v1/tips/rewards/" + id + ":mark-paid", "{\"paymentReference\":\"PC-1\"}")
                .statusCode()).isEqualTo(403);
        var noVoucher = as("lanhdao.congan").post("/api/v1/tips/rewards/" + id + ":mark-paid", "{}");
        assertThat(noVoucher.statusCode()).isEqualTo(400);
        assertThat(noVoucher.body()).contains("\"field\":\"payment_reference\"");
        Reward paid = reward(as("lanhdao.congan").post("/api/v1/tips/rewards/" + id + ":mark-paid",
                "{\"paymentReference\":\"PC-15/2026\"}"));
        assertThat(paid.getStatus()).isEqualTo(Reward.Status.PAID);
        assertThat(paid.getPaymentReference()).isEqualTo("PC-15/2026");
        assertThat(paid.hasPaidAt()).isTrue();

        assertThat(jdbc.sql("select actor || ':' || action from audit_log where record_type = 'reward' and record_id = :id order by id")
                .param("id", id).query(String.class).list())
                .containsExactly("dieutra:CREATE", "lanhdao.congan:APPROVE", "lanhdao.congan:PAY");

        var listed = as("kiemtoan").get("/api/v1/tips/rewards?tipId=" + tip);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(Citizen.<ListRewardsResponse>parse(listed, ListRewardsResponse.newBuilder()).getRewardsList())
                .singleElement().satisfies(r -> assertThat(r.getStatus()).isEqualTo(Reward.Status.PAID));
        var paidOnly = Citizen.<ListRewardsResponse>parse(as("tiepnhan").get("/api/v1/tips/rewards?status=PAID&pageSize=200"),
                ListRewardsResponse.newBuilder());
        assertThat(paidOnly.getRewardsList()).allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(Reward.Status.PAID));
        assertThat(as("baocao.caolanh").get("/api/v1/tips/rewards").statusCode()).isEqualTo(403);
    }

    @Test
    void aLeaderDoesNotApproveTheirOwnProposalButMayWithdrawIt() {
        String tip = hotlineTip();
        Reward proposed = reward(as("lanhdao.congan").post("/api/v1/tips/" + tip + "/rewards", proposal(500_000)));
        String id = proposed.getId();

        var own = as("lanhdao.congan").post("/api/v1/tips/rewards/" + id + ":approve", "{}");
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body()).contains("another leader");
        var noReason = as("lanhdao.congan").post("/api/v1/tips/rewards/" + id + ":reject", "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        Reward rejected = reward(as("lanhdao.congan").post("/api/v1/tips/rewards/" + id + ":reject",
                "{\"reason\":\"Đề xuất trùng\"}"));
        assertThat(rejected.getStatus()).isEqualTo(Reward.Status.REJECTED);
        assertThat(rejected.getDecisionNote()).isEqualTo("Đề xuất trùng");
        assertThat(as("lanhdao.congan").post("/api/v1/tips/rewards/" + id + ":mark-paid",
                "{\"paymentReference\":\"PC-1\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void anAmountIsWholeDongAboveNothingAndWithinReasonAndAnUnknownTipOrRewardIsNotFound() {
        String tip = hotlineTip();
        for (long dong : new long[] {0, -5, 1_000_000_001L}) {
            var answer = as("dieutra").post("/api/v1/tips/" + tip + "/rewards", proposal(dong));
            assertThat(answer.statusCode()).as("" + dong).isEqualTo(400);
            assertThat(answer.body()).contains("\"field\":\"amount.dong\"");
        }
        var fraction = as("dieutra").post("/api/v1/tips/" + tip + "/rewards", "{\"amount\":{\"dong\":\"1.5\"},\"reason\":\"x\"}");
        assertThat(fraction.statusCode()).isEqualTo(400);
        assertThat(as("dieutra").post("/api/v1/tips/" + UUID.randomUUID() + "/rewards", proposal(1)).statusCode())
                .isEqualTo(404);
        assertThat(as("lanhdao.congan").post("/api/v1/tips/rewards/" + UUID.randomUUID() + ":approve", "{}").statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from tip_rewards where tip_id = :t").param("t", UUID.fromString(tip))
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRetriedProposalWithTheSameKeyIsStoredOnce() {
        String tip = hotlineTip();
        String key = UUID.randomUUID().toString();
        Reward first = reward(as("dieutra").post("/api/v1/tips/" + tip + "/rewards", proposal(1_000_000), key));
        Reward second = reward(as("dieutra").post("/api/v1/tips/" + tip + "/rewards", proposal(1_000_000), key));
        assertThat(second.getId()).isEqualTo(first.getId());
        var reused = as("dieutra").post("/api/v1/tips/" + tip + "/rewards", proposal(3_000_000), key);
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(reused.body()).contains("Idempotency-Key", "đã được dùng cho một yêu cầu khác",
                "already used for a different request");
        assertThat(rewardsOf(tip)).isEqualTo(1L);

        // the key is the officer's own: a leader sending the same key proposes a reward of their own
        Reward leaders = reward(as("lanhdao.congan").post("/api/v1/tips/" + tip + "/rewards", proposal(1_000_000), key));
        assertThat(leaders.getId()).isNotEqualTo(first.getId());
        assertThat(rewardsOf(tip)).isEqualTo(2L);

        var squat = as("dieutra").post("/api/v1/tips/" + tip + "/rewards", proposal(2_000_000), "lachan:reward:" + tip);
        assertThat(squat.statusCode()).isEqualTo(400);
        assertThat(squat.body()).contains("\"field\":\"Idempotency-Key\"", "RESERVED");
        assertThat(rewardsOf(tip)).isEqualTo(2L);
    }

    long rewardsOf(String tip) {
        return jdbc.sql("select count(*) from tip_rewards where tip_id = :t").param("t", UUID.fromString(tip))
                .query(Long.class).single();
    }

    @Test
    void theTipsterSeesAnApprovedRewardOnTheTrackingPageAndWhenItIsPaid() {
        Citizen citizen = new Citizen(httpPort);
        SubmitPublicTipResponse receipt = citizen.submitted(PublicTipApiTest.anonymousTip());
        String tip = jdbc.sql("select tip_id from public_tips where tracking_code = :c")
                .param("c", receipt.getTrackingCode()).query(UUID.class).single().toString();
        String id = reward(as("dieutra").post("/api/v1/tips/" + tip + "/rewards", proposal(5_000_000))).getId();
        assertThat(citizen.followed(receipt.getTrackingCode(), receipt.getSecret()).getRewardsList()).isEmpty();

        reward(as("lanhdao.congan").post("/api/v1/tips/rewards/" + id + ":approve", "{}"));
        PublicTipView approved = citizen.followed(receipt.getTrackingCode(), receipt.getSecret());
        assertThat(approved.getRewardsList()).singleElement().satisfies(r -> {
            assertThat(r.getAmount().getDong()).isEqualTo(5_000_000L);
            assertThat(r.getPaid()).isFalse();
        });
        reward(as("lanhdao.congan").post("/api/v1/tips/rewards/" + id + ":mark-paid", "{\"paymentReference\":\"PC-2\"}"));
        assertThat(citizen.followed(receipt.getTrackingCode(), receipt.getSecret()).getRewards(0).getPaid()).isTrue();
        assertThat(citizen.follow(receipt.getTrackingCode(), receipt.getSecret()).body())
                .doesNotContain("dieutra", "lanhdao", "PC-2", "phong tỏa");
    }
}
