package vn.lachan.budget.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import vn.lachan.budget.BudgetOverrides;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Roles;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * Spending above a unit's allocation over REST, against a real PostgreSQL and Keycloak: the police's
 * accountant ({@code ketoan.congan}) asks, the committee's approver ({@code ubnd}) allows or refuses with a
 * reason. Uses only 2025-MANAGEMENT (100 million), which the other tests leave alone.
 */
@RealInfrastructure(database = "lachan_budget", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=budget-override-test"})
class BudgetOverrideApiTest {

    static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

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
    static final String LINE = "2025-MANAGEMENT";
    static final String POLICE = "cong-an-tinh";

    @LocalServerPort
    int httpPort;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BudgetOverrides overrides;

    HttpApi as(String user) {
        return HttpApi.at(httpPort).as(issuer.userToken(user));
    }

    static JsonNode body(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    static String spending(long dong) {
        return """
                {"unit":"%s","amount":{"dong":"%d"},"spentOn":"2025-10-10","description":"Hội nghị tổng kết chuyên án"}"""
                .formatted(POLICE, dong);
    }

    long spentByPolice() {
        return jdbc.sql("select coalesce(sum(amount_dong), 0) from spendings where line_id = :l and unit = :u")
                .param("l", LINE).param("u", POLICE).query(Long.class).single();
    }

    long rows() {
        return jdbc.sql("select (select count(*) from spendings) + (select count(*) from spending_overrides)"
                + " + (select count(*) from audit_log)").query(Long.class).single();
    }

    @Test
    void anApproverWhoIsAnotherPersonAllowsSpendingAboveTheAllocationWithAReasonOnceAndNeverAboveTheLine()
            throws Exception {
        String allocation = body(as("taichinh").post("/api/v1/budget/lines/" + LINE + "/allocations", """
                {"unit":"%s","amount":{"dong":"50000000"},"note":"Hội nghị"}""".formatted(POLICE))).get("id").asString();
        body(as("ubnd").post("/api/v1/budget/allocations/" + allocation + ":approve", "{}"));
        HttpApi police = as("ketoan.congan");
        HttpApi committee = as("ubnd");

        body(police.post("/api/v1/budget/lines/" + LINE + "/spending", spending(45_000_000)));
        var refused = police.post("/api/v1/budget/lines/" + LINE + "/spending", spending(10_000_000));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("phê duyệt", "override");
        var fits = police.post("/api/v1/budget/lines/" + LINE + "/overrides", spending(5_000_000));
        assertThat(fits.statusCode()).isEqualTo(400);
        assertThat(fits.body()).contains("trực tiếp");

        String key = UUID.randomUUID().toString();
        JsonNode asked = body(police.post("/api/v1/budget/lines/" + LINE + "/overrides", spending(10_000_000), key));
        assertThat(body(police.post("/api/v1/budget/lines/" + LINE + "/overrides", spending(10_000_000), key))
                .get("id").asString()).isEqualTo(asked.get("id").asString());
        String id = asked.get("id").asString();
        assertThat(asked.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(spentByPolice()).as("asking holds no money").isEqualTo(45_000_000L);
        JsonNode queue = body(committee.get("/api/v1/budget/overrides?status=REQUESTED"));
        assertThat(queue.get("overrides")).extracting(o -> o.get("id").asString()).contains(id);

        long before = rows();
        var withoutReason = committee.post("/api/v1/budget/overrides/" + id + ":approve", "{}");
        assertThat(withoutReason.statusCode()).isEqualTo(400);
        assertThat(withoutReason.body()).contains("\"field\":\"reason\"");
        assertThat(police.post("/api/v1/budget/overrides/" + id + ":approve", "{\"reason\":\"tự cho phép\"}").statusCode())
                .as("a spender is no approver").isEqualTo(403);
        // someone who both spends and approves may not allow their own request either (four eyes)
        Caller spenderApprover = new Caller("sub-ketoan", "ketoan.congan", POLICE,
                Set.of(Roles.BUDGET_SPENDER, Roles.BUDGET_APPROVER));
        var ownRequest = catchThrowableOfType(ValidationException.class,
                () -> overrides.approve(UUID.fromString(id), "tự cho phép", spenderApprover));
        assertThat(ownRequest.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("id");
            assertThat(v.code()).isEqualTo("OWN_REQUEST");
            assertThat(v.vi()).contains("không được tự cho phép");
        });
        catchThrowableOfType(ValidationException.class,
                () -> overrides.reject(UUID.fromString(id), "tự từ chối", spenderApprover));
        assertThat(rows()).as("nothing refused was written").isEqualTo(before);

        JsonNode allowed = body(committee.post("/api/v1/budget/overrides/" + id + ":approve",
                "{\"reason\":\"Chuyên án cấp bách, bổ sung phân bổ sau\"}"));
        assertThat(allowed.get("status").asString()).isEqualTo("APPROVED");
        assertThat(allowed.get("decidedBy").asString()).isEqualTo("ubnd");
        String spendingId = allowed.get("spendingId").asString();
        assertThat(spentByPolice()).isEqualTo(55_000_000L);
        assertThat(jdbc.sql("select created_by || '/' || updated_by from spendings where id = cast(:id as uuid)")
                .param("id", spendingId).query(String.class).single()).isEqualTo("ketoan.congan/ubnd");
        assertThat(jdbc.sql("select action || ':' || actor from audit_log where record_id = :id order by id")
                .param("id", id).query(String.class).list()).containsExactly("CREATE:ketoan.congan", "OVERRIDE:ubnd");
        JsonNode execution = body(committee.get("/api/v1/budget/execution?year=2025&unit=" + POLICE + "&lineId=" + LINE));
        assertThat(execution.get("lines").get(0).get("units").get(0).get("figures").get("available").get("dong").asLong())
                .isEqualTo(-5_000_000L);

        var twice = committee.post("/api/v1/budget/overrides/" + id + ":approve", "{\"reason\":\"lần nữa\"}");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("\"field\":\"id\"", "ALREADY_DECIDED", "đã được cho phép", "already allowed");
        assertThat(spentByPolice()).isEqualTo(55_000_000L);

        // the line has 45 million left: an override cannot go above it
        var aboveLine = police.post("/api/v1/budget/lines/" + LINE + "/overrides", spending(45_000_001));
        assertThat(aboveLine.statusCode()).isEqualTo(400);
        assertThat(aboveLine.body()).contains("\"field\":\"spending.amount.dong\"", "ABOVE_LINE", "45.000.000 đ", LINE);

        String refusedId = body(police.post("/api/v1/budget/lines/" + LINE + "/overrides", spending(1_000_000)))
                .get("id").asString();
        JsonNode rejected = body(committee.post("/api/v1/budget/overrides/" + refusedId + ":reject",
                "{\"reason\":\"Không có trong kế hoạch\"}"));
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.path("spendingId").asString("")).isEmpty();
        assertThat(spentByPolice()).isEqualTo(55_000_000L);

        // two requests of 30 million each fit the line's 45 million alone, not together: allowed at once, one passes
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ids.add(body(police.post("/api/v1/budget/lines/" + LINE + "/overrides", spending(30_000_000))).get("id").asString());
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (String each : ids) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return committee.post("/api/v1/budget/overrides/" + each + ":approve",
                            "{\"reason\":\"Cấp bách\"}").statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> outcome : outcomes) {
                statuses.add(outcome.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 400);
        }
        assertThat(spentByPolice()).isEqualTo(85_000_000L);
        assertThat(jdbc.sql("select line_used_dong(:l) <= line_planned_dong(:l)").param("l", LINE)
                .query(Boolean.class).single()).isTrue();
    }
}
