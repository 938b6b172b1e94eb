package vn.lachan.cases.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.cases.v1.CaseServiceGrpc;
import vn.lachan.cases.v1.ClockState;
import vn.lachan.cases.v1.FreezeRequest;
import vn.lachan.cases.v1.ListUrgentHoldsResponse;
import vn.lachan.cases.v1.UrgentHold;
import vn.lachan.cases.v1.UrgentHoldStatus;
import vn.lachan.common.v1.Money;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.MovableClock;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.platform.test.StandInUnitRegistry;
import vn.lachan.tip.v1.Indicator;
import vn.lachan.tip.v1.Tip;
import vn.lachan.tip.v1.TipStatus;

/**
 * Urgent holds before any case, end to end in case-service with the realm's tokens (signed locally, LocalIssuer) and real PostgreSQL, a stand-in
 * tip-service (the tip read with the officer's own token) and the stand-in unit registry: the investigator {@code
 * dieutra} sends, the Vietcombank officer {@code nganhang.vcb} answers, a freeze request of the tip's case confirms, the
 * clock lapses what is not confirmed, and either peer failing writes nothing.
 */
@RealInfrastructure(database = "lachan_case", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0",
                "spring.grpc.server.inprocess.name=urgent-hold-api-test"})
class UrgentHoldApiTest extends CaseServiceApiTest {

    static final ObjectMapper json = new ObjectMapper();
    static final String HOLDS = "/api/v1/cases/urgent-holds";
    static final String VCB = "vcb-dong-thap";
    static final String ACCOUNT = "VCB:0071000123456";
    static final MovableClock CLOCK = new MovableClock();

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @DynamicPropertySource
    static void tipService(DynamicPropertyRegistry registry) {
        registry.add("spring.grpc.client.channels.tip-service.address", StandInTipService.SHARED::address);
    }

    /** An undecided tip of 450 million naming a VCB account and a MoMo wallet, in the stand-in tip-service. */
    static String tip(TipStatus status, String... hiddenFrom) {
        String id = UUID.randomUUID().toString();
        StandInTipService.SHARED.put(Tip.newBuilder().setId(id).setStatus(status)
                .setLoss(Money.newBuilder().setDong(450_000_000))
                .addIndicators(Indicator.newBuilder().setType(Indicator.Type.BANK_ACCOUNT)
                        .setValue("Vietcombank 0071 000 123 456").setNormalized(ACCOUNT))
                .addIndicators(Indicator.newBuilder().setType(Indicator.Type.E_WALLET)
                        .setValue("momo 0912345678").setNormalized("MOMO:+84912345678"))
                .addIndicators(Indicator.newBuilder().setType(Indicator.Type.PHONE)
                        .setValue("0987654321").setNormalized("+84987654321"))
                .build(), hiddenFrom);
        return id;
    }

    static String hold(String tipId, String bank, String account, long dong, Instant transferredAt) {
        return """
                {"tipId":"%s","urgentHold":{"bank":"%s","account":"%s","amountRequested":{"dong":"%d"},
                 "transferredAt":"%s","reason":"Bị hại chuyển 450.000.000 đ lúc 07:40, vừa trình báo"}}"""
                .formatted(tipId, bank, account, dong, transferredAt);
    }

    static String hold(String tipId) {
        return hold(tipId, VCB, ACCOUNT, 300_000_000, Instant.now().minus(Duration.ofMinutes(40)));
    }

    static UrgentHold parsed(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return FreezeRequestApiTest.parse(answer, UrgentHold.newBuilder()).build();
    }

    /** An answer's body with the id asked about and the request's own id taken out: what else could tell two apart. */
    static String same(String body, String id) {
        return body.replace(id, "ID").replaceAll("\"requestId\":\"[^\"]*\"", "");
    }

    long holds() {
        return jdbc.sql("select count(*) from urgent_holds").query(Long.class).single();
    }

    long audits(String id, String action) {
        return jdbc.sql("select count(*) from audit_log where record_type = 'urgent_hold' and record_id = :id"
                + " and action = :action").param("id", id).param("action", action).query(Long.class).single();
    }

    /** Refused because of where the hold or its tip stands (FAILED_PRECONDITION, 400), with words in both languages. */
    static void refused(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.path("code").asString()).as(answer.body()).isEqualTo("FAILED_PRECONDITION");
        assertThat(problem.path("detailVi").asString()).isNotBlank().isNotEqualTo(problem.path("detailEn").asString());
    }

    static void fieldError(HttpResponse<String> answer, String field, String code) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode errors = json.readTree(answer.body()).path("errors");
        assertThat(errors).as(answer.body()).anySatisfy(e -> {
            assertThat(e.get("field").asString()).isEqualTo(field);
            assertThat(e.get("code").asString()).isEqualTo(code);
            assertThat(e.get("vi").asString()).isNotBlank();
            assertThat(e.get("en").asString()).isNotBlank();
        });
    }

    @Test
    void theBankAnswersAnInvestigatorsHoldOnceAndTheFreezeOrderOfTheTipsCaseConfirmsIt() throws Exception {
        String tip = tip(TipStatus.VERIFYING);
        long before = holds();
        String body = hold(tip);
        UrgentHold sent = parsed(as("dieutra").post(HOLDS, body, "hold-" + tip));
        // a retry with the same key is the same hold; the key with another request is refused
        assertThat(parsed(as("dieutra").post(HOLDS, body, "hold-" + tip)).getId()).isEqualTo(sent.getId());
        assertThat(as("dieutra").post(HOLDS, body.replace("300000000", "300000001"), "hold-" + tip).statusCode())
                .isEqualTo(409);
        assertThat(holds()).isEqualTo(before + 1);
        // tip-service was asked with the officer's own token, so its own rules of who sees the tip applied
        assertThat(StandInTipService.SHARED.callers()).last().isEqualTo("dieutra");
        assertThat(sent.getStatus()).isEqualTo(UrgentHoldStatus.URGENT_REQUESTED);
        assertThat(sent.getAccount()).isEqualTo(ACCOUNT);
        assertThat(sent.getRequestedByUnit()).isEqualTo("cong-an-tinh-pa05");
        Instant requested = ProtoTime.instant(true, sent.getRequestedAt());
        assertThat(ProtoTime.instant(true, sent.getExpiresAt())).isEqualTo(requested.plus(Duration.ofHours(72)));
        assertThat(sent.getAcknowledgeClock().getState()).isEqualTo(ClockState.CLOCK_RUNNING);
        assertThat(ProtoTime.instant(true, sent.getAcknowledgeClock().getDue())).isEqualTo(requested.plusSeconds(15 * 60));
        assertThat(ProtoTime.instant(true, sent.getHoldClock().getDue())).isEqualTo(requested.plusSeconds(2 * 3600));
        String id = sent.getId();
        assertThat(audits(id, "CREATE")).isEqualTo(1);

        // the bank's list holds it; the procuracy reads it; the court and the tip desk do not
        var inbox = FreezeRequestApiTest.parse(as("nganhang.vcb").get(HOLDS + "?pageSize=100"),
                ListUrgentHoldsResponse.newBuilder()).build();
        assertThat(inbox.getUrgentHoldsList()).extracting(UrgentHold::getId).contains(id);
        assertThat(inbox.getUrgentHoldsList()).allSatisfy(h -> assertThat(h.getBank()).isEqualTo(VCB));
        assertThat(as("kiemsat").get(HOLDS + "/" + id).statusCode()).isEqualTo(200);
        assertThat(as("toaan").get(HOLDS + "/" + id).statusCode()).isEqualTo(404);
        assertThat(as("tiepnhan").get(HOLDS + "/" + id).statusCode()).isEqualTo(404);

        // only the bank answers: the police may not
        assertThat(as("dieutra").post(HOLDS + "/" + id + ":respond", "{\"acknowledge\":{}}").statusCode()).isEqualTo(403);
        UrgentHold ack = parsed(as("nganhang.vcb").post(HOLDS + "/" + id + ":respond", "{\"acknowledge\":{}}"));
        assertThat(ack.getStatus()).isEqualTo(UrgentHoldStatus.URGENT_ACKNOWLEDGED);
        assertThat(ack.getAcknowledgeClock().getState()).isEqualTo(ClockState.CLOCK_MET);
        // the same answer again changes nothing
        UrgentHold ackAgain = parsed(as("nganhang.vcb").post(HOLDS + "/" + id + ":respond", "{\"acknowledge\":{}}"));
        assertThat(ackAgain.getAcknowledgedAt()).isEqualTo(ack.getAcknowledgedAt());
        assertThat(audits(id, "RESPOND")).isEqualTo(1);

        // a hold above what was asked, in the future, or before the acknowledgement is refused at its field
        fieldError(as("nganhang.vcb").post(HOLDS + "/" + id + ":respond",
                "{\"hold\":{\"amountHeld\":{\"dong\":\"300000001\"}}}"), "hold.amount_held.dong", "ABOVE_REQUESTED");
        fieldError(as("nganhang.vcb").post(HOLDS + "/" + id + ":respond",
                "{\"hold\":{\"amountHeld\":{\"dong\":\"1\"},\"heldAt\":\"" + Instant.now().plusSeconds(3600) + "\"}}"),
                "hold.held_at", "IN_FUTURE");
        Instant acknowledged = ProtoTime.instant(true, ack.getAcknowledgedAt());
        fieldError(as("nganhang.vcb").post(HOLDS + "/" + id + ":respond",
                "{\"hold\":{\"amountHeld\":{\"dong\":\"1\"},\"heldAt\":\"" + acknowledged.minusNanos(1000) + "\"}}"),
                "hold.held_at", "BEFORE_ACKNOWLEDGED");
        assertThat(audits(id, "RESPOND")).isEqualTo(1);
        String heldBody = "{\"hold\":{\"amountHeld\":{\"dong\":\"250000000\"}}}";
        UrgentHold held = parsed(as("nganhang.vcb").post(HOLDS + "/" + id + ":respond", heldBody));
        assertThat(held.getStatus()).isEqualTo(UrgentHoldStatus.URGENT_HELD);
        assertThat(held.getAmountHeld().getDong()).isEqualTo(250_000_000);
        assertThat(held.getHoldClock().getState()).isEqualTo(ClockState.CLOCK_MET);
        // the same hold again is the same; a different second answer is a conflict
        assertThat(parsed(as("nganhang.vcb").post(HOLDS + "/" + id + ":respond",
                "{\"hold\":{\"amountHeld\":{\"dong\":\"250000000\"},\"heldAt\":\"" + ProtoTime.instant(true, held.getHeldAt())
                        + "\"}}")).getHeldAt()).isEqualTo(held.getHeldAt());
        refused(as("nganhang.vcb").post(HOLDS + "/" + id + ":respond",
                "{\"hold\":{\"amountHeld\":{\"dong\":\"1\"}}}"));
        refused(as("nganhang.vcb").post(HOLDS + "/" + id + ":respond",
                "{\"reject\":{\"reason\":\"Không có tài khoản\"}}"));
        assertThat(audits(id, "RESPOND")).isEqualTo(2);

        // the tip is decided "prosecute": its case's freeze request on the same bank and account confirms the hold
        String caseId = CaseServiceGrpc.newBlockingStub(channel)
                .withInterceptors(Bearer.token(FreezeRequestApiTest.token("dieutra")))
                .openCase(CaseApiTest.open(CaseApiTest.fraudCase().clearTipIds().addTipIds(tip))).getId();
        // another account of the case confirms nothing
        var other = as("dieutra").post("/api/v1/cases/" + caseId + "/freeze-requests",
                FreezeRequestApiTest.json(FreezeRequestApiTest.toBank(VCB).setAccountNumber("0071000999999")));
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        assertThat(parsed(as("dieutra").get(HOLDS + "/" + id)).getStatus()).isEqualTo(UrgentHoldStatus.URGENT_HELD);
        var order = as("dieutra").post("/api/v1/cases/" + caseId + "/freeze-requests",
                FreezeRequestApiTest.json(FreezeRequestApiTest.toBank(VCB).setAccountNumber("0071000123456")));
        FreezeRequest freeze = FreezeRequestApiTest.parse(order, FreezeRequest.newBuilder()).build();
        UrgentHold confirmed = parsed(as("nganhang.vcb").get(HOLDS + "/" + id));
        assertThat(confirmed.getStatus()).isEqualTo(UrgentHoldStatus.URGENT_CONFIRMED);
        assertThat(confirmed.getConfirmedByFreezeRequest()).isEqualTo(freeze.getId());
        assertThat(confirmed.getConfirmedAt()).isEqualTo(freeze.getRequestedAt());
        assertThat(confirmed.getAmountHeld().getDong()).isEqualTo(250_000_000);
        assertThat(audits(id, "CONFIRM")).isEqualTo(1);
        // confirmed, it takes no answer; and it never lapses
        refused(as("nganhang.vcb").post(HOLDS + "/" + id + ":respond", "{\"reject\":{\"reason\":\"x\"}}"));
        CLOCK.advance(Duration.ofHours(73));
        try {
            assertThat(parsed(as("dieutra").get(HOLDS + "/" + id)).getStatus()).isEqualTo(UrgentHoldStatus.URGENT_CONFIRMED);
        } finally {
            CLOCK.advance(Duration.ofHours(-73));
        }
        // the tip is in a case now: no new urgent hold on it (a freeze request is the instrument), nothing written
        long now = holds();
        refused(as("dieutra").post(HOLDS, hold(tip)));
        assertThat(holds()).isEqualTo(now);
    }

    @Test
    void aHoldNoFreezeOrderConfirmsLapsesByTheClockAndTheBankSeesItLapsed() throws Exception {
        String tip = tip(TipStatus.RECEIVED);
        String id = parsed(as("lanhdao.congan").post(HOLDS, hold(tip))).getId();
        parsed(as("nganhang.vcb").post(HOLDS + "/" + id + ":respond", "{\"hold\":{\"amountHeld\":{\"dong\":\"300000000\"}}}"));
        CLOCK.advance(Duration.ofHours(72).plusSeconds(1));
        try {
            UrgentHold lapsed = parsed(as("nganhang.vcb").get(HOLDS + "/" + id));
            assertThat(lapsed.getStatus()).isEqualTo(UrgentHoldStatus.URGENT_LAPSED);
            assertThat(ProtoTime.instant(true, lapsed.getExpiresAt()))
                    .isEqualTo(ProtoTime.instant(true, lapsed.getRequestedAt()).plus(Duration.ofHours(72)));
            // the bank's list of lapsed holds has it, its list of held ones no longer
            var lapsedList = FreezeRequestApiTest.parse(as("nganhang.vcb").get(HOLDS + "?status=URGENT_LAPSED&pageSize=100"),
                    ListUrgentHoldsResponse.newBuilder()).build();
            assertThat(lapsedList.getUrgentHoldsList()).extracting(UrgentHold::getId).contains(id);
            var heldList = FreezeRequestApiTest.parse(as("nganhang.vcb").get(HOLDS + "?status=URGENT_HELD&pageSize=100"),
                    ListUrgentHoldsResponse.newBuilder()).build();
            assertThat(heldList.getUrgentHoldsList()).extracting(UrgentHold::getId).doesNotContain(id);
            refused(as("nganhang.vcb").post(HOLDS + "/" + id + ":respond", "{\"reject\":{\"reason\":\"x\"}}"));
            // a freeze request of the tip's case after the lapse confirms nothing: the hold stays lapsed
            String caseId = CaseServiceGrpc.newBlockingStub(channel)
                    .withInterceptors(Bearer.token(FreezeRequestApiTest.token("dieutra")))
                    .openCase(CaseApiTest.open(CaseApiTest.fraudCase().clearTipIds().addTipIds(tip))).getId();
            var order = as("dieutra").post("/api/v1/cases/" + caseId + "/freeze-requests",
                    FreezeRequestApiTest.json(FreezeRequestApiTest.toBank(VCB).setAccountNumber("0071000123456")));
            assertThat(order.statusCode()).as(order.body()).isEqualTo(200);
            assertThat(parsed(as("dieutra").get(HOLDS + "/" + id)).getStatus()).isEqualTo(UrgentHoldStatus.URGENT_LAPSED);
        } finally {
            CLOCK.advance(Duration.ofHours(-72).minusSeconds(1));
        }
    }

    @Test
    void anotherBankGetsTheSame404AsForAMissingHold() {
        String tip = tip(TipStatus.RECEIVED);
        String bidv = json.readTree(as("dieutra").post(HOLDS, hold(tip, "bidv-dong-thap", ACCOUNT, 1_000_000,
                Instant.now().minusSeconds(60))).body()).get("id").asString();
        String missing = UUID.randomUUID().toString();
        var theirs = as("nganhang.vcb").get(HOLDS + "/" + bidv);
        var none = as("nganhang.vcb").get(HOLDS + "/" + missing);
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(same(theirs.body(), bidv)).isEqualTo(same(none.body(), missing));
        var answerTheirs = as("nganhang.vcb").post(HOLDS + "/" + bidv + ":respond", "{\"acknowledge\":{}}");
        var answerNone = as("nganhang.vcb").post(HOLDS + "/" + missing + ":respond", "{\"acknowledge\":{}}");
        assertThat(answerTheirs.statusCode()).isEqualTo(404);
        assertThat(same(answerTheirs.body(), bidv)).isEqualTo(same(answerNone.body(), missing));
        assertThat(jdbc.sql("select status from urgent_holds where id = cast(:id as uuid)").param("id", bidv)
                .query(String.class).single()).isEqualTo("REQUESTED");
    }

    @Test
    void whatTheTipAndTheRegistrySayIsCheckedAndARefusalWritesNothing() {
        String tip = tip(TipStatus.RECEIVED, "lanhdao.congan");
        long before = holds();
        Instant recent = Instant.now().minusSeconds(600);
        fieldError(as("dieutra").post(HOLDS, hold(tip, VCB, "VCB:0071000999999", 1, recent)), "urgent_hold.account", "NOT_IN_TIP");
        fieldError(as("dieutra").post(HOLDS, hold(tip, VCB, ACCOUNT, 450_000_001, recent)),
                "urgent_hold.amount_requested.dong", "ABOVE_LOSS");
        fieldError(as("dieutra").post(HOLDS, hold(tip, "so-tu-phap", ACCOUNT, 1, recent)), "urgent_hold.bank", "NOT_A_BANK");
        fieldError(as("dieutra").post(HOLDS, hold(tip, "ngan-hang-khong-co", ACCOUNT, 1, recent)), "urgent_hold.bank",
                "UNKNOWN_UNIT");
        fieldError(as("dieutra").post(HOLDS, hold(tip, VCB, ACCOUNT, 1, Instant.now().minus(Duration.ofHours(73)))),
                "urgent_hold.transferred_at", "NOT_RECENT");
        fieldError(as("dieutra").post(HOLDS, hold(tip, VCB, ACCOUNT, 1, Instant.now().plusSeconds(3600))),
                "urgent_hold.transferred_at", "IN_FUTURE");
        fieldError(as("dieutra").post(HOLDS, hold(tip, VCB, "0071000123456", 0, recent)), "urgent_hold.account",
                "INVALID_FORMAT");
        fieldError(as("dieutra").post(HOLDS, hold("khong-phai-uuid", VCB, ACCOUNT, 1, recent)), "tip_id", "INVALID_FORMAT");
        // a tip already decided takes no urgent hold
        refused(as("dieutra").post(HOLDS, hold(tip(TipStatus.NOT_PROSECUTED))));
        // a tip the caller may not see in tip-service is "not found", exactly as a missing one
        String missing = UUID.randomUUID().toString();
        var hidden = as("lanhdao.congan").post(HOLDS, hold(tip));
        var none = as("lanhdao.congan").post(HOLDS, hold(missing));
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(same(hidden.body(), tip)).isEqualTo(same(none.body(), missing));
        // only police investigators and leaders send
        for (String user : new String[] {"tiepnhan", "kiemsat", "nganhang.vcb", "ubnd"}) {
            assertThat(as(user).post(HOLDS, hold(tip)).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(holds()).isEqualTo(before);
    }

    @Test
    void whenTipServiceOrTheRegistryDoesNotAnswerNothingIsWrittenAndTheRetryWritesOnce() throws Exception {
        String tip = tip(TipStatus.RECEIVED);
        long before = holds();
        String key = "hold-retry-" + tip;
        String body = hold(tip);
        StandInTipService.SHARED.failWith(Status.UNAVAILABLE);
        try {
            var answer = as("dieutra").post(HOLDS, body, key);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        } finally {
            StandInTipService.SHARED.failWith(null);
        }
        assertThat(holds()).isEqualTo(before);
        StandInUnitRegistry.SHARED.failWith(Status.UNAVAILABLE);
        try {
            var answer = as("dieutra").post(HOLDS, body, key);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        } finally {
            StandInUnitRegistry.SHARED.failWith(null);
        }
        assertThat(holds()).isEqualTo(before);
        String id = parsed(as("dieutra").post(HOLDS, body, key)).getId();
        assertThat(parsed(as("dieutra").post(HOLDS, body, key)).getId()).isEqualTo(id);
        assertThat(holds()).isEqualTo(before + 1);
    }
}
