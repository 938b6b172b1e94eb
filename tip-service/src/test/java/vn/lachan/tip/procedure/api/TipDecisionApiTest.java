package vn.lachan.tip.procedure.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.util.JsonFormat;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import org.springframework.grpc.client.GlobalClientInterceptor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lachan.cases.CaseServiceApplication;
import vn.lachan.cases.v1.ListCasesResponse;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.LocalRedis;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.tip.procedure.ProsecutionReconciler;
import vn.lachan.tip.v1.DecideTipRequest;
import vn.lachan.tip.v1.ListOverdueTipsResponse;
import vn.lachan.tip.v1.OverdueTip;
import vn.lachan.tip.v1.ProcedureStep;
import vn.lachan.tip.v1.Prosecute;
import vn.lachan.tip.v1.Tip;
import vn.lachan.tip.v1.TipDecisionServiceGrpc;
import vn.lachan.tip.v1.TipStatus;

/**
 * Deadlines, extensions and decisions end to end: tip-service on a clock fixed at 10 March 2026, a real case-service
 * started beside it, the realm's tokens (LocalIssuer), real PostgreSQL.
 */
@RealInfrastructure(database = "lachan_tip", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=tip-decision-test",
                // the tests run the reconciler's rounds themselves; a pending prosecution is due at once
                "lachan.tips.prosecutions.retry-every=1h", "lachan.tips.prosecutions.reconcile-after=0s"})
class TipDecisionApiTest {

    /** 10:00 on 10 March 2026 in Vietnam. */
    static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");
    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();

    static ConfigurableApplicationContext caseService;
    static int caseGrpcPort;
    static int caseHttpPort;

    @LocalServerPort
    int httpPort;
    @LocalGrpcPort
    int grpcPort;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProsecutionReconciler reconciler;
    @Autowired
    FaultyNetwork network;

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        @GlobalClientInterceptor
        FaultyNetwork faultyNetwork() {
            return new FaultyNetwork();
        }
    }

    /**
     * The network between tip-service and case-service, made to fail on purpose: the next call to case-service is
     * lost before it arrives ({@link Fault#LOST_ON_THE_WAY}) or arrives, is served, and its answer is lost
     * ({@link Fault#ANSWER_LOST}). Other calls and later ones pass.
     */
    static final class FaultyNetwork implements ClientInterceptor {
        enum Fault { LOST_ON_THE_WAY, ANSWER_LOST }

        final java.util.concurrent.atomic.AtomicReference<Fault> next = new java.util.concurrent.atomic.AtomicReference<>();

        @Override
        public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel channel) {
            Fault fault = method.getServiceName().startsWith("lachan.cases.") ? next.getAndSet(null) : null;
            if (fault == Fault.LOST_ON_THE_WAY) {
                return new ClientCall<>() {
                    @Override
                    public void start(Listener<R> listener, Metadata headers) {
                        listener.onClose(Status.UNAVAILABLE.withDescription("simulated: connection refused"),
                                new Metadata());
                    }

                    @Override
                    public void request(int count) {
                    }

                    @Override
                    public void cancel(String message, Throwable cause) {
                    }

                    @Override
                    public void halfClose() {
                    }

                    @Override
                    public void sendMessage(Q message) {
                    }
                };
            }
            ClientCall<Q, R> call = channel.newCall(method, options);
            if (fault != Fault.ANSWER_LOST) {
                return call;
            }
            return new ForwardingClientCall.SimpleForwardingClientCall<>(call) {
                @Override
                public void start(Listener<R> listener, Metadata headers) {
                    super.start(new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
                        @Override
                        public void onMessage(R message) {
                            // served by case-service; the answer never reaches tip-service
                        }

                        @Override
                        public void onClose(Status status, Metadata trailers) {
                            super.onClose(Status.DEADLINE_EXCEEDED.withDescription("simulated: the answer was lost"),
                                    new Metadata());
                        }
                    }, headers);
                }
            };
        }
    }

    @BeforeAll
    static void startCaseService() {
        var pg = RealInfrastructure.Extension.postgres();
        caseGrpcPort = LocalRedis.freePort();
        // this test's classpath holds tip-service's application.yml, so case-service's own settings are given here
        caseService = new SpringApplicationBuilder(CaseServiceApplication.class).run(
                "--spring.application.name=case-service",
                "--lachan.api-name=cases",
                "--lachan.database=lachan_case",
                "--spring.grpc.server.inprocess.name=case-beside-tip",
                "--spring.datasource.url=" + pg.database("lachan_case_beside_tip"),
                "--spring.datasource.username=" + pg.user(),
                "--spring.datasource.password=" + pg.password(),
                "--server.port=0",
                "--management.server.port=0",
                "--spring.grpc.server.port=" + caseGrpcPort);
        caseHttpPort = Integer.parseInt(caseService.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stopCaseService() {
        if (caseService != null) {
            caseService.close();
        }
    }

    @DynamicPropertySource
    static void caseAddress(DynamicPropertyRegistry registry) {
        registry.add("spring.grpc.client.channels.case-service.address", () -> "static://localhost:" + caseGrpcPort);
    }

    HttpApi as(String user) {
        return HttpApi.at(httpPort).as(issuer.userToken(user));
    }

    /** A tip received by the provincial police for {@code unit} at {@code receivedAt}; answers its id. */
    String tip(String unit, String receivedAt) {
        String json = """
                {"channel":"HOTLINE","sourceKind":"DENUNCIATION","receivingUnit":"%s","modusOperandi":"IMPERSONATE_AUTHORITY",
                 "narrative":"Đối tượng giả danh công an yêu cầu chuyển tiền","receivedAt":"%s","loss":{"dong":"45000000"}}"""
                .formatted(unit, receivedAt);
        var answer = as("tiepnhan").post("/api/v1/tips", json);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return read(answer).getId();
    }

    static Tip read(HttpResponse<String> answer) {
        try {
            Tip.Builder tip = Tip.newBuilder();
            JsonFormat.parser().merge(answer.body(), tip);
            return tip.build();
        } catch (Exception e) {
            throw new AssertionError(answer.body(), e);
        }
    }

    static final String PROSECUTE = "{\"prosecute\":{\"penalCodeArticle\":174,\"clause\":1}}";
    static final String EXTEND = "{\"until\":\"2026-04-20\",\"reason\":\"Vụ việc phức tạp, phải xác minh tại nhiều ngân hàng\"}";

    /** The cases case-service holds for a tip, as an investigator sees them there. */
    ListCasesResponse casesOf(String tipId) throws Exception {
        var answer = HttpApi.at(caseHttpPort).as(issuer.userToken("dieutra")).get("/api/v1/cases?tipId=" + tipId);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        ListCasesResponse.Builder cases = ListCasesResponse.newBuilder();
        JsonFormat.parser().merge(answer.body(), cases);
        return cases.build();
    }

    @Test
    void anExtendedTipDecidedProsecuteOpensExactlyOneCaseHoweverOftenTheDecisionIsSent() throws Exception {
        String id = tip("huyen-thap-muoi", "2026-03-01T02:00:00Z");
        HttpApi investigator = as("dieutra");

        var extended = investigator.post("/api/v1/tips/" + id + ":extend", EXTEND);
        assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
        assertThat(read(extended).getDecisionDue()).isEqualTo("2026-04-20");
        assertThat(read(extended).getExtendedUntil()).isEqualTo("2026-04-20");
        assertThat(read(extended).getStatus()).isEqualTo(TipStatus.VERIFYING);
        assertThat(read(extended).getExtensionsList()).singleElement()
                .satisfies(e -> assertThat(e.getNumber()).isEqualTo(1));

        String key = "decide-" + UUID.randomUUID();
        var decided = investigator.post("/api/v1/tips/" + id + ":decide", PROSECUTE, key);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        Tip tip = read(decided);
        assertThat(tip.getStatus()).isEqualTo(TipStatus.PROSECUTED);
        assertThat(tip.getCaseId()).isNotBlank();
        assertThat(tip.getOutcome().getProsecute().getCaseNumber()).startsWith("VA-");
        assertThat(tip.getOutcome().getDecidedBy()).isEqualTo("dieutra");
        assertThat(tip.getHistoryList()).extracting(c -> c.getStep()).containsExactly(
                ProcedureStep.RECEIVE, ProcedureStep.EXTEND, ProcedureStep.DECIDE);
        assertThat(tip.getHistoryList().get(2).getFromStatus()).isEqualTo(TipStatus.VERIFYING);

        var retried = investigator.post("/api/v1/tips/" + id + ":decide", PROSECUTE, key);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(read(retried).getCaseId()).isEqualTo(tip.getCaseId());

        var again = investigator.post("/api/v1/tips/" + id + ":decide", PROSECUTE);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("không thể khởi tố lần hai", "cannot be prosecuted twice",
                tip.getOutcome().getProsecute().getCaseNumber());

        var cases = casesOf(id);
        assertThat(cases.getCasesList()).singleElement().satisfies(c -> {
            assertThat(c.getId()).isEqualTo(tip.getCaseId());
            assertThat(c.getPenalCodeArticle()).isEqualTo(174);
            assertThat(c.getLeadUnit()).isEqualTo("cong-an-tinh-pa05");
            assertThat(c.getTipIdsList()).containsExactly(id);
            assertThat(c.getAudit().getCreatedBy()).isEqualTo("dieutra"); // the officer's own token reached case-service
        });
        assertThat(jdbc.sql("select action from audit_log where record_id = :id and action in ('EXTEND', 'DECIDE')"
                + " order by id").param("id", id).query(String.class).list()).containsExactly("EXTEND", "DECIDE");
    }

    // ---- "prosecute" spans tip-service and case-service: a failure at each point leaves one case, recorded

    /** The tip's one case, as case-service holds it; fails if there is none or more than one. */
    vn.lachan.cases.v1.Case theOneCaseOf(String tipId) throws Exception {
        var cases = casesOf(tipId).getCasesList();
        assertThat(cases).as("the cases of tip " + tipId).hasSize(1);
        return cases.getFirst();
    }

    int pendingProsecutions(String tipId) {
        return jdbc.sql("select count(*) from pending_prosecutions where tip_id = :id").param("id", UUID.fromString(tipId))
                .query(Integer.class).single();
    }

    /** The tip decided "prosecute" with {@code kase}, by dieutra, with exactly one DECIDE in its history. */
    void assertProsecutedWith(String tipId, vn.lachan.cases.v1.Case kase) {
        Tip tip = read(as("dieutra").get("/api/v1/tips/" + tipId));
        assertThat(tip.getStatus()).isEqualTo(TipStatus.PROSECUTED);
        assertThat(tip.hasPendingProsecution()).isFalse();
        assertThat(tip.getCaseId()).isEqualTo(kase.getId());
        assertThat(tip.getOutcome().getProsecute().getCaseNumber()).isEqualTo(kase.getNumber());
        assertThat(tip.getOutcome().getDecidedBy()).isEqualTo("dieutra");
        assertThat(tip.getHistoryList()).filteredOn(c -> c.getStep() == ProcedureStep.DECIDE).hasSize(1);
        assertThat(kase.getAudit().getCreatedBy()).as("the officer who decided opened the case").isEqualTo("dieutra");
        assertThat(pendingProsecutions(tipId)).isZero();
    }

    @Test
    void aCaseServiceThatCannotBeReachedLeavesTheDecisionPendingAndTheReconcilerOpensTheOneCase() throws Exception {
        String id = tip("huyen-thap-muoi", "2026-03-02T02:00:00Z");
        String key = "lost-" + UUID.randomUUID();

        network.next.set(FaultyNetwork.Fault.LOST_ON_THE_WAY);
        var refused = as("dieutra").post("/api/v1/tips/" + id + ":decide", PROSECUTE, key);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.body()).contains("đã được ghi nhận", "is kept", "safe");
        assertThat(casesOf(id).getCasesList()).isEmpty();
        Tip waiting = read(as("dieutra").get("/api/v1/tips/" + id));
        assertThat(waiting.getStatus()).isEqualTo(TipStatus.RECEIVED);
        assertThat(waiting.hasOutcome()).isFalse();
        // the tip says what is pending, for the officer who reloads it
        assertThat(waiting.getPendingProsecution().getProsecute().getPenalCodeArticle()).isEqualTo(174);
        assertThat(waiting.getPendingProsecution().getProsecute().getCaseNumber()).isEmpty();
        assertThat(waiting.getPendingProsecution().getDecidedBy()).isEqualTo("dieutra");
        assertThat(pendingProsecutions(id)).isOne();
        // while it is pending, no other decision
        var other = as("dieutra").post("/api/v1/tips/" + id + ":decide",
                "{\"notProsecute\":{\"ground\":\"NO_CRIMINAL_EVENT\",\"reasons\":\"Không có dấu hiệu tội phạm\"}}");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(400);
        assertThat(other.body()).contains("đang chờ case-service", "waiting for case-service");
        // nor the same decision by another officer: the case records who decided
        var leader = as("lanhdao.congan").post("/api/v1/tips/" + id + ":decide",
                "{\"prosecute\":{\"penalCodeArticle\":174,\"clause\":1,\"leadUnit\":\"cong-an-tinh-pa05\"}}");
        assertThat(leader.statusCode()).as(leader.body()).isEqualTo(400);
        assertThat(leader.body()).contains("dieutra", "completed automatically");
        assertThat(pendingProsecutions(id)).isOne();

        // nobody retries: the reconciler's round, with tip-service's own Keycloak account, opens the case and records it
        reconciler.completeDue();
        var kase = theOneCaseOf(id);
        assertProsecutedWith(id, kase);
        assertThat(jdbc.sql("select actor from audit_log where record_id = :id and action = 'DECIDE'").param("id", id)
                .query(String.class).list()).containsExactly("tip-service");

        // the officer's retry with their key now answers the decision the reconciler recorded
        var retried = as("dieutra").post("/api/v1/tips/" + id + ":decide", PROSECUTE, key);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(read(retried).getCaseId()).isEqualTo(kase.getId());
        reconciler.completeDue();
        theOneCaseOf(id);
    }

    @Test
    void anAnswerLostAfterCaseServiceOpenedTheCaseIsMendedWithThatSameCase() throws Exception {
        String id = tip("huyen-thap-muoi", "2026-03-02T02:00:00Z");

        network.next.set(FaultyNetwork.Fault.ANSWER_LOST);
        var lost = as("dieutra").post("/api/v1/tips/" + id + ":decide", PROSECUTE);

        assertThat(lost.statusCode()).as(lost.body()).isEqualTo(503);
        var opened = theOneCaseOf(id); // case-service did open it
        assertThat(read(as("dieutra").get("/api/v1/tips/" + id)).getStatus()).isEqualTo(TipStatus.RECEIVED);

        reconciler.completeDue();
        assertProsecutedWith(id, theOneCaseOf(id));
        assertThat(theOneCaseOf(id).getId()).isEqualTo(opened.getId());
    }

    @Test
    void aCrashBetweenOpeningTheCaseAndRecordingTheDecisionIsMendedWithOneCaseByTheReconcilerOrTheRetry()
            throws Exception {
        String id = tip("huyen-thap-muoi", "2026-03-02T02:00:00Z");
        String key = "crash-" + UUID.randomUUID();
        // the tip's update fails after case-service has opened the case, as if tip-service died in between
        jdbc.sql("""
                create function simulated_crash() returns trigger language plpgsql as $$
                begin raise exception 'simulated crash after the case was opened'; end; $$""").update();
        jdbc.sql("create trigger simulated_crash before insert on tip_status_changes for each row"
                + " when (new.tip_id = '" + id + "' and new.step = 'DECIDE') execute function simulated_crash()").update();
        HttpResponse<String> crashed;
        try {
            crashed = as("dieutra").post("/api/v1/tips/" + id + ":decide", PROSECUTE, key);
            assertThat(crashed.statusCode()).as(crashed.body()).isEqualTo(500);
            // the reconciler's round while the fault lasts fails the same way and keeps the pending decision
            assertThat(catchThrowableOfType(RuntimeException.class, reconciler::completeDue)).isNotNull();
        } finally {
            jdbc.sql("drop trigger simulated_crash on tip_status_changes").update();
            jdbc.sql("drop function simulated_crash()").update();
        }
        String number = theOneCaseOf(id).getNumber();
        assertThat(read(as("dieutra").get("/api/v1/tips/" + id)).getStatus()).isEqualTo(TipStatus.RECEIVED);
        assertThat(pendingProsecutions(id)).isOne();

        // other details than the pending decision's would make a second case: refused, saying what is pending
        var differently = as("dieutra").post("/api/v1/tips/" + id + ":decide",
                "{\"prosecute\":{\"penalCodeArticle\":174,\"clause\":2}}");
        assertThat(differently.statusCode()).isEqualTo(400);
        assertThat(differently.body()).contains("Điều 174 khoản 1", "waiting for case-service");

        // the officer's retry, from another tab with a key of its own, finds the case opened before the crash and
        // records it; both keys then answer the decision
        String again = "again-" + UUID.randomUUID();
        var retried = as("dieutra").post("/api/v1/tips/" + id + ":decide", PROSECUTE, again);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(read(retried).getOutcome().getProsecute().getCaseNumber()).isEqualTo(number);
        assertProsecutedWith(id, theOneCaseOf(id));
        for (String sent : new String[] {key, again}) {
            var replayed = as("dieutra").post("/api/v1/tips/" + id + ":decide", PROSECUTE, sent);
            assertThat(replayed.statusCode()).as(sent + ": " + replayed.body()).isEqualTo(200);
            assertThat(read(replayed).getCaseId()).isEqualTo(theOneCaseOf(id).getId());
        }
        reconciler.completeDue();
    }

    @Test
    void aTipStoppedBeforeCaseServiceWasAskedIsCompletedByTheReconcilerWithOneCase() throws Exception {
        String id = tip("huyen-thap-muoi", "2026-03-02T02:00:00Z");
        // what tip-service leaves when it stops right after recording the pending decision: the row, no case
        jdbc.sql("""
                insert into pending_prosecutions (tip_id, penal_code_article, clause, lead_unit, case_title, decided_by,
                    decided_unit, decided_at, next_attempt_at)
                values (:id, 174, 1, 'cong-an-tinh-pa05', 'Vụ án khởi tố từ tin báo', 'dieutra', 'cong-an-tinh-pa05',
                    :at, :at)""").param("id", UUID.fromString(id)).param("at", java.sql.Timestamp.from(NOW)).update();
        assertThat(casesOf(id).getCasesList()).isEmpty();

        // case-service unreachable at first: the row waits longer, then the next round completes it
        network.next.set(FaultyNetwork.Fault.LOST_ON_THE_WAY);
        reconciler.completeDue();
        assertThat(jdbc.sql("select attempts, next_attempt_at > :now, last_error is not null from pending_prosecutions"
                        + " where tip_id = :id").param("id", UUID.fromString(id)).param("now", java.sql.Timestamp.from(NOW))
                .query((rs, n) -> rs.getInt(1) + " " + rs.getBoolean(2) + " " + rs.getBoolean(3)).single())
                .isEqualTo("1 true true");
        assertThat(casesOf(id).getCasesList()).isEmpty();
        jdbc.sql("update pending_prosecutions set next_attempt_at = :now where tip_id = :id")
                .param("now", java.sql.Timestamp.from(NOW)).param("id", UUID.fromString(id)).update();

        reconciler.completeDue();
        assertProsecutedWith(id, theOneCaseOf(id));
    }

    @Test
    void aCaseRefusedWhileTheOfficerWaitsDecidesNothingAndItsKeyIsRefusedTheSameWayAgain() throws Exception {
        String id = tip("huyen-thap-muoi", "2026-03-02T02:00:00Z");
        var direct = HttpApi.at(caseHttpPort).as(issuer.userToken("dieutra")).post("/api/v1/cases", """
                {"title":"Vụ án mở trực tiếp","penalCodeArticle":174,"clause":1,"leadUnit":"cong-an-tinh-pa05",
                 "tipIds":["%s"]}""".formatted(id));
        assertThat(direct.statusCode()).as(direct.body()).isEqualTo(200);
        String key = "refused-" + UUID.randomUUID();

        for (int attempt = 0; attempt < 2; attempt++) {
            var refused = as("dieutra").post("/api/v1/tips/" + id + ":decide", PROSECUTE, key);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("ALREADY_IN_CASE");
        }
        assertThat(pendingProsecutions(id)).isZero();
        assertThat(read(as("dieutra").get("/api/v1/tips/" + id)).getStatus()).isEqualTo(TipStatus.RECEIVED);
        theOneCaseOf(id);
    }

    @Test
    void aCaseCaseServiceRefusesForGoodEndsThePendingDecisionAndTheTipStaysUndecided() throws Exception {
        String id = tip("huyen-thap-muoi", "2026-03-02T02:00:00Z");
        network.next.set(FaultyNetwork.Fault.LOST_ON_THE_WAY);
        assertThat(as("dieutra").post("/api/v1/tips/" + id + ":decide", PROSECUTE).statusCode()).isEqualTo(503);
        // meanwhile an investigator opens a case holding this tip straight in case-service
        var direct = HttpApi.at(caseHttpPort).as(issuer.userToken("dieutra")).post("/api/v1/cases", """
                {"title":"Vụ án mở trực tiếp","penalCodeArticle":174,"clause":1,"leadUnit":"cong-an-tinh-pa05",
                 "tipIds":["%s"]}""".formatted(id));
        assertThat(direct.statusCode()).as(direct.body()).isEqualTo(200);

        reconciler.completeDue();

        assertThat(pendingProsecutions(id)).isZero();
        assertThat(read(as("dieutra").get("/api/v1/tips/" + id)).getStatus()).isEqualTo(TipStatus.RECEIVED);
        assertThat(theOneCaseOf(id).getTitle()).isEqualTo("Vụ án mở trực tiếp");
        assertThat(jdbc.sql("select actor from audit_log where record_id = :id and action = 'PROSECUTION_REFUSED'")
                .param("id", id).query(String.class).list()).containsExactly("tip-service");
    }

    @Test
    void aDecisionsKeyIsTheDecidingOfficersOwnAndRefusedForAnotherRequest() {
        String mine = tip("huyen-thap-muoi", "2026-03-02T02:00:00Z");
        String theirs = tip("huyen-thap-muoi", "2026-03-02T02:00:00Z");
        String notProsecute = """
                {"notProsecute":{"ground":"NOT_A_CRIME","reasons":"Tiền đã được hoàn trả."}}""";
        String key = "1"; // a careless client's key, used by two people

        var decided = as("dieutra").post("/api/v1/tips/" + mine + ":decide", notProsecute, key);
        var retried = as("dieutra").post("/api/v1/tips/" + mine + ":decide", notProsecute, key);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(read(retried).getStatus()).isEqualTo(TipStatus.NOT_PROSECUTED);
        assertThat(decisions(mine)).isEqualTo(1L);

        var onAnotherTip = as("dieutra").post("/api/v1/tips/" + theirs + ":decide", notProsecute, key);
        assertThat(onAnotherTip.statusCode()).isEqualTo(409);
        assertThat(onAnotherTip.body()).contains("Idempotency-Key", "đã được dùng cho một yêu cầu khác",
                "already used for a different request");
        assertThat(decisions(theirs)).isZero();

        var squat = as("lanhdao.congan").post("/api/v1/tips/" + theirs + ":decide", PROSECUTE,
                "lachan:tip:" + theirs + ":prosecute");
        assertThat(squat.statusCode()).isEqualTo(400);
        assertThat(squat.body()).contains("\"field\":\"Idempotency-Key\"", "RESERVED");
        assertThat(decisions(theirs)).isZero();

        var leaders = as("lanhdao.congan").post("/api/v1/tips/" + theirs + ":decide", notProsecute, key);
        assertThat(leaders.statusCode()).as(leaders.body()).isEqualTo(200);
        assertThat(read(leaders).getOutcome().getDecidedBy()).isEqualTo("lanhdao.congan");
        assertThat(decisions(theirs)).isEqualTo(1L);
    }

    long decisions(String tipId) {
        return jdbc.sql("select count(*) from tip_status_changes where tip_id = cast(:t as uuid) and step = 'DECIDE'")
                .param("t", tipId).query(Long.class).single();
    }

    @Test
    void notProsecuteNeedsAGroundAndReasonsAndIsTheTipsOnlyDecision() {
        String id = tip("huyen-thap-muoi", "2026-03-03T02:00:00Z");
        HttpApi investigator = as("dieutra");

        var missing = investigator.post("/api/v1/tips/" + id + ":decide", "{\"notProsecute\":{}}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"not_prosecute.ground\"", "\"field\":\"not_prosecute.reasons\"",
                "NOT_A_CRIME");
        var none = investigator.post("/api/v1/tips/" + id + ":decide", "{}");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("\"field\":\"outcome\"");

        var decided = investigator.post("/api/v1/tips/" + id + ":decide", """
                {"notProsecute":{"ground":"NOT_A_CRIME","reasons":"Tiền đã được hoàn trả; không có dấu hiệu lừa đảo."}}""");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        Tip tip = read(decided);
        assertThat(tip.getStatus()).isEqualTo(TipStatus.NOT_PROSECUTED);
        assertThat(tip.getOutcome().getNotProsecute().getGroundLabelVi()).isEqualTo("Hành vi không cấu thành tội phạm");
        assertThat(tip.getOutcome().getNotProsecute().getReasons()).startsWith("Tiền đã được hoàn trả");
        assertThat(tip.getCaseId()).isEmpty();

        var second = investigator.post("/api/v1/tips/" + id + ":decide", PROSECUTE);
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.body()).contains("mỗi tin báo chỉ có một quyết định", "a tip has exactly one");

        // a district that may see the tip sees the decision, but not the reasons, which may name people
        String district = tip("huyen-cao-lanh", "2026-03-03T02:00:00Z");
        investigator.post("/api/v1/tips/" + district + ":decide", """
                {"notProsecute":{"ground":"NO_CRIMINAL_EVENT","reasons":"Ông Nguyễn Văn B đã giải thích."}}""");
        var seen = as("baocao.caolanh").get("/api/v1/tips/" + district);
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(read(seen).getOutcome().getNotProsecute().getGround().name()).isEqualTo("NO_CRIMINAL_EVENT");
        assertThat(seen.body()).doesNotContain("Nguyễn Văn B");
    }

    @Test
    void aTipIsSuspendedOnlyAfterItsDeadlineAndResumedWithOneMoreMonth() {
        HttpApi investigator = as("dieutra");
        String suspend = "{\"suspend\":{\"ground\":\"AWAITING_EXPERT_EXAMINATION\",\"note\":\"Chờ kết luận giám định\"}}";

        String early = tip("huyen-thap-muoi", "2026-03-04T02:00:00Z");
        var refused = investigator.post("/api/v1/tips/" + early + ":decide", suspend);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Điều 148", "24/03/2026");
        assertThat(read(investigator.get("/api/v1/tips/" + early)).getStatus()).isEqualTo(TipStatus.RECEIVED);

        String late = tip("huyen-thap-muoi", "2026-02-01T02:00:00Z");
        var suspended = investigator.post("/api/v1/tips/" + late + ":decide", suspend);
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
        assertThat(read(suspended).getStatus()).isEqualTo(TipStatus.SUSPENDED);
        assertThat(read(suspended).getDecisionOverdue()).isFalse();
        assertThat(read(suspended).getOutcome().getSuspend().getGroundLabelEn()).contains("Expert examination");

        var decideWhileSuspended = investigator.post("/api/v1/tips/" + late + ":decide", PROSECUTE);
        assertThat(decideWhileSuspended.statusCode()).isEqualTo(400);
        assertThat(decideWhileSuspended.body()).contains("Điều 149");

        var resumed = investigator.post("/api/v1/tips/" + late + ":resume", "{\"note\":\"Đã có kết luận giám định\"}");
        assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);
        assertThat(read(resumed).getStatus()).isEqualTo(TipStatus.VERIFYING);
        assertThat(read(resumed).getDecisionDue()).isEqualTo("2026-04-10");
        assertThat(read(resumed).hasOutcome()).isFalse();
        assertThat(read(resumed).getHistoryList()).extracting(c -> c.getToStatus()).containsExactly(
                TipStatus.RECEIVED, TipStatus.SUSPENDED, TipStatus.VERIFYING);
    }

    @Test
    void theOverdueViewShowsTipsPastTheirTwentyDaysThoseDueThisWeekAndLateNotifications() throws Exception {
        // a unit of its own, so that tips of other tests (and of earlier runs on a kept database) stay out of view
        String unit = "test-qua-han-" + UUID.randomUUID().toString().substring(0, 8);
        String overdue = tip(unit, "2026-02-01T02:00:00Z");      // 20 days end on 21/02, in Tết: due 23/02, 15 days late
        String dueSoon = tip(unit, "2026-02-20T02:00:00Z");      // due 12/03
        String lastDayOfWeek = tip(unit, "2026-02-25T02:00:00Z"); // due 17/03
        String notNotified = tip(unit, "2026-03-01T02:00:00Z");   // due 23/03 (21/03 is a Saturday), procuracy not told by 04/03
        String fresh = tip(unit, "2026-03-09T02:00:00Z");         // due 30/03 (29/03 is a Sunday), notification due 12/03
        String decided = tip(unit, "2026-02-02T02:00:00Z");
        HttpApi investigator = as("dieutra");
        assertThat(investigator.post("/api/v1/tips/" + decided + ":decide",
                "{\"notProsecute\":{\"ground\":\"AMNESTIED\",\"reasons\":\"Đã được đại xá\"}}").statusCode()).isEqualTo(200);
        var notified = as("tiepnhan").post("/api/v1/tips/" + dueSoon + ":notify-procuracy",
                "{\"notifiedAt\":\"2026-02-21T02:00:00Z\",\"documentNumber\":\"45/TB-CAT\"}");
        assertThat(notified.statusCode()).as(notified.body()).isEqualTo(200);
        assertThat(read(notified).getProcuracyNotifiedAt().getSeconds())
                .isEqualTo(Instant.parse("2026-02-21T02:00:00Z").getEpochSecond());

        var answer = investigator.get("/api/v1/tips:overdue?receivingUnit=" + unit);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        ListOverdueTipsResponse.Builder page = ListOverdueTipsResponse.newBuilder();
        JsonFormat.parser().merge(answer.body(), page);
        assertThat(page.getToday()).isEqualTo("2026-03-10");
        assertThat(page.getTipsList()).extracting(OverdueTip::getTipId)
                .containsExactly(overdue, dueSoon, lastDayOfWeek, notNotified)
                .doesNotContain(fresh, decided);
        OverdueTip first = page.getTips(0);
        assertThat(first.getDecisionOverdue()).isTrue();
        assertThat(first.getDaysLeft()).isEqualTo(-15);
        assertThat(first.getNotificationOverdue()).isTrue();
        assertThat(page.getTips(1).getDecisionOverdue()).isFalse();
        assertThat(page.getTips(1).getDaysLeft()).isEqualTo(2);
        assertThat(page.getTips(1).getNotificationOverdue()).isFalse();
        assertThat(page.getTips(3).getDecisionOverdue()).isFalse();
        assertThat(page.getTips(3).getNotificationOverdue()).isTrue();
        assertThat(answer.body()).doesNotContain("giả danh công an");

        Tip late = read(investigator.get("/api/v1/tips/" + overdue));
        assertThat(late.getDecisionOverdue()).isTrue();
        assertThat(late.getNotificationDue()).isEqualTo("2026-02-04");
        assertThat(late.getNotificationOverdue()).isTrue();

        var twice = as("tiepnhan").post("/api/v1/tips/" + dueSoon + ":notify-procuracy", "{}");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("already recorded");
    }

    @Test
    void statisticsCountThePeriodsTipsByTheDecisionTheyStandUnderAndThoseOverdueToday() throws Exception {
        // a unit of its own, so that tips of other tests (and of earlier runs on a kept database) are not counted
        String unit = "test-thong-ke-" + UUID.randomUUID().toString().substring(0, 8);
        HttpApi investigator = as("dieutra");
        String suspend = "{\"suspend\":{\"ground\":\"AWAITING_VALUATION\",\"note\":\"Chờ định giá tài sản\"}}";

        String prosecuted = tip(unit, "2026-02-01T02:00:00Z");
        assertThat(investigator.post("/api/v1/tips/" + prosecuted + ":decide", PROSECUTE).statusCode()).isEqualTo(200);
        String notProsecuted = tip(unit, "2026-02-02T02:00:00Z");
        assertThat(investigator.post("/api/v1/tips/" + notProsecuted + ":decide",
                "{\"notProsecute\":{\"ground\":\"NO_CRIMINAL_EVENT\",\"reasons\":\"Không có sự việc\"}}").statusCode())
                .isEqualTo(200);
        String suspended = tip(unit, "2026-02-03T02:00:00Z");
        assertThat(investigator.post("/api/v1/tips/" + suspended + ":decide", suspend).statusCode()).isEqualTo(200);
        // suspended after its 20 days, then resumed: undecided again, with one month from today (due 10/04)
        String resumed = tip(unit, "2026-02-04T02:00:00Z");
        assertThat(investigator.post("/api/v1/tips/" + resumed + ":decide", suspend).statusCode()).isEqualTo(200);
        assertThat(investigator.post("/api/v1/tips/" + resumed + ":resume", "{\"note\":\"Đã có kết quả\"}").statusCode())
                .isEqualTo(200);
        tip(unit, "2026-02-05T02:00:00Z");                 // due 25/02: overdue
        tip(unit, "2026-02-17T02:00:00Z");                 // due 09/03: overdue since today
        tip(unit, "2026-02-18T02:00:00Z");                 // due 10/03, today: not yet overdue
        String extended = tip(unit, "2026-03-01T02:00:00Z"); // due 21/03, extended to 20/04
        assertThat(investigator.post("/api/v1/tips/" + extended + ":extend", EXTEND).statusCode()).isEqualTo(200);
        tip(unit, "2025-12-31T17:30:00Z");                 // 00:30 on 01/01/2026 in Vietnam: in the period, overdue
        tip(unit, "2025-12-31T16:30:00Z");                 // 23:30 on 31/12/2025 in Vietnam: before the period
        tip("huyen-thap-muoi", "2026-02-06T02:00:00Z");    // another unit

        var answer = investigator.get("/api/v1/tips/statistics?from=2026-01-01&to=2026-03-31&receivingUnit=" + unit);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        vn.lachan.tip.v1.TipStatistics.Builder stats = vn.lachan.tip.v1.TipStatistics.newBuilder();
        JsonFormat.parser().merge(answer.body(), stats);
        assertThat(stats.getTotal()).isEqualTo(9);
        assertThat(stats.getAsOf()).isEqualTo("2026-03-10");
        assertThat(stats.getByOutcomeList()).extracting(c -> c.getKey() + "=" + c.getCount())
                .containsExactly("PROSECUTED=1", "NOT_PROSECUTED=1", "SUSPENDED=1", "UNDECIDED=6");
        assertThat(stats.getByOutcome(0).getLabelVi()).isEqualTo("Khởi tố vụ án");
        assertThat(stats.getByOutcome(3).getLabelEn()).isEqualTo("Undecided");
        assertThat(stats.getOverdue()).isEqualTo(3);
        assertThat(answer.body()).contains("\"overdue\": \"3\"", "\"asOf\": \"2026-03-10\"");

        // the tips of a period before any decision: all undecided, none overdue before their 20 days are over
        var march = investigator.get("/api/v1/tips/statistics?from=2026-03-01&to=2026-03-31&receivingUnit=" + unit);
        vn.lachan.tip.v1.TipStatistics.Builder marchStats = vn.lachan.tip.v1.TipStatistics.newBuilder();
        JsonFormat.parser().merge(march.body(), marchStats);
        assertThat(marchStats.getByOutcomeList()).extracting(c -> c.getKey() + "=" + c.getCount())
                .containsExactly("PROSECUTED=0", "NOT_PROSECUTED=0", "SUSPENDED=0", "UNDECIDED=1");
        assertThat(marchStats.getOverdue()).isZero();

        // a district sees the counts of its own tips only, the same way
        var district = as("baocao.caolanh").get("/api/v1/tips/statistics?from=2026-01-01&to=2026-03-31&receivingUnit=" + unit);
        assertThat(district.statusCode()).isEqualTo(403);
    }

    @Test
    void onlyTheHandlingPoliceDecideAndOnlyTheProcuracyGrantsTheSecondExtension() throws Exception {
        String id = tip("huyen-cao-lanh", "2026-03-05T02:00:00Z");
        for (String user : new String[] {"tiepnhan", "baocao.caolanh", "kiemsat"}) {
            assertThat(as(user).post("/api/v1/tips/" + id + ":decide", PROSECUTE).statusCode()).as(user).isEqualTo(403);
        }
        var grpc = catchThrowableOfType(StatusRuntimeException.class, () -> {
            ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", grpcPort).usePlaintext().build();
            try {
                TipDecisionServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(issuer.userToken("tiepnhan")))
                        .decideTip(DecideTipRequest.newBuilder().setId(id)
                                .setProsecute(Prosecute.newBuilder().setPenalCodeArticle(174).setClause(1)).build());
            } finally {
                channel.shutdownNow();
            }
        });
        assertThat(grpc.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(casesOf(id).getCasesList()).isEmpty();

        assertThat(as("kiemsat").post("/api/v1/tips/" + id + ":extend", EXTEND).statusCode()).isEqualTo(403);
        assertThat(as("dieutra").post("/api/v1/tips/" + id + ":extend", EXTEND).statusCode()).isEqualTo(200);
        assertThat(as("dieutra").post("/api/v1/tips/" + id + ":extend", EXTEND).statusCode()).isEqualTo(403);

        HttpApi procurator = as("kiemsat");
        var withoutApproval = procurator.post("/api/v1/tips/" + id + ":extend", "{\"reason\":\"Chưa xác minh xong\"}");
        assertThat(withoutApproval.statusCode()).isEqualTo(400);
        assertThat(withoutApproval.body()).contains("\"field\":\"procuracy_approval.document_number\"");
        var second = procurator.post("/api/v1/tips/" + id + ":extend", """
                {"reason":"Chưa xác minh xong","procuracyApproval":{"approver":"Phó Viện trưởng Trần Văn C",
                 "documentNumber":"07/QĐ-VKS","documentDate":"2026-03-10"}}""");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(read(second).getDecisionDue()).isEqualTo("2026-06-22"); // 20/06/2026 is a Saturday
        assertThat(read(second).getExtensionsList()).extracting(e -> e.getProcuracyApproval().getDocumentNumber())
                .containsExactly("", "07/QĐ-VKS");
        assertThat(procurator.post("/api/v1/tips/" + id + ":extend", EXTEND).body()).contains("extended twice");

        assertThat(as("baocao.caolanh").post("/api/v1/tips/" + id + ":notify-procuracy", "{}").statusCode())
                .isEqualTo(403);
        for (String user : new String[] {"baocao.caolanh", "kiemsat", "nganhang.vcb"}) {
            assertThat(as(user).get("/api/v1/tips:overdue").statusCode()).as(user).isEqualTo(403);
        }
        assertThat(as("dieutra").post("/api/v1/tips/" + UUID.randomUUID() + ":decide", PROSECUTE).statusCode())
                .isEqualTo(404);
        assertThat(as("dieutra").post("/api/v1/tips/not-a-uuid:decide", PROSECUTE).body()).contains("\"field\":\"id\"");
    }
}
