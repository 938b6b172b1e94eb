package vn.lachan.tip.publictips.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.util.JsonFormat;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.tip.intake.api.TipApiTest;
import vn.lachan.tip.publictips.domain.TrackingCode;
import vn.lachan.tip.v1.Channel;
import vn.lachan.tip.v1.CreateTipRequest;
import vn.lachan.tip.v1.DecideTipRequest;
import vn.lachan.tip.v1.GetPublicTipRequest;
import vn.lachan.tip.v1.GetTipRequest;
import vn.lachan.tip.v1.Indicator;
import vn.lachan.tip.v1.LinkedTip;
import vn.lachan.tip.v1.ListTipMessagesResponse;
import vn.lachan.tip.v1.NonProsecutionGround;
import vn.lachan.tip.v1.NotProsecute;
import vn.lachan.tip.v1.PublicTipServiceGrpc;
import vn.lachan.tip.v1.PublicTipView;
import vn.lachan.tip.v1.SubmitPublicTipResponse;
import vn.lachan.tip.v1.Tip;
import vn.lachan.tip.v1.TipDecisionServiceGrpc;
import vn.lachan.tip.v1.TipServiceGrpc;
import vn.lachan.tip.v1.TipStatus;
import vn.lachan.tip.v1.Tipster;
import vn.lachan.tip.v1.TipsterMessage;

/**
 * Citizens' public tips end to end, without a token: filed anonymously, followed with code and secret over REST and
 * gRPC, nobody else let in, a thread with the police, and nothing about the tipster's connection kept. Real Keycloak
 * for the officers, real PostgreSQL and Redis.
 */
@RealInfrastructure(database = "lachan_tip", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=public-tip-test"})
public class PublicTipApiTest {

    @LocalServerPort
    int httpPort;
    @LocalGrpcPort
    int grpcPort;
    @Autowired
    JdbcClient jdbc;

    ManagedChannel channel;
    Citizen citizen;

    public static String token(String user) {
        return RealInfrastructure.Extension.tokens().userToken(user);
    }

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress("localhost", grpcPort).usePlaintext().build();
        citizen = new Citizen(httpPort);
    }

    @AfterEach
    void disconnect() {
        channel.shutdownNow();
    }

    /** A mobile number no other test uses: its nine significant digits. */
    public static String newPhone() {
        return "38" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)); // 038: assigned to Viettel
    }

    public static String anonymousTip(String narrative, String phone) {
        return """
                {"modusOperandi":"IMPERSONATE_AUTHORITY","narrative":"%s","loss":{"dong":"12000000"},
                 "indicators":[{"type":"PHONE","value":"%s"}]}""".formatted(narrative, phone);
    }

    public static String anonymousTip() {
        return anonymousTip("Có người gọi giả danh công an bắt chuyển 12 triệu " + UUID.randomUUID(), "0" + newPhone());
    }

    UUID tipIdOf(String trackingCode) {
        return jdbc.sql("select tip_id from public_tips where tracking_code = :c").param("c", trackingCode)
                .query(UUID.class).single();
    }

    HttpApi as(String user) {
        return HttpApi.at(httpPort).as(token(user));
    }

    @Test
    void anAnonymousWebTipNeedsNoTokenAndAnswersACodeAndASecretThatIsNotStored() {
        SubmitPublicTipResponse receipt = citizen.submitted(anonymousTip());

        assertThat(receipt.getTrackingCode()).matches("LC-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
        assertThat(receipt.getSecret()).matches("([A-Z2-7]{4}-){7}[A-Z2-7]{4}");
        assertThat(receipt.getAnonymous()).isTrue();
        assertThat(receipt.getSecretAlreadyShown()).isFalse();
        assertThat(receipt.getDecisionDue()).isNotBlank();

        var tip = jdbc.sql("select channel, source_kind, receiving_unit, created_by from tips where id = :id")
                .param("id", tipIdOf(receipt.getTrackingCode())).query().singleRow();
        assertThat(tip).containsEntry("channel", "WEB_PORTAL").containsEntry("source_kind", "DENUNCIATION")
                .containsEntry("receiving_unit", "cong-an-tinh").containsEntry("created_by", "cong-dan");
        String stored = jdbc.sql("select row_to_json(p)::text from public_tips p where tracking_code = :c")
                .param("c", receipt.getTrackingCode()).query(String.class).single();
        assertThat(stored).doesNotContain(receipt.getSecret(), receipt.getSecret().replace("-", ""));
    }

    @Test
    void theTipsterFollowsTheTipWithCodeAndSecretOverRestAndOverGrpc() {
        SubmitPublicTipResponse receipt = citizen.submitted(anonymousTip());

        PublicTipView overRest = citizen.followed(receipt.getTrackingCode(), receipt.getSecret());
        assertThat(overRest.getTrackingCode()).isEqualTo(receipt.getTrackingCode());
        assertThat(overRest.getStatus()).isEqualTo(TipStatus.RECEIVED);
        assertThat(overRest.getDecisionDue()).isEqualTo(receipt.getDecisionDue());
        assertThat(overRest.hasOutcome()).isFalse();
        assertThat(overRest.getMessagesList()).isEmpty();
        // however the citizen types them
        assertThat(citizen.followed(receipt.getTrackingCode().toLowerCase().replace("-", ""),
                receipt.getSecret().toLowerCase().replace("-", " "))).isEqualTo(overRest);

        PublicTipView overGrpc = PublicTipServiceGrpc.newBlockingStub(channel)
                .withInterceptors(Citizen.secret(receipt.getSecret()))
                .getPublicTip(GetPublicTipRequest.newBuilder().setTrackingCode(receipt.getTrackingCode()).build());
        assertThat(overGrpc).isEqualTo(overRest);
    }

    @Test
    void aWrongSecretAnotherTipsSecretAndAnUnknownCodeAreAllTheSameNotFound() {
        SubmitPublicTipResponse mine = citizen.submitted(anonymousTip());
        SubmitPublicTipResponse other = citizen.submitted(anonymousTip());
        String unknown = TrackingCode.generate().value();

        var wrong = citizen.follow(mine.getTrackingCode(), "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH");
        var othersSecret = citizen.follow(mine.getTrackingCode(), other.getSecret());
        var noSuchCode = citizen.follow(unknown, mine.getSecret());
        for (var answer : List.of(wrong, othersSecret, noSuchCode)) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
        }
        assertThat(detail(wrong.body(), mine.getTrackingCode())).isEqualTo(detail(noSuchCode.body(), unknown))
                .isEqualTo(detail(othersSecret.body(), mine.getTrackingCode()));

        var stub = PublicTipServiceGrpc.newBlockingStub(channel);
        var overGrpc = catchThrowableOfType(StatusRuntimeException.class, () -> stub.withInterceptors(
                        Citizen.secret(other.getSecret()))
                .getPublicTip(GetPublicTipRequest.newBuilder().setTrackingCode(mine.getTrackingCode()).build()));
        var unknownOverGrpc = catchThrowableOfType(StatusRuntimeException.class, () -> stub.withInterceptors(
                        Citizen.secret(mine.getSecret()))
                .getPublicTip(GetPublicTipRequest.newBuilder().setTrackingCode(unknown).build()));
        assertThat(overGrpc.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(overGrpc.getStatus().getDescription().replace(mine.getTrackingCode(), "CODE"))
                .isEqualTo(unknownOverGrpc.getStatus().getDescription().replace(unknown, "CODE"));

        var noSecret = citizen.follow(mine.getTrackingCode(), null);
        assertThat(noSecret.statusCode()).isEqualTo(400);
        assertThat(noSecret.body()).contains("\"field\":\"X-Tip-Secret\"");
        var malformed = citizen.follow("LC-1234", mine.getSecret());
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"field\":\"tracking_code\"", "LC-XXXX-XXXX");
    }

    public static String detail(String problem, String trackingCode) {
        return problem.replace(trackingCode, "CODE").replaceAll("\"requestId\":\"[^\"]*\"", "");
    }

    @Test
    void wrongSecretsNeverLockTheTipsterOutAndLeaveNoTrace() {
        SubmitPublicTipResponse receipt = citizen.submitted(anonymousTip());
        String code = receipt.getTrackingCode();
        String wrong = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH";
        String before = jdbc.sql("select row_to_json(p)::text from public_tips p where tracking_code = :c")
                .param("c", code).query(String.class).single();

        // whoever learnt the code guesses on and on: the tipster still gets in, and the row is unchanged
        for (int i = 0; i < 25; i++) {
            assertThat(citizen.follow(code, wrong).statusCode()).isEqualTo(404);
        }
        citizen.followed(code, receipt.getSecret());
        assertThat(jdbc.sql("select row_to_json(p)::text from public_tips p where tracking_code = :c")
                .param("c", code).query(String.class).single()).isEqualTo(before);
        // a known code with a wrong secret and an unknown code answer alike
        assertThat(detail(citizen.follow(code, wrong).body(), code))
                .isEqualTo(detail(citizen.follow("LC-2222-3333", wrong).body(), "LC-2222-3333"));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWith415AndNothingIsStored() throws Exception {
        long tips = jdbc.sql("select count(*) from tips").query(Long.class).single();
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "text/plain; charset=utf-8"}) {
            var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + httpPort + "/api/v1/public/tips"))
                    .header("Content-Type", type)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(anonymousTip())).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(type + ": " + answer.body()).isEqualTo(415);
            assertThat(answer.body()).contains("application/json");
        }
        assertThat(jdbc.sql("select count(*) from tips").query(Long.class).single()).isEqualTo(tips);
    }

    @Test
    void theTipsterAndTheOfficerExchangeMessagesAndTheTipsterNeverLearnsTheOfficersName() throws Exception {
        SubmitPublicTipResponse receipt = citizen.submitted(anonymousTip());
        String code = receipt.getTrackingCode();
        UUID tipId = tipIdOf(code);
        String key = UUID.randomUUID().toString();

        var added = citizen.addMessage(code, receipt.getSecret(), "Họ gọi lại từ số khác, 0281234567", key);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        var retried = citizen.addMessage(code, receipt.getSecret(), "Họ gọi lại từ số khác, 0281234567", key);
        assertThat(retried.body()).isEqualTo(added.body());
        assertThat(citizen.addMessage(code, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "x", null).statusCode())
                .isEqualTo(404);

        var listed = as("tiepnhan").get("/api/v1/tips/" + tipId + "/messages");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        ListTipMessagesResponse thread = Citizen.parse(listed, ListTipMessagesResponse.newBuilder());
        assertThat(thread.getTrackingCode()).isEqualTo(code);
        assertThat(thread.getMessagesList()).singleElement().satisfies(m -> {
            assertThat(m.getAuthor()).isEqualTo(TipsterMessage.Author.TIPSTER);
            assertThat(m.getText()).isEqualTo("Họ gọi lại từ số khác, 0281234567");
            assertThat(m.getOfficer()).isEmpty();
        });

        var replied = as("tiepnhan").post("/api/v1/tips/" + tipId + "/messages",
                "{\"text\":\"Cảm ơn anh/chị, chúng tôi đang xác minh.\"}");
        assertThat(replied.statusCode()).as(replied.body()).isEqualTo(200);
        TipsterMessage reply = Citizen.parse(replied, TipsterMessage.newBuilder());
        assertThat(reply.getAuthor()).isEqualTo(TipsterMessage.Author.OFFICER);
        assertThat(reply.getOfficer()).isEqualTo("tiepnhan");

        var seen = citizen.follow(code, receipt.getSecret());
        PublicTipView view = Citizen.parse(seen, PublicTipView.newBuilder());
        assertThat(view.getMessagesList()).extracting(TipsterMessage::getAuthor)
                .containsExactly(TipsterMessage.Author.TIPSTER, TipsterMessage.Author.OFFICER);
        assertThat(view.getMessages(1).getText()).isEqualTo("Cảm ơn anh/chị, chúng tôi đang xác minh.");
        assertThat(seen.body()).doesNotContain("tiepnhan", "cong-an-tinh");

        assertThat(jdbc.sql("select action from audit_log where record_id = :id and actor = 'tiepnhan'")
                .param("id", tipId.toString()).query(String.class).list()).contains("READ", "MESSAGE");
        assertThat(as("baocao.caolanh").get("/api/v1/tips/" + tipId + "/messages").statusCode()).isEqualTo(403);
        assertThat(as("kiemtoan").post("/api/v1/tips/" + tipId + "/messages", "{\"text\":\"x\"}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aTipFiledByTheOfficersThemselvesHasNoThreadToReplyTo() {
        Tip hotline = TipServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(token("tiepnhan")))
                .createTip(CreateTipRequest.newBuilder().setTip(TipApiTest.hotlineTip()).build());
        var listed = as("tiepnhan").get("/api/v1/tips/" + hotline.getId() + "/messages");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(Citizen.<ListTipMessagesResponse>parse(listed, ListTipMessagesResponse.newBuilder())
                .getMessagesList()).isEmpty();
        var reply = as("tiepnhan").post("/api/v1/tips/" + hotline.getId() + "/messages", "{\"text\":\"x\"}");
        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains("public portal");
        assertThat(as("tiepnhan").get("/api/v1/tips/" + hotline.getId() + "/tipster").statusCode()).isEqualTo(404);
    }

    @Test
    void theOfficersViewOfAnAnonymousTipHoldsNoReporterData() throws Exception {
        SubmitPublicTipResponse receipt = citizen.submitted(anonymousTip());
        UUID tipId = tipIdOf(receipt.getTrackingCode());

        var tip = as("dieutra").get("/api/v1/tips/" + tipId);
        assertThat(tip.statusCode()).as(tip.body()).isEqualTo(200);
        Tip.Builder read = Tip.newBuilder();
        JsonFormat.parser().merge(tip.body(), read);
        assertThat(read.getChannel()).isEqualTo(Channel.WEB_PORTAL);
        assertThat(read.getAudit().getCreatedBy()).isEqualTo("cong-dan");

        for (String officer : List.of("tiepnhan", "dieutra")) {
            var answer = as(officer).get("/api/v1/tips/" + tipId + "/tipster");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            Tipster tipster = Citizen.parse(answer, Tipster.newBuilder());
            assertThat(tipster.getAnonymous()).isTrue();
            assertThat(tipster.hasReporter()).isFalse();
            assertThat(tipster.hasVictim()).isFalse();
            assertThat(tipster.getContactWithheld()).isFalse();
            assertThat(tipster.getTrackingCode()).isEqualTo(receipt.getTrackingCode());
        }
        assertThat(jdbc.sql("""
                select count(*) from public_tips where tip_id = :id and anonymous and reporter_name is null
                    and reporter_phone is null and reporter_email is null""")
                .param("id", tipId).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aNamedTipstersContactIsShownOnlyToInvestigatorsAndEveryReadIsAudited() {
        String p = newPhone();
        SubmitPublicTipResponse receipt = citizen.submitted("""
                {"reporter":{"name":"Trần Thị Bình","phone":"0%s","email":"Binh@Vi-Du.VN"},
                 "narrative":"Tôi bị lừa mua hàng qua mạng","loss":{"dong":"3500000"}}""".formatted(p));
        assertThat(receipt.getAnonymous()).isFalse();
        assertThat(receipt.getSecret()).isNotEmpty(); // to follow it without an account
        UUID tipId = tipIdOf(receipt.getTrackingCode());

        var intake = as("tiepnhan").get("/api/v1/tips/" + tipId + "/tipster");
        Tipster withheld = Citizen.parse(intake, Tipster.newBuilder());
        assertThat(withheld.getContactWithheld()).isTrue();
        assertThat(withheld.hasReporter()).isFalse();
        assertThat(intake.body()).doesNotContain("Bình", p);

        Tipster shown = Citizen.parse(as("dieutra").get("/api/v1/tips/" + tipId + "/tipster"), Tipster.newBuilder());
        assertThat(shown.getContactWithheld()).isFalse();
        assertThat(shown.getReporter().getName()).isEqualTo("Trần Thị Bình");
        assertThat(shown.getReporter().getPhone()).isEqualTo("+84" + p);
        assertThat(shown.getReporter().getEmail()).isEqualTo("binh@vi-du.vn");
        assertThat(jdbc.sql("""
                select array_to_string(fields, ',') from audit_log
                where record_id = :id and action = 'READ' and actor = 'dieutra'""")
                .param("id", tipId.toString()).query(String.class).list()).contains("reporter,victim");
        assertThat(jdbc.sql("select count(*) from audit_log where record_id = :id and actor = 'tiepnhan'")
                .param("id", tipId.toString()).query(Long.class).single()).isZero();
    }

    @Test
    void aPublicTipNamingAHotlineTipsPhoneInAnotherNotationIsLinkedToIt() {
        String p = newPhone();
        Tip hotline = TipServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(token("tiepnhan")))
                .createTip(CreateTipRequest.newBuilder().setTip(TipApiTest.hotlineTip().addIndicators(Indicator.newBuilder()
                        .setType(Indicator.Type.PHONE).setValue("0" + p.substring(0, 3) + " " + p.substring(3)))).build());
        SubmitPublicTipResponse receipt = citizen.submitted(anonymousTip("Cùng số điện thoại lừa đảo",
                "+84 " + p.substring(0, 3) + "-" + p.substring(3, 6) + "-" + p.substring(6)));
        UUID publicTip = tipIdOf(receipt.getTrackingCode());

        Tip read = TipServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(token("tiepnhan")))
                .getTip(GetTipRequest.newBuilder().setId(hotline.getId()).build());
        assertThat(read.getLinkedTipsList()).extracting(LinkedTip::getTipId).containsExactly(publicTip.toString());
        assertThat(read.getLinkedTips(0).getSharedIndicatorsList()).containsExactly("+84" + p);

        // two mentions, undecided: the public check tells nothing of them
        var check = HttpApi.at(httpPort).get("/api/v1/public/scam-check?type=PHONE&value=0" + p);
        assertThat(check.body()).contains("\"status\": \"NOT_FOUND\"").doesNotContain("reportCount");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void nothingAboutTheTipstersConnectionOrBrowserIsStoredOrLogged(CapturedOutput logs) {
        String marker = "marker-" + UUID.randomUUID();
        String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        String narrative = "Tin báo " + UUID.randomUUID();
        var answer = citizen.submit(anonymousTip(narrative, "0" + newPhone()), null, Map.of(
                "User-Agent", "Mozilla/5.0 " + marker,
                "X-Forwarded-For", address,
                "X-Real-IP", address,
                "Forwarded", "for=" + address));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        SubmitPublicTipResponse receipt = Citizen.parse(answer, SubmitPublicTipResponse.newBuilder());
        citizen.addMessage(receipt.getTrackingCode(), receipt.getSecret(), "Thêm thông tin", null);
        citizen.followed(receipt.getTrackingCode(), receipt.getSecret());

        assertThat(jdbc.sql("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = current_schema()
                  and column_name ~ '(^|_)(ip|ips|addr|address|remote|user_agent|agent|browser|fingerprint|device|forwarded|client|session|cookie)(_|$)'""")
                .query(String.class).list()).isEmpty();
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'""").query(String.class).list();
        assertThat(tables).contains("tips", "public_tips", "tip_messages", "tip_indicators", "audit_log");
        assertThat(logs.getAll()).doesNotContain(marker, address, receipt.getSecret());
        // the search finds what is stored: the narrative is
        assertThat(jdbc.sql("select count(*) from tips x where row_to_json(x)::text like :m")
                .param("m", "%" + narrative + "%").query(Long.class).single()).isEqualTo(1L);
        for (String table : tables) {
            for (String trace : List.of(marker, address)) {
                assertThat(jdbc.sql("select count(*) from " + table + " x where row_to_json(x)::text like :m")
                        .param("m", "%" + trace + "%").query(Long.class).single()).as(table + " holds " + trace).isZero();
            }
        }
    }

    @Test
    void aRetriedSubmissionAnswersTheSameCodeAndSaysTheSecretWasShownAlready() {
        String key = UUID.randomUUID().toString();
        String body = anonymousTip();
        var first = citizen.submit(body, key, Map.of());
        var second = citizen.submit(body, key, Map.of());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        SubmitPublicTipResponse firstReceipt = Citizen.parse(first, SubmitPublicTipResponse.newBuilder());
        SubmitPublicTipResponse again = Citizen.parse(second, SubmitPublicTipResponse.newBuilder());

        assertThat(again.getTrackingCode()).isEqualTo(firstReceipt.getTrackingCode());
        assertThat(again.getSecret()).isEmpty();
        assertThat(again.getSecretAlreadyShown()).isTrue();
        assertThat(again.getReceivedAt()).isEqualTo(firstReceipt.getReceivedAt());
        assertThat(jdbc.sql("select count(*) from tips where narrative = (select narrative from tips where id = :t)")
                .param("t", tipIdOf(firstReceipt.getTrackingCode())).query(Long.class).single()).isEqualTo(1L);
        citizen.followed(firstReceipt.getTrackingCode(), firstReceipt.getSecret());

        long tips = jdbc.sql("select count(*) from tips").query(Long.class).single();
        var reused = citizen.submit(anonymousTip(), key, Map.of());
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(reused.body()).contains("Idempotency-Key", "đã được dùng cho một yêu cầu khác",
                "already used for a different request");
        var squat = citizen.submit(anonymousTip(), "lachan:public-tip", Map.of());
        assertThat(squat.statusCode()).isEqualTo(400);
        assertThat(squat.body()).contains("\"field\":\"Idempotency-Key\"", "RESERVED");
        assertThat(jdbc.sql("select count(*) from tips").query(Long.class).single()).isEqualTo(tips);
    }

    @Test
    void aTipstersKeyIsTheirTipsOwnAndAnOfficersReplyKeyTheOfficersOwn() {
        SubmitPublicTipResponse mine = citizen.submitted(anonymousTip());
        SubmitPublicTipResponse theirs = citizen.submitted(anonymousTip());
        String key = "1"; // a careless client's key, used on two tips
        var added = citizen.addMessage(mine.getTrackingCode(), mine.getSecret(), "Số tài khoản 0123456789", key);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        var reused = citizen.addMessage(mine.getTrackingCode(), mine.getSecret(), "Số tài khoản khác", key);
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(reused.body()).contains("Idempotency-Key", "đã được dùng cho một yêu cầu khác");
        // without the secret nothing is answered, replayed or refused for the key
        assertThat(citizen.addMessage(mine.getTrackingCode(), "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH",
                "Số tài khoản 0123456789", key).statusCode()).isEqualTo(404);
        var othersMessage = citizen.addMessage(theirs.getTrackingCode(), theirs.getSecret(), "Số tài khoản 0123456789", key);
        assertThat(othersMessage.statusCode()).as(othersMessage.body()).isEqualTo(200);
        var squat = citizen.addMessage(mine.getTrackingCode(), mine.getSecret(), "x", "lachan:tip:message");
        assertThat(squat.statusCode()).isEqualTo(400);
        assertThat(squat.body()).contains("\"field\":\"Idempotency-Key\"", "RESERVED");
        UUID myTip = tipIdOf(mine.getTrackingCode());
        assertThat(messages(myTip)).isEqualTo(1L);
        assertThat(messages(tipIdOf(theirs.getTrackingCode()))).isEqualTo(1L);

        String path = "/api/v1/tips/" + myTip + "/messages";
        var replied = as("tiepnhan").post(path, "{\"text\":\"Chúng tôi đã nhận.\"}", key);
        var retried = as("tiepnhan").post(path, "{\"text\":\"Chúng tôi đã nhận.\"}", key);
        assertThat(replied.statusCode()).as(replied.body()).isEqualTo(200);
        assertThat(retried.body()).isEqualTo(replied.body());
        var otherText = as("tiepnhan").post(path, "{\"text\":\"Chúng tôi đang xác minh.\"}", key);
        assertThat(otherText.statusCode()).isEqualTo(409);
        var investigators = as("dieutra").post(path, "{\"text\":\"Chúng tôi đã nhận.\"}", key);
        assertThat(investigators.statusCode()).as(investigators.body()).isEqualTo(200);
        assertThat(Citizen.<TipsterMessage>parse(investigators, TipsterMessage.newBuilder()).getOfficer())
                .isEqualTo("dieutra");
        assertThat(as("tiepnhan").post(path, "{\"text\":\"x\"}", "LACHAN:reply").statusCode()).isEqualTo(400);
        assertThat(messages(myTip)).isEqualTo(3L);
    }

    long messages(UUID tipId) {
        return jdbc.sql("select count(*) from tip_messages where tip_id = :t").param("t", tipId)
                .query(Long.class).single();
    }

    @Test
    void invalidFieldsAreFieldErrorsUnderTheRequestsOwnNamesAndNothingIsStored() {
        long before = jdbc.sql("select count(*) from tips").query(Long.class).single();
        var answer = citizen.submit("""
                {"reporter":{"phone":"abc"},"modusOperandi":"CARRIER_PIGEON","narrative":"%s","loss":{"dong":"-1"},
                 "indicators":[{"type":"URL","value":"not a url"}]}""".formatted("x".repeat(10_001)), null, Map.of());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"narrative\"", "\"field\":\"reporter.phone\"",
                "\"field\":\"modus_operandi\"", "\"field\":\"loss.dong\"", "\"field\":\"indicators[0].value\"",
                "10000");
        var unknownField = citizen.submit("{\"narrative\":\"x\",\"ipAddress\":\"1.2.3.4\"}", null, Map.of());
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(unknownField.body()).contains("UNKNOWN_FIELD");
        assertThat(jdbc.sql("select count(*) from tips").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theTipsterLearnsTheDecisionAndTheReasonsRecordedForThem() {
        SubmitPublicTipResponse receipt = citizen.submitted(anonymousTip());
        UUID tipId = tipIdOf(receipt.getTrackingCode());
        TipDecisionServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(token("lanhdao.congan")))
                .decideTip(DecideTipRequest.newBuilder().setId(tipId.toString()).setNotProsecute(NotProsecute.newBuilder()
                        .setGround(NonProsecutionGround.NOT_A_CRIME)
                        .setReasons("Giao dịch là tranh chấp dân sự, không có dấu hiệu tội phạm.")).build());

        var seen = citizen.follow(receipt.getTrackingCode(), receipt.getSecret());
        PublicTipView view = Citizen.parse(seen, PublicTipView.newBuilder());
        assertThat(view.getStatus()).isEqualTo(TipStatus.NOT_PROSECUTED);
        assertThat(view.getOutcome().getStatus()).isEqualTo(TipStatus.NOT_PROSECUTED);
        assertThat(view.getOutcome().getReasons()).isEqualTo("Giao dịch là tranh chấp dân sự, không có dấu hiệu tội phạm.");
        assertThat(view.getOutcome().getGroundLabelVi()).isNotBlank();
        assertThat(view.getOutcome().getGroundLabelEn()).isNotBlank();
        assertThat(view.getOutcome().getDecidedOn()).isNotBlank();
        assertThat(seen.body()).doesNotContain("lanhdao");
    }
}
