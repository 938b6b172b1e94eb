package vn.lachan.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import com.google.rpc.BadRequest;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;
import vn.lachan.common.v1.Money;
import vn.lachan.cases.v1.Acknowledge;
import vn.lachan.cases.v1.CaseServiceGrpc;
import vn.lachan.cases.v1.CreateFreezeRequestRequest;
import vn.lachan.cases.v1.ClockState;
import vn.lachan.cases.v1.FreezeRequest;
import vn.lachan.cases.v1.FreezeRequestServiceGrpc;
import vn.lachan.cases.v1.FreezeStatus;
import vn.lachan.cases.v1.GetFreezeRequestRequest;
import vn.lachan.cases.v1.Hold;
import vn.lachan.cases.v1.ListFreezeRequestsRequest;
import vn.lachan.cases.v1.ListFreezeRequestsResponse;
import vn.lachan.cases.v1.RespondToFreezeRequestRequest;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.MovableClock;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * Freeze requests between the police and the banks, end to end in case-service with the realm's tokens (LocalIssuer):
 * the investigator {@code dieutra} (PA05) sends, the Vietcombank officer {@code nganhang.vcb} and the bank's
 * system (client {@code integration-bank-vcb}) answer, and nobody sees another bank's requests.
 */
@RealInfrastructure(database = "lachan_case", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0",
                "spring.grpc.server.inprocess.name=freeze-request-api-test"})
class FreezeRequestApiTest {

    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();
    static final String VCB = "vcb-dong-thap";
    static final String BIDV = "bidv-dong-thap";
    static final String REQUESTS = "/api/v1/cases/freeze-requests";

    /** The service's clock: real time, moved forward by the tests that need hours to pass. */
    static final MovableClock CLOCK = new MovableClock();

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @LocalServerPort
    int httpPort;
    @LocalGrpcPort
    int grpcPort;
    @Autowired
    JdbcClient jdbc;
    ManagedChannel channel;

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress("localhost", grpcPort).usePlaintext().build();
    }

    @AfterEach
    void disconnect() {
        channel.shutdownNow();
    }

    static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    record Token(String value, Instant fetched) {
    }

    /**
     * A user's token, fetched at most once a minute (tokens live 300 s): Keycloak's brute-force protection takes
     * logins of one user that follow each other too closely for concurrent ones and refuses them.
     */
    static String token(String user) {
        return TOKENS.compute(user, (u, known) -> known != null && known.fetched().isAfter(Instant.now().minusSeconds(60))
                ? known : new Token(issuer.userToken(u), Instant.now())).value();
    }

    HttpApi as(String user) {
        return HttpApi.at(httpPort).as(token(user));
    }

    FreezeRequestServiceGrpc.FreezeRequestServiceBlockingStub grpcAs(String accessToken) {
        return FreezeRequestServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(accessToken));
    }

    /** A case opened by the investigator; its id. */
    String openedCase() {
        return CaseServiceGrpc.newBlockingStub(channel)
                .withInterceptors(Bearer.token(token("dieutra")))
                .openCase(CaseApiTest.open(CaseApiTest.fraudCase())).getId();
    }

    static FreezeRequest.Builder toBank(String bank) {
        return FreezeRequest.newBuilder()
                .setBank(bank)
                .setAccountNumber("0071000123456")
                .setAccountHolder("TRAN THI B")
                .setAmountRequested(Money.newBuilder().setDong(450_000_000))
                .setLayer(1)
                .setReason("Nhận 450.000.000 đ của bị hại lúc 07:40 ngày 03/03/2026");
    }

    /** Sends a request over REST as {@code dieutra}; the request as answered. */
    FreezeRequest sent(String caseId, FreezeRequest.Builder request) throws Exception {
        var answer = as("dieutra").post("/api/v1/cases/" + caseId + "/freeze-requests", json(request));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return parse(answer, FreezeRequest.newBuilder()).build();
    }

    static String json(Message.Builder message) throws Exception {
        return JsonFormat.printer().print(message);
    }

    static <B extends Message.Builder> B parse(HttpResponse<String> answer, B builder) throws Exception {
        JsonFormat.parser().merge(answer.body(), builder);
        return builder;
    }

    List<String> audit(String id, String action, String column) {
        return jdbc.sql("select " + column + " from audit_log where record_type = 'freeze_request' and record_id = :id"
                        + " and action = :action order by id")
                .param("id", id).param("action", action).query(String.class).list();
    }

    long stored() {
        return jdbc.sql("select count(*) from freeze_requests").query(Long.class).single();
    }

    static String withoutIds(HttpResponse<String> answer, String recordId) {
        return CaseAccessApiTest.withoutIds(answer, recordId);
    }

    @Test
    void aBankSeesAndListsOnlyTheRequestsAddressedToIt() throws Exception {
        String caseId = openedCase();
        FreezeRequest vcb = sent(caseId, toBank(VCB));
        FreezeRequest bidv = sent(caseId, toBank(BIDV).setAccountNumber("21510000987654"));
        assertThat(vcb.getStatus()).isEqualTo(FreezeStatus.REQUESTED);
        assertThat(vcb.getCaseId()).isEqualTo(caseId);
        assertThat(vcb.getAudit().getCreatedBy()).isEqualTo("dieutra");
        HttpApi bank = as("nganhang.vcb");

        var own = bank.get(REQUESTS + "/" + vcb.getId());
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(own.body()).contains("\"accountHolder\": \"TRAN THI B\"", "\"accountNumber\": \"0071000123456\"");

        // another bank's request looks exactly like a missing one
        var other = bank.get(REQUESTS + "/" + bidv.getId());
        assertThat(other.statusCode()).isEqualTo(404);
        String missingId = UUID.randomUUID().toString();
        assertThat(withoutIds(other, bidv.getId())).isEqualTo(withoutIds(bank.get(REQUESTS + "/" + missingId), missingId));

        var list = parse(bank.get(REQUESTS + "?caseId=" + caseId), ListFreezeRequestsResponse.newBuilder());
        assertThat(list.getFreezeRequestsList()).extracting(FreezeRequest::getId).containsExactly(vcb.getId());
        var all = parse(bank.get(REQUESTS + "?pageSize=200"), ListFreezeRequestsResponse.newBuilder());
        assertThat(all.getFreezeRequestsList()).isNotEmpty().allSatisfy(r -> assertThat(r.getBank()).isEqualTo(VCB));
        // asking for another bank's list gives nothing of that bank
        var asked = bank.get(REQUESTS + "?bank=" + BIDV + "&caseId=" + caseId);
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(parse(asked, ListFreezeRequestsResponse.newBuilder()).getFreezeRequestsList()).isEmpty();

        // the police see both, filtered by bank and status as asked
        var police = parse(as("dieutra").get(REQUESTS + "?caseId=" + caseId), ListFreezeRequestsResponse.newBuilder());
        assertThat(police.getFreezeRequestsList()).extracting(FreezeRequest::getId)
                .containsExactly(bidv.getId(), vcb.getId());
        var bidvOnly = parse(as("lanhdao.congan").get(REQUESTS + "?caseId=" + caseId + "&bank=" + BIDV
                + "&status=REQUESTED"), ListFreezeRequestsResponse.newBuilder());
        assertThat(bidvOnly.getFreezeRequestsList()).extracting(FreezeRequest::getId).containsExactly(bidv.getId());

        // every shown request is audited with the personal fields it showed
        assertThat(audit(vcb.getId(), "READ", "actor")).containsExactly("nganhang.vcb", "nganhang.vcb", "nganhang.vcb",
                "dieutra");
        assertThat(audit(bidv.getId(), "READ", "actor")).containsExactly("dieutra", "lanhdao.congan");
        assertThat(audit(vcb.getId(), "READ", "array_to_string(fields, ',')")).containsOnly("account_holder,account_number");
        assertThat(audit(vcb.getId(), "CREATE", "actor_unit")).containsExactly("cong-an-tinh-pa05");
    }

    @Test
    void theBanksClocksRunFromTheRequestAndAMissedOneListsTheRequestAsOverdueUntilAnswered() throws Exception {
        FreezeRequest vcb = sent(openedCase(), toBank(VCB));
        java.time.Instant requested = ProtoTime.instant(true, vcb.getRequestedAt());
        assertThat(vcb.getAcknowledgeClock().getState()).isEqualTo(ClockState.CLOCK_RUNNING);
        assertThat(ProtoTime.instant(true, vcb.getAcknowledgeClock().getDue())).isEqualTo(requested.plusSeconds(15 * 60));
        assertThat(ProtoTime.instant(true, vcb.getHoldClock().getDue())).isEqualTo(requested.plusSeconds(2 * 3600));
        String overdueOfVcb = REQUESTS + "?overdue=true&bank=" + VCB + "&pageSize=100";
        HttpApi bank = as("nganhang.vcb");

        CLOCK.advance(Duration.ofMinutes(16));
        var late = parse(bank.get(REQUESTS + "/" + vcb.getId()), FreezeRequest.newBuilder()).build();
        assertThat(late.getAcknowledgeClock().getState()).isEqualTo(ClockState.CLOCK_OVERDUE);
        assertThat(late.getHoldClock().getState()).isEqualTo(ClockState.CLOCK_RUNNING);
        // the police and the bank both see it on the escalation list
        for (HttpApi viewer : List.of(as("dieutra"), bank)) {
            var overdue = parse(viewer.get(overdueOfVcb), ListFreezeRequestsResponse.newBuilder()).build();
            assertThat(overdue.getFreezeRequestsList()).extracting(FreezeRequest::getId).contains(vcb.getId());
        }

        var acknowledged = bank.post(REQUESTS + "/" + vcb.getId() + ":respond", "{\"acknowledge\": {}}");
        FreezeRequest ack = parse(acknowledged, FreezeRequest.newBuilder()).build();
        assertThat(ack.getAcknowledgeClock().getState()).isEqualTo(ClockState.CLOCK_MISSED);
        assertThat(parse(bank.get(overdueOfVcb), ListFreezeRequestsResponse.newBuilder()).build()
                .getFreezeRequestsList()).extracting(FreezeRequest::getId).doesNotContain(vcb.getId());

        // two hours after the request the hold is late: on the list again until the bank holds
        CLOCK.advance(Duration.ofMinutes(105));
        assertThat(parse(bank.get(overdueOfVcb), ListFreezeRequestsResponse.newBuilder()).build()
                .getFreezeRequestsList()).extracting(FreezeRequest::getId).contains(vcb.getId());
        var held = parse(bank.post(REQUESTS + "/" + vcb.getId() + ":respond",
                "{\"hold\": {\"amountHeld\": {\"dong\": \"450000000\"}}}"), FreezeRequest.newBuilder()).build();
        assertThat(held.getHoldClock().getState()).isEqualTo(ClockState.CLOCK_MISSED);
        assertThat(parse(bank.get(overdueOfVcb), ListFreezeRequestsResponse.newBuilder()).build()
                .getFreezeRequestsList()).extracting(FreezeRequest::getId).doesNotContain(vcb.getId());
    }

    @Test
    void theBankAcknowledgesAndHoldsAndTheTimeToHoldIsHours() throws Exception {
        FreezeRequest vcb = sent(openedCase(), toBank(VCB));
        HttpApi bank = as("nganhang.vcb");
        String respond = REQUESTS + "/" + vcb.getId() + ":respond";

        CLOCK.advance(Duration.ofMinutes(20));
        var acknowledged = bank.post(respond, "{\"acknowledge\": {}}");
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
        FreezeRequest ack = parse(acknowledged, FreezeRequest.newBuilder()).build();
        assertThat(ack.getStatus()).isEqualTo(FreezeStatus.ACKNOWLEDGED);
        assertThat(ack.hasAcknowledgedAt()).isTrue();
        assertThat(ack.hasTimeToHold()).isFalse();

        CLOCK.advance(Duration.ofMinutes(70));
        var held = bank.post(respond, "{\"hold\": {\"amountHeld\": {\"dong\": \"380000000\"}}}");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
        FreezeRequest hold = parse(held, FreezeRequest.newBuilder()).build();
        assertThat(hold.getStatus()).isEqualTo(FreezeStatus.HELD);
        assertThat(hold.getAmountHeld().getDong()).isEqualTo(380_000_000L);
        assertThat(hold.getAudit().getUpdatedBy()).isEqualTo("nganhang.vcb");
        // an hour and a half from request to hold (plus the test's own time), in whole seconds: "5400s" in JSON
        assertThat(hold.getTimeToHold().getSeconds()).isBetween(5400L, 5460L);
        assertThat(hold.getTimeToHold().getNanos()).isZero();
        assertThat(hold.getTimeToHold().getSeconds())
                .isEqualTo(hold.getHeldAt().getSeconds() - hold.getRequestedAt().getSeconds()
                        - (hold.getHeldAt().getNanos() < hold.getRequestedAt().getNanos() ? 1 : 0));
        assertThat(held.body()).containsPattern("\"timeToHold\": \"54[0-5][0-9]s\"");

        // the police read the same figure back
        var read = parse(as("dieutra").get(REQUESTS + "/" + vcb.getId()), FreezeRequest.newBuilder()).build();
        assertThat(read.getTimeToHold()).isEqualTo(hold.getTimeToHold());
        assertThat(read.getStatus()).isEqualTo(FreezeStatus.HELD);

        assertThat(audit(vcb.getId(), "RESPOND", "actor")).containsExactly("nganhang.vcb", "nganhang.vcb");
        assertThat(audit(vcb.getId(), "RESPOND", "array_to_string(fields, ',')"))
                .containsExactly("status,acknowledged_at", "status,amount_held,held_at");

        // a held request is final: another answer is a conflict in both languages, and nothing changes
        var again = bank.post(respond, "{\"reject\": {\"reason\": \"nhầm\"}}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("Yêu cầu phong tỏa đã kết thúc", "The freeze request is final (HELD)");
        assertThat(audit(vcb.getId(), "RESPOND", "actor")).hasSize(2);
    }

    @Test
    void theBanksSystemAnswersOverGrpcWithItsClientCredentials() throws Exception {
        String caseId = openedCase();
        FreezeRequest vcb = sent(caseId, toBank(VCB).setLayer(2));
        FreezeRequest bidv = sent(caseId, toBank(BIDV));
        var system = grpcAs(issuer.clientToken("integration-bank-vcb"));

        FreezeRequest held = system.respondToFreezeRequest(RespondToFreezeRequestRequest.newBuilder()
                .setId(vcb.getId())
                .setHold(Hold.newBuilder().setAmountHeld(Money.newBuilder().setDong(0)))
                .build());
        assertThat(held.getStatus()).isEqualTo(FreezeStatus.HELD);
        assertThat(held.getAcknowledgedAt()).isEqualTo(held.getHeldAt());
        assertThat(held.getAmountHeld().getDong()).isZero();
        assertThat(held.hasTimeToHold()).isTrue();
        assertThat(held.getAccountHolder()).isEqualTo("TRAN THI B");
        assertThat(held.getAudit().getUpdatedBy()).isEqualTo("integration-bank-vcb");
        assertThat(audit(vcb.getId(), "RESPOND", "actor_unit")).containsExactly(VCB);

        var listed = system.listFreezeRequests(ListFreezeRequestsRequest.newBuilder().setCaseId(caseId).build());
        assertThat(listed.getFreezeRequestsList()).extracting(FreezeRequest::getId).containsExactly(vcb.getId());
        var toBidv = catchThrowableOfType(StatusRuntimeException.class, () -> system.respondToFreezeRequest(
                RespondToFreezeRequestRequest.newBuilder().setId(bidv.getId())
                        .setAcknowledge(Acknowledge.getDefaultInstance()).build()));
        assertThat(toBidv.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(audit(bidv.getId(), "RESPOND", "actor")).isEmpty();
    }

    @Test
    void onlyTheAddressedBankAnswers() throws Exception {
        FreezeRequest vcb = sent(openedCase(), toBank(VCB));
        String respond = REQUESTS + "/" + vcb.getId() + ":respond";
        // those who see it but are not the bank are refused; those who may not see it do not find it
        for (String user : new String[] {"dieutra", "lanhdao.congan", "kiemsat"}) {
            assertThat(as(user).post(respond, "{\"acknowledge\": {}}").statusCode()).as(user).isEqualTo(403);
        }
        for (String user : new String[] {"tiepnhan", "toaan", "baocao.caolanh", "admin"}) {
            assertThat(as(user).post(respond, "{\"acknowledge\": {}}").statusCode()).as(user).isEqualTo(404);
        }
        assertThat(audit(vcb.getId(), "RESPOND", "actor")).isEmpty();
        assertThat(parse(as("dieutra").get(REQUESTS + "/" + vcb.getId()), FreezeRequest.newBuilder()).getStatus())
                .isEqualTo(FreezeStatus.REQUESTED);
    }

    @Test
    void theBanksAnswerIsCheckedFieldByField() throws Exception {
        FreezeRequest vcb = sent(openedCase(), toBank(VCB));
        HttpApi bank = as("nganhang.vcb");
        String respond = REQUESTS + "/" + vcb.getId() + ":respond";

        var nothing = bank.post(respond, "{}");
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(nothing.body()).contains("\"field\":\"response\"");
        var badHold = bank.post(respond, "{\"hold\": {\"amountHeld\": {\"dong\": \"-5\"}, \"heldAt\": \"2000-01-01T00:00:00Z\"}}");
        assertThat(badHold.statusCode()).isEqualTo(400);
        assertThat(badHold.body()).contains("\"field\":\"hold.amount_held.dong\"", "\"field\":\"hold.held_at\"");
        var noReason = bank.post(respond, "{\"reject\": {}}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reject.reason\"");

        var rejected = bank.post(respond, "{\"reject\": {\"reason\": \"Tài khoản không tồn tại\"}}");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        FreezeRequest answer = parse(rejected, FreezeRequest.newBuilder()).build();
        assertThat(answer.getStatus()).isEqualTo(FreezeStatus.REJECTED);
        assertThat(answer.getRejectionReason()).isEqualTo("Tài khoản không tồn tại");
        assertThat(answer.hasRejectedAt()).isTrue();
        assertThat(answer.hasTimeToHold()).isFalse();
        assertThat(audit(vcb.getId(), "RESPOND", "array_to_string(fields, ',')"))
                .containsExactly("status,rejection_reason,rejected_at");
    }

    @Test
    void theProcuracySeesEveryRequestButNotTheAccountHolder() throws Exception {
        String caseId = openedCase();
        FreezeRequest vcb = sent(caseId, toBank(VCB));
        FreezeRequest bidv = sent(caseId, toBank(BIDV));

        var read = as("kiemsat").get(REQUESTS + "/" + bidv.getId());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        FreezeRequest shown = parse(read, FreezeRequest.newBuilder()).build();
        assertThat(shown.getAccountHolder()).isEmpty();
        assertThat(shown.getAccountNumber()).isEqualTo("0071000123456");
        assertThat(read.body()).doesNotContain("TRAN THI B");
        var list = as("kiemsat").get(REQUESTS + "?caseId=" + caseId);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(vcb.getId(), bidv.getId()).doesNotContain("TRAN THI B");

        // what was shown is what was audited
        assertThat(audit(bidv.getId(), "READ", "array_to_string(fields, ',')"))
                .containsExactly("account_number", "account_number");
    }

    @Test
    void aDistrictUserNeitherSendsNorSeesFreezeRequests() throws Exception {
        String caseId = openedCase();
        FreezeRequest vcb = sent(caseId, toBank(VCB));
        HttpApi district = as("baocao.caolanh");
        long before = stored();

        var send = district.post("/api/v1/cases/" + caseId + "/freeze-requests", json(toBank(VCB)));
        assertThat(send.statusCode()).as(send.body()).isEqualTo(403);
        var read = district.get(REQUESTS + "/" + vcb.getId());
        assertThat(read.statusCode()).isEqualTo(404);
        String missingId = UUID.randomUUID().toString();
        assertThat(withoutIds(read, vcb.getId()))
                .isEqualTo(withoutIds(district.get(REQUESTS + "/" + missingId), missingId));
        assertThat(district.get(REQUESTS).statusCode()).isEqualTo(403);

        var stub = grpcAs(token("baocao.caolanh"));
        var get = catchThrowableOfType(StatusRuntimeException.class,
                () -> stub.getFreezeRequest(GetFreezeRequestRequest.newBuilder().setId(vcb.getId()).build()));
        assertThat(get.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        var list = catchThrowableOfType(StatusRuntimeException.class,
                () -> stub.listFreezeRequests(ListFreezeRequestsRequest.getDefaultInstance()));
        assertThat(list.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);

        assertThat(stored()).isEqualTo(before);
        assertThat(audit(vcb.getId(), "READ", "actor")).doesNotContain("baocao.caolanh");
    }

    @Test
    void onlyPoliceInvestigatorsAndLeadersSendFreezeRequests() throws Exception {
        String caseId = openedCase();
        long before = stored();
        for (String user : new String[] {"tiepnhan", "kiemsat", "toaan", "nganhang.vcb", "kiemtoan", "admin"}) {
            var answer = as(user).post("/api/v1/cases/" + caseId + "/freeze-requests", json(toBank(VCB)));
            assertThat(answer.statusCode()).as(user).isEqualTo(403);
        }
        var bySystem = catchThrowableOfType(StatusRuntimeException.class,
                () -> grpcAs(issuer.clientToken("integration-bank-vcb")).createFreezeRequest(
                        CreateFreezeRequestRequest.newBuilder().setCaseId(caseId).setFreezeRequest(toBank(VCB)).build()));
        assertThat(bySystem.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(stored()).isEqualTo(before);

        FreezeRequest byLeader = grpcAs(token("lanhdao.congan")).createFreezeRequest(
                CreateFreezeRequestRequest.newBuilder().setCaseId(caseId).setFreezeRequest(toBank(BIDV)).build());
        assertThat(byLeader.getAudit().getCreatedBy()).isEqualTo("lanhdao.congan");
    }

    @Test
    void invalidInputIsEveryFieldErrorAtOnceAndNothingIsStored() throws Exception {
        String caseId = openedCase();
        var bad = toBank("Vietcombank").setAccountNumber("0071-000-123").setLayer(0).setReason("")
                .setAmountRequested(Money.newBuilder().setDong(0));
        long before = stored();

        var answer = as("dieutra").post("/api/v1/cases/VA-2026-0001/freeze-requests", json(bad));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"field\":\"case_id\"", "\"field\":\"freeze_request.bank\"",
                "\"field\":\"freeze_request.account_number\"", "\"field\":\"freeze_request.amount_requested.dong\"",
                "\"field\":\"freeze_request.layer\"", "\"field\":\"freeze_request.reason\"",
                "Số tài khoản gồm 6 đến 19 chữ số", "An account number has 6 to 19 digits");
        assertThat(answer.body()).doesNotContain("Exception", "at vn.lachan");

        var failure = catchThrowableOfType(StatusRuntimeException.class,
                () -> grpcAs(token("dieutra")).createFreezeRequest(CreateFreezeRequestRequest.newBuilder()
                        .setCaseId(caseId).setFreezeRequest(bad.clearAmountRequested()).build()));
        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        var details = StatusProto.fromThrowable(failure).getDetailsList().stream()
                .filter(d -> d.is(BadRequest.class)).findFirst().orElseThrow().unpack(BadRequest.class);
        assertThat(details.getFieldViolationsList()).extracting(BadRequest.FieldViolation::getField).containsExactly(
                "freeze_request.bank", "freeze_request.account_number", "freeze_request.amount_requested",
                "freeze_request.layer", "freeze_request.reason");

        var unknownField = as("dieutra").post("/api/v1/cases/" + caseId + "/freeze-requests",
                "{\"bank\": \"vcb-dong-thap\", \"accountNo\": \"123456\"}");
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(unknownField.body()).contains("\"field\":\"freeze_request.accountNo\"");

        var noCase = as("dieutra").post("/api/v1/cases/" + UUID.randomUUID() + "/freeze-requests", json(toBank(VCB)));
        assertThat(noCase.statusCode()).isEqualTo(404);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aCaseOfAnotherPoliceUnitIsNotFoundToTheSender() throws Exception {
        // the provincial leader opens a case led by PC02; PA05's investigator cannot see it, so cannot freeze for it
        String otherUnits = CaseServiceGrpc.newBlockingStub(channel)
                .withInterceptors(Bearer.token(token("lanhdao.congan")))
                .openCase(CaseApiTest.open(CaseApiTest.fraudCase().setLeadUnit("cong-an-tinh-pc02"))).getId();
        long before = stored();
        var answer = as("dieutra").post("/api/v1/cases/" + otherUnits + "/freeze-requests", json(toBank(VCB)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
        assertThat(stored()).isEqualTo(before);
        // the leader, whose unit is above PC02, can
        var leaders = as("lanhdao.congan").post("/api/v1/cases/" + otherUnits + "/freeze-requests", json(toBank(VCB)));
        assertThat(leaders.statusCode()).as(leaders.body()).isEqualTo(200);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeySendsOneRequest() throws Exception {
        String caseId = openedCase();
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/cases/" + caseId + "/freeze-requests";
        String body = json(toBank(VCB));
        var first = as("dieutra").post(path, body, key);
        var retry = as("dieutra").post(path, body, key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(jdbc.sql("select count(*) from freeze_requests where case_id = cast(:c as uuid)").param("c", caseId)
                .query(Long.class).single()).isEqualTo(1L);
        String id = parse(first, FreezeRequest.newBuilder()).getId();
        assertThat(audit(id, "CREATE", "actor")).containsExactly("dieutra");

        var reused = as("dieutra").post(path, json(toBank(BIDV)), key);
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(reused.body()).contains("Idempotency-Key");
        assertThat(jdbc.sql("select count(*) from freeze_requests where case_id = cast(:c as uuid)").param("c", caseId)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void theListIsPagedAndItsFiltersAreChecked() throws Exception {
        String caseId = openedCase();
        for (int layer = 1; layer <= 3; layer++) {
            sent(caseId, toBank(VCB).setLayer(layer));
        }
        HttpApi police = as("dieutra");
        var first = parse(police.get(REQUESTS + "?caseId=" + caseId + "&pageSize=2"), ListFreezeRequestsResponse.newBuilder());
        assertThat(first.getFreezeRequestsList()).hasSize(2);
        var second = parse(police.get(REQUESTS + "?caseId=" + caseId + "&pageSize=2&pageToken=" + first.getNextPageToken()),
                ListFreezeRequestsResponse.newBuilder());
        assertThat(second.getFreezeRequestsList()).hasSize(1);
        assertThat(second.getNextPageToken()).isEmpty();

        var bad = police.get(REQUESTS + "?caseId=nope&status=FROZEN");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"status\"");
        assertThat(police.get(REQUESTS + "?caseId=nope").body()).contains("\"field\":\"case_id\"");
        assertThat(police.get(REQUESTS + "?bank=BIDV").body()).contains("\"field\":\"bank\"");
    }

    /**
     * Every seed user reading a request to Vietcombank and one to BIDV: 200 with or without the account holder,
     * or 404; and listing: 200 or 403.
     */
    @ParameterizedTest(name = "{0}: VCB {1}, BIDV {2}, holder {3}, list {4}")
    @CsvSource({
            "tiepnhan,        404, 404, false, 403",
            "dieutra,         200, 200, true,  200",
            "lanhdao.congan,  200, 200, true,  200",
            "kiemsat,         200, 200, false, 200",
            "toaan,           404, 404, false, 403",
            "nganhang.vcb,    200, 404, true,  200",
            "baocao.caolanh,  404, 404, false, 403",
            "baocao.sotuphap, 404, 404, false, 403",
            "taichinh,        404, 404, false, 403",
            "ubnd,            404, 404, false, 403",
            "kiemtoan,        404, 404, false, 403",
            "admin,           404, 404, false, 403",
    })
    void whoSeesWhichBanksRequest(String user, int vcbStatus, int bidvStatus, boolean holder, int listStatus)
            throws Exception {
        String caseId = openedCase();
        FreezeRequest vcb = sent(caseId, toBank(VCB));
        FreezeRequest bidv = sent(caseId, toBank(BIDV));
        HttpApi api = as(user);

        var toVcb = api.get(REQUESTS + "/" + vcb.getId());
        assertThat(toVcb.statusCode()).as(toVcb.body()).isEqualTo(vcbStatus);
        assertThat(api.get(REQUESTS + "/" + bidv.getId()).statusCode()).isEqualTo(bidvStatus);
        if (vcbStatus == 200) {
            assertThat(toVcb.body().contains("TRAN THI B")).as("account holder shown").isEqualTo(holder);
        }
        assertThat(api.get(REQUESTS + "?caseId=" + caseId).statusCode()).isEqualTo(listStatus);
    }
}
