package vn.lachan.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.util.JsonFormat;
import com.google.rpc.BadRequest;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lachan.cases.v1.Case;
import vn.lachan.cases.v1.CaseServiceGrpc;
import vn.lachan.cases.v1.CaseStatistics;
import vn.lachan.cases.v1.CaseStatisticsServiceGrpc;
import vn.lachan.cases.v1.CreateFreezeRequestRequest;
import vn.lachan.cases.v1.FreezeRequestServiceGrpc;
import vn.lachan.cases.v1.GetCaseStatisticsRequest;
import vn.lachan.cases.v1.Hold;
import vn.lachan.cases.v1.Reject;
import vn.lachan.cases.v1.RespondToFreezeRequestRequest;
import vn.lachan.common.v1.Money;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.platform.time.LegalTime;

/**
 * A unit's case figures for its periodic report, on real PostgreSQL and Keycloak: cases opened, freeze requests sent
 * and money held in a window of legal days, for the unit and the units below it, and who may read them.
 */
@RealInfrastructure(database = "lachan_case", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0",
                "spring.grpc.server.inprocess.name=case-statistics-api-test"})
class CaseStatisticsApiTest {

    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();
    static final String STATISTICS = "/api/v1/cases/statistics";

    @LocalServerPort
    int httpPort;
    @LocalGrpcPort
    int grpcPort;
    ManagedChannel channel;

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress("localhost", grpcPort).usePlaintext().build();
    }

    @AfterEach
    void disconnect() {
        channel.shutdownNow();
    }

    /** A police unit of its own for each test, so the counts are this test's alone. */
    static String freshUnit() {
        return "cong-an-tinh-tk" + UUID.randomUUID().toString().substring(0, 8);
    }

    static LocalDate today() {
        return LegalTime.legalDay(java.time.Instant.now());
    }

    String openedFor(String unit) {
        Case opened = CaseServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(issuer.userToken("lanhdao.congan")))
                .openCase(CaseApiTest.open(CaseApiTest.fraudCase().setLeadUnit(unit)));
        return opened.getId();
    }

    String sent(String caseId) {
        return FreezeRequestServiceGrpc.newBlockingStub(channel)
                .withInterceptors(Bearer.token(issuer.userToken("lanhdao.congan")))
                .createFreezeRequest(CreateFreezeRequestRequest.newBuilder().setCaseId(caseId)
                        .setFreezeRequest(FreezeRequestApiTest.toBank("vcb-dong-thap")).build())
                .getId();
    }

    void answered(String requestId, RespondToFreezeRequestRequest.Builder answer) {
        FreezeRequestServiceGrpc.newBlockingStub(channel)
                .withInterceptors(Bearer.token(issuer.userToken("nganhang.vcb")))
                .respondToFreezeRequest(answer.setId(requestId).build());
    }

    CaseStatistics statistics(String user, String unit, LocalDate from, LocalDate to) {
        return CaseStatisticsServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(issuer.userToken(user)))
                .getCaseStatistics(GetCaseStatisticsRequest.newBuilder().setUnit(unit)
                        .setFrom(from.toString()).setTo(to.toString()).build());
    }

    @Test
    void aUnitsFiguresCountItsCasesAndThoseBelowItInTheWindowAndTheMoneyHeldOnThem() {
        String unit = freshUnit();
        String below = openedFor(unit + "-doi1");
        openedFor(unit);
        // a unit whose code only begins like it is not below it
        String lookalike = openedFor(unit + "x");
        answered(sent(below), RespondToFreezeRequestRequest.newBuilder()
                .setHold(Hold.newBuilder().setAmountHeld(Money.newBuilder().setDong(300_000_000))));
        answered(sent(below), RespondToFreezeRequestRequest.newBuilder()
                .setReject(Reject.newBuilder().setReason("Tài khoản không tồn tại")));
        sent(below);
        answered(sent(lookalike), RespondToFreezeRequestRequest.newBuilder()
                .setHold(Hold.newBuilder().setAmountHeld(Money.newBuilder().setDong(7))));

        CaseStatistics figures = statistics("lanhdao.congan", unit, today().minusDays(30), today());
        assertThat(figures.getUnit()).isEqualTo(unit);
        assertThat(figures.getCasesOpened()).isEqualTo(2);
        assertThat(figures.getFreezeRequestsSent()).isEqualTo(3);
        assertThat(figures.getAmountHeld().getDong()).isEqualTo(300_000_000L);
        assertThat(figures.getFrom()).isEqualTo(today().minusDays(30).toString());

        // the bank's quick response to the three requests sent on the unit's cases: one held, 300 of 1,350 million
        assertThat(figures.getBanksList()).singleElement().satisfies(bank -> {
            assertThat(bank.getBank()).isEqualTo("vcb-dong-thap");
            assertThat(bank.getRequestsSent()).isEqualTo(3);
            assertThat(bank.getRequestsHeld()).isEqualTo(1);
            assertThat(bank.getAmountRequested().getDong()).isEqualTo(1_350_000_000L);
            assertThat(bank.getAmountHeld().getDong()).isEqualTo(300_000_000L);
            assertThat(bank.getHeldBasisPoints()).isEqualTo(2222); // 22.22 %, rounded down
            assertThat(bank.hasMedianTimeToHold()).isTrue();
            assertThat(bank.getMedianTimeToHold().getSeconds()).isBetween(0L, 600L);
            assertThat(bank.getP90TimeToHold()).isEqualTo(bank.getMedianTimeToHold()); // one hold: the same value
            assertThat(bank.getAmountReturned().getDong()).isZero();
            assertThat(bank.getReturnedBasisPoints()).isZero();
        });

        // the unit below on its own
        CaseStatistics ofBelow = statistics("ubnd", unit + "-doi1", today(), today());
        assertThat(ofBelow.getCasesOpened()).isEqualTo(1);
        assertThat(ofBelow.getFreezeRequestsSent()).isEqualTo(3);

        // a window that ended yesterday has none of it
        CaseStatistics before = statistics("lanhdao.congan", unit, today().minusDays(30), today().minusDays(1));
        assertThat(before.getCasesOpened()).isZero();
        assertThat(before.getFreezeRequestsSent()).isZero();
        assertThat(before.getAmountHeld().getDong()).isZero();
        assertThat(before.getBanksList()).isEmpty();
    }

    @Test
    void theSameFiguresOverRestAsProto3Json() throws Exception {
        String unit = freshUnit();
        openedFor(unit);
        var answer = HttpApi.at(httpPort).as(issuer.userToken("kiemtoan"))
                .get(STATISTICS + "?unit=" + unit + "&from=" + today() + "&to=" + today());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        CaseStatistics.Builder parsed = CaseStatistics.newBuilder();
        JsonFormat.parser().merge(answer.body(), parsed);
        assertThat(parsed.getCasesOpened()).isEqualTo(1);
        assertThat(answer.body()).contains("\"amountHeld\"");
    }

    @Test
    void aReportSubmitterReadsOnlyTheirOwnUnitAndOfficersWithoutAReportingRoleNone() {
        String unit = freshUnit();
        assertThat(statistics("baocao.caolanh", "huyen-cao-lanh", today(), today()).getCasesOpened()).isZero();
        for (String user : new String[] {"baocao.caolanh", "dieutra", "nganhang.vcb", "kiemsat", "taichinh", "admin"}) {
            var refused = catchThrowableOfType(StatusRuntimeException.class,
                    () -> statistics(user, unit, today(), today()));
            assertThat(refused.getStatus().getCode()).as(user).isEqualTo(Status.Code.PERMISSION_DENIED);
        }
        var noToken = catchThrowableOfType(StatusRuntimeException.class, () -> CaseStatisticsServiceGrpc
                .newBlockingStub(channel).getCaseStatistics(GetCaseStatisticsRequest.newBuilder().setUnit(unit)
                        .setFrom(today().toString()).setTo(today().toString()).build()));
        assertThat(noToken.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    }

    @Test
    void badWindowsAndUnitsAreFieldErrorsInBothLanguages() {
        var stub = CaseStatisticsServiceGrpc.newBlockingStub(channel)
                .withInterceptors(Bearer.token(issuer.userToken("lanhdao.congan")));
        var reversed = catchThrowableOfType(StatusRuntimeException.class, () -> stub.getCaseStatistics(
                GetCaseStatisticsRequest.newBuilder().setUnit("cong-an-tinh").setFrom("2025-06-14").setTo("2024-12-15").build()));
        assertThat(reversed.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(violations(reversed)).contains("to:BEFORE_START");

        var missing = catchThrowableOfType(StatusRuntimeException.class, () -> stub.getCaseStatistics(
                GetCaseStatisticsRequest.newBuilder().setUnit("cong-an-tinh").setFrom("14/06/2025").build()));
        assertThat(violations(missing)).contains("from:INVALID_FORMAT", "to:REQUIRED");

        var badUnit = catchThrowableOfType(StatusRuntimeException.class, () -> stub.getCaseStatistics(
                GetCaseStatisticsRequest.newBuilder().setUnit("Công an").setFrom("2025-01-01").setTo("2025-06-14").build()));
        assertThat(violations(badUnit)).contains("unit:INVALID_FORMAT");
        var field = StatusProto.fromThrowable(reversed).getDetailsList().stream().filter(d -> d.is(BadRequest.class))
                .findFirst().orElseThrow();
        var violation = unpack(field).getFieldViolations(0);
        assertThat(violation.getLocalizedMessage().getMessage()).contains("Ngày kết thúc");
        assertThat(violation.getDescription()).contains("end date");
    }

    static BadRequest unpack(com.google.protobuf.Any detail) {
        try {
            return detail.unpack(BadRequest.class);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    static java.util.List<String> violations(StatusRuntimeException e) {
        var status = StatusProto.fromThrowable(e);
        return status.getDetailsList().stream().filter(d -> d.is(BadRequest.class))
                .flatMap(d -> unpack(d).getFieldViolationsList().stream())
                .map(v -> v.getField() + ":" + v.getReason()).toList();
    }
}
