package vn.lachan.tip.indicators.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
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
import vn.lachan.tip.v1.CheckIndicatorResponse;

/**
 * What the public check publishes, as the police manage it: publication, withdrawal (which overrides a prosecution),
 * a citizen's review request through the public route, who may do which, and the audit of every change and read.
 */
@RealInfrastructure(database = "lachan_tip", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=indicator-publication-test"})
class IndicatorPublicationApiTest {

    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();
    static final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int httpPort;
    @Autowired
    JdbcClient jdbc;

    String p;

    @BeforeEach
    void newPhone() {
        p = "98" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    HttpApi as(String user) {
        return HttpApi.at(httpPort).as(user == null ? null : issuer.userToken(user));
    }

    CheckIndicatorResponse.Status publicStatus(String type, String value) throws Exception {
        var answer = HttpApi.at(httpPort).get("/api/v1/public/scam-check?type=" + type + "&value="
                + URLEncoder.encode(value, StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        CheckIndicatorResponse.Builder response = CheckIndicatorResponse.newBuilder();
        JsonFormat.parser().merge(answer.body(), response);
        return response.getStatus();
    }

    static JsonNode ok(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    String publish(String value) {
        return "{\"type\":\"PHONE\",\"value\":\"" + value + "\",\"reason\":\"Xác minh qua nhà mạng\"}";
    }

    long audited(String action, String recordId) {
        return jdbc.sql("select count(*) from audit_log where action = :a and record_id = :id")
                .param("a", action).param("id", recordId).query(Long.class).single();
    }

    @Test
    void aPublishedValueIsWithdrawnOnACitizensReviewRequestAndEveryStepIsAudited() throws Exception {
        ok(as("dieutra").post("/api/v1/tips/scam-check/publications", publish("0" + p)));
        assertThat(publicStatus("PHONE", "+84 " + p)).isEqualTo(CheckIndicatorResponse.Status.REPORTED);
        assertThat(audited("PUBLISH", "PHONE:+84" + p)).isEqualTo(1);

        // the citizen whose number it is asks for review, without an account
        String review = ok(HttpApi.at(httpPort).post("/api/v1/public/scam-check/reviews",
                "{\"type\":\"PHONE\",\"value\":\"0" + p + "\",\"reason\":\"Số của cửa hàng tôi\",\"contact\":\"shop@vi-du.vn\"}"))
                .get("reviewId").asString();

        JsonNode reviews = ok(as("tiepnhan").get("/api/v1/tips/scam-check/reviews"));
        JsonNode mine = null;
        for (JsonNode r : reviews.path("reviews")) {
            if (r.get("id").asString().equals(review)) {
                mine = r;
            }
        }
        assertThat(mine).as(reviews.toString()).isNotNull();
        assertThat(mine.get("normalized").asString()).isEqualTo("+84" + p);
        assertThat(mine.get("contact").asString()).isEqualTo("shop@vi-du.vn");
        assertThat(mine.get("state").asString()).isEqualTo("OPEN");
        assertThat(jdbc.sql("select array_to_string(fields, ',') from audit_log where record_id = :id and action = 'READ' and actor = 'tiepnhan'")
                .param("id", review).query(String.class).list()).containsExactly("reason,contact");

        JsonNode withdrawn = ok(as("lanhdao.congan").post("/api/v1/tips/scam-check/withdrawals",
                "{\"type\":\"PHONE\",\"value\":\"+84" + p + "\",\"reason\":\"Số của cửa hàng, bị mạo danh\",\"reviewId\":\"" + review + "\"}"));
        assertThat(withdrawn.get("publicStatus").asString()).isEqualTo("NOT_FOUND");
        assertThat(withdrawn.get("withdrawn").asBoolean()).isTrue();
        assertThat(withdrawn.path("history")).hasSize(2);
        assertThat(withdrawn.path("history").get(1).get("officer").asString()).isEqualTo("lanhdao.congan");
        assertThat(publicStatus("PHONE", "0" + p)).isEqualTo(CheckIndicatorResponse.Status.NOT_FOUND);
        assertThat(audited("WITHDRAW", "PHONE:+84" + p)).isEqualTo(1);
        assertThat(audited("WITHDRAW", review)).isEqualTo(1);
        assertThat(jdbc.sql("select state from indicator_reviews where id = :id").param("id", UUID.fromString(review))
                .query(String.class).single()).isEqualTo("WITHDRAWN");

        // a withdrawal holds even over a prosecution, until an officer publishes the value again
        var tip = as("tiepnhan").post("/api/v1/tips", """
                {"channel":"HOTLINE","sourceKind":"DENUNCIATION","receivingUnit":"cong-an-tinh",
                 "modusOperandi":"IMPERSONATE_AUTHORITY","narrative":"Giả danh ngân hàng",
                 "indicators":[{"type":"PHONE","value":"0%s"}]}""".formatted(p));
        jdbc.sql("update tips set status = 'PROSECUTED' where id = :id")
                .param("id", UUID.fromString(ok(tip).get("id").asString())).update();
        JsonNode standing = ok(as("dieutra").get("/api/v1/tips/scam-check/standing?type=PHONE&value=0" + p));
        assertThat(standing.get("prosecutedTips").asString()).isEqualTo("1");
        assertThat(standing.get("publicStatus").asString()).isEqualTo("NOT_FOUND");
        assertThat(ok(as("dieutra").post("/api/v1/tips/scam-check/publications", publish("0" + p)))
                .get("publicStatus").asString()).isEqualTo("REPORTED");

        // the history cannot be rewritten
        assertThat(jdbc.sql("select count(*) from indicator_publications where normalized = :n")
                .param("n", "+84" + p).query(Long.class).single()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "delete from indicator_publications where normalized = :n").param("n", "+84" + p).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void onlyAPublishedValueCanBePutUpForReviewAndNothingIsStoredOtherwise() {
        long before = jdbc.sql("select count(*) from indicator_reviews").query(Long.class).single();
        var refused = HttpApi.at(httpPort).post("/api/v1/public/scam-check/reviews",
                "{\"type\":\"PHONE\",\"value\":\"0" + p + "\",\"reason\":\"Số của tôi\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("NOT_PUBLISHED", "\"field\":\"value\"", "not published");
        var blank = HttpApi.at(httpPort).post("/api/v1/public/scam-check/reviews",
                "{\"type\":\"PHONE\",\"value\":\"12\",\"reason\":\"\",\"contact\":\"" + "x".repeat(201) + "\"}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("\"field\":\"value\"", "\"field\":\"reason\"", "\"field\":\"contact\"");
        assertThat(jdbc.sql("select count(*) from indicator_reviews").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void whoMayPublishWithdrawAndRead() {
        assertThat(as("tiepnhan").post("/api/v1/tips/scam-check/publications", publish("0" + p)).statusCode()).isEqualTo(403);
        assertThat(as("kiemsat").post("/api/v1/tips/scam-check/publications", publish("0" + p)).statusCode()).isEqualTo(403);
        assertThat(as("kiemsat").get("/api/v1/tips/scam-check/standing?type=PHONE&value=0" + p).statusCode()).isEqualTo(403);
        assertThat(as("nganhang.vcb").get("/api/v1/tips/scam-check/reviews").statusCode()).isEqualTo(403);
        assertThat(as(null).get("/api/v1/tips/scam-check/reviews").statusCode()).isEqualTo(401);
        // a bank: only an account it holds money on
        assertThat(as("nganhang.vcb").post("/api/v1/tips/scam-check/publications", publish("0" + p)).statusCode()).isEqualTo(403);
        String account = "{\"type\":\"BANK_ACCOUNT\",\"value\":\"VCB 0011 " + p + "\",\"basis\":\"BANK_HOLD\",\"reason\":\"Lệnh phong tỏa đã thực hiện\"}";
        JsonNode held = ok(as("nganhang.vcb").post("/api/v1/tips/scam-check/publications", account));
        assertThat(held.get("basis").asString()).isEqualTo("BANK_HOLD");
        assertThat(as("nganhang.vcb").post("/api/v1/tips/scam-check/withdrawals",
                "{\"type\":\"BANK_ACCOUNT\",\"value\":\"VCB 0011 " + p + "\",\"reason\":\"nhầm\"}").statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from indicator_publications where normalized like :n")
                .param("n", "%" + p).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void retriesAreIdempotentAndAReviewIsClosedOnce() {
        String key = UUID.randomUUID().toString();
        var first = as("dieutra").post("/api/v1/tips/scam-check/publications", publish("0" + p), key);
        var again = as("dieutra").post("/api/v1/tips/scam-check/publications", publish("0" + p), key);
        ok(first);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(as("dieutra").post("/api/v1/tips/scam-check/publications", publish("0" + newOther()), key)
                .statusCode()).isEqualTo(409);
        assertThat(audited("PUBLISH", "PHONE:+84" + p)).isEqualTo(1);

        String reviewKey = UUID.randomUUID().toString();
        String body = "{\"type\":\"PHONE\",\"value\":\"0" + p + "\",\"reason\":\"Số của tôi\"}";
        String review = ok(HttpApi.at(httpPort).post("/api/v1/public/scam-check/reviews", body, reviewKey)).get("reviewId").asString();
        assertThat(ok(HttpApi.at(httpPort).post("/api/v1/public/scam-check/reviews", body, reviewKey)).get("reviewId").asString())
                .isEqualTo(review);

        String keep = "{\"note\":\"Đã xác minh: số này lừa đảo\"}";
        JsonNode kept = ok(as("dieutra").post("/api/v1/tips/scam-check/reviews/" + review + ":keep", keep));
        assertThat(kept.get("state").asString()).isEqualTo("KEPT");
        assertThat(kept.get("closedBy").asString()).isEqualTo("dieutra");
        assertThat(ok(as("dieutra").post("/api/v1/tips/scam-check/reviews/" + review + ":keep", keep)).get("state").asString())
                .isEqualTo("KEPT");
        // closed already: a state the request does not fit (FAILED_PRECONDITION)
        assertThat(as("dieutra").post("/api/v1/tips/scam-check/reviews/" + review + ":keep", "{\"note\":\"khác\"}").statusCode())
                .isEqualTo(400);
        assertThat(audited("KEEP", review)).isEqualTo(1);
        assertThat(as("dieutra").post("/api/v1/tips/scam-check/reviews/" + UUID.randomUUID() + ":keep", keep).statusCode())
                .isEqualTo(404);
    }

    String newOther() {
        return "98" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }
}
