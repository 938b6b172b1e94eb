package vn.lachan.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.lachan.cases.v1.MoneyTrail;
import vn.lachan.cases.v1.ReportOnwardTransfersResponse;
import vn.lachan.cases.v1.TrailAccount;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * The money trail end to end in case-service with the realm's tokens (signed locally, LocalIssuer) and real PostgreSQL: the Vietcombank officer
 * {@code nganhang.vcb} reports onward transfers on the request addressed to it, the investigator {@code dieutra} reads
 * the trail with its figures and leads, the procurator {@code kiemsat} reads it with the victims withheld, and a
 * report is written whole or not at all.
 */
@RealInfrastructure(database = "lachan_case", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0",
                "spring.grpc.server.inprocess.name=money-trail-api-test"})
class MoneyTrailApiTest extends CaseServiceApiTest {

    static final String REQUESTS = "/api/v1/cases/freeze-requests/";
    static final Instant AN_HOUR_AGO = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    /** A freeze request on {@code account} at {@code bank} of the case, sent by {@code user}. */
    String sent(String user, String caseId, String bank, String account, int layer) {
        var answer = as(user).post("/api/v1/cases/" + caseId + "/freeze-requests", """
                {"bank":"%s","accountNumber":"%s","accountHolder":"TRAN THI B","amountRequested":{"dong":"450000000"},
                 "layer":%d,"reason":"Nhận tiền của bị hại"}""".formatted(bank, account, layer));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return FreezeReleaseApiTest.json.readTree(answer.body()).get("id").asString();
    }

    static String transfer(long dong, Instant at, String account, String bank, String reference) {
        return """
                {"amount":{"dong":"%d"},"transferredAt":"%s","toAccountNumber":"%s","toBank":"%s","reference":"%s"}"""
                .formatted(dong, at, account, bank, reference);
    }

    static String report(String... transfers) {
        return "{\"transfers\":[" + String.join(",", transfers) + "]}";
    }

    HttpResponse<String> reported(String request, String body) {
        return as("nganhang.vcb").post(REQUESTS + request + ":report-onward-transfers", body);
    }

    MoneyTrail trail(String user, String caseId) throws Exception {
        var answer = as(user).get("/api/v1/cases/" + caseId + "/trail");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return FreezeRequestApiTest.parse(answer, MoneyTrail.newBuilder()).build();
    }

    static TrailAccount account(MoneyTrail trail, String key) {
        return trail.getAccountsList().stream().filter(a -> a.getKey().equals(key)).findFirst().orElseThrow();
    }

    long transfers() {
        return jdbc.sql("select count(*) from onward_transfers").query(Long.class).single();
    }

    @Test
    void theBankExtendsTheTrailAndItsFiguresAddUpToTheDong() throws Exception {
        String caseId = openedCase();
        String vcb = sent("dieutra", caseId, "vcb-dong-thap", "0071000123456", 1);
        var held = as("nganhang.vcb").post(REQUESTS + vcb + ":respond", "{\"hold\":{\"amountHeld\":{\"dong\":\"100000000\"}}}");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
        var claim = as("dieutra").post("/api/v1/cases/" + caseId + "/victim-claims", """
                {"victimName":"Nguyễn Văn A","accountNumber":"1234567890","bankName":"Vietcombank",
                 "amountLost":{"dong":"450000000"},"freezeRequestId":"%s"}""".formatted(vcb));
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(200);

        String body = report(transfer(300_000_000, AN_HOUR_AGO, "2221000999", "bidv-dong-thap", "FT-1"),
                transfer(49_999_999, AN_HOUR_AGO.plusSeconds(60), "5100200300", "agribank-dong-thap", "FT-2"));
        long before = transfers();
        var first = reported(vcb, body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        // a retry, with or without its key, is the same report: nothing is counted twice
        var again = reported(vcb, body);
        var keyed = as("nganhang.vcb").post(REQUESTS + vcb + ":report-onward-transfers", body, "onward-" + vcb);
        var keyedAgain = as("nganhang.vcb").post(REQUESTS + vcb + ":report-onward-transfers", body, "onward-" + vcb);
        assertThat(transfers()).isEqualTo(before + 2);
        var answered = FreezeRequestApiTest.parse(first, ReportOnwardTransfersResponse.newBuilder()).build();
        assertThat(answered.getTransfersList()).extracting(t -> t.getToKey(), t -> t.getAmount().getDong())
                .containsExactly(tuple("BIDV:2221000999", 300_000_000L), tuple("AGRIBANK:5100200300", 49_999_999L));
        for (var retry : List.of(again, keyed, keyedAgain)) {
            assertThat(FreezeRequestApiTest.parse(retry, ReportOnwardTransfersResponse.newBuilder()).build())
                    .isEqualTo(answered);
        }
        assertThat(jdbc.sql("select count(*) from audit_log where record_type = 'freeze_request' and record_id = :id"
                        + " and action = 'REPORT_ONWARD_TRANSFERS'").param("id", vcb).query(Long.class).single())
                .isEqualTo(1);

        MoneyTrail trail = trail("dieutra", caseId);
        assertThat(trail.getAccountsList()).extracting(TrailAccount::getKey, TrailAccount::getLayer,
                        a -> a.getMoneyIn().getDong(), a -> a.getMoneyOut().getDong(), a -> a.getHeld().getDong(),
                        a -> a.getUnexplained().getDong())
                .containsExactly(
                        tuple("VCB:1234567890", 0, 450_000_000L, 450_000_000L, 0L, 0L),
                        tuple("VCB:0071000123456", 1, 450_000_000L, 349_999_999L, 100_000_000L, 1L),
                        tuple("AGRIBANK:5100200300", 2, 49_999_999L, 0L, 0L, 49_999_999L),
                        tuple("BIDV:2221000999", 2, 300_000_000L, 0L, 0L, 300_000_000L));
        assertThat(trail.getTotalLost().getDong()).isEqualTo(450_000_000L);
        assertThat(trail.getTotalHeld().getDong()).isEqualTo(100_000_000L);
        assertThat(trail.getTotalUnexplained().getDong()).isEqualTo(350_000_000L);
        // the next hold is one request away: the account's bank is known
        assertThat(account(trail, "BIDV:2221000999").getBank()).isEqualTo("bidv-dong-thap");
        assertThat(trail.getTransfersCount()).isEqualTo(3);

        // the procurator reads the trail, the victim's account withheld, the figures the same
        MoneyTrail withheld = trail("kiemsat", caseId);
        assertThat(withheld.toString()).doesNotContain("1234567890");
        assertThat(account(withheld, "bi-hai-1").getMoneyIn().getDong()).isEqualTo(450_000_000L);
        assertThat(withheld.getTotalUnexplained()).isEqualTo(trail.getTotalUnexplained());
        assertThat(jdbc.sql("select count(*) from audit_log where record_type = 'money_trail' and record_id = :id")
                .param("id", caseId).query(Long.class).single()).isEqualTo(2);

        // the money that reached another VCB account cannot leave it before it arrived there
        var onward = reported(vcb, report(transfer(1, AN_HOUR_AGO.plusSeconds(120), "9990001112", "vcb-cao-lanh", "FT-3")));
        assertThat(onward.statusCode()).as(onward.body()).isEqualTo(200);
        String next = sent("dieutra", caseId, "vcb-dong-thap", "9990001112", 2);
        var early = reported(next, report(transfer(1, AN_HOUR_AGO.plusSeconds(119), "2221000999", "bidv-dong-thap", "E")));
        RestitutionApiTest.fieldError(early, "transfers[0].transferred_at");
        var onTime = reported(next, report(transfer(1, AN_HOUR_AGO.plusSeconds(120), "2221000999", "bidv-dong-thap", "E")));
        assertThat(onTime.statusCode()).as(onTime.body()).isEqualTo(200);
        assertThat(account(trail("dieutra", caseId), "BIDV:2221000999").getMoneyIn().getDong()).isEqualTo(300_000_001L);
    }

    @Test
    void halfABadReportWritesNothingEvenWhenTheDatabaseFailsBetweenTwoTransfers() throws Exception {
        String caseId = openedCase();
        String vcb = sent("dieutra", caseId, "vcb-dong-thap", "0071000123456", 1);
        long before = transfers();
        var bad = reported(vcb, report(transfer(1_000, AN_HOUR_AGO, "2221000999", "bidv-dong-thap", "FT-1"),
                transfer(2_000, AN_HOUR_AGO, "2221000998", "bidv-dong-thap", "FT-2"),
                transfer(0, AN_HOUR_AGO.plus(2, ChronoUnit.DAYS), "2221000997", "cong-an-tinh", "FT-3")));
        RestitutionApiTest.fieldError(bad, "transfers[2].amount.dong");
        RestitutionApiTest.fieldError(bad, "transfers[2].transferred_at");
        RestitutionApiTest.fieldError(bad, "transfers[2].to_bank");
        assertThat(transfers()).isEqualTo(before);

        // the database refuses the second transfer after the first was written: the first is undone with it
        jdbc.sql("""
                create or replace function refuse_ft_fail() returns trigger language plpgsql as $$
                begin
                    if new.reference = 'FT-FAIL' then raise exception 'refused by the test'; end if;
                    return new;
                end $$""").update();
        jdbc.sql("create trigger refuse_ft_fail before insert on onward_transfers for each row execute function refuse_ft_fail()")
                .update();
        try {
            var failed = reported(vcb, report(transfer(1_000, AN_HOUR_AGO, "2221000999", "bidv-dong-thap", "FT-OK"),
                    transfer(2_000, AN_HOUR_AGO, "2221000998", "bidv-dong-thap", "FT-FAIL")));
            assertThat(failed.statusCode()).as(failed.body()).isGreaterThanOrEqualTo(500);
            assertThat(transfers()).isEqualTo(before);
        } finally {
            jdbc.sql("drop trigger refuse_ft_fail on onward_transfers").update();
            jdbc.sql("drop function refuse_ft_fail()").update();
        }
        // the bank sends the whole report again: now all of it is written
        var whole = reported(vcb, report(transfer(1_000, AN_HOUR_AGO, "2221000999", "bidv-dong-thap", "FT-OK"),
                transfer(2_000, AN_HOUR_AGO, "2221000998", "bidv-dong-thap", "FT-FAIL")));
        assertThat(whole.statusCode()).as(whole.body()).isEqualTo(200);
        assertThat(transfers()).isEqualTo(before + 2);
        // the same reference with other facts is refused, and nothing else of that report is written
        var changed = reported(vcb, report(transfer(1_001, AN_HOUR_AGO, "2221000999", "bidv-dong-thap", "FT-OK"),
                transfer(5, AN_HOUR_AGO, "2221000996", "bidv-dong-thap", "FT-NEW")));
        RestitutionApiTest.fieldError(changed, "transfers[0].reference");
        assertThat(transfers()).isEqualTo(before + 2);
    }

    @Test
    void anotherBanksRequestIsNotFoundExactlyAsAMissingOneAndOnlyTheBankReports() throws Exception {
        String caseId = openedCase();
        String bidv = sent("dieutra", caseId, "bidv-dong-thap", "2221000999", 1);
        String body = report(transfer(1_000, AN_HOUR_AGO, "5100200300", "agribank-dong-thap", "FT-1"));
        var other = reported(bidv, body);
        String missingId = UUID.randomUUID().toString();
        var missing = reported(missingId, body);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        // the same answer but for the id asked and the request's own id (for the operators)
        String requestId = "\"requestId\":\"[^\"]+\"";
        assertThat(other.body().replace(bidv, "ID").replaceAll(requestId, ""))
                .isEqualTo(missing.body().replace(missingId, "ID").replaceAll(requestId, ""));
        // the police may see the request but do not answer for the bank
        assertThat(as("dieutra").post(REQUESTS + bidv + ":report-onward-transfers", body).statusCode()).isEqualTo(403);
        // and a bank never reads a case's trail: the case is not found to it
        assertThat(as("nganhang.vcb").get("/api/v1/cases/" + caseId + "/trail").statusCode()).isEqualTo(404);
    }

    @Test
    void leadsNameOnlyTheOtherCasesTheViewerMaySee() throws Exception {
        String account = String.valueOf(7_000_000_000L + (System.nanoTime() % 1_000_000_000L));
        String alone = String.valueOf(Long.parseLong(account) + 1);
        String mine = openedCase();
        String vcb = sent("dieutra", mine, "vcb-dong-thap", alone, 1);
        var moved = reported(vcb, report(transfer(1_000, AN_HOUR_AGO, account, "bidv-dong-thap", "FT-L")));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        // the same BIDV account in another PA05 case (named at another branch), and in a PC02 case
        String sameUnit = openedCase();
        sent("dieutra", sameUnit, "bidv-cao-lanh", account, 1);
        var pc02 = as("lanhdao.congan").post("/api/v1/cases", """
                {"title":"Vụ án của PC02","penalCodeArticle":174,"clause":2,"leadUnit":"cong-an-tinh-pc02"}""");
        assertThat(pc02.statusCode()).as(pc02.body()).isEqualTo(200);
        String otherUnit = FreezeReleaseApiTest.json.readTree(pc02.body()).get("id").asString();
        sent("lanhdao.congan", otherUnit, "bidv-dong-thap", account, 1);

        var seenByInvestigator = account(trail("dieutra", mine), "BIDV:" + account);
        assertThat(seenByInvestigator.getLeadsList()).extracting(l -> l.getCaseId()).containsExactly(sameUnit);
        assertThat(trail("dieutra", mine).toString()).doesNotContain(otherUnit);
        var seenByLeader = account(trail("lanhdao.congan", mine), "BIDV:" + account);
        assertThat(seenByLeader.getLeadsList()).extracting(l -> l.getCaseId())
                .containsExactlyInAnyOrder(sameUnit, otherUnit);
        assertThat(seenByLeader.getLeadsList()).allSatisfy(l -> assertThat(l.getCaseNumber()).startsWith("VA-"));
        // the victims' accounts are no leads, and an account of this case alone has none
        assertThat(account(trail("dieutra", mine), "VCB:" + alone).getLeadsList()).isEmpty();
    }
}
