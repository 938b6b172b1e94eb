package vn.lachan.budget.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.platform.test.StandInUnitRegistry;

/**
 * Allocations over REST against a real PostgreSQL and Keycloak: the finance department's planner
 * ({@code taichinh}) requests, the People's Committee's approver ({@code ubnd}) decides. Uses only the 2025
 * prevention and combat lines, which the other tests leave alone.
 */
@RealInfrastructure(database = "lachan_budget", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=budget-allocation-test"})
class BudgetAllocationApiTest {

    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();
    static final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int httpPort;
    @Autowired
    JdbcClient jdbc;

    HttpApi as(String user) {
        return HttpApi.at(httpPort).as(issuer.userToken(user));
    }

    static String allocation(String unit, long dong) {
        return """
                {"unit":"%s","amount":{"dong":"%d"},"note":"Chuyên án đấu tranh lừa đảo qua mạng"}""".formatted(unit, dong);
    }

    static JsonNode body(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    long allocated(String line) {
        return body(as("ubnd").get("/api/v1/budget/lines/" + line)).path("allocated").path("dong").asLong();
    }

    static String subjectOf(String token) {
        return json.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1])).get("sub").asString();
    }

    long rows() {
        return jdbc.sql("select count(*) from allocations").query(Long.class).single();
    }

    @Test
    void aPlannerRequestsOnceEvenWhenRetriedAndAnotherPersonApprovesOnce() {
        String key = UUID.randomUUID().toString();
        var first = as("taichinh").post("/api/v1/budget/lines/2025-PREVENTION/allocations",
                allocation("cong-an-tinh", 200_000_000), key);
        var retry = as("taichinh").post("/api/v1/budget/lines/2025-PREVENTION/allocations",
                allocation("cong-an-tinh", 200_000_000), key);
        assertThat(retry.body()).isEqualTo(first.body());
        JsonNode requested = body(first);
        String id = requested.get("id").asString();
        assertThat(requested.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(requested.get("requestedBy").asString()).isEqualTo("taichinh");
        assertThat(allocated("2025-PREVENTION")).as("a request does not count yet").isZero();

        var reused = as("taichinh").post("/api/v1/budget/lines/2025-PREVENTION/allocations",
                allocation("cong-an-tinh", 1), key);
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(reused.body()).contains("Idempotency-Key", "đã được dùng cho một yêu cầu khác");
        assertThat(jdbc.sql("select count(*) from allocations where line_id = '2025-PREVENTION' and amount_dong = 1")
                .query(Long.class).single()).as("nothing stored for the reused key").isZero();
        // the key is the planner's own (their token's subject), for this operation only
        assertThat(jdbc.sql("select scope from idempotency_keys where idempotency_key = :k").param("k", key)
                .query(String.class).list()).containsExactly("caller:" + subjectOf(issuer.userToken("taichinh")));
        var squat = as("taichinh").post("/api/v1/budget/lines/2025-PREVENTION/allocations",
                allocation("cong-an-tinh", 2), "lachan:budget:allocation");
        assertThat(squat.statusCode()).isEqualTo(400);
        assertThat(squat.body()).contains("\"field\":\"Idempotency-Key\"", "RESERVED");

        assertThat(as("taichinh").post("/api/v1/budget/allocations/" + id + ":approve", "{}").statusCode())
                .as("a planner is not an approver").isEqualTo(403);
        JsonNode approved = body(as("ubnd").post("/api/v1/budget/allocations/" + id + ":approve", "{\"note\":\"Đồng ý\"}"));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("decidedBy").asString()).isEqualTo("ubnd");
        assertThat(allocated("2025-PREVENTION")).isEqualTo(200_000_000L);

        var twice = as("ubnd").post("/api/v1/budget/allocations/" + id + ":approve", "{}");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("\"field\":\"id\"", "ALREADY_DECIDED", "đã được phê duyệt", "already approved");
        assertThat(allocated("2025-PREVENTION")).isEqualTo(200_000_000L);

        JsonNode listed = body(as("kiemtoan").get("/api/v1/budget/allocations?lineId=2025-PREVENTION&status=APPROVED"));
        assertThat(listed.get("allocations")).hasSize(1);
        assertThat(listed.get("allocations").get(0).get("id").asString()).isEqualTo(id);
        assertThat(jdbc.sql("select action from audit_log where record_id = :id order by id").param("id", id)
                .query(String.class).list()).containsExactly("CREATE", "APPROVE");

        JsonNode line = body(as("ubnd").get("/api/v1/budget/lines/2025-PREVENTION"));
        assertThat(line.get("funding")).hasSize(1);
        assertThat(line.get("funding").get(0).get("source").asString()).isEqualTo("PROVINCIAL");
        assertThat(line.get("funding").get(0).get("amount").get("dong").asString()).isEqualTo("300000000");
    }

    @Test
    void aRequestAboveWhatTheLineHasLeftIsAFieldErrorAndWritesNothing() {
        long before = rows();
        var above = as("taichinh").post("/api/v1/budget/lines/2025-PREVENTION/allocations",
                allocation("so-tttt", 300_000_001), null);
        assertThat(above.statusCode()).isEqualTo(400);
        assertThat(above.body()).contains("\"field\":\"allocation.amount.dong\"", "ABOVE_LINE", "300.000.001 đ");
        var rejected = as("ubnd").post("/api/v1/budget/allocations/" + UUID.randomUUID() + ":reject", "{\"note\":\"x\"}");
        assertThat(rejected.statusCode()).isEqualTo(404);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aRejectionNeedsAReasonAndNeverCounts() {
        String id = body(as("taichinh").post("/api/v1/budget/lines/2025-PREVENTION/allocations",
                allocation("huyen-lai-vung", 10_000_000), null)).get("id").asString();
        var silent = as("ubnd").post("/api/v1/budget/allocations/" + id + ":reject", "{}");
        assertThat(silent.statusCode()).isEqualTo(400);
        assertThat(silent.body()).contains("\"field\":\"note\"");
        JsonNode rejected = body(as("ubnd").post("/api/v1/budget/allocations/" + id + ":reject",
                "{\"note\":\"Đã có trong dự toán huyện\"}"));
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(body(as("ubnd").get("/api/v1/budget/allocations?unit=huyen-lai-vung&status=APPROVED"))
                .path("allocations")).isEmpty();
    }

    @Test
    void approvalsAtTheSameMomentNeverAllocateMoreThanTheLinePlans() throws Exception {
        // 2025-COMBAT plans 400 million: of five requests of 100 million approved at once, exactly four fit
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(body(as("taichinh").post("/api/v1/budget/lines/2025-COMBAT/allocations",
                    allocation("cong-an-tinh-pa05", 100_000_000), null)).get("id").asString());
        }
        HttpApi approver = as("ubnd");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(ids.size())) {
            for (String id : ids) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return approver.post("/api/v1/budget/allocations/" + id + ":approve", "{}").statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> outcome : outcomes) {
                statuses.add(outcome.get());
            }
            assertThat(statuses).containsOnly(200, 400);
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(4);
        }
        assertThat(allocated("2025-COMBAT")).isEqualTo(400_000_000L);
    }

    @Test
    void moneyOfAYearGoesOnlyToAUnitThatExistedInThatYearAsTheRegistrySays() {
        long before = rows();
        // the districts ended on 30 June 2025 (the registry names the provincial committee as their successor)
        var district = as("taichinh").post("/api/v1/budget/lines/2026-PREVENTION/allocations", allocation("huyen-lai-vung", 1_000_000));
        assertThat(district.statusCode()).as(district.body()).isEqualTo(400);
        assertThat(district.body()).contains("\"field\":\"allocation.unit\"", "UNIT_NOT_IN_YEAR", "năm 2026", "2025-06-30",
                "ubnd-tinh");
        // the communes of the new province exist from 1 July 2025
        var commune = as("taichinh").post("/api/v1/budget/lines/2024-PREVENTION/allocations", allocation("xa-lai-vung", 1_000_000));
        assertThat(commune.statusCode()).as(commune.body()).isEqualTo(400);
        assertThat(commune.body()).contains("UNIT_NOT_IN_YEAR", "2025-07-01");
        var unknown = as("taichinh").post("/api/v1/budget/lines/2026-PREVENTION/allocations", allocation("so-khong-co", 1_000_000));
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"allocation.unit\"", "UNKNOWN_UNIT");
        assertThat(rows()).as("nothing stored").isEqualTo(before);

        // in the year it ended, the district may still get money
        var lastYear = as("taichinh").post("/api/v1/budget/lines/2025-PREVENTION/allocations", allocation("huyen-lai-vung", 1_000_000));
        assertThat(lastYear.statusCode()).as(lastYear.body()).isEqualTo(200);
    }

    @Test
    void whenTheRegistryDoesNotAnswerAnAllocationIsRefusedWith503AndNothingIsStored() {
        long before = rows();
        StandInUnitRegistry.SHARED.failWith(Status.UNAVAILABLE.withDescription("registry stopped"));
        try {
            var refused = as("taichinh").post("/api/v1/budget/lines/2026-PREVENTION/allocations",
                    allocation("cong-an-tinh", 1_000_000), UUID.randomUUID().toString());
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.body()).contains("danh mục đơn vị", "unit registry").doesNotContain("registry stopped");
            assertThat(rows()).isEqualTo(before);
        } finally {
            StandInUnitRegistry.SHARED.failWith(null);
        }
    }
}
