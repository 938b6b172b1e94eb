package vn.lachan.budget.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * The warning share is the configured one ({@code lachan.budget.warn-at-percent}, here 75 %, not the default 90 %):
 * the finance department's spender ({@code taichinh}) uses its allocation of 2026-MANAGEMENT over REST, against a
 * real PostgreSQL and Keycloak. Only the finance department's allocation of that line is used here.
 */
@RealInfrastructure(database = "lachan_budget", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0",
                "spring.grpc.server.inprocess.name=budget-warning-share-test", "lachan.budget.warn-at-percent=75"})
class BudgetWarningShareApiTest {

    static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    static final String LINE = "2026-MANAGEMENT";
    static final String FINANCE = "so-tai-chinh";

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();
    static final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int httpPort;
    @Autowired
    JdbcClient jdbc;

    HttpApi as(String user) {
        return HttpApi.at(httpPort).as(issuer.userToken(user));
    }

    static JsonNode body(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    static String spending(long dong) {
        return """
                {"unit":"%s","amount":{"dong":"%d"},"spentOn":"2026-11-02","description":"Tập huấn nghiệp vụ"}"""
                .formatted(FINANCE, dong);
    }

    @Test
    void theWarningComesAtTheConfiguredShareOfTheAllocation() {
        String id = body(as("taichinh").post("/api/v1/budget/lines/" + LINE + "/allocations", """
                {"unit":"%s","amount":{"dong":"20000000"},"note":"Tập huấn"}""".formatted(FINANCE))).get("id").asString();
        body(as("ubnd").post("/api/v1/budget/allocations/" + id + ":approve", "{}"));
        HttpApi finance = as("taichinh");
        String spend = "/api/v1/budget/lines/" + LINE + "/spending";

        // one đồng short of 75 %: silent (at the default 90 % it would be silent up to 18 million)
        JsonNode below = body(finance.post(spend, spending(14_999_999)));
        assertThat(below.get("allocationUsedBasisPoints").asLong()).isEqualTo(7_499L);
        assertThat(below.path("warningVi").asString("")).isEmpty();
        assertThat(below.path("warningEn").asString("")).isEmpty();

        // exactly 75 %: recorded, with the warning in both languages
        JsonNode at = body(finance.post(spend, spending(1)));
        assertThat(at.get("allocationUsedBasisPoints").asLong()).isEqualTo(7_500L);
        assertThat(at.get("warningVi").asString()).contains("75 %", "15.000.000 đ", "20.000.000 đ");
        assertThat(at.get("warningEn").asString()).contains("75 %", "15.000.000 đ of 20.000.000 đ");

        // a commitment to the whole allocation warns too; one đồng more is refused, and nothing of it is written
        JsonNode whole = body(finance.post("/api/v1/budget/lines/" + LINE + "/commitments", """
                {"unit":"%s","amount":{"dong":"5000000"},"committedOn":"2026-11-03","reference":"07/2026/HĐ-STC",
                 "description":"Hợp đồng tập huấn"}""".formatted(FINANCE)));
        assertThat(whole.get("allocationUsedBasisPoints").asLong()).isEqualTo(10_000L);
        assertThat(whole.get("warningVi").asString()).contains("100 %");
        long before = spent();
        var above = finance.post(spend, spending(1));
        assertThat(above.statusCode()).as(above.body()).isEqualTo(400);
        assertThat(above.body()).contains("\"field\":\"spending.amount.dong\"", "ABOVE_ALLOCATION");
        assertThat(spent()).isEqualTo(before);
    }

    long spent() {
        return jdbc.sql("select coalesce(sum(amount_dong), 0) from spendings where line_id = :l and unit = :u")
                .param("l", LINE).param("u", FINANCE).query(Long.class).single();
    }
}
