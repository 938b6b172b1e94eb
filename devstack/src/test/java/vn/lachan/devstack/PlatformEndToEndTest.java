package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.platform.test.HttpApi;

/**
 * The platform as the README's run command starts it — real PostgreSQL, Redis and Keycloak, every
 * application from its built jar — and requests through the gateway reaching each service and its database.
 */
@Tag("e2e")
class PlatformEndToEndTest {

    static LocalStack stack;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startStack() {
        stack = SharedStack.get();
    }

    @Test
    void aTipGoesThroughTheGatewayIntoTipServiceAndItsDatabase() throws Exception {
        String narrative = "E2E " + UUID.randomUUID();
        var created = post("tiepnhan", "/api/v1/tips", """
                {"channel":"HOTLINE","sourceKind":"DENUNCIATION","receivingUnit":"huyen-lai-vung",
                 "modusOperandi":"IMPERSONATE_AUTHORITY","narrative":"%s","loss":{"dong":"45000000"}}"""
                .formatted(narrative));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String id = json.readTree(created.body()).get("id").asString();

        var read = get("/api/v1/tips/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json.readTree(read.body()).get("narrative").asString()).isEqualTo(narrative);
        assertThat(read.headers().firstValue("X-Request-Id")).isPresent();

        try (var db = DriverManager.getConnection(stack.postgres().database("lachan_tip"), stack.postgres().user(),
                stack.postgres().password());
             var query = db.prepareStatement("select loss_dong from tips where id = ?::uuid")) {
            query.setString(1, id);
            var row = query.executeQuery();
            assertThat(row.next()).isTrue();
            assertThat(row.getLong(1)).isEqualTo(45_000_000L);
        }
    }

    @Test
    void aReportThroughTheGatewayIsPrefilledByTipServiceOverGrpc() throws Exception {
        post("tiepnhan", "/api/v1/tips", """
                {"channel":"WEB_PORTAL","sourceKind":"DENUNCIATION","receivingUnit":"tp-sa-dec",
                 "modusOperandi":"ONLINE_SHOPPING","narrative":"Mua hàng qua mạng bị lừa","receivedAt":"2025-03-10T03:00:00Z",
                 "loss":{"dong":"2500000"}}""");
        var report = post("/api/v1/reports", "{\"unit\":\"tp-sa-dec\",\"period\":{\"year\":2025,\"kind\":\"HALF_YEAR\"}}");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonNode indicators = json.readTree(report.body()).get("indicators");
        assertThat(indicators).anySatisfy(i -> {
            assertThat(i.get("code").asString()).isEqualTo("tips.modus.ONLINE_SHOPPING");
            assertThat(i.get("value").asString()).isEqualTo("1");
            assertThat(i.get("source").asString()).isEqualTo("tip-service");
        });
    }

    @Test
    void aUnitsReportStartedAfterSpendingShowsWhatTheRealBudgetServiceRecorded() throws Exception {
        // 2023's management line, which no other end-to-end test touches: the finance department's planner allocates
        // to itself and to Cao Lãnh district, the committee approves, the finance department spends
        String line = "/api/v1/budget/lines/2023-MANAGEMENT";
        for (String[] share : new String[][] {{"so-tai-chinh", "20000000"}, {"huyen-cao-lanh", "7000000"}}) {
            var asked = post("taichinh", line + "/allocations", """
                    {"unit":"%s","amount":{"dong":"%s"},"note":"Phân bổ kiểm thử báo cáo"}""".formatted(share[0], share[1]));
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
            var approved = post("ubnd", "/api/v1/budget/allocations/" + json.readTree(asked.body()).get("id").asString()
                    + ":approve", "{}");
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        }
        var spent = post("taichinh", line + "/spending", """
                {"unit":"so-tai-chinh","amount":{"dong":"1234567"},"spentOn":"2023-06-01","description":"In tờ rơi tuyên truyền"}""");
        assertThat(spent.statusCode()).as(spent.body()).isEqualTo(200);

        // the police leader starts the finance department's 2023 yearly report: its spending is there, to the đồng
        var finance = post("/api/v1/reports", "{\"unit\":\"so-tai-chinh\",\"period\":{\"year\":2023,\"kind\":\"YEAR\"}}");
        assertThat(finance.statusCode()).as(finance.body()).isEqualTo(200);
        long[] recorded = execution("so-tai-chinh", 2023);
        assertThat(recorded[2]).isGreaterThanOrEqualTo(1_234_567L);
        assertThat(budget(finance, "budget.allocated")).isEqualTo(recorded[0]);
        assertThat(budget(finance, "budget.committed")).isEqualTo(recorded[1]);
        assertThat(budget(finance, "budget.spent")).isEqualTo(recorded[2]);

        // the district's own report submitter starts its report: budget-service answers them for their own unit
        var district = post("baocao.caolanh", "/api/v1/reports",
                "{\"unit\":\"huyen-cao-lanh\",\"period\":{\"year\":2023,\"kind\":\"YEAR\"}}");
        assertThat(district.statusCode()).as(district.body()).isEqualTo(200);
        long[] ofDistrict = execution("huyen-cao-lanh", 2023);
        assertThat(ofDistrict[0]).isGreaterThanOrEqualTo(7_000_000L);
        assertThat(budget(district, "budget.allocated")).isEqualTo(ofDistrict[0]);
        assertThat(budget(district, "budget.spent")).isEqualTo(ofDistrict[2]);
    }

    /** A pre-filled budget figure of a report, checked to come from budget-service. */
    static long budget(HttpResponse<String> report, String code) {
        for (JsonNode i : json.readTree(report.body()).get("indicators")) {
            if (i.get("code").asString().equals(code)) {
                assertThat(i.get("source").asString()).isEqualTo("budget-service");
                return Long.parseLong(i.get("value").asString());
            }
        }
        throw new AssertionError("no indicator " + code + " in " + report.body());
    }

    /** What budget-service shows the finance department's planner of a unit's year: allocated, committed, spent. */
    static long[] execution(String unit, int year) {
        var answer = HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken("taichinh"))
                .get("/api/v1/budget/execution?year=" + year + "&unit=" + unit);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        long[] sums = new long[3];
        for (JsonNode l : json.readTree(answer.body()).get("lines")) {
            for (JsonNode u : l.path("units")) {
                if (u.get("unit").asString().equals(unit)) {
                    sums[0] += u.path("figures").path("allocated").path("dong").asLong();
                    sums[1] += u.path("figures").path("committed").path("dong").asLong();
                    sums[2] += u.path("figures").path("spent").path("dong").asLong();
                }
            }
        }
        return sums;
    }

    @Test
    void theBudgetOfThePlanIsServedThroughTheGateway() throws Exception {
        var lines = get("/api/v1/budget/lines?year=2025");
        assertThat(lines.statusCode()).as(lines.body()).isEqualTo(200);
        assertThat(lines.body()).contains("4100000000");
    }

    @Test
    void aCaseIsOpenedAndReadThroughTheGateway() throws Exception {
        var opened = post("dieutra", "/api/v1/cases", """
                {"title":"Lừa đảo giả danh công an","penalCodeArticle":174,"clause":2,"leadUnit":"cong-an-tinh-pa05"}""");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        String id = json.readTree(opened.body()).get("id").asString();
        var read = get("/api/v1/cases/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json.readTree(read.body()).get("title").asString()).isEqualTo("Lừa đảo giả danh công an");
    }

    @Test
    void badInputThroughTheGatewayIsAFieldLevelProblem() throws Exception {
        var answer = post("tiepnhan", "/api/v1/tips", "{\"channel\":\"HOTLINE\",\"loss\":{\"dong\":\"-1\"}}");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode errors = json.readTree(answer.body()).get("errors");
        assertThat(errors).extracting(e -> e.get("field").asString())
                .contains("tip.source_kind", "tip.narrative", "tip.loss.dong");
    }

    @Test
    void keycloakServesTheLachanRealm() throws Exception {
        var discovery = http.send(HttpRequest.newBuilder(
                        URI.create(stack.keycloakUrl() + "/realms/lachan/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(json.readTree(discovery.body()).get("issuer").asString())
                .isEqualTo(stack.keycloakUrl() + "/realms/lachan");
    }

    @Test
    void withoutATokenTheServicesAnswer401ThroughTheGateway() {
        var answer = HttpApi.at(stack.gatewayUrl()).get("/api/v1/tips");
        assertThat(answer.statusCode()).isEqualTo(401);
    }

    @Test
    void thePortalIsServedAtTheRoot() throws Exception {
        var page = HttpApi.at(stack.gatewayUrl()).get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Lá Chắn");
    }

    /** Through the gateway as the police leader, who may use every service. */
    static HttpResponse<String> get(String path) {
        return HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken("lanhdao.congan")).get(path);
    }

    static HttpResponse<String> post(String path, String body) {
        return post("lanhdao.congan", path, body);
    }

    static HttpResponse<String> post(String user, String path, String body) {
        return HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken(user)).post(path, body);
    }
}
