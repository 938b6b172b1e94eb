package vn.lachan.tip.intake.api;

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
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lachan.common.v1.Money;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.tip.v1.Channel;
import vn.lachan.tip.v1.CreateTipRequest;
import vn.lachan.tip.v1.GetTipRequest;
import vn.lachan.tip.v1.SourceKind;
import vn.lachan.tip.v1.Tip;
import vn.lachan.tip.v1.TipServiceGrpc;

/** The tip contract end to end in one service: gRPC and REST against a real PostgreSQL. */
@RealInfrastructure(database = "lachan_tip", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=tip-api-test"})
public class TipApiTest {

    @LocalServerPort
    int httpPort;
    @LocalGrpcPort
    int grpcPort;
    @Autowired
    JdbcClient jdbc;

    public static final String OFFICER = RealInfrastructure.Extension.tokens().userToken("tiepnhan");

    ManagedChannel channel;
    TipServiceGrpc.TipServiceBlockingStub grpc;
    HttpApi api;

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress("localhost", grpcPort).usePlaintext().build();
        grpc = TipServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(OFFICER));
        api = HttpApi.at(httpPort).as(OFFICER);
    }

    @AfterEach
    void disconnect() {
        channel.shutdownNow();
    }

    public static final String NARRATIVE = "Đối tượng giả danh công an gọi điện yêu cầu chuyển 45 triệu đồng.";

    public static Tip.Builder hotlineTip() {
        return Tip.newBuilder()
                .setChannel(Channel.HOTLINE)
                .setSourceKind(SourceKind.DENUNCIATION)
                .setReceivingUnit("cong-an-tinh")
                .setModusOperandi("IMPERSONATE_AUTHORITY")
                .setNarrative(NARRATIVE)
                .setLoss(Money.newBuilder().setDong(45_000_000L));
    }

    @Test
    void aTipCreatedOverGrpcIsReadBackOverRest() throws Exception {
        Tip created = grpc.createTip(CreateTipRequest.newBuilder().setTip(hotlineTip()).build());
        assertThat(created.getId()).isNotBlank();
        assertThat(created.getDecisionDue()).isNotBlank();

        var answer = get("/api/v1/tips/" + created.getId());
        assertThat(answer.statusCode()).isEqualTo(200);
        Tip.Builder read = Tip.newBuilder();
        JsonFormat.parser().merge(answer.body(), read);
        assertThat(read.build()).isEqualTo(created);
        assertThat(answer.body()).contains("\"loss\": {\n    \"dong\": \"45000000\"");
    }

    @Test
    void aTipCreatedOverRestIsReadBackOverGrpc() throws Exception {
        var answer = post("/api/v1/tips", JsonFormat.printer().print(hotlineTip()), null);
        assertThat(answer.statusCode()).isEqualTo(200);
        Tip.Builder created = Tip.newBuilder();
        JsonFormat.parser().merge(answer.body(), created);

        Tip read = grpc.getTip(GetTipRequest.newBuilder().setId(created.getId()).build());
        assertThat(read.getNarrative()).isEqualTo(hotlineTip().getNarrative());
        assertThat(read.getLoss().getDong()).isEqualTo(45_000_000L);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstTipAndStoresOne() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = JsonFormat.printer().print(hotlineTip().setNarrative("retry " + key));
        var first = post("/api/v1/tips", body, key);
        var second = post("/api/v1/tips", body, key);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(jdbc.sql("select count(*) from tips where narrative = :n").param("n", "retry " + key)
                .query(Long.class).single()).isEqualTo(1L);

        var reused = post("/api/v1/tips", JsonFormat.printer().print(hotlineTip().setNarrative("other " + key)), key);
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(reused.body()).contains("Idempotency-Key", "đã được dùng cho một yêu cầu khác",
                "already used for a different request");
        assertThat(jdbc.sql("select count(*) from tips where narrative = :n").param("n", "other " + key)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aKeyIsTheCallersOwnSoAnotherOfficerWithTheSameKeyReceivesTheirOwnTip() throws Exception {
        String key = "1"; // a careless client's key, used by two people
        String narrative = "same key " + UUID.randomUUID();
        String body = JsonFormat.printer().print(hotlineTip().setNarrative(narrative));
        var mine = post("/api/v1/tips", body, key);
        var leaders = HttpApi.at(httpPort).as(RealInfrastructure.Extension.tokens().userToken("lanhdao.congan"))
                .post("/api/v1/tips", body, key);

        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(leaders.statusCode()).as(leaders.body()).isEqualTo(200);
        assertThat(leaders.body()).contains("lanhdao.congan");
        assertThat(jdbc.sql("select count(*) from tips where narrative = :n").param("n", narrative)
                .query(Long.class).single()).isEqualTo(2L);
    }

    @Test
    void nobodyMayTakeThePlatformsReservedKeys() throws Exception {
        long before = count();
        var squat = post("/api/v1/tips", JsonFormat.printer().print(hotlineTip()), "lachan:tip:intake");
        assertThat(squat.statusCode()).isEqualTo(400);
        assertThat(squat.body()).contains("\"field\":\"Idempotency-Key\"", "RESERVED");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void invalidFieldsComeBackAsTheSameFieldListOverGrpcAndRest() throws Exception {
        Tip bad = hotlineTip().clearChannel().setLoss(Money.newBuilder().setDong(-5)).build();
        long before = count();

        var failure = catchThrowableOfType(StatusRuntimeException.class,
                () -> grpc.createTip(CreateTipRequest.newBuilder().setTip(bad).build()));
        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        var details = StatusProto.fromThrowable(failure).getDetailsList().stream()
                .filter(d -> d.is(BadRequest.class)).findFirst().orElseThrow().unpack(BadRequest.class);
        assertThat(details.getFieldViolationsList()).extracting(BadRequest.FieldViolation::getField)
                .containsExactly("tip.channel", "tip.loss.dong");

        var answer = post("/api/v1/tips", JsonFormat.printer().print(bad), null);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"field\":\"tip.channel\"", "\"field\":\"tip.loss.dong\"",
                "Trường này là bắt buộc", "This field is required");
        assertThat(answer.body()).doesNotContain("Exception", "at vn.lachan");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void malformedJsonAndUnknownEnumValuesAreFieldErrors() throws Exception {
        var malformed = post("/api/v1/tips", "{\"channel\": ", null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("MALFORMED_JSON");

        var unknownEnum = post("/api/v1/tips", "{\"channel\": \"CARRIER_PIGEON\"}", null);
        assertThat(unknownEnum.statusCode()).isEqualTo(400);
        assertThat(unknownEnum.body()).contains("CARRIER_PIGEON");

        var unknownField = post("/api/v1/tips", "{\"colour\": \"red\"}", null);
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(unknownField.body()).contains("\"field\":\"tip.colour\"", "UNKNOWN_FIELD");
    }

    @Test
    void anUnknownTipIsNotFoundAndABadIdIsAFieldError() throws Exception {
        var missing = get("/api/v1/tips/" + UUID.randomUUID());
        assertThat(missing.statusCode()).isEqualTo(404);
        var bad = get("/api/v1/tips/not-a-uuid");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"id\"");
    }

    @Test
    void statisticsCountByModusOperandiForAPeriod() throws Exception {
        post("/api/v1/tips", JsonFormat.printer().print(hotlineTip().setReceivingUnit("huyen-stat-test")
                .setModusOperandi("ONLINE_SHOPPING")), null);
        var answer = get("/api/v1/tips/statistics?from=2021-01-01&to=2030-12-31&receivingUnit=huyen-stat-test");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        vn.lachan.tip.v1.TipStatistics.Builder stats = vn.lachan.tip.v1.TipStatistics.newBuilder();
        JsonFormat.parser().merge(answer.body(), stats);
        assertThat(stats.getTotal()).isEqualTo(1);
        assertThat(stats.getByModusOperandiList()).anySatisfy(c -> {
            assertThat(c.getKey()).isEqualTo("ONLINE_SHOPPING");
            assertThat(c.getCount()).isEqualTo(1);
        });
        assertThat(stats.getByOutcomeList()).extracting(c -> c.getKey() + "=" + c.getCount())
                .containsExactly("PROSECUTED=0", "NOT_PROSECUTED=0", "SUSPENDED=0", "UNDECIDED=1");
        assertThat(stats.getOverdue()).isZero();
        assertThat(stats.getAsOf()).isEqualTo(vn.lachan.platform.time.LegalTime.legalDay(java.time.Instant.now()).toString());

        var badRange = get("/api/v1/tips/statistics?from=2024-06-14&to=2024-01-01");
        assertThat(badRange.statusCode()).isEqualTo(400);
        assertThat(badRange.body()).contains("\"field\":\"to\"");
    }

    @Test
    void tipsAreListedNewestFirstPageByPage() throws Exception {
        for (int day = 1; day <= 3; day++) {
            post("/api/v1/tips", JsonFormat.printer().print(hotlineTip().setReceivingUnit("huyen-list-test")
                    .setReceivedAt(com.google.protobuf.Timestamp.newBuilder()
                            .setSeconds(java.time.Instant.parse("2025-0" + day + "-10T03:00:00Z").getEpochSecond()))), null);
        }
        var first = grpc.listTips(vn.lachan.tip.v1.ListTipsRequest.newBuilder()
                .setReceivingUnit("huyen-list-test").setPageSize(2).build());
        assertThat(first.getTipsList()).extracting(t -> t.getReceivedAt().getSeconds()).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
        assertThat(first.getTipsList()).hasSize(2);
        assertThat(first.getNextPageToken()).isNotEmpty();

        var second = get("/api/v1/tips?receivingUnit=huyen-list-test&pageSize=2&pageToken=" + first.getNextPageToken());
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        vn.lachan.tip.v1.ListTipsResponse.Builder page = vn.lachan.tip.v1.ListTipsResponse.newBuilder();
        JsonFormat.parser().merge(second.body(), page);
        assertThat(page.getTipsList()).hasSize(1);
        assertThat(page.getNextPageToken()).isEmpty();

        var badSize = get("/api/v1/tips?pageSize=500");
        assertThat(badSize.statusCode()).isEqualTo(400);
        assertThat(badSize.body()).contains("\"field\":\"page_size\"");
        var notANumber = get("/api/v1/tips?pageSize=many");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).contains("\"field\":\"pageSize\"");
    }

    @Test
    void anUnknownRouteIsAProblemNotAStackTrace() throws Exception {
        var answer = get("/api/v1/tips/x/y/z");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("\"status\":404");
    }

    long count() {
        return jdbc.sql("select count(*) from tips").query(Long.class).single();
    }

    HttpResponse<String> get(String path) {
        return api.get(path);
    }

    HttpResponse<String> post(String path, String json, String idempotencyKey) {
        return api.post(path, json, idempotencyKey);
    }
}
