package vn.lachan.tip.rewards.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lachan.budget.BudgetServiceApplication;
import vn.lachan.budget.v1.BudgetServiceGrpc;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalRedis;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.tip.intake.api.TipApiTest;
import vn.lachan.tip.publictips.api.Citizen;
import vn.lachan.tip.publictips.api.PublicTipApiTest;
import vn.lachan.tip.rewards.peer.BudgetPayer;
import vn.lachan.tip.rewards.store.RewardStore;
import vn.lachan.tip.v1.CreateTipRequest;
import vn.lachan.tip.v1.ListRewardsResponse;
import vn.lachan.tip.v1.PublicTipView;
import vn.lachan.tip.v1.Reward;
import vn.lachan.tip.v1.SubmitPublicTipResponse;
import vn.lachan.tip.v1.TipServiceGrpc;

/**
 * Rewards end to end: proposed by an investigator or leader, approved by a leader who did not propose, paid from the
 * budget by the police's accountant, or rejected; each step by the right role only, audited, and the tipster told on
 * the tracking page. A real budget-service runs beside tip-service (its own database on the same PostgreSQL), both
 * on a clock fixed at 15 June 2026, with the realm's tokens (LocalIssuer): the police (cong-an-tinh) were allocated
 * {@value #ALLOCATED} đ of 2026-MANAGEMENT. One test stops budget-service and starts it again on the same port.
 */
@RealInfrastructure(database = "lachan_tip", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=public-tip-test"})
class TipRewardApiTest {

    /** 10:00 on 15 June 2026 in Vietnam. */
    static final Instant NOW = Instant.parse("2026-06-15T03:00:00Z");
    static final long ALLOCATED = 20_000_000L;
    static final String LINE = "2026-MANAGEMENT";

    static ConfigurableApplicationContext budgetService;
    static int budgetGrpcPort;
    static JdbcClient budget;

    @LocalServerPort
    int httpPort;
    @LocalGrpcPort
    int grpcPort;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RewardStore rewards;

    ManagedChannel channel;

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @BeforeAll
    static void startBudgetService() {
        budgetGrpcPort = LocalRedis.freePort();
        runBudgetService();
    }

    /** budget-service on {@link #budgetGrpcPort}, where tip-service's channel to it points. */
    static void runBudgetService() {
        var pg = RealInfrastructure.Extension.postgres();
        // this test's classpath holds tip-service's application.yml, so budget-service's own settings are given here
        budgetService = new SpringApplicationBuilder(BudgetServiceApplication.class, FixedClock.class).run(
                "--spring.application.name=budget-service",
                "--lachan.api-name=budget",
                "--lachan.database=lachan_budget",
                "--lachan.budget.warn-at-percent=90",
                "--spring.grpc.server.inprocess.name=budget-beside-tip",
                "--spring.datasource.url=" + pg.database("lachan_budget_beside_tip"),
                "--spring.datasource.username=" + pg.user(),
                "--spring.datasource.password=" + pg.password(),
                "--server.port=0",
                "--management.server.port=0",
                "--spring.grpc.server.port=" + budgetGrpcPort);
        budget = budgetService.getBean(JdbcClient.class);
        // the police's approved allocation of the line (allocating has its own tests in budget-service)
        budget.sql("""
                insert into allocations (id, line_id, unit, amount_dong, note, status, requested_by, requested_at,
                    decided_by, decided_at)
                select gen_random_uuid(), :line, 'cong-an-tinh', :amount, 'Thưởng nóng', 'APPROVED', 'taichinh', now(),
                       'ubnd', now()
                where not exists (select 1 from allocations where line_id = :line and unit = 'cong-an-tinh')""")
                .param("line", LINE).param("amount", ALLOCATED).update();
    }

    @AfterAll
    static void stopBudgetService() {
        if (budgetService != null) {
            budgetService.close();
            budgetService = null;
        }
    }

    @DynamicPropertySource
    static void budgetAddress(DynamicPropertyRegistry registry) {
        registry.add("spring.grpc.client.channels.budget-service.address", () -> "static://localhost:" + budgetGrpcPort);
    }

    /** What the police have spent of the line, and how many spendings budget-service holds for a reward. */
    static long spentByThePolice() {
        return budget.sql("select coalesce(sum(amount_dong), 0) from spendings where line_id = :line and unit = 'cong-an-tinh'")
                .param("line", LINE).query(Long.class).single();
    }

    static long spendingsOfReward(String rewardId) {
        return budget.sql("select count(*) from spendings where description like :d")
                .param("d", "%khen thưởng " + rewardId + "%").query(Long.class).single();
    }

    /** A reward the investigator proposed for a new tip and the leader approved. */
    String approvedReward(long dong) {
        String id = reward(as("dieutra").post("/api/v1/tips/" + hotlineTip() + "/rewards", proposal(dong))).getId();
        reward(as("lanhdao.congan").post("/api/v1/tips/rewards/" + id + ":approve", "{}"));
        return id;
    }

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress("localhost", grpcPort).usePlaintext().build();
    }

    @AfterEach
    void disconnect() {
        channel.shutdownNow();
    }

    HttpApi as(String user) {
        return HttpApi.at(httpPort).as(RealInfrastructure.Extension.tokens().userToken(user));
    }

    String hotlineTip() {
        return TipServiceGrpc.newBlockingStub(channel)
                .withInterceptors(Bearer.token(RealInfrastructure.Extension.tokens().userToken("tiepnhan")))
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

        long spentBefore = spentByThePolice();
        for (String user : new String[] {"dieutra", "lanhdao.congan", "kiemtoan"}) {
            assertThat(as(user).post("/api/v1/tips/rewards/" + id + ":mark-paid", "{\"paymentReference\":\"PC-1\"}")
                    .statusCode()).as(user).isEqualTo(403);
        }
        // the finance department's spender does not see the police's rewards at all
        assertThat(as("taichinh").post("/api/v1/tips/rewards/" + id + ":mark-paid", "{\"paymentReference\":\"PC-1\"}")
                .statusCode()).isEqualTo(404);
        var noVoucher = as("ketoan.congan").post("/api/v1/tips/rewards/" + id + ":mark-paid", "{}");
        assertThat(noVoucher.statusCode()).isEqualTo(400);
        assertThat(noVoucher.body()).contains("\"field\":\"payment_reference\"");
        assertThat(spentByThePolice()).isEqualTo(spentBefore);

        Reward paid = reward(as("ketoan.congan").post("/api/v1/tips/rewards/" + id + ":mark-paid",
                "{\"paymentReference\":\"PC-15/2026\"}"));
        assertThat(paid.getStatus()).isEqualTo(Reward.Status.PAID);
        assertThat(paid.getPaymentReference()).isEqualTo("PC-15/2026");
        assertThat(paid.getPaidBy()).isEqualTo("ketoan.congan");
        assertThat(paid.getPaidByUnit()).isEqualTo("cong-an-tinh");
        assertThat(paid.getBudgetLineId()).isEqualTo(LINE);
        assertThat(paid.hasPaidAt()).isTrue();
        // budget-service recorded the spending on the line, against the police's allocation, under the platform's key
        var spending = budget.sql("select line_id, unit, amount_dong, spent_on::text, created_by from spendings where id = :id")
                .param("id", UUID.fromString(paid.getSpendingId()))
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " " + rs.getString(4)
                        + " " + rs.getString(5)).single();
        assertThat(spending).isEqualTo(LINE + " cong-an-tinh 2000000 2026-06-15 ketoan.congan");
        assertThat(spentByThePolice()).isEqualTo(spentBefore + 2_000_000L);
        assertThat(budget.sql("select scope || ' ' || result from idempotency_keys where idempotency_key = :k")
                .param("k", "lachan:reward:" + id + ":pay").query(String.class).single())
                .isEqualTo("platform " + paid.getSpendingId());
        var twice = as("ketoan.congan").post("/api/v1/tips/rewards/" + id + ":mark-paid", "{\"paymentReference\":\"PC-16\"}");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("The reward is paid");
        assertThat(spendingsOfReward(id)).isEqualTo(1L);

        assertThat(jdbc.sql("select actor || ':' || action from audit_log where record_type = 'reward' and record_id = :id order by id")
                .param("id", id).query(String.class).list())
                .containsExactly("dieutra:CREATE", "lanhdao.congan:APPROVE", "ketoan.congan:PAY");

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
        assertThat(as("ketoan.congan").post("/api/v1/tips/rewards/" + id + ":mark-paid",
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
        reward(as("ketoan.congan").post("/api/v1/tips/rewards/" + id + ":mark-paid", "{\"paymentReference\":\"PC-2\"}"));
        assertThat(citizen.followed(receipt.getTrackingCode(), receipt.getSecret()).getRewards(0).getPaid()).isTrue();
        assertThat(citizen.follow(receipt.getTrackingCode(), receipt.getSecret()).body())
                .doesNotContain("dieutra", "lanhdao", "PC-2", "phong tỏa");
    }

    @Test
    void aLineOrAllocationWithoutTheMoneyRefusesThePaymentAndTheRewardStaysApprovedAndUnpaid() {
        long spentBefore = spentByThePolice();
        // more than is left of the police's allocation, less than the line plans
        String aboveAllocation = approvedReward(ALLOCATED + 1);
        var refused = as("ketoan.congan").post("/api/v1/tips/rewards/" + aboveAllocation + ":mark-paid",
                "{\"paymentReference\":\"PC-90\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"amount.dong\"", "NO_BUDGET",
                "Không thể chi khen thưởng từ kinh phí", "The budget cannot pay this reward", "cong-an-tinh", LINE);
        // more than the whole line plans (150.000.000 đ in 2026)
        String aboveLine = approvedReward(200_000_000L);
        var lineRefused = as("ketoan.congan").post("/api/v1/tips/rewards/" + aboveLine + ":mark-paid",
                "{\"paymentReference\":\"PC-91\"}");
        assertThat(lineRefused.statusCode()).as(lineRefused.body()).isEqualTo(400);
        assertThat(lineRefused.body()).contains("\"field\":\"amount.dong\"", "NO_BUDGET", "150.000.000");

        for (String id : new String[] {aboveAllocation, aboveLine}) {
            var reward = rewards.find(UUID.fromString(id)).orElseThrow();
            assertThat(reward.status().name()).isEqualTo("APPROVED");
            assertThat(reward.paymentReference()).as("nothing under way").isNull();
            assertThat(reward.spendingId()).isNull();
            assertThat(spendingsOfReward(id)).isZero();
        }
        assertThat(spentByThePolice()).isEqualTo(spentBefore);
        // once refused, another voucher may be tried (here still without the money)
        assertThat(as("ketoan.congan").post("/api/v1/tips/rewards/" + aboveLine + ":mark-paid",
                "{\"paymentReference\":\"PC-92\"}").body()).contains("NO_BUDGET");
    }

    @Test
    void aPaymentWhileBudgetServiceIsDownAnswers503WritesNothingInTheBudgetAndIsCompletedOnceItIsBack() {
        String id = approvedReward(1_200_000L);
        long spentBefore = spentByThePolice();
        stopBudgetService();
        try {
            long start = System.nanoTime();
            var down = as("ketoan.congan").post("/api/v1/tips/rewards/" + id + ":mark-paid",
                    "{\"paymentReference\":\"PC-93\"}");
            assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
            assertThat(down.body()).contains("budget-service", "thử lại", "try again");
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).as("within the peer deadline")
                    .isLessThan(java.time.Duration.ofSeconds(10));
            var reward = rewards.find(UUID.fromString(id)).orElseThrow();
            assertThat(reward.status().name()).isEqualTo("APPROVED");
            assertThat(reward.spendingId()).isNull();
            assertThat(reward.paymentReference()).as("the payment stays under way, to be retried").isEqualTo("PC-93");
            assertThat(jdbc.sql("select count(*) from audit_log where record_type = 'reward' and record_id = :id and action = 'PAY'")
                    .param("id", id).query(Long.class).single()).isZero();
        } finally {
            runBudgetService();
        }
        // budget-service's own database: nothing was written for the payment while it was down
        assertThat(spentByThePolice()).isEqualTo(spentBefore);
        assertThat(spendingsOfReward(id)).isZero();
        assertThat(budget.sql("select count(*) from idempotency_keys where idempotency_key = :k")
                .param("k", BudgetPayer.idempotencyKey(UUID.fromString(id))).query(Long.class).single()).isZero();

        // the same voucher again once budget-service is back (the channel may still be waiting to reconnect: 503)
        HttpResponse<String> retried = await("the payment once budget-service is back").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> as("ketoan.congan").post("/api/v1/tips/rewards/" + id + ":mark-paid",
                        "{\"paymentReference\":\"PC-93\"}"), answer -> answer.statusCode() != 503);
        Reward paid = reward(retried);
        assertThat(paid.getStatus()).isEqualTo(Reward.Status.PAID);
        assertThat(spendingsOfReward(id)).isEqualTo(1L);
        assertThat(spentByThePolice()).isEqualTo(spentBefore + 1_200_000L);
    }


    @Test
    void aRetryAfterBudgetRecordedTheSpendingButTipServiceStoppedFindsThatSpendingAndCompletesThePayment() {
        String id = approvedReward(1_500_000L);
        UUID rewardId = UUID.fromString(id);
        // the first attempt: kept as under way, budget-service recorded the spending (the very request tip-service
        // sends, under the same key and the accountant's token), then tip-service stopped before marking the reward
        rewards.startPayment(rewardId, "PC-77", NOW, LINE, "cong-an-tinh");
        var underWay = rewards.find(rewardId).orElseThrow();
        Metadata key = new Metadata();
        key.put(IdempotencyKeys.HEADER, BudgetPayer.idempotencyKey(rewardId));
        ManagedChannel toBudget = ManagedChannelBuilder.forAddress("localhost", budgetGrpcPort).usePlaintext().build();
        String recorded;
        try {
            recorded = BudgetServiceGrpc.newBlockingStub(toBudget)
                    .withInterceptors(Bearer.token(RealInfrastructure.Extension.tokens().userToken("ketoan.congan")),
                            MetadataUtils.newAttachHeadersInterceptor(key))
                    .recordSpending(BudgetPayer.request(underWay)).getId();
        } finally {
            toBudget.shutdownNow();
        }
        assertThat(spendingsOfReward(id)).isEqualTo(1L);
        Reward shown = reward(as("ketoan.congan").get("/api/v1/tips/rewards?tipId=" + underWay.tipId()), true);
        assertThat(shown.getStatus()).isEqualTo(Reward.Status.APPROVED);
        assertThat(shown.getPaymentReference()).as("the payment under way is shown").isEqualTo("PC-77");
        assertThat(shown.getPaidBy()).isEmpty();

        // a retry with another voucher is told which one is under way, and changes nothing
        var other = as("ketoan.congan").post("/api/v1/tips/rewards/" + id + ":mark-paid", "{\"paymentReference\":\"PC-78\"}");
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(other.body()).contains("PC-77", "repeat that voucher");
        // the retry with the same voucher gets the spending recorded the first time: paid once
        Reward paid = reward(as("ketoan.congan").post("/api/v1/tips/rewards/" + id + ":mark-paid",
                "{\"paymentReference\":\"PC-77\"}"));
        assertThat(paid.getStatus()).isEqualTo(Reward.Status.PAID);
        assertThat(paid.getSpendingId()).isEqualTo(recorded);
        assertThat(spendingsOfReward(id)).isEqualTo(1L);
        assertThat(jdbc.sql("select count(*) from audit_log where record_type = 'reward' and record_id = :id and action = 'PAY'")
                .param("id", id).query(Long.class).single()).isEqualTo(1L);
    }

    /** The one reward of a listing. */
    static Reward reward(HttpResponse<String> listing, boolean single) {
        assertThat(listing.statusCode()).as(listing.body()).isEqualTo(200);
        ListRewardsResponse page = Citizen.parse(listing, ListRewardsResponse.newBuilder());
        assertThat(page.getRewardsList()).hasSize(1);
        return page.getRewards(0);
    }
}
