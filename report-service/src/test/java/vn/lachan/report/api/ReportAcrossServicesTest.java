package vn.lachan.report.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.platform.test.LocalRedis;
import vn.lachan.report.v1.Report;
import vn.lachan.tip.TipServiceApplication;

/**
 * report-service asking a real, separately started tip-service over gRPC for a unit's tip counts:
 * two applications, two databases, one network hop with a deadline.
 */
@RealInfrastructure(database = "lachan_report")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=report-test"})
class ReportAcrossServicesTest {

    static ConfigurableApplicationContext tipService;
    static int tipGrpcPort;
    static int tipHttpPort;
    static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int httpPort;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startTipService() {
        var pg = RealInfrastructure.Extension.postgres();
        tipGrpcPort = LocalRedis.freePort();
        tipService = new SpringApplicationBuilder(TipServiceApplication.class).run(
                "--spring.application.name=tip-service",
                "--spring.grpc.server.inprocess.name=tip-beside-report",
                "--lachan.database=lachan_tip",
                "--spring.datasource.url=" + pg.database("lachan_tip_beside_report"),
                "--spring.datasource.username=" + pg.user(),
                "--spring.datasource.password=" + pg.password(),
                "--server.port=0",
                "--management.server.port=0",
                "--spring.grpc.server.port=" + tipGrpcPort);
        tipHttpPort = Integer.parseInt(tipService.getEnvironment().getProperty("local.server.port"));
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
    }

    @Test
    void aDistrictReportIsPrefilledWithTheTipsItReceivedInTheWindow() throws Exception {
        // two tips for Lai Vung inside the 2024 six-monthly window, one outside it, one for another unit
        tip("huyen-lai-vung", "IMPERSONATE_AUTHORITY", "2024-03-02T02:00:00Z");
        tip("huyen-lai-vung", "ONLINE_SHOPPING", "2023-12-15T01:00:00Z");
        tip("huyen-lai-vung", "ONLINE_SHOPPING", "2024-06-15T03:00:00Z");
        tip("huyen-lap-vo", "ONLINE_SHOPPING", "2024-03-02T02:00:00Z");

        var answer = send(HttpRequest.newBuilder(uri(httpPort, "/api/v1/reports"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"unit\":\"huyen-lai-vung\",\"period\":{\"year\":2024,\"kind\":\"HALF_YEAR\"}}")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Report.Builder report = Report.newBuilder();
        JsonFormat.parser().merge(answer.body(), report);

        assertThat(report.getWindow().getFrom()).isEqualTo("2023-12-15");
        assertThat(report.getWindow().getTo()).isEqualTo("2024-06-14");
        assertThat(value(report, "tips.total")).isEqualTo(2);
        assertThat(value(report, "tips.modus.IMPERSONATE_AUTHORITY")).isEqualTo(1);
        assertThat(value(report, "tips.modus.ONLINE_SHOPPING")).isEqualTo(1);
        assertThat(value(report, "tips.modus.LOAN_SHARK")).isEqualTo(0);

        var again = send(HttpRequest.newBuilder(uri(httpPort, "/api/v1/reports"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"unit\":\"huyen-lai-vung\",\"period\":{\"year\":2024,\"kind\":\"HALF_YEAR\"}}")));
        assertThat(again.body()).isEqualTo(answer.body());
        assertThat(jdbc.sql("select count(*) from reports where unit = 'huyen-lai-vung'").query(Long.class).single())
                .isEqualTo(1L);

        var listed = send(HttpRequest.newBuilder(uri(httpPort, "/api/v1/reports?unit=huyen-lai-vung&year=2024")).GET());
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        vn.lachan.report.v1.ListReportsResponse.Builder page = vn.lachan.report.v1.ListReportsResponse.newBuilder();
        JsonFormat.parser().merge(listed.body(), page);
        assertThat(page.getReportsList()).extracting(Report::getId).containsExactly(report.getId());
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
            var answer = send(HttpRequest.newBuilder(uri(port, "/api/v1/reports"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"unit\":\"so-tu-phap\",\"period\":{\"year\":2025,\"kind\":\"YEAR\"}}")));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(answer.body()).contains("tip-service");
        }
        assertThat(jdbc.sql("select count(*) from reports where unit = 'so-tu-phap'").query(Long.class).single())
                .isZero();
    }

    void tip(String unit, String modus, String receivedAt) throws Exception {
        String json = """
                {"channel":"HOTLINE","sourceKind":"DENUNCIATION","receivingUnit":"%s","modusOperandi":"%s",
                 "narrative":"Tin báo thử nghiệm","receivedAt":"%s","loss":{"dong":"1000000"}}"""
                .formatted(unit, modus, receivedAt);
        var answer = send(HttpRequest.newBuilder(uri(tipHttpPort, "/api/v1/tips"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    static long value(Report.Builder report, String code) {
        return report.getIndicatorsList().stream().filter(i -> i.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + code)).getValue();
    }

    static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
