package vn.lachan.budget.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.util.JsonFormat;
import com.google.rpc.BadRequest;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lachan.budget.v1.BudgetLine;
import vn.lachan.budget.v1.BudgetServiceGrpc;
import vn.lachan.budget.v1.GetBudgetLineRequest;
import vn.lachan.budget.v1.LineKind;
import vn.lachan.budget.v1.ListBudgetLinesRequest;
import vn.lachan.budget.v1.ListBudgetLinesResponse;
import vn.lachan.budget.v1.RecordSpendingRequest;
import vn.lachan.budget.v1.Spending;
import vn.lachan.common.v1.Money;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * The budget contract end to end in one service: gRPC and REST against a real PostgreSQL, called with
 * a real token of the finance department's spender. Each test spends on its own line, so the tests
 * need no order.
 */
@RealInfrastructure(database = "lachan_budget", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=budget-api-test"})
class BudgetApiTest {

    /** 29/11/2026, 10:00 in Vietnam: every year of the plan has begun, and 2026 has not ended. */
    static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    int httpPort;
    @LocalGrpcPort
    int grpcPort;
    @Autowired
    JdbcClient jdbc;

    /** Sở Tài chính's budget planner and spender. */
    static final String SPENDER = RealInfrastructure.Extension.tokens().userToken("taichinh");
    static final String SPENDER_UNIT = "so-tai-chinh";

    ManagedChannel channel;
    BudgetServiceGrpc.BudgetServiceBlockingStub grpc;
    HttpApi api;

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress("localhost", grpcPort).usePlaintext().build();
        grpc = BudgetServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(SPENDER));
        api = HttpApi.at(httpPort).as(SPENDER);
        Allocated.wholeLines(jdbc, SPENDER_UNIT, "2022-PREVENTION", "2022-COMBAT", "2022-EQUIPMENT", "2022-MANAGEMENT",
                "2023-MANAGEMENT", "2026-EQUIPMENT");
    }

    @AfterEach
    void disconnect() {
        channel.shutdownNow();
    }

    static Spending.Builder spending(long dong, String spentOn) {
        return Spending.newBuilder()
                .setUnit(SPENDER_UNIT)
                .setAmount(Money.newBuilder().setDong(dong))
                .setSpentOn(spentOn)
                .setDescription("Tuyên truyền phòng, chống lừa đảo qua mạng tại các xã.");
    }

    @Test
    void theSeededPlanIsAppendixTwoToTheDong() throws Exception {
        ListBudgetLinesResponse all = grpc.listBudgetLines(ListBudgetLinesRequest.getDefaultInstance());
        assertThat(all.getLinesCount()).isEqualTo(20);
        assertThat(all.getTotalPlanned().getDong()).isEqualTo(7_150_000_000L);
        // other tests commit money too: what is available is what no commitment or spending holds
        assertThat(all.getTotalAvailable().getDong())
                .isEqualTo(all.getLinesList().stream().mapToLong(l -> l.getAvailable().getDong()).sum())
                .isLessThanOrEqualTo(all.getTotalPlanned().getDong() - all.getTotalSpent().getDong());

        long[] yearlyMillions = {850, 700, 750, 4_100, 750};
        for (int i = 0; i < yearlyMillions.length; i++) {
            var year = grpc.listBudgetLines(ListBudgetLinesRequest.newBuilder().setYear(2022 + i).build());
            assertThat(year.getLinesList()).extracting(BudgetLine::getKind)
                    .containsExactly(LineKind.PREVENTION, LineKind.COMBAT, LineKind.EQUIPMENT, LineKind.MANAGEMENT);
            assertThat(year.getTotalPlanned().getDong()).as("year %d", 2022 + i).isEqualTo(yearlyMillions[i] * 1_000_000L);
        }

        BudgetLine software = grpc.getBudgetLine(GetBudgetLineRequest.newBuilder().setId("2025-EQUIPMENT").build());
        assertThat(software.getPlanned().getDong()).isEqualTo(3_300_000_000L);
        assertThat(software.getLabelVi()).isEqualTo("Mua sắm trang thiết bị, phương tiện");
        assertThat(software.getFundingSource()).isEqualTo("PROVINCIAL");

        var overRest = get("/api/v1/budget/lines?year=2025");
        assertThat(overRest.statusCode()).isEqualTo(200);
        assertThat(overRest.body()).contains("\"totalPlanned\": {\n    \"dong\": \"4100000000\"");
        assertThat(get("/api/v1/budget/lines?year=2031").body()).contains("\"totalPlanned\": {\n    \"dong\": \"0\"");
    }

    @Test
    void spendingRecordedOverRestIsReadBackOverGrpcToTheDong() throws Exception {
        var answer = post("/api/v1/budget/lines/2022-PREVENTION/spending",
                JsonFormat.printer().print(spending(45_000_001, "2022-03-15")), null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Spending.Builder recorded = Spending.newBuilder();
        JsonFormat.parser().merge(answer.body(), recorded);
        assertThat(recorded.getId()).isNotBlank();
        assertThat(recorded.getLineId()).isEqualTo("2022-PREVENTION");
        assertThat(recorded.getSpentOn()).isEqualTo("2022-03-15");
        assertThat(recorded.getAudit().getCreatedAt().getSeconds()).isEqualTo(NOW.getEpochSecond());
        assertThat(recorded.getAudit().getCreatedBy()).isEqualTo("taichinh");
        assertThat(recorded.getAudit().getUpdatedBy()).isEqualTo("taichinh");

        BudgetLine line = grpc.getBudgetLine(GetBudgetLineRequest.newBuilder().setId("2022-PREVENTION").build());
        assertThat(line.getPlanned().getDong()).isEqualTo(300_000_000L);
        assertThat(line.getSpent().getDong()).isEqualTo(45_000_001L);
        assertThat(line.getAvailable().getDong()).isEqualTo(254_999_999L);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRecordsOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = JsonFormat.printer().print(spending(10_000_000, "2022-05-01"));
        long before = count();
        var first = post("/api/v1/budget/lines/2022-COMBAT/spending", body, key);
        var second = post("/api/v1/budget/lines/2022-COMBAT/spending", body, key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(count()).isEqualTo(before + 1);
        assertThat(spentOn("2022-COMBAT")).isEqualTo(10_000_000L);

        var reused = post("/api/v1/budget/lines/2022-COMBAT/spending",
                JsonFormat.printer().print(spending(20_000_000, "2022-05-01")), key);
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(reused.body()).contains("Idempotency-Key", "đã được dùng cho một yêu cầu khác",
                "already used for a different request");
        assertThat(count()).isEqualTo(before + 1);
        assertThat(spentOn("2022-COMBAT")).isEqualTo(10_000_000L);
    }

    @Test
    void aKeyIsTheCallersOwnSoAnotherSpenderWithTheSameKeyRecordsTheirOwnSpending() throws Exception {
        Allocated.wholeLines(jdbc, "cong-an-tinh", "2026-COMBAT");
        String key = "1"; // a careless client's key, used by two people
        var mine = post("/api/v1/budget/lines/2022-PREVENTION/spending",
                JsonFormat.printer().print(spending(1_000, "2022-06-01")), key);
        var theirs = HttpApi.at(httpPort).as(RealInfrastructure.Extension.tokens().userToken("ketoan.congan"))
                .post("/api/v1/budget/lines/2026-COMBAT/spending",
                        JsonFormat.printer().print(spending(1_000, "2026-06-01").setUnit("cong-an-tinh")), key);

        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(200);
        assertThat(theirs.body()).contains("2026-COMBAT", "ketoan.congan").doesNotContain("2022-PREVENTION");
        assertThat(jdbc.sql("select count(*) from idempotency_keys where idempotency_key = '1' and operation = :op")
                .param("op", BudgetServiceGrpc.getRecordSpendingMethod().getFullMethodName())
                .query(Long.class).single()).isEqualTo(2L);
    }

    @Test
    void nobodyMayTakeThePlatformsReservedKeys() throws Exception {
        long before = count();
        var squat = post("/api/v1/budget/lines/2022-COMBAT/spending",
                JsonFormat.printer().print(spending(1_000, "2022-05-02")), "lachan:tip:x:prosecute");
        assertThat(squat.statusCode()).isEqualTo(400);
        assertThat(squat.body()).contains("\"field\":\"Idempotency-Key\"", "RESERVED");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void invalidFieldsComeBackAsTheSameFieldListOverGrpcAndRest() throws Exception {
        Spending bad = spending(-5, "2023-01-01").setUnit("Công An").setDescription("").build();
        long before = count();

        var failure = catchThrowableOfType(StatusRuntimeException.class, () -> grpc.recordSpending(
                RecordSpendingRequest.newBuilder().setLineId("2022-EQUIPMENT").setSpending(bad).build()));
        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        var details = StatusProto.fromThrowable(failure).getDetailsList().stream()
                .filter(d -> d.is(BadRequest.class)).findFirst().orElseThrow().unpack(BadRequest.class);
        assertThat(details.getFieldViolationsList()).extracting(BadRequest.FieldViolation::getField)
                .containsExactly("spending.unit", "spending.amount.dong", "spending.spent_on", "spending.description");

        var answer = post("/api/v1/budget/lines/2022-EQUIPMENT/spending", JsonFormat.printer().print(bad), null);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"field\":\"spending.unit\"", "\"field\":\"spending.amount.dong\"",
                "\"field\":\"spending.spent_on\"", "\"field\":\"spending.description\"",
                "Trường này là bắt buộc", "This field is required");
        assertThat(answer.body()).doesNotContain("Exception", "at vn.lachan");

        var future = post("/api/v1/budget/lines/2026-EQUIPMENT/spending",
                JsonFormat.printer().print(spending(1, "2026-11-30")), null);
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"spending.spent_on\"", "IN_FUTURE");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void spendingBeyondWhatIsLeftIsRefusedAndNothingIsStored() throws Exception {
        grpc.recordSpending(request("2022-MANAGEMENT", spending(100_000_000, "2022-08-01")));
        long before = count();

        var failure = catchThrowableOfType(StatusRuntimeException.class,
                () -> grpc.recordSpending(request("2022-MANAGEMENT", spending(50_000_001, "2022-08-02"))));
        // the amount is the field to correct: an error of it, in both languages, over gRPC and REST alike
        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(vn.lachan.platform.error.GrpcErrors.violations(StatusProto.fromThrowable(failure))).singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("spending.amount.dong");
                    assertThat(v.code()).isEqualTo("ABOVE_LINE");
                    assertThat(v.vi()).contains("50.000.001 đ", "vượt số còn lại 50.000.000 đ");
                    assertThat(v.en()).contains("50.000.001 đ", "50.000.000 đ left");
                });

        var overRest = post("/api/v1/budget/lines/2022-MANAGEMENT/spending",
                JsonFormat.printer().print(spending(50_000_001, "2022-08-02")), null);
        assertThat(overRest.statusCode()).isEqualTo(400);
        assertThat(overRest.body()).contains("\"field\":\"spending.amount.dong\"", "ABOVE_LINE",
                "vượt số còn lại 50.000.000 đ", "50.000.000 đ left");
        assertThat(overRest.body()).doesNotContain("FAILED_PRECONDITION");
        assertThat(count()).isEqualTo(before);

        grpc.recordSpending(request("2022-MANAGEMENT", spending(50_000_000, "2022-08-02")));
        BudgetLine line = grpc.getBudgetLine(GetBudgetLineRequest.newBuilder().setId("2022-MANAGEMENT").build());
        assertThat(line.getSpent().getDong()).isEqualTo(150_000_000L);
        assertThat(line.getAvailable().getDong()).isZero();
    }

    @Test
    void concurrentSpendingsOnOneLineNeverExceedWhatIsPlanned() throws Exception {
        // 2023-MANAGEMENT plans 100 million: of eight spendings of 15 million, exactly six fit
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        grpc.recordSpending(request("2023-MANAGEMENT", spending(15_000_000, "2023-04-01")));
                        return true;
                    } catch (StatusRuntimeException refused) {
                        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                        return false;
                    }
                }));
            }
            start.countDown();
            long recorded = 0;
            for (Future<Boolean> outcome : outcomes) {
                if (outcome.get()) {
                    recorded++;
                }
            }
            assertThat(recorded).isEqualTo(6);
        }
        assertThat(spentOn("2023-MANAGEMENT")).isEqualTo(90_000_000L);
        BudgetLine line = grpc.getBudgetLine(GetBudgetLineRequest.newBuilder().setId("2023-MANAGEMENT").build());
        assertThat(line.getSpent().getDong()).isEqualTo(90_000_000L);
        assertThat(line.getAvailable().getDong()).isEqualTo(10_000_000L);
    }

    @Test
    void anUnknownLineIsNotFound() throws Exception {
        assertThat(get("/api/v1/budget/lines/2030-EQUIPMENT").statusCode()).isEqualTo(404);
        var failure = catchThrowableOfType(StatusRuntimeException.class,
                () -> grpc.getBudgetLine(GetBudgetLineRequest.newBuilder().setId("2030-EQUIPMENT").build()));
        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);

        long before = count();
        var spendingOnIt = post("/api/v1/budget/lines/2030-EQUIPMENT/spending",
                JsonFormat.printer().print(spending(1, "2026-01-02")), null);
        assertThat(spendingOnIt.statusCode()).isEqualTo(404);
        assertThat(spendingOnIt.body()).contains("\"status\":404", "2030-EQUIPMENT");
        assertThat(count()).isEqualTo(before);
    }

    static RecordSpendingRequest request(String lineId, Spending.Builder spending) {
        return RecordSpendingRequest.newBuilder().setLineId(lineId).setSpending(spending).build();
    }

    long count() {
        return jdbc.sql("select count(*) from spendings").query(Long.class).single();
    }

    long spentOn(String lineId) {
        return jdbc.sql("select coalesce(sum(amount_dong), 0) from spendings where line_id = :line")
                .param("line", lineId).query(Long.class).single();
    }

    HttpResponse<String> get(String path) {
        return api.get(path);
    }

    HttpResponse<String> post(String path, String json, String idempotencyKey) {
        return api.post(path, json, idempotencyKey);
    }
}
