package vn.lachan.report.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.platform.test.LocalRedis;
import vn.lachan.report.StandInBudget;
import vn.lachan.report.v1.Report;
import vn.lachan.tip.TipServiceApplication;

/**
 * report-service asking a real, separately started tip-service over gRPC for a unit's tip counts:
 * two applications, two databases, one network hop with a deadline. budget-service is a stand-in here
 * ({@link StandInBudget}); devstack's end-to-end tests read the real one.
 */
@RealInfrastructure(database = "lachan_report", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=report-test"})
class ReportAcrossServicesTest {

    static ConfigurableApplicationContext tipService;
    static int tipGrpcPort;
    static int tipHttpPort;
    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();
    static final String LEADER = issuer.userToken("lanhdao.congan");
    static final String OFFICER = issuer.userToken("tiepnhan");

    @LocalServerPort
    int httpPort;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startTipService() {
        tipGrpcPort = LocalRedis.freePort();
        tipService = Beside.start("tip-service", "lachan_tip", "lachan_tip_beside_report", tipGrpcPort,
                TipServiceApplication.class);
        tipHttpPort = Beside.httpPort(tipService);
    }

    @AfterAll
    static void stopTipService() {
        if (tipService != null) {
            tipService.close();
        }
    }

    @DynamicPropertySource
    static void tipAddress(DynamicPropertyRegistry registry) {
        registry.add("spring.grpc.client.channels.tip-service.address", () -> "static://localhost:" + tipGrpcPort);
        registry.add("spring.grpc.client.channels.budget-service.address", StandInBudget.SHARED::address);
    }

    @Test
    void aDistrictReportIsPrefilledWithTheTipsItReceivedInTheWindow() throws Exception {
        // two tips for Lai Vung inside the 2024 six-monthly window, one outside it, one for another unit
        tip("huyen-lai-vung", "IMPERSONATE_AUTHORITY", "2024-03-02T02:00:00Z");
        tip("huyen-lai-vung", "ONLINE_SHOPPING", "2023-12-15T01:00:00Z");
        tip("huyen-lai-vung", "ONLINE_SHOPPING", "2024-06-15T03:00:00Z");
        tip("huyen-lap-vo", "ONLINE_SHOPPING", "2024-03-02T02:00:00Z");

        String request = "{\"unit\":\"huyen-lai-vung\",\"period\":{\"year\":2024,\"kind\":\"HALF_YEAR\"}}";
        var answer = HttpApi.at(httpPort).as(LEADER).post("/api/v1/reports", request);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Report.Builder report = Report.newBuilder();
        JsonFormat.parser().merge(answer.body(), report);

        assertThat(report.getWindow().getFrom()).isEqualTo("2023-12-15");
        assertThat(report.getWindow().getTo()).isEqualTo("2024-06-14");
        assertThat(value(report, "tips.total")).isEqualTo(2);
        assertThat(value(report, "tips.modus.IMPERSONATE_AUTHORITY")).isEqualTo(1);
        assertThat(value(report, "tips.modus.ONLINE_SHOPPING")).isEqualTo(1);
        assertThat(value(report, "tips.modus.LOAN_SHARK")).isEqualTo(0);
        // template version 4: the outcomes, as tip-service counts them today (both still being verified), and the budget
        // (spent to the period's last day of actual figures, V8)
        assertThat(report.getTemplateVersion()).isEqualTo(4);
        assertThat(value(report, "tips.undecided")).isEqualTo(2);
        assertThat(value(report, "tips.prosecuted")).isEqualTo(0);
        assertThat(report.getIndicatorsList()).filteredOn(i -> i.getCode().startsWith("tips."))
                .allSatisfy(i -> assertThat(i.getSource()).isEqualTo("tip-service"));

        var again = HttpApi.at(httpPort).as(LEADER).post("/api/v1/reports", request);
        assertThat(again.body()).isEqualTo(answer.body());
        assertThat(jdbc.sql("select count(*) from reports where unit = 'huyen-lai-vung'").query(Long.class).single())
                .isEqualTo(1L);

        var listed = HttpApi.at(httpPort).as(LEADER).get("/api/v1/reports?unit=huyen-lai-vung&year=2024");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        vn.lachan.report.v1.ListReportsResponse.Builder page = vn.lachan.report.v1.ListReportsResponse.newBuilder();
        JsonFormat.parser().merge(listed.body(), page);
        assertThat(page.getReportsList()).extracting(Report::getId).containsExactly(report.getId());
    }

    @Test
    void aDistrictWritesAndSeesOnlyItsOwnReportAndTipServiceCountsOnlyItsTips() throws Exception {
        tip("huyen-cao-lanh", "GIFT_ACQUAINTANCE", "2025-02-02T02:00:00Z");
        StandInBudget.SHARED.set("huyen-cao-lanh", 2025, new StandInBudget.Figures(40_000_000L, 15_000_000L, 9_876_543L));
        String submitterToken = issuer.userToken("baocao.caolanh");
        HttpApi district = HttpApi.at(httpPort).as(submitterToken);

        var own = district.post("/api/v1/reports", "{\"unit\":\"huyen-cao-lanh\",\"period\":{\"year\":2025,\"kind\":\"YEAR\"}}");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        Report.Builder report = Report.newBuilder();
        JsonFormat.parser().merge(own.body(), report);
        assertThat(value(report, "tips.modus.GIFT_ACQUAINTANCE")).isEqualTo(1);
        // the district's budget of 2025 from budget-service, asked with the submitter's own token
        assertThat(value(report, "budget.allocated")).isEqualTo(40_000_000L);
        assertThat(value(report, "budget.committed")).isEqualTo(15_000_000L);
        assertThat(value(report, "budget.spent")).isEqualTo(9_876_543L);
        assertThat(report.getIndicatorsList()).filteredOn(i -> i.getCode().startsWith("budget."))
                .allSatisfy(i -> assertThat(i.getSource()).isEqualTo("budget-service"));
        assertThat(StandInBudget.SHARED.callsFor("huyen-cao-lanh")).last()
                .satisfies(c -> assertThat(c.authorization()).isEqualTo("Bearer " + submitterToken));

        var other = district.post("/api/v1/reports", "{\"unit\":\"huyen-lai-vung\",\"period\":{\"year\":2025,\"kind\":\"YEAR\"}}");
        assertThat(other.statusCode()).isEqualTo(403);

        var leaders = HttpApi.at(httpPort).as(LEADER)
                .post("/api/v1/reports", "{\"unit\":\"tp-hong-ngu\",\"period\":{\"year\":2025,\"kind\":\"YEAR\"}}");
        String leadersId = leaders.body().replaceAll("(?s).*\"id\": \"([^\"]+)\".*", "$1");
        assertThat(district.get("/api/v1/reports/" + leadersId).statusCode()).isEqualTo(404);
        assertThat(district.get("/api/v1/reports/" + report.getId()).statusCode()).isEqualTo(200);
        assertThat(HttpApi.at(httpPort).get("/api/v1/reports/" + report.getId()).statusCode()).isEqualTo(401);
    }

    @Test
    void whenBudgetServiceDoesNotAnswerTheCallerGets503NamingItNothingIsStoredAndAskingAgainWorks() throws Exception {
        // tip-service answers; budget-service, asked next, does not: the one local write never happens
        String request = "{\"unit\":\"huyen-thap-muoi\",\"period\":{\"year\":2024,\"kind\":\"YEAR\"}}";
        StandInBudget.SHARED.set("huyen-thap-muoi", 2024, new StandInBudget.Figures(12_000_000L, 0L, 4_500_000L));
        StandInBudget.SHARED.failWith(io.grpc.Status.UNAVAILABLE);
        try {
            var refused = HttpApi.at(httpPort).as(LEADER).post("/api/v1/reports", request);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.body()).contains("budget-service");
        } finally {
            StandInBudget.SHARED.failWith(null);
        }
        assertThat(jdbc.sql("select count(*) from reports where unit = 'huyen-thap-muoi'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from report_events e join reports r on r.id = e.report_id"
                + " where r.unit = 'huyen-thap-muoi'").query(Long.class).single()).isZero();

        var retried = HttpApi.at(httpPort).as(LEADER).post("/api/v1/reports", request);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        Report.Builder report = Report.newBuilder();
        JsonFormat.parser().merge(retried.body(), report);
        assertThat(value(report, "budget.allocated")).isEqualTo(12_000_000L);
        assertThat(value(report, "budget.spent")).isEqualTo(4_500_000L);
        assertThat(jdbc.sql("select count(*) from reports where unit = 'huyen-thap-muoi'").query(Long.class).single())
                .isEqualTo(1L);
    }

    @Test
    void whenTipServiceIsDownNoReportIsStoredAndTheCallerIsToldToRetry() throws Exception {
        int deadPort = LocalRedis.freePort();
        try (var report = new SpringApplicationBuilder(vn.lachan.report.ReportServiceApplication.class).run(
                "--spring.grpc.server.inprocess.name=report-without-tips",
                "--spring.datasource.url=" + RealInfrastructure.Extension.postgres().database("lachan_report"),
                "--spring.datasource.username=" + RealInfrastructure.Extension.postgres().user(),
                "--spring.datasource.password=" + RealInfrastructure.Extension.postgres().password(),
                "--server.port=0", "--management.server.port=0", "--spring.grpc.server.port=0",
                "--spring.grpc.client.channels.tip-service.address=static://localhost:" + deadPort)) {
            int port = Integer.parseInt(report.getEnvironment().getProperty("local.server.port"));
            // a district's template counts its tips, so its report needs tip-service
            var answer = HttpApi.at(port).as(issuer.userToken("baocao.caolanh"))
                    .post("/api/v1/reports", "{\"unit\":\"huyen-cao-lanh\",\"period\":{\"year\":2024,\"kind\":\"HALF_YEAR\"}}");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(answer.body()).contains("tip-service");
        }
        assertThat(jdbc.sql("select count(*) from reports where unit = 'huyen-cao-lanh' and year = 2024")
                .query(Long.class).single()).isZero();
    }

    void tip(String unit, String modus, String receivedAt) throws Exception {
        String json = """
                {"channel":"HOTLINE","sourceKind":"DENUNCIATION","receivingUnit":"%s","modusOperandi":"%s",
                 "narrative":"Tin báo thử nghiệm","receivedAt":"%s","loss":{"dong":"1000000"}}"""
                .formatted(unit, modus, receivedAt);
        var answer = HttpApi.at(tipHttpPort).as(OFFICER).post("/api/v1/tips", json);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    static long value(Report.Builder report, String code) {
        return report.getIndicatorsList().stream().filter(i -> i.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + code)).getValue();
    }
}
