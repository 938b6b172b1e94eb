package vn.lachan.tip.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.util.JsonFormat;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.tip.indicators.domain.IndicatorNormalizer;
import vn.lachan.tip.intake.api.TipApiTest;
import vn.lachan.tip.v1.CheckIndicatorResponse;
import vn.lachan.tip.v1.CreateTipRequest;
import vn.lachan.tip.v1.Indicator;
import vn.lachan.tip.v1.Tip;
import vn.lachan.tip.v1.TipServiceGrpc;

/**
 * Values stored under the older normaliser, rewritten on real PostgreSQL: tips' indicators from what was written,
 * publications and review requests from their canonical form, refused values kept, once per normaliser version; then
 * the scam check finds them in the newer form, from PostgreSQL and from the rebuilt index.
 */
@RealInfrastructure(database = "lachan_tip", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=tip-renormalization-test"})
class IndicatorRenormalizationTest {

    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();
    static final String OFFICER = issuer.userToken("tiepnhan");

    @LocalServerPort
    int httpPort;
    @LocalGrpcPort
    int grpcPort;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    IndicatorRenormalization renormalization;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theStartUpRecordedThisNormalisersVersion() {
        assertThat(jdbc.sql("select count(*) from indicator_normalizer_versions where version = :v")
                .param("v", IndicatorNormalizer.VERSION).query(Long.class).single()).isEqualTo(1L);
        assertThat(renormalization.renormalize().ran()).as("a second run of the same version does nothing").isFalse();
    }

    @Test
    void valuesStoredUnderTheOlderNormaliserAreRewrittenOnceAndTheScamCheckFindsThemInTheNewerForm() throws Exception {
        String account = String.format("%013d", ThreadLocalRandom.current().nextLong(10_000_000_000_000L));
        String digits = "98" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String host = "evil-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        Tip tip = createTip(indicator(Indicator.Type.PHONE, "0" + digits), indicator(Indicator.Type.PHONE, "0" + digits),
                indicator(Indicator.Type.PHONE, "0" + digits), indicator(Indicator.Type.PHONE, "0" + digits));
        UUID id = UUID.fromString(tip.getId());
        // what the older normaliser stored: the legitimate host of a backslash trick, a bank name glued to its prefix,
        // a value in canonical form already, and a number in a range never assigned (accepted then, refused now)
        storedUnderOlderNormaliser(id, 0, "URL", "http://" + host + "\\@real-bank.vn/", "real-bank.vn");
        storedUnderOlderNormaliser(id, 1, "BANK_ACCOUNT", "NH Vietcombank " + account, "NHVIETCOMBANK:" + account);
        storedUnderOlderNormaliser(id, 3, "PHONE", "0521" + digits.substring(3), "+84521" + digits.substring(3));
        // an officer's publication and a citizen's review request name only the older canonical form
        jdbc.sql("""
                insert into indicator_publications (type, normalized, action, basis, reason, officer, officer_unit, at)
                values ('BANK_ACCOUNT', :v, 'PUBLISH', 'OFFICER_VERIFIED', 'Tài khoản nhận tiền lừa đảo', 'dieutra',
                        'cong-an-tinh', now())""").param("v", "NHVIETCOMBANK:" + account).update();
        jdbc.sql("""
                insert into indicator_reviews (id, type, normalized, reason, requested_at)
                values (:id, 'BANK_ACCOUNT', :v, 'Tài khoản của tôi', now())""")
                .param("id", UUID.randomUUID()).param("v", "NHVIETCOMBANK:" + account).update();
        forgetThisVersion();

        var outcome = renormalization.renormalize();

        assertThat(outcome.ran()).isTrue();
        assertThat(outcome.changed()).as("two indicators, one publication, one review").isGreaterThanOrEqualTo(4);
        assertThat(outcome.kept()).as("the unassigned number").isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select normalized from tip_indicators where tip_id = :id order by position")
                .param("id", id).query(String.class).list()).containsExactly(
                host + "/@real-bank.vn", "VCB:" + account, "+84" + digits, "+84521" + digits.substring(3));
        assertThat(jdbc.sql("select normalized from indicator_publications where normalized like :v")
                .param("v", "%" + account).query(String.class).list()).containsExactly("VCB:" + account);
        assertThat(jdbc.sql("select normalized from indicator_reviews where normalized like :v")
                .param("v", "%" + account).query(String.class).list()).containsExactly("VCB:" + account);
        assertThat(jdbc.sql("select changed, kept from indicator_normalizer_versions where version = :v")
                .param("v", IndicatorNormalizer.VERSION)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single())
                .containsExactly(outcome.changed(), outcome.kept());

        // the public check, as a victim types it, from PostgreSQL while Redis is empty, then from the rebuilt index
        flushRedisLeavingAnOlderVersionsKey(account);
        assertThat(publicStatus("BANK_ACCOUNT", "Ngân hàng Vietcombank " + account))
                .isEqualTo(CheckIndicatorResponse.Status.REPORTED);
        awaitIndexReady();
        assertThat(redis.opsForHash().entries(
                "lachan:tip:scam-check:v2:n" + IndicatorNormalizer.VERSION + ":i:BANK_ACCOUNT:VCB:" + account))
                .containsEntry("status", "REPORTED");
        // the rebuild marks the index ready, then drops the older versions' keys
        String older = "lachan:tip:scam-check:v2:i:BANK_ACCOUNT:NHVIETCOMBANK:" + account;
        await("the older version's keys are dropped once the index is rebuilt").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50)).until(() -> !Boolean.TRUE.equals(redis.hasKey(older)));
        assertThat(publicStatus("BANK_ACCOUNT", "NH Vietcombank " + account)).isEqualTo(CheckIndicatorResponse.Status.REPORTED);

        assertThat(renormalization.renormalize().ran()).as("once per version").isFalse();
        forgetThisVersion();
        var again = renormalization.renormalize();
        assertThat(again.ran()).isTrue();
        assertThat(again.changed()).as("rewriting canonical values changes nothing").isZero();
        assertThat(jdbc.sql("select normalized from tip_indicators where tip_id = :id order by position")
                .param("id", id).query(String.class).list()).containsExactly(
                host + "/@real-bank.vn", "VCB:" + account, "+84" + digits, "+84521" + digits.substring(3));
    }

    @Test
    void publicationsStayAppendOnlyExceptForTheRewriteOfTheirValue() {
        String account = String.format("%013d", ThreadLocalRandom.current().nextLong(10_000_000_000_000L));
        jdbc.sql("""
                insert into indicator_publications (type, normalized, action, basis, reason, officer, officer_unit, at)
                values ('BANK_ACCOUNT', :v, 'PUBLISH', 'OFFICER_VERIFIED', 'Lý do', 'dieutra', 'cong-an-tinh', now())""")
                .param("v", "VCB:" + account).update();
        var tx = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> jdbc.sql("update indicator_publications set normalized = 'VCB:1' where normalized = :v")
                .param("v", "VCB:" + account).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            jdbc.sql("set local lachan.renormalizing = 'on'").update();
            jdbc.sql("update indicator_publications set reason = 'Khác' where normalized = :v")
                    .param("v", "VCB:" + account).update();
        })).hasMessageContaining("append-only");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            jdbc.sql("set local lachan.renormalizing = 'on'").update();
            jdbc.sql("delete from indicator_publications where normalized = :v").param("v", "VCB:" + account).update();
        })).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select reason from indicator_publications where normalized = :v")
                .param("v", "VCB:" + account).query(String.class).list()).containsExactly("Lý do");
    }

    Tip createTip(Indicator... indicators) {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", grpcPort).usePlaintext().build();
        try {
            return TipServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(OFFICER))
                    .createTip(CreateTipRequest.newBuilder()
                            .setTip(TipApiTest.hotlineTip().addAllIndicators(List.of(indicators))).build());
        } finally {
            channel.shutdownNow();
        }
    }

    static Indicator indicator(Indicator.Type type, String value) {
        return Indicator.newBuilder().setType(type).setValue(value).build();
    }

    void storedUnderOlderNormaliser(UUID tip, int position, String type, String written, String normalized) {
        jdbc.sql("""
                update tip_indicators set type = :type, raw_value = :raw, normalized = :normalized
                where tip_id = :tip and position = :position""")
                .param("type", type).param("raw", written).param("normalized", normalized).param("tip", tip)
                .param("position", position).update();
    }

    void forgetThisVersion() {
        jdbc.sql("delete from indicator_normalizer_versions where version = :v").param("v", IndicatorNormalizer.VERSION)
                .update();
    }

    void flushRedisLeavingAnOlderVersionsKey(String account) {
        redis.execute((RedisCallback<Object>) connection -> {
            connection.serverCommands().flushAll();
            return null;
        });
        redis.opsForHash().put("lachan:tip:scam-check:v2:i:BANK_ACCOUNT:NHVIETCOMBANK:" + account, "status", "REPORTED");
    }

    CheckIndicatorResponse.Status publicStatus(String type, String value) throws Exception {
        var answer = HttpApi.at(httpPort).get("/api/v1/public/scam-check?type=" + type + "&value="
                + URLEncoder.encode(value, StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        CheckIndicatorResponse.Builder response = CheckIndicatorResponse.newBuilder();
        JsonFormat.parser().merge(answer.body(), response);
        return response.getStatus();
    }

    void awaitIndexReady() throws Exception {
        String ready = "lachan:tip:scam-check:v2:n" + IndicatorNormalizer.VERSION + ":ready";
        await("the scam-check index is rebuilt").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    publicStatus("PHONE", "0912345678");
                    return Boolean.TRUE.equals(redis.hasKey(ready));
                });
    }
}
