package vn.lachan.report.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lachan.cases.CaseServiceApplication;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.LocalRedis;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.report.StandInBudget;
import vn.lachan.report.v1.Indicator;
import vn.lachan.report.v1.Report;
import vn.lachan.tip.TipServiceApplication;

/**
 * report-service pre-filling the police's report from a real case-service (and a real tip-service) started beside it,
 * each with its own database, over gRPC with the caller's own token; and a draft's pre-filled figures read again
 * (`:refresh`) without touching what the unit overrode. budget-service is a stand-in ({@link StandInBudget}).
 */
@RealInfrastructure(database = "lachan_report", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=report-cases-test"})
class ReportCaseFiguresTest {

    /** case-service's clock: 2 March 2026, 10:00 in Vietnam, inside the 2026 six-monthly window. */
    static final Instant CASE_DAY = Instant.parse("2026-03-02T03:00:00Z");

    /** Registered beside case-service's own application class (not a scanned configuration). */
    static class CaseClock {
        @Bean
        @Primary
        Clock caseServiceClock() {
            return Clock.fixed(CASE_DAY, ZoneOffset.UTC);
        }
    }

    static ConfigurableApplicationContext tipService;
    static ConfigurableApplicationContext caseService;
    static int tipGrpcPort;
    static int caseGrpcPort;
    static int caseHttpPort;
    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();
    static final String LEADER = issuer.userToken("lanhdao.congan");

    @LocalServerPort
    int httpPort;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startPeers() {
        tipGrpcPort = LocalRedis.freePort();
        tipService = Beside.start("tip-service", "lachan_tip", "lachan_tip_beside_report_cases", tipGrpcPort,
                TipServiceApplication.class);
        caseGrpcPort = LocalRedis.freePort();
        caseService = Beside.start("case-service", "lachan_case", "lachan_case_beside_report", caseGrpcPort,
                CaseServiceApplication.class, CaseClock.class);
        caseHttpPort = Beside.httpPort(caseService);
    }

    @AfterAll
    static void stopPeers() {
        if (caseService != null) {
            caseService.close();
        }
        if (tipService != null) {
            tipService.close();
        }
    }

    @DynamicPropertySource
    static void peers(DynamicPropertyRegistry registry) {
        registry.add("spring.grpc.client.channels.tip-service.address", () -> "static://localhost:" + tipGrpcPort);
        registry.add("spring.grpc.client.channels.case-service.address", () -> "static://localhost:" + caseGrpcPort);
        registry.add("spring.grpc.client.channels.budget-service.address", StandInBudget.SHARED::address);
    }

    static String idOf(HttpApi api, String path, String body) {
        var answer = api.post(path, body);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.body().replaceAll("(?s)^\\{\\s*\"id\": \"([^\"]+)\".*", "$1");
    }

    @Test
    void thePolicesReportCarriesTheCasesOfItsUnitsInTheWindowTheFreezeRequestsAndTheMoneyHeld() throws Exception {
        HttpApi police = HttpApi.at(caseHttpPort).as(LEADER);
        String open = """
                {"title":"Lừa đảo qua mạng","penalCodeArticle":174,"clause":2,"leadUnit":"%s"}""";
        String pa05 = idOf(police, "/api/v1/cases", open.formatted("cong-an-tinh-pa05"));
        idOf(police, "/api/v1/cases", open.formatted("cong-an-tinh"));
        String freeze = """
                {"bank":"vcb-dong-thap","accountNumber":"0071000123456","amountRequested":{"dong":"450000000"},
                 "layer":1,"reason":"Nhận tiền của bị hại"}""";
        String request = idOf(police, "/api/v1/cases/" + pa05 + "/freeze-requests", freeze);
        idOf(police, "/api/v1/cases/" + pa05 + "/freeze-requests", freeze);
        idOf(HttpApi.at(caseHttpPort).as(issuer.userToken("nganhang.vcb")),
                "/api/v1/cases/freeze-requests/" + request + ":respond", "{\"hold\":{\"amountHeld\":{\"dong\":\"123456789\"}}}");
        // a victim of the case gets 100 million back by the police leader's decision, and VCB reports it paid
        idOf(police, "/api/v1/cases/" + pa05 + "/victim-claims", """
                {"victimName":"Nguyễn Văn A","accountNumber":"1234567890","bankName":"Agribank",
                 "amountLost":{"dong":"100000000"},"freezeRequestId":"%s"}""".formatted(request));
        var decided = police.post("/api/v1/cases/" + pa05 + "/returns", """
                {"rule":"TRACED","documentNumber":"15/QĐ","documentDate":"%s","reason":"Trả lại tiền"}"""
                .formatted(vn.lachan.platform.time.LegalTime.legalDay(CASE_DAY)));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        String instruction = decided.body().replaceAll("(?s).*\"instructions\": \\[\\s*\\{\\s*\"id\": \"([^\"]+)\".*", "$1");
        var paid = HttpApi.at(caseHttpPort).as(issuer.userToken("nganhang.vcb")).post("/api/v1/cases/returns/"
                + instruction + ":report-executed", "{\"executedAt\":\"" + CASE_DAY + "\",\"bankReference\":\"FT1\"}");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);

        var answer = HttpApi.at(httpPort).as(LEADER)
                .post("/api/v1/reports", "{\"unit\":\"cong-an-tinh\",\"period\":{\"year\":2026,\"kind\":\"HALF_YEAR\"}}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Report.Builder report = Report.newBuilder();
        JsonFormat.parser().merge(answer.body(), report);
        assertThat(indicator(report, "case.opened").getValue()).isEqualTo(2);
        assertThat(indicator(report, "case.freeze_requests").getValue()).isEqualTo(2);
        assertThat(indicator(report, "case.amount_held").getValue()).isEqualTo(123_456_789L);
        assertThat(indicator(report, "case.amount_returned").getValue()).isEqualTo(100_000_000L);
        assertThat(report.getIndicatorsList()).filteredOn(i -> i.getCode().startsWith("case."))
                .hasSize(4)
                .allSatisfy(i -> assertThat(i.getSource()).isEqualTo("case-service"))
                .allSatisfy(i -> assertThat(i.getPrefilledValue()).isEqualTo(i.getValue()));
        assertThat(indicator(report, "case.amount_held").getLabelVi()).contains("phong tỏa");
        // the budget is asked for what was spent up to the period's last day, not the whole year
        assertThat(StandInBudget.SHARED.callsFor("cong-an-tinh")).last()
                .satisfies(c -> assertThat(c.request().getTo()).isEqualTo("2026-06-14"));

        // the previous six-monthly window has none of it
        var before = HttpApi.at(httpPort).as(LEADER)
                .post("/api/v1/reports", "{\"unit\":\"cong-an-tinh\",\"period\":{\"year\":2025,\"kind\":\"HALF_YEAR\"}}");
        Report.Builder earlier = Report.newBuilder();
        JsonFormat.parser().merge(before.body(), earlier);
        assertThat(indicator(earlier, "case.opened").getValue()).isZero();
        assertThat(indicator(earlier, "case.amount_held").getValue()).isZero();
    }

    @Test
    void whenCaseServiceDoesNotAnswerThePolicesReportIsNotStartedAndTheCallerIsToldWhich() {
        int deadPort = LocalRedis.freePort();
        var pg = RealInfrastructure.Extension.postgres();
        try (var report = new SpringApplicationBuilder(vn.lachan.report.ReportServiceApplication.class).run(
                "--spring.grpc.server.inprocess.name=report-without-cases",
                "--spring.datasource.url=" + pg.database("lachan_report"),
                "--spring.datasource.username=" + pg.user(),
                "--spring.datasource.password=" + pg.password(),
                "--server.port=0", "--management.server.port=0", "--spring.grpc.server.port=0",
                "--spring.grpc.client.channels.tip-service.address=static://localhost:" + tipGrpcPort,
                "--spring.grpc.client.channels.budget-service.address=" + StandInBudget.SHARED.address(),
                "--spring.grpc.client.channels.case-service.address=static://localhost:" + deadPort)) {
            int port = Integer.parseInt(report.getEnvironment().getProperty("local.server.port"));
            var answer = HttpApi.at(port).as(LEADER)
                    .post("/api/v1/reports", "{\"unit\":\"cong-an-tinh\",\"period\":{\"year\":2024,\"kind\":\"YEAR\"}}");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(answer.body()).contains("case-service");
        }
        assertThat(jdbc.sql("select count(*) from reports where unit = 'cong-an-tinh' and year = 2024")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aDraftsPrefilledFiguresAreReadAgainKeepingWhatTheUnitOverrodeAndALockedReportNeverChanges() throws Exception {
        StandInBudget.SHARED.set("huyen-cao-lanh", 2023, new StandInBudget.Figures(10_000_000L, 4_000_000L, 2_000_000L));
        String submitter = issuer.userToken("baocao.caolanh");
        HttpApi district = HttpApi.at(httpPort).as(submitter);
        var started = district.post("/api/v1/reports", "{\"unit\":\"huyen-cao-lanh\",\"period\":{\"year\":2023,\"kind\":\"YEAR\"}}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        Report.Builder report = Report.newBuilder();
        JsonFormat.parser().merge(started.body(), report);
        assertThat(indicator(report, "budget.spent").getValue()).isEqualTo(2_000_000L);
        assertThat(indicator(report, "budget.spent").getLabelVi()).contains("ngày cuối có số liệu thực tế");

        // the unit overrides the spending with a reason and types a figure of its own
        var updated = district.send("PATCH", "/api/v1/reports/" + report.getId(), """
                {"etag":"%s","indicators":[{"code":"budget.spent","value":"2500000","overrideReason":"Chứng từ chi ngày 10/11 chưa nhập"},
                 {"code":"plans.issued","value":"3"}]}""".formatted(report.getEtag()));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        Report.Builder edited = Report.newBuilder();
        JsonFormat.parser().merge(updated.body(), edited);

        // budget-service now knows more; a stale etag is refused with nothing asked or written
        StandInBudget.SHARED.set("huyen-cao-lanh", 2023, new StandInBudget.Figures(12_000_000L, 5_000_000L, 3_000_000L));
        var stale = district.post("/api/v1/reports/" + report.getId() + ":refresh",
                "{\"etag\":\"" + report.getEtag() + "\"}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);

        // budget-service down: 503 naming it, the report unchanged
        StandInBudget.SHARED.failWith(io.grpc.Status.UNAVAILABLE);
        try {
            var down = district.post("/api/v1/reports/" + report.getId() + ":refresh",
                    "{\"etag\":\"" + edited.getEtag() + "\"}");
            assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
            assertThat(down.body()).contains("budget-service");
        } finally {
            StandInBudget.SHARED.failWith(null);
        }
        Report.Builder unchanged = Report.newBuilder();
        JsonFormat.parser().merge(district.get("/api/v1/reports/" + report.getId()).body(), unchanged);
        assertThat(unchanged.getEtag()).isEqualTo(edited.getEtag());
        assertThat(indicator(unchanged, "budget.allocated").getValue()).isEqualTo(10_000_000L);

        var refreshed = district.post("/api/v1/reports/" + report.getId() + ":refresh",
                "{\"etag\":\"" + edited.getEtag() + "\"}");
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        Report.Builder fresh = Report.newBuilder();
        JsonFormat.parser().merge(refreshed.body(), fresh);
        assertThat(fresh.getEtag()).isNotEqualTo(edited.getEtag());
        assertThat(indicator(fresh, "budget.allocated").getValue()).isEqualTo(12_000_000L);
        assertThat(indicator(fresh, "budget.committed").getValue()).isEqualTo(5_000_000L);
        Indicator spent = indicator(fresh, "budget.spent");
        assertThat(spent.getValue()).as("the unit's reasoned value stays").isEqualTo(2_500_000L);
        assertThat(spent.getOverrideReason()).isEqualTo("Chứng từ chi ngày 10/11 chưa nhập");
        assertThat(spent.getPrefilledValue()).as("what the source says now, beside it").isEqualTo(3_000_000L);
        assertThat(indicator(fresh, "plans.issued").getValue()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from report_events where report_id = cast(:id as uuid) and action = 'REFRESH'")
                .param("id", report.getId()).query(Long.class).single()).isEqualTo(1L);

        // another unit's submitter may not refresh it (not found), nor may a reader
        assertThat(HttpApi.at(httpPort).as(issuer.userToken("baocao.sotuphap"))
                .post("/api/v1/reports/" + report.getId() + ":refresh", "{\"etag\":\"" + fresh.getEtag() + "\"}")
                .statusCode()).isEqualTo(404);
        assertThat(HttpApi.at(httpPort).as(issuer.userToken("ubnd"))
                .post("/api/v1/reports/" + report.getId() + ":refresh", "{\"etag\":\"" + fresh.getEtag() + "\"}")
                .statusCode()).isEqualTo(403);
    }

    static Indicator indicator(Report.Builder report, String code) {
        return report.getIndicatorsList().stream().filter(i -> i.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + code + " in " + report.getIndicatorsList()));
    }
}
