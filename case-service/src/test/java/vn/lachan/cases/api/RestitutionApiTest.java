package vn.lachan.cases.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.cases.v1.FreezeRequest;
import vn.lachan.cases.v1.ListReturnsResponse;
import vn.lachan.cases.v1.ListVictimClaimsResponse;
import vn.lachan.cases.v1.ReturnDecision;
import vn.lachan.cases.v1.ReturnInstruction;
import vn.lachan.cases.v1.ReturnStatus;
import vn.lachan.cases.v1.VictimClaim;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * Money back to victims, end to end in case-service with the realm's tokens (LocalIssuer): the investigator {@code dieutra} adds
 * the claims, the police leader {@code lanhdao.congan} (or the procurator {@code kiemsat} once the case is at the
 * procuracy) decides the return, and the Vietcombank officer {@code nganhang.vcb} reports its instructions paid.
 */
@RealInfrastructure(database = "lachan_case", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0",
                "spring.grpc.server.inprocess.name=restitution-api-test"})
class RestitutionApiTest extends CaseServiceApiTest {

    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();
    static final ObjectMapper json = new ObjectMapper();
    static final String VCB = "vcb-dong-thap";
    static final String BIDV = "bidv-dong-thap";
    static final String RETURNS = "/api/v1/cases/returns";

    /** A freeze request of the case to {@code bank} on {@code account}, sent by the investigator. */
    String sent(String caseId, String bank, String account, int layer) throws Exception {
        var answer = as("dieutra").post("/api/v1/cases/" + caseId + "/freeze-requests",
                FreezeRequestApiTest.json(FreezeRequestApiTest.toBank(bank).setAccountNumber(account).setLayer(layer)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return FreezeRequestApiTest.parse(answer, FreezeRequest.newBuilder()).getId();
    }

    /** VCB holds {@code dong} on its request through the API. */
    void heldByVcb(String freezeRequestId, long dong) {
        var answer = as("nganhang.vcb").post("/api/v1/cases/freeze-requests/" + freezeRequestId + ":respond",
                "{\"hold\": {\"amountHeld\": {\"dong\": \"" + dong + "\"}}}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    /** A request to a bank without a seed user, held as its answer would leave it. */
    void heldDirectly(String freezeRequestId, long dong) {
        jdbc.sql("""
                update freeze_requests set status = 'HELD', acknowledged_at = requested_at, held_at = requested_at,
                    amount_held = :dong where id = :id""")
                .param("dong", dong).param("id", UUID.fromString(freezeRequestId)).update();
    }

    static String claim(String name, String account, long lost, String freezeRequestId) {
        return """
                {"victimName":"%s","accountNumber":"%s","bankName":"Agribank Đồng Tháp","amountLost":{"dong":"%d"}%s}"""
                .formatted(name, account, lost, freezeRequestId == null ? ""
                        : ",\"freezeRequestId\":\"" + freezeRequestId + "\"");
    }

    VictimClaim added(String caseId, String body) throws Exception {
        var answer = as("dieutra").post("/api/v1/cases/" + caseId + "/victim-claims", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return FreezeRequestApiTest.parse(answer, VictimClaim.newBuilder()).build();
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }

    static String decision(String rule) {
        return """
                {"rule":"%s","documentNumber":"15/QĐ-CSĐT","documentDate":"%s","reason":"Trả lại tiền cho bị hại"}"""
                .formatted(rule, today());
    }

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    long[] written() {
        return new long[] {rows("victim_claims"), rows("return_decisions"), rows("return_instructions")};
    }

    /** PA05's money returned today in its case figures, as the police leader reads them. */
    long returnedToday() {
        var answer = as("lanhdao.congan").get("/api/v1/cases/statistics?unit=cong-an-tinh-pa05&from=" + today()
                + "&to=" + today());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).path("amountReturned").path("dong").asLong(0);
    }

    static JsonNode errors(HttpResponse<String> answer) {
        return json.readTree(answer.body()).path("errors");
    }

    static void fieldError(HttpResponse<String> answer, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(errors(answer)).as(answer.body()).anySatisfy(e -> {
            assertThat(e.get("field").asString()).isEqualTo(field);
            assertThat(e.get("vi").asString()).isNotBlank();
            assertThat(e.get("en").asString()).isNotBlank();
        });
    }

    @Test
    void aProRataReturnSharesAllTheMoneyHeldAndTheAddressedBankReportsItPaid() throws Exception {
        String caseId = openedCase();
        String vcb = sent(caseId, VCB, "0071000123456", 1);
        String bidv = sent(caseId, BIDV, "21510000987654", 1);
        heldByVcb(vcb, 300_000_000);
        heldDirectly(bidv, 150_000_000);

        VictimClaim first = added(caseId, claim("Nguyễn Văn A", "1234567890", 400_000_000, vcb));
        String second = "Trần Thị B";
        // a retry with the same key is the same claim, not a second one
        var once = as("dieutra").post("/api/v1/cases/" + caseId + "/victim-claims",
                claim(second, "2234567890", 200_000_000, vcb), "claim-b-" + caseId);
        var again = as("dieutra").post("/api/v1/cases/" + caseId + "/victim-claims",
                claim(second, "2234567890", 200_000_000, vcb), "claim-b-" + caseId);
        assertThat(json.readTree(again.body()).get("id")).isEqualTo(json.readTree(once.body()).get("id"));
        VictimClaim third = added(caseId, claim("Lê Văn C", "3234567890", 300_000_000, null));
        assertThat(first.getAmountDecided().getDong()).isZero();

        // only the competent police leader decides while the case is investigated
        assertThat(as("dieutra").post("/api/v1/cases/" + caseId + "/returns", decision("PRO_RATA")).statusCode())
                .isEqualTo(403);
        assertThat(as("kiemsat").post("/api/v1/cases/" + caseId + "/returns", decision("PRO_RATA")).statusCode())
                .isEqualTo(403);
        var decided = as("lanhdao.congan").post("/api/v1/cases/" + caseId + "/returns", decision("PRO_RATA"));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        ReturnDecision d = FreezeRequestApiTest.parse(decided, ReturnDecision.newBuilder()).build();

        // 450 million held of 900 owed: half each, paid from the account held first (BIDV's), then VCB's
        assertThat(d.getTotal().getDong()).isEqualTo(450_000_000);
        Map<String, Long> byClaim = d.getInstructionsList().stream().collect(Collectors.groupingBy(
                ReturnInstruction::getVictimClaimId, Collectors.summingLong(i -> i.getAmount().getDong())));
        assertThat(byClaim).containsEntry(first.getId(), 200_000_000L)
                .containsEntry(json.readTree(once.body()).get("id").asString(), 100_000_000L)
                .containsEntry(third.getId(), 150_000_000L);
        assertThat(d.getInstructionsList()).allSatisfy(i -> assertThat(i.getStatus()).isEqualTo(ReturnStatus.DECIDED));
        assertThat(d.getInstructionsList().stream().filter(i -> i.getBank().equals(VCB))
                .mapToLong(i -> i.getAmount().getDong()).sum()).isEqualTo(300_000_000);

        // all held money is decided: a second decision has nothing to return and writes nothing
        long[] before = written();
        fieldError(as("lanhdao.congan").post("/api/v1/cases/" + caseId + "/returns", decision("PRO_RATA")), "rule");
        assertThat(written()).containsExactly(before);

        // the bank lists only its own instructions, with the victims' accounts it must pay
        var listed = FreezeRequestApiTest.parse(as("nganhang.vcb").get(RETURNS + "?caseId=" + caseId),
                ListReturnsResponse.newBuilder()).build();
        long atVcb = d.getInstructionsList().stream().filter(i -> i.getBank().equals(VCB)).count();
        assertThat(listed.getReturnsList()).hasSize((int) atVcb).allSatisfy(i -> {
            assertThat(i.getBank()).isEqualTo(VCB);
            assertThat(i.getVictimAccountNumber()).isNotEmpty();
        });
        // the procuracy sees them all, without the victims' names
        var procuracy = FreezeRequestApiTest.parse(as("kiemsat").get(RETURNS + "?caseId=" + caseId),
                ListReturnsResponse.newBuilder()).build();
        assertThat(procuracy.getReturnsList()).hasSize(d.getInstructionsCount()).allSatisfy(i -> assertThat(i.getVictimName()).isEmpty());

        ReturnInstruction toFirst = listed.getReturnsList().stream()
                .filter(i -> i.getVictimClaimId().equals(first.getId())).findFirst().orElseThrow();
        ReturnInstruction atBidv = d.getInstructionsList().stream().filter(i -> i.getBank().equals(BIDV)).findFirst()
                .orElseThrow();
        String report = RETURNS + "/" + toFirst.getId() + ":report-executed";
        Instant now = Instant.now();
        String paid = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).toString(); // not before the decision

        // another bank's instruction is not found to VCB; the police may see but not report
        assertThat(as("nganhang.vcb").post(RETURNS + "/" + atBidv.getId() + ":report-executed",
                "{\"executedAt\":\"" + paid + "\",\"bankReference\":\"FT1\"}").statusCode()).isEqualTo(404);
        assertThat(as("dieutra").post(report, "{\"executedAt\":\"" + paid + "\",\"bankReference\":\"FT1\"}")
                .statusCode()).isEqualTo(403);
        fieldError(as("nganhang.vcb").post(report, "{\"executedAt\":\"" + now.plus(1, ChronoUnit.DAYS)
                + "\",\"bankReference\":\"FT1\"}"), "executed_at");
        fieldError(as("nganhang.vcb").post(report, "{\"executedAt\":\"2020-01-01T00:00:00Z\",\"bankReference\":\"FT1\"}"),
                "executed_at");
        fieldError(as("nganhang.vcb").post(report, "{\"executedAt\":\"" + paid + "\"}"), "bank_reference");

        long returnedBefore = returnedToday();
        var executed = as("nganhang.vcb").post(report, "{\"executedAt\":\"" + paid + "\",\"bankReference\":\"FT1\"}");
        assertThat(executed.statusCode()).as(executed.body()).isEqualTo(200);
        // the unit's figures count the money paid back, for report-service's "money returned"
        assertThat(returnedToday() - returnedBefore).isEqualTo(toFirst.getAmount().getDong());
        // the same report again is the same answer; a different one is refused, and the first stands
        var repeated = as("nganhang.vcb").post(report, "{\"executedAt\":\"" + paid + "\",\"bankReference\":\"FT1\"}");
        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(FreezeRequestApiTest.parse(repeated, ReturnInstruction.newBuilder()).build())
                .isEqualTo(FreezeRequestApiTest.parse(executed, ReturnInstruction.newBuilder()).build());
        // refused as the freeze requests' second answers are: the platform's conflict of state, 400 FAILED_PRECONDITION
        assertThat(as("nganhang.vcb").post(report, "{\"executedAt\":\"" + paid + "\",\"bankReference\":\"FT2\"}")
                .statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from audit_log where record_type = 'return_instruction' and record_id = :id"
                + " and action = 'REPORT_EXECUTED'").param("id", toFirst.getId()).query(Long.class).single()).isEqualTo(1);

        // the claims show what was decided and paid; the victims' data withheld from the procuracy
        var claims = FreezeRequestApiTest.parse(as("dieutra").get("/api/v1/cases/" + caseId + "/victim-claims"),
                ListVictimClaimsResponse.newBuilder()).build();
        assertThat(claims.getVictimClaimsList()).extracting(c -> c.getAmountDecided().getDong())
                .containsExactly(200_000_000L, 100_000_000L, 150_000_000L);
        assertThat(claims.getVictimClaimsList().getFirst().getAmountReturned().getDong())
                .isEqualTo(toFirst.getAmount().getDong());
        var withheld = FreezeRequestApiTest.parse(as("kiemsat").get("/api/v1/cases/" + caseId + "/victim-claims"),
                ListVictimClaimsResponse.newBuilder()).build();
        assertThat(withheld.getVictimClaimsList()).allSatisfy(c -> assertThat(c.getVictimName()).isEmpty());
        // the bank and the tip intake may not read claims; another unit's investigator does not find the case
        assertThat(as("nganhang.vcb").get("/api/v1/cases/" + caseId + "/victim-claims").statusCode()).isEqualTo(404);
        assertThat(as("tiepnhan").get("/api/v1/cases/" + caseId + "/victim-claims").statusCode()).isEqualTo(403);
    }

    @Test
    void aTracedReturnSharesEachAccountAmongItsOwnVictimsAndAtTheProcuracyTheProcuratorDecides() throws Exception {
        String caseId = openedCase();
        String vcb = sent(caseId, VCB, "0071000999999", 1);
        heldByVcb(vcb, 100_000_000);
        VictimClaim a = added(caseId, claim("Phạm Văn D", "4234567890", 60_000_000, vcb));
        VictimClaim b = added(caseId, claim("Võ Thị E", "5234567890", 90_000_000, vcb));
        VictimClaim untraced = added(caseId, claim("Đỗ Văn G", "6234567890", 50_000_000, null));

        var moved = as("lanhdao.congan").post("/api/v1/cases/" + caseId + ":move", """
                {"move":"CONCLUDE_RECOMMEND_PROSECUTION","reason":"Đủ chứng cứ","documentNumber":"9/KL","documentDate":"%s"}"""
                .formatted(today()));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(as("lanhdao.congan").post("/api/v1/cases/" + caseId + "/returns", decision("TRACED")).statusCode())
                .isEqualTo(403);
        var decided = as("kiemsat").post("/api/v1/cases/" + caseId + "/returns", decision("TRACED"));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        ReturnDecision d = FreezeRequestApiTest.parse(decided, ReturnDecision.newBuilder()).build();
        // VCB's 100 million between 60 and 90 million owed: 40 and 60 million; the untraced victim gets nothing
        assertThat(d.getInstructionsList()).extracting(i -> i.getVictimClaimId() + "=" + i.getAmount().getDong())
                .containsExactlyInAnyOrder(a.getId() + "=40000000", b.getId() + "=60000000");
        assertThat(d.getInstructionsList()).noneSatisfy(i -> assertThat(i.getVictimClaimId()).isEqualTo(untraced.getId()));
    }

    @Test
    void badClaimsAreFieldErrorsAndWriteNothing() throws Exception {
        String caseId = openedCase();
        String other = openedCase();
        String ofOtherCase = sent(other, VCB, "0071000888888", 1);
        String secondLayer = sent(caseId, VCB, "0071000777777", 2);
        long[] before = written();
        String path = "/api/v1/cases/" + caseId + "/victim-claims";
        fieldError(as("dieutra").post(path, claim("A", "1234567890", 0, null)), "victim_claim.amount_lost.dong");
        fieldError(as("dieutra").post(path, claim("A", "12 34", 5, null)), "victim_claim.account_number");
        fieldError(as("dieutra").post(path, claim("", "1234567890", 5, null)), "victim_claim.victim_name");
        fieldError(as("dieutra").post(path, claim("A", "1234567890", 5, ofOtherCase)), "victim_claim.freeze_request_id");
        fieldError(as("dieutra").post(path, claim("A", "1234567890", 5, secondLayer)), "victim_claim.freeze_request_id");
        fieldError(as("dieutra").post(path, claim("A", "1234567890", 5, "abc")), "victim_claim.freeze_request_id");
        assertThat(as("kiemsat").post(path, claim("A", "1234567890", 5, null)).statusCode()).isEqualTo(403);
        fieldError(as("lanhdao.congan").post("/api/v1/cases/" + caseId + "/returns", """
                {"rule":"PRO_RATA","documentNumber":"1","documentDate":"2999-01-01","reason":"x"}"""), "document_date");
        fieldError(as("lanhdao.congan").post("/api/v1/cases/" + caseId + "/returns", decision("PRO_RATA")), "rule");
        assertThat(as("lanhdao.congan").post("/api/v1/cases/" + UUID.randomUUID() + "/returns", decision("PRO_RATA"))
                .statusCode()).isEqualTo(404);
        assertThat(written()).containsExactly(before);
        assertThat(List.of(before)).isNotNull();
    }
}
