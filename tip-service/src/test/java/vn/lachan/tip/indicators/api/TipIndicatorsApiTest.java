package vn.lachan.tip.indicators.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import com.google.rpc.BadRequest;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.tip.indicators.domain.IndicatorNormalizer;
import vn.lachan.tip.intake.api.TipApiTest;
import vn.lachan.tip.v1.Channel;
import vn.lachan.tip.v1.CheckIndicatorRequest;
import vn.lachan.tip.v1.CheckIndicatorResponse;
import vn.lachan.tip.v1.CreateTipRequest;
import vn.lachan.tip.v1.GetTipRequest;
import vn.lachan.tip.v1.Indicator;
import vn.lachan.tip.v1.LinkedTip;
import vn.lachan.tip.v1.ScamCheckServiceGrpc;
import vn.lachan.tip.v1.Tip;
import vn.lachan.tip.v1.TipServiceGrpc;

/**
 * Indicators end to end: normalised on receipt, tips linked by them within what the viewer may see, and the
 * public scam check, without a token, from the Redis index or — when Redis lost it — from PostgreSQL.
 */
@RealInfrastructure(database = "lachan_tip", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=tip-indicators-test"})
class TipIndicatorsApiTest {

    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();
    static final String OFFICER = issuer.userToken("tiepnhan");
    static final String INVESTIGATOR = issuer.userToken("dieutra");
    static final String DISTRICT = issuer.userToken("baocao.caolanh");
    /** The index's keys, which carry the normaliser's version. */
    static final String INDEX = "lachan:tip:scam-check:v2:n" + IndicatorNormalizer.VERSION + ":";
    static final String READY = INDEX + "ready";
    static final String LOCK = INDEX + "rebuild-lock";

    @LocalServerPort
    int httpPort;
    @LocalGrpcPort
    int grpcPort;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StringRedisTemplate redis;

    ManagedChannel channel;
    TipServiceGrpc.TipServiceBlockingStub officer;

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress("localhost", grpcPort).usePlaintext().build();
        officer = TipServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(OFFICER));
    }

    @AfterEach
    void disconnect() {
        channel.shutdownNow();
    }

    /** A mobile number no other test uses, in an assigned range (098): its nine significant digits. */
    static String newPhone() {
        return "98" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    static Indicator phone(String written) {
        return Indicator.newBuilder().setType(Indicator.Type.PHONE).setValue(written).build();
    }

    static Tip.Builder tip(String unit, Channel channel, Indicator... indicators) {
        return TipApiTest.hotlineTip().setReceivingUnit(unit).setChannel(channel).addAllIndicators(List.of(indicators));
    }

    Tip create(Tip.Builder tip) {
        return officer.createTip(CreateTipRequest.newBuilder().setTip(tip).build());
    }

    Tip read(String token, String id) throws Exception {
        var answer = HttpApi.at(httpPort).as(token).get("/api/v1/tips/" + id);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Tip.Builder tip = Tip.newBuilder();
        JsonFormat.parser().merge(answer.body(), tip);
        return tip.build();
    }

    @Test
    void aHotlineTipAndAWebTipNamingOnePhoneInDifferentNotationsAreLinkedBothWays() throws Exception {
        String p = newPhone();
        Tip hotline = create(tip("cong-an-tinh", Channel.HOTLINE, phone("0" + p.substring(0, 3) + " " + p.substring(3, 6)
                + " " + p.substring(6))));
        var answer = HttpApi.at(httpPort).as(OFFICER).post("/api/v1/tips", JsonFormat.printer().print(
                tip("cong-an-tinh", Channel.WEB_PORTAL, phone("+84 " + p.substring(0, 3) + "-" + p.substring(3, 6) + "-"
                        + p.substring(6)), Indicator.newBuilder().setType(Indicator.Type.BANK_ACCOUNT)
                        .setValue("vcb 0011 004 " + p).build())));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Tip.Builder web = Tip.newBuilder();
        JsonFormat.parser().merge(answer.body(), web);

        assertThat(hotline.getIndicatorsList()).extracting(Indicator::getNormalized).containsExactly("+84" + p);
        assertThat(web.getIndicatorsList()).extracting(Indicator::getNormalized)
                .containsExactly("+84" + p, "VCB:0011004" + p);
        assertThat(web.getIndicators(0).getValue()).isEqualTo("+84 " + p.substring(0, 3) + "-" + p.substring(3, 6) + "-"
                + p.substring(6));

        Tip hotlineRead = officer.getTip(GetTipRequest.newBuilder().setId(hotline.getId()).build());
        assertThat(hotlineRead.getLinkedTipsList()).singleElement().satisfies(linked -> {
            assertThat(linked.getTipId()).isEqualTo(web.getId());
            assertThat(linked.getSharedIndicatorsList()).containsExactly("+84" + p);
            assertThat(linked.getReceivingUnit()).isEqualTo("cong-an-tinh");
        });
        Tip webRead = read(OFFICER, web.getId());
        assertThat(webRead.getLinkedTipsList()).extracting(LinkedTip::getTipId).containsExactly(hotline.getId());
        assertThat(webRead.getIndicatorsList()).isEqualTo(web.getIndicatorsList());
    }

    @Test
    void aDistrictSeesOnlyTheLinkedTipsOfItsOwnUnitAndNoIndicatorValues() throws Exception {
        String p = newPhone();
        Tip own = create(tip("huyen-cao-lanh", Channel.HOTLINE, phone("0" + p)));
        Tip otherDistrict = create(tip("huyen-lai-vung", Channel.WALK_IN, phone("84" + p)));
        Tip ownLater = create(tip("huyen-cao-lanh", Channel.EMAIL, phone("+84" + p)));

        Tip asDistrict = read(DISTRICT, own.getId());
        assertThat(asDistrict.getLinkedTipsList()).extracting(LinkedTip::getTipId).containsExactly(ownLater.getId());
        assertThat(asDistrict.getLinkedTipsList().getFirst().getSharedIndicatorsList()).isEmpty();
        assertThat(asDistrict.getIndicatorsList()).isEmpty();
        assertThat(HttpApi.at(httpPort).as(DISTRICT).get("/api/v1/tips/" + own.getId()).body())
                .doesNotContain(otherDistrict.getId(), p);

        Tip asInvestigator = read(INVESTIGATOR, own.getId());
        assertThat(asInvestigator.getLinkedTipsList()).extracting(LinkedTip::getTipId)
                .containsExactlyInAnyOrder(ownLater.getId(), otherDistrict.getId());
        assertThat(asInvestigator.getLinkedTipsList()).allSatisfy(
                linked -> assertThat(linked.getSharedIndicatorsList()).containsExactly("+84" + p));
        assertThat(jdbc.sql("select array_to_string(fields, ',') from audit_log where record_id = :id and action = 'READ' and actor = 'dieutra'")
                .param("id", own.getId()).query(String.class).list()).anySatisfy(f -> assertThat(f).contains("indicators"));
        // the values the linked tips share are theirs too: each linked tip's read is audited
        for (Tip linked : List.of(otherDistrict, ownLater)) {
            assertThat(jdbc.sql("select array_to_string(fields, ',') from audit_log where record_id = :id and action = 'READ' and actor = 'dieutra'")
                    .param("id", linked.getId()).query(String.class).list()).contains("shared_indicators");
        }
        // a district sees no values, so nothing of the linked tips was read
        assertThat(jdbc.sql("select count(*) from audit_log where record_id = :id and actor = 'baocao.caolanh'")
                .param("id", ownLater.getId()).query(Long.class).single()).isZero();
    }

    @Test
    void theScamCheckAnswersOnlyWhatThePoliceVerifiedInAnyNotationWithoutAToken() throws Exception {
        awaitIndexReady();
        String p = newPhone();
        assertThat(check("PHONE", "0" + p).getStatus()).isEqualTo(CheckIndicatorResponse.Status.NOT_FOUND);

        // two anonymous mentions, undecided: a competitor's number is not branded, a suspect learns nothing
        create(tip("cong-an-tinh", Channel.HOTLINE, phone("0" + p)).setReceivedAt(at("2025-01-10T03:00:00Z")));
        Tip second = create(tip("huyen-lai-vung", Channel.WEB_PORTAL, phone("+84 " + p)).setReceivedAt(at("2025-02-20T20:00:00Z")));
        var mentioned = HttpApi.at(httpPort).get("/api/v1/public/scam-check?type=PHONE&value=0" + p);
        var never = HttpApi.at(httpPort).get("/api/v1/public/scam-check?type=PHONE&value=0" + newPhone());
        assertThat(parse(mentioned).getStatus()).isEqualTo(CheckIndicatorResponse.Status.NOT_FOUND);
        assertThat(mentioned.body().replace(p, "")).isEqualTo(never.body().replaceAll("\\+84\\d{9}", "+84"));
        assertThat(redis.keys("lachan:tip:scam-check:*" + p)).isEmpty();

        // an investigator verifies it
        var published = HttpApi.at(httpPort).as(INVESTIGATOR).post("/api/v1/tips/scam-check/publications",
                "{\"type\":\"PHONE\",\"value\":\"0" + p + "\",\"reason\":\"Đã xác minh qua nhà mạng\"}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(redis.opsForHash().entries(INDEX + "i:PHONE:+84" + p))
                .containsEntry("status", "REPORTED").containsEntry("basis", "OFFICER_VERIFIED").doesNotContainKey("count");
        for (String notation : new String[] {"0" + p, "+84 " + p, "84" + p, "(0" + p.substring(0, 2) + ") "
                + p.substring(2, 5) + "." + p.substring(5), "0084 " + p}) {
            CheckIndicatorResponse once = check("PHONE", notation);
            assertThat(once.getNormalized()).as(notation).isEqualTo("+84" + p);
            assertThat(once.getStatus()).as(notation).isEqualTo(CheckIndicatorResponse.Status.REPORTED);
        }
        var answer = HttpApi.at(httpPort).get("/api/v1/public/scam-check?type=PHONE&value="
                + URLEncoder.encode("0" + p.substring(0, 3) + " " + p.substring(3), StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain(second.getId(), "huyen-lai-vung", "cong-an-tinh", TipApiTest.NARRATIVE,
                "reportCount", "ReportedOn", "dieutra");

        // and over gRPC, also without a token
        var grpc = ScamCheckServiceGrpc.newBlockingStub(channel).checkIndicator(CheckIndicatorRequest.newBuilder()
                .setType(Indicator.Type.PHONE).setValue("84" + p).build());
        assertThat(grpc).isEqualTo(parse(answer));
        assertThat(check("DOMAIN", "https://www.khong-ai-bao-" + p + ".vn/").getNormalized())
                .isEqualTo("khong-ai-bao-" + p + ".vn");
    }

    @Test
    void aBadScamCheckIsAFieldErrorInBothLanguages() {
        var bad = HttpApi.at(httpPort).get("/api/v1/public/scam-check?type=PHONE&value=12345");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"value\"", "Số điện thoại không hợp lệ", "Not a valid phone number",
                "0912 345 678");

        var noType = HttpApi.at(httpPort).get("/api/v1/public/scam-check?value=0912345678");
        assertThat(noType.statusCode()).isEqualTo(400);
        assertThat(noType.body()).contains("\"field\":\"type\"", "PHONE");

        var unknownType = HttpApi.at(httpPort).get("/api/v1/public/scam-check?type=FAX&value=0912345678");
        assertThat(unknownType.statusCode()).isEqualTo(400);
        assertThat(unknownType.body()).contains("FAX");
    }

    @Test
    void afterRedisLosesEverythingTheScamCheckAnswersFromPostgresAndTheIndexIsRebuilt() throws Exception {
        awaitIndexReady();
        String p = newPhone();
        Tip tip = create(tip("cong-an-tinh", Channel.HOTLINE, phone("0" + p)));
        assertThat(check("PHONE", "0" + p).getStatus()).isEqualTo(CheckIndicatorResponse.Status.NOT_FOUND);
        // decided "prosecute" behind the index's back: only PostgreSQL knows
        jdbc.sql("update tips set status = 'PROSECUTED' where id = :id").param("id", UUID.fromString(tip.getId())).update();

        flushAll();
        CheckIndicatorResponse fromDatabase = check("PHONE", "+84" + p);
        assertThat(fromDatabase.getStatus()).isEqualTo(CheckIndicatorResponse.Status.REPORTED);

        awaitIndexReady();
        assertThat(redis.opsForHash().entries(INDEX + "i:PHONE:+84" + p))
                .containsEntry("prosecuted", "1").containsEntry("basis", "").containsEntry("status", "REPORTED");
        assertThat(check("PHONE", "0" + p)).isEqualTo(fromDatabase);
    }

    @Test
    void whileAnotherReplicaHoldsTheRebuildLockThisOneAnswersFromPostgresAndDoesNotRebuild() throws Exception {
        String p = newPhone();
        Tip tip = create(tip("cong-an-tinh", Channel.HOTLINE, phone("0" + p)));
        jdbc.sql("update tips set status = 'PROSECUTED' where id = :id").param("id", UUID.fromString(tip.getId())).update();
        flushAll();
        redis.opsForValue().set(LOCK, "another-replica", Duration.ofMinutes(1));

        assertThat(check("PHONE", "0" + p).getStatus()).isEqualTo(CheckIndicatorResponse.Status.REPORTED);
        await("no rebuild while another replica holds the lock").during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3)).until(() -> !Boolean.TRUE.equals(redis.hasKey(READY)));
        assertThat(redis.opsForValue().get(LOCK)).isEqualTo("another-replica");
        assertThat(redis.hasKey(INDEX + "i:PHONE:+84" + p)).isFalse();

        redis.delete(LOCK); // the other replica died; its lock expired
        awaitIndexReady();
        assertThat(redis.opsForHash().entries(INDEX + "i:PHONE:+84" + p)).containsEntry("prosecuted", "1");
    }

    @Test
    void anInvalidIndicatorIsAFieldErrorAndNothingIsStored() throws Exception {
        long tips = count("tips");
        long indicators = count("tip_indicators");
        Tip bad = tip("cong-an-tinh", Channel.HOTLINE, phone("0912 345 678"), phone("12345"),
                Indicator.newBuilder().setType(Indicator.Type.URL).setValue("không phải địa chỉ").build())
                .clearChannel().build();

        var failure = catchThrowableOfType(StatusRuntimeException.class,
                () -> officer.createTip(CreateTipRequest.newBuilder().setTip(bad).build()));
        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        var details = StatusProto.fromThrowable(failure).getDetailsList().stream()
                .filter(d -> d.is(BadRequest.class)).findFirst().orElseThrow().unpack(BadRequest.class);
        assertThat(details.getFieldViolationsList()).extracting(BadRequest.FieldViolation::getField)
                .containsExactly("tip.channel", "tip.indicators[1].value", "tip.indicators[2].value");

        var answer = HttpApi.at(httpPort).as(OFFICER).post("/api/v1/tips", JsonFormat.printer().print(bad));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"tip.indicators[1].value\"", "Số điện thoại không hợp lệ",
                "Not a valid phone number", "\"field\":\"tip.indicators[2].value\"", "Địa chỉ web không hợp lệ");

        var tooMany = tip("cong-an-tinh", Channel.HOTLINE).addAllIndicators(Collections.nCopies(51, phone("0912345678")));
        var refused = HttpApi.at(httpPort).as(OFFICER).post("/api/v1/tips", JsonFormat.printer().print(tooMany));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"tip.indicators\"", "TOO_MANY");

        assertThat(count("tips")).isEqualTo(tips);
        assertThat(count("tip_indicators")).isEqualTo(indicators);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyStoresTheIndicatorsOnce() throws Exception {
        String p = newPhone();
        String key = UUID.randomUUID().toString();
        String body = JsonFormat.printer().print(tip("cong-an-tinh", Channel.HOTLINE, phone("0" + p)));
        var first = HttpApi.at(httpPort).as(OFFICER).post("/api/v1/tips", body, key);
        var second = HttpApi.at(httpPort).as(OFFICER).post("/api/v1/tips", body, key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body()).contains("+84" + p);
        assertThat(jdbc.sql("select count(*) from tip_indicators where normalized = :n").param("n", "+84" + p)
                .query(Long.class).single()).isEqualTo(1L);
        assertThat(check("PHONE", "0" + p).getStatus()).isEqualTo(CheckIndicatorResponse.Status.NOT_FOUND);
    }

    CheckIndicatorResponse check(String type, String value) throws Exception {
        var answer = HttpApi.at(httpPort).get("/api/v1/public/scam-check?type=" + type + "&value="
                + URLEncoder.encode(value, StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return parse(answer);
    }

    static CheckIndicatorResponse parse(HttpResponse<String> answer) throws Exception {
        CheckIndicatorResponse.Builder response = CheckIndicatorResponse.newBuilder();
        JsonFormat.parser().merge(answer.body(), response);
        return response.build();
    }

    /** Waits until the index is complete, asking once so a replica notices it is not. */
    void awaitIndexReady() throws Exception {
        await("the scam-check index is rebuilt").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    check("PHONE", "0912345678");
                    return Boolean.TRUE.equals(redis.hasKey(READY));
                });
    }

    void flushAll() {
        redis.execute((RedisCallback<Object>) connection -> {
            connection.serverCommands().flushAll();
            return null;
        });
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    static Timestamp at(String instant) {
        return Timestamp.newBuilder().setSeconds(Instant.parse(instant).getEpochSecond()).build();
    }
}
