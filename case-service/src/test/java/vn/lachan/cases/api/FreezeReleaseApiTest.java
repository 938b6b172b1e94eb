package vn.lachan.cases.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.cases.v1.ClockState;
import vn.lachan.cases.v1.FreezeRequest;
import vn.lachan.cases.v1.FreezeStatus;
import vn.lachan.cases.v1.ListFreezeRequestsResponse;
import vn.lachan.cases.v1.ReleaseStatus;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * Release orders (lệnh giải tỏa), end to end in case-service with the realm's tokens (LocalIssuer) and PostgreSQL: the police
 * leader {@code lanhdao.congan} releases, the Vietcombank officer {@code nganhang.vcb} reports the release executed,
 * the procurator {@code kiemsat} reads the order, and released money is neither returned to victims nor counted held.
 */
@RealInfrastructure(database = "lachan_case", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0",
                "spring.grpc.server.inprocess.name=freeze-release-api-test"})
class FreezeReleaseApiTest extends CaseServiceApiTest {

    static final ObjectMapper json = new ObjectMapper();
    static final String VCB = "vcb-dong-thap";
    static final String BIDV = "bidv-dong-thap";
    static final String REQUESTS = "/api/v1/cases/freeze-requests/";

    String sent(String caseId, String bank) throws Exception {
        var answer = as("dieutra").post("/api/v1/cases/" + caseId + "/freeze-requests",
                FreezeRequestApiTest.json(FreezeRequestApiTest.toBank(bank)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return FreezeRequestApiTest.parse(answer, FreezeRequest.newBuilder()).getId();
    }

    void answered(String id, String body) {
        var answer = as("nganhang.vcb").post(REQUESTS + id + ":respond", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    void heldByVcb(String id, long dong) {
        answered(id, "{\"hold\": {\"amountHeld\": {\"dong\": \"" + dong + "\"}}}");
    }

    static String order(Long dong) {
        return """
                {%s"documentNumber":"07/LGT-CSĐT","documentDate":"%s","reason":"Tài sản hợp pháp của chủ tài khoản"}"""
                .formatted(dong == null ? "" : "\"amount\":{\"dong\":\"" + dong + "\"},", RestitutionApiTest.today());
    }

    static String report(Instant at, long dong) {
        return "{\"releasedAt\":\"" + at + "\",\"amountReleased\":{\"dong\":\"" + dong + "\"}}";
    }

    static FreezeRequest request(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return FreezeRequestApiTest.parse(answer, FreezeRequest.newBuilder()).build();
    }

    long rows(String sql) {
        return jdbc.sql("select count(*) from " + sql).query(Long.class).single();
    }

    long audits(String id, String action) {
        return jdbc.sql("select count(*) from audit_log where record_type = 'freeze_request' and record_id = :id"
                        + " and action = :action")
                .param("id", id).param("action", action).query(Long.class).single();
    }

    /** PA05's money held today in its case figures, as the police leader reads them. */
    long heldToday() {
        var answer = as("lanhdao.congan").get("/api/v1/cases/statistics?unit=cong-an-tinh-pa05&from="
                + RestitutionApiTest.today() + "&to=" + RestitutionApiTest.today());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).path("amountHeld").path("dong").asLong(0);
    }

    static JsonNode errors(HttpResponse<String> answer) {
        return json.readTree(answer.body()).path("errors");
    }

    @Test
    void aLeaderReleasesPartOfAHoldNeverWhatVictimsAreOwedAndTheBankReportsIt() throws Exception {
        String caseId = openedCase();
        String vcb = sent(caseId, VCB);
        long heldBefore = heldToday();
        heldByVcb(vcb, 100_000_000);
        assertThat(heldToday() - heldBefore).isEqualTo(100_000_000);
        // 50 million of the hold is decided for a victim: 50 million may be released
        var claim = as("dieutra").post("/api/v1/cases/" + caseId + "/victim-claims",
                RestitutionApiTest.claim("Nguyễn Văn A", "1234567890", 50_000_000, vcb));
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(200);
        var decided = as("lanhdao.congan").post("/api/v1/cases/" + caseId + "/returns",
                RestitutionApiTest.decision("TRACED"));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);

        long orders = rows("release_orders");
        var tooMuch = as("lanhdao.congan").post(REQUESTS + vcb + ":release", order(50_000_001L));
        RestitutionApiTest.fieldError(tooMuch, "amount.dong");
        assertThat(tooMuch.body()).contains("50.000.000");
        // only the head or deputy head of the investigation agency releases
        assertThat(as("dieutra").post(REQUESTS + vcb + ":release", order(1L)).statusCode()).isEqualTo(403);
        assertThat(as("nganhang.vcb").post(REQUESTS + vcb + ":release", order(1L)).statusCode()).isEqualTo(403);
        assertThat(as("kiemsat").post(REQUESTS + vcb + ":release", order(1L)).statusCode()).isEqualTo(403);
        assertThat(rows("release_orders")).isEqualTo(orders);
        assertThat(rows("freeze_requests where id = '" + vcb + "' and status = 'HELD'")).isEqualTo(1);

        // a retry with the same key is the same order, not a second one
        String key = "release-" + vcb;
        FreezeRequest ordered = request(as("lanhdao.congan").post(REQUESTS + vcb + ":release", order(20_000_000L), key));
        FreezeRequest again = request(as("lanhdao.congan").post(REQUESTS + vcb + ":release", order(20_000_000L), key));
        assertThat(rows("release_orders")).isEqualTo(orders + 1);
        assertThat(again.getReleaseOrdersList()).isEqualTo(ordered.getReleaseOrdersList());
        assertThat(ordered.getStatus()).isEqualTo(FreezeStatus.RELEASE_ORDERED);
        var issued = ordered.getReleaseOrders(0);
        assertThat(issued.getAmount().getDong()).isEqualTo(20_000_000);
        assertThat(issued.getStatus()).isEqualTo(ReleaseStatus.RELEASE_ORDER_ISSUED);
        assertThat(issued.getOrderedBy()).isEqualTo("lanhdao.congan");
        assertThat(issued.getOrderedByUnit()).isEqualTo("cong-an-tinh");
        assertThat(issued.getProcuracyUnit()).isEqualTo("vien-kiem-sat-tinh");
        assertThat(issued.getProcuracyInformedAt()).isEqualTo(issued.getOrderedAt());
        assertThat(audits(vcb, "ORDER_RELEASE")).isEqualTo(1);
        // the supervising procuracy reads the order
        FreezeRequest read = request(as("kiemsat").get(REQUESTS + vcb));
        assertThat(read.getReleaseOrdersList()).extracting(o -> o.getId()).containsExactly(issued.getId());
        // the money is still held until the bank reports the release
        assertThat(heldToday() - heldBefore).isEqualTo(100_000_000);

        // the bank's report: the order's amount, not before it, not in the future
        RestitutionApiTest.fieldError(as("nganhang.vcb").post(REQUESTS + vcb + ":report-released",
                report(Instant.now(), 20_000_001)), "amount_released.dong");
        RestitutionApiTest.fieldError(as("nganhang.vcb").post(REQUESTS + vcb + ":report-released",
                report(Instant.now().plusSeconds(3600), 20_000_000)), "released_at");
        assertThat(as("lanhdao.congan").post(REQUESTS + vcb + ":report-released",
                report(Instant.now(), 20_000_000)).statusCode()).isEqualTo(403);
        Instant releasedAt = Instant.now();
        FreezeRequest reported = request(as("nganhang.vcb").post(REQUESTS + vcb + ":report-released",
                report(releasedAt, 20_000_000)));
        assertThat(reported.getStatus()).isEqualTo(FreezeStatus.HELD);
        assertThat(reported.getAmountReleased().getDong()).isEqualTo(20_000_000);
        assertThat(reported.getReleaseOrders(0).getStatus()).isEqualTo(ReleaseStatus.RELEASE_EXECUTED);
        assertThat(reported.getReleaseOrders(0).getReportedBy()).isEqualTo("nganhang.vcb");
        // the same report again is the same answer, written once; another one is refused
        FreezeRequest twice = request(as("nganhang.vcb").post(REQUESTS + vcb + ":report-released",
                report(releasedAt, 20_000_000)));
        assertThat(twice.getReleaseOrdersList()).isEqualTo(reported.getReleaseOrdersList());
        assertThat(audits(vcb, "REPORT_RELEASED")).isEqualTo(1);
        assertThat(as("nganhang.vcb").post(REQUESTS + vcb + ":report-released",
                report(releasedAt.minusSeconds(1), 20_000_000)).statusCode()).isEqualTo(400);
        // released money is not counted held
        assertThat(heldToday() - heldBefore).isEqualTo(80_000_000);

        // without an amount, all that may be released: 100 − 50 for the victim − 20 released = 30 million
        FreezeRequest rest = request(as("lanhdao.congan").post(REQUESTS + vcb + ":release", order(null)));
        assertThat(rest.getReleaseOrders(1).getAmount().getDong()).isEqualTo(30_000_000);
        FreezeRequest done = request(as("nganhang.vcb").post(REQUESTS + vcb + ":report-released",
                report(Instant.now(), 30_000_000)));
        // the victim's 50 million stays held
        assertThat(done.getStatus()).isEqualTo(FreezeStatus.HELD);
        assertThat(done.getAmountReleased().getDong()).isEqualTo(50_000_000);
        assertThat(heldToday() - heldBefore).isEqualTo(50_000_000);
        RestitutionApiTest.fieldError(as("lanhdao.congan").post(REQUESTS + vcb + ":release", order(null)), "amount");
    }

    /** The case's history entries of {@code kind}, as the investigator reads the case. */
    List<JsonNode> history(String caseId, String kind) {
        var answer = as("dieutra").get("/api/v1/cases/" + caseId);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        json.readTree(answer.body()).path("history").forEach(e -> {
            if (e.path("kind").asString().equals(kind)) {
                found.add(e);
            }
        });
        return found;
    }

    @Test
    void theCasesHistoryRecordsTheReleaseOrderAndTheBanksReportOnce() throws Exception {
        String caseId = openedCase();
        String vcb = sent(caseId, VCB);
        heldByVcb(vcb, 9_000_000);
        // refused orders leave no entry
        RestitutionApiTest.fieldError(as("lanhdao.congan").post(REQUESTS + vcb + ":release", order(9_000_001L)),
                "amount.dong");
        assertThat(as("dieutra").post(REQUESTS + vcb + ":release", order(1L)).statusCode()).isEqualTo(403);
        assertThat(history(caseId, "FREEZE_RELEASE_ORDERED")).isEmpty();

        String key = "history-" + vcb;
        FreezeRequest ordered = request(as("lanhdao.congan").post(REQUESTS + vcb + ":release", order(4_000_000L), key));
        request(as("lanhdao.congan").post(REQUESTS + vcb + ":release", order(4_000_000L), key));
        var issued = ordered.getReleaseOrders(0);
        assertThat(history(caseId, "FREEZE_RELEASE_ORDERED")).singleElement().satisfies(e -> {
            assertThat(e.path("actor").asString()).isEqualTo("lanhdao.congan");
            assertThat(e.path("actorUnit").asString()).isEqualTo("cong-an-tinh");
            assertThat(e.path("documentNumber").asString()).isEqualTo("07/LGT-CSĐT");
            assertThat(e.path("documentDate").asString()).isEqualTo(RestitutionApiTest.today());
            assertThat(e.path("reason").asString()).isEqualTo("Tài sản hợp pháp của chủ tài khoản");
            assertThat(e.path("amount").path("dong").asLong()).isEqualTo(4_000_000);
            assertThat(e.path("bank").asString()).isEqualTo(VCB);
            assertThat(e.path("freezeRequestId").asString()).isEqualTo(vcb);
            assertThat(Instant.parse(e.path("at").asString())).isEqualTo(ProtoTime.instant(true, issued.getOrderedAt()));
            assertThat(e.path("fromStage").asString()).isEqualTo("INVESTIGATION");
            assertThat(e.path("toStage").asString()).isEqualTo("INVESTIGATION");
        });
        assertThat(history(caseId, "FREEZE_RELEASE_REPORTED")).isEmpty();

        Instant releasedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        FreezeRequest reported = request(as("nganhang.vcb").post(REQUESTS + vcb + ":report-released",
                report(releasedAt, 4_000_000)));
        request(as("nganhang.vcb").post(REQUESTS + vcb + ":report-released", report(releasedAt, 4_000_000)));
        assertThat(history(caseId, "FREEZE_RELEASE_REPORTED")).singleElement().satisfies(e -> {
            assertThat(e.path("actor").asString()).isEqualTo("nganhang.vcb");
            assertThat(e.path("actorUnit").asString()).isEqualTo(VCB);
            assertThat(e.path("documentNumber").asString()).isEqualTo("07/LGT-CSĐT");
            assertThat(e.path("amount").path("dong").asLong()).isEqualTo(4_000_000);
            assertThat(e.path("bank").asString()).isEqualTo(VCB);
            assertThat(e.path("freezeRequestId").asString()).isEqualTo(vcb);
            assertThat(Instant.parse(e.path("releasedAt").asString())).isEqualTo(releasedAt);
            assertThat(Instant.parse(e.path("at").asString()))
                    .isEqualTo(ProtoTime.instant(true, reported.getReleaseOrders(0).getReportedAt()));
        });
        assertThat(rows("case_events where case_id = '" + caseId + "'")).isEqualTo(2);
    }

    @Test
    void anOrderWhoseHistoryEntryFailsIsNotIssued() throws Exception {
        String caseId = openedCase();
        String vcb = sent(caseId, VCB);
        heldByVcb(vcb, 3_000_000);
        // the history refuses this case's release entries: the order must not be written without its entry
        jdbc.sql("""
                create or replace function fail_release_entry() returns trigger language plpgsql as $$
                begin
                    if new.case_id = '%s' then raise exception 'history unavailable'; end if;
                    return new;
                end $$""".formatted(caseId)).update();
        jdbc.sql("""
                create trigger fail_release_entry before insert on case_events for each row
                    when (new.kind = 'FREEZE_RELEASE_ORDERED') execute function fail_release_entry()""").update();
        try {
            var failed = as("lanhdao.congan").post(REQUESTS + vcb + ":release", order(1_000_000L));
            assertThat(failed.statusCode()).isEqualTo(500);
            assertThat(rows("release_orders where freeze_request_id = '" + vcb + "'")).isZero();
            assertThat(rows("freeze_requests where id = '" + vcb + "' and status = 'HELD'")).isEqualTo(1);
            assertThat(audits(vcb, "ORDER_RELEASE")).isZero();
        } finally {
            jdbc.sql("drop trigger fail_release_entry on case_events").update();
            jdbc.sql("drop function fail_release_entry()").update();
        }
        request(as("lanhdao.congan").post(REQUESTS + vcb + ":release", order(1_000_000L)));
        assertThat(history(caseId, "FREEZE_RELEASE_ORDERED")).hasSize(1);
    }

    @Test
    void anotherBankLearnsNothingOfARelease() throws Exception {
        String caseId = openedCase();
        String bidv = sent(caseId, BIDV);
        jdbc.sql("""
                update freeze_requests set status = 'HELD', acknowledged_at = requested_at, held_at = requested_at,
                    amount_held = 7000000 where id = :id""").param("id", UUID.fromString(bidv)).update();
        request(as("lanhdao.congan").post(REQUESTS + bidv + ":release", order(null)));
        String missing = UUID.randomUUID().toString();
        var other = as("nganhang.vcb").post(REQUESTS + bidv + ":report-released", report(Instant.now(), 7_000_000));
        assertThat(other.statusCode()).isEqualTo(404);
        var none = as("nganhang.vcb").post(REQUESTS + missing + ":report-released", report(Instant.now(), 7_000_000));
        assertThat(CaseAccessApiTest.withoutIds(other, bidv)).isEqualTo(CaseAccessApiTest.withoutIds(none, missing));
        assertThat(as("nganhang.vcb").post(REQUESTS + bidv + ":release", order(null)).statusCode()).isEqualTo(404);
        assertThat(rows("release_orders where freeze_request_id = '" + bidv + "' and status = 'ISSUED'")).isEqualTo(1);

        // a bank that never executes the order is escalated once the hold's time has passed since it
        String overdue = "/api/v1/cases/freeze-requests?overdue=true&caseId=" + caseId;
        assertThat(as("lanhdao.congan").get(overdue).body()).doesNotContain(bidv);
        jdbc.sql("update release_orders set ordered_at = ordered_at - interval '3 hours' where freeze_request_id = :id")
                .param("id", UUID.fromString(bidv)).update();
        var late = FreezeRequestApiTest.parse(as("lanhdao.congan").get(overdue),
                ListFreezeRequestsResponse.newBuilder());
        assertThat(late.getFreezeRequestsList()).singleElement().satisfies(r -> {
            assertThat(r.getId()).isEqualTo(bidv);
            assertThat(r.getReleaseClock().getState()).isEqualTo(ClockState.CLOCK_OVERDUE);
        });
    }

    @Test
    void anAcknowledgedRequestIsLiftedWholeAndMoneyOrderedReleasedIsNotReturned() throws Exception {
        String caseId = openedCase();
        String acknowledged = sent(caseId, VCB);
        answered(acknowledged, "{\"acknowledge\": {}}");
        RestitutionApiTest.fieldError(as("lanhdao.congan").post(REQUESTS + acknowledged + ":release", order(5L)),
                "amount.dong");
        FreezeRequest lifted = request(as("lanhdao.congan").post(REQUESTS + acknowledged + ":release", order(null)));
        assertThat(lifted.getReleaseOrders(0).getAmount().getDong()).isZero();
        // the bank may not hold any more
        assertThat(as("nganhang.vcb").post(REQUESTS + acknowledged + ":respond",
                "{\"hold\": {\"amountHeld\": {\"dong\": \"5\"}}}").statusCode()).isEqualTo(400);
        FreezeRequest released = request(as("nganhang.vcb").post(REQUESTS + acknowledged + ":report-released",
                report(Instant.now(), 0)));
        assertThat(released.getStatus()).isEqualTo(FreezeStatus.RELEASED);

        // 10 million held, all of it ordered released: a victim's claim on it finds nothing to return
        String held = sent(caseId, VCB);
        heldByVcb(held, 10_000_000);
        request(as("lanhdao.congan").post(REQUESTS + held + ":release", order(null)));
        var claim = as("dieutra").post("/api/v1/cases/" + caseId + "/victim-claims",
                RestitutionApiTest.claim("Trần Thị B", "2234567890", 10_000_000, held));
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(200);
        RestitutionApiTest.fieldError(as("lanhdao.congan").post("/api/v1/cases/" + caseId + "/returns",
                RestitutionApiTest.decision("PRO_RATA")), "rule");
    }
}
