package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.money.Money;
import vn.lachan.platform.security.Caller;

/** The rules of victims' claims, return decisions and the banks' reports, and who may act on them. */
class RestitutionTest {

    static final String CASE = "3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c";
    static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");

    static VictimClaimDraft claim(String name, String account, String bank, Long lost, String freezeRequest) {
        return new VictimClaimDraft(CASE, name, account, bank, lost == null ? null : Money.dong(lost), freezeRequest);
    }

    static String fieldOf(Throwable t) {
        return ((ValidationException) t).violations().stream().map(FieldViolation::field).findFirst().orElseThrow();
    }

    @Test
    void aClaimWithEverythingRightPasses() {
        assertThatCode(() -> RestitutionRules.check(claim("Nguyễn Văn A", "0123456789", "Vietcombank", 450_000_000L, "")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource({
            "'', 0123456789, VCB, 5, '', victim_claim.victim_name",
            "A, 01234, VCB, 5, '', victim_claim.account_number",
            "A, 0123 456789, VCB, 5, '', victim_claim.account_number",
            "A, 0123456789, '', 5, '', victim_claim.bank_name",
            "A, 0123456789, VCB, 0, '', victim_claim.amount_lost.dong",
            "A, 0123456789, VCB, -5, '', victim_claim.amount_lost.dong",
            "A, 0123456789, VCB, 5, abc, victim_claim.freeze_request_id",
    })
    void aWrongClaimNamesItsField(String name, String account, String bank, long lost, String freezeRequest,
                                  String field) {
        assertThatThrownBy(() -> RestitutionRules.check(claim(name, account, bank, lost, freezeRequest)))
                .isInstanceOf(ValidationException.class)
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo(field))
                .satisfies(t -> ((ValidationException) t).violations().forEach(v -> {
                    assertThat(v.vi()).isNotBlank();
                    assertThat(v.en()).isNotBlank().isNotEqualTo(v.vi());
                }));
    }

    @Test
    void aClaimWithoutAnAmountOrWithALongNameIsRefused() {
        assertThatThrownBy(() -> RestitutionRules.check(claim("a".repeat(201), "0123456789", "VCB", null, null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(t -> assertThat(((ValidationException) t).violations()).extracting(FieldViolation::field)
                        .containsExactly("victim_claim.victim_name", "victim_claim.amount_lost"));
    }

    static FreezeRequest freezeRequest(UUID caseId, int layer) {
        return new FreezeRequest(UUID.randomUUID(), caseId, "vcb-dong-thap", "0071000123456", null, Money.dong(5), layer,
                "x", FreezeStatus.REQUESTED, NOW, null, null, null, null, null, "dieutra", NOW, "dieutra", List.of());
    }

    @Test
    void aClaimIsTracedOnlyToAFirstLayerRequestOfItsOwnCase() {
        UUID caseId = UUID.fromString(CASE);
        assertThatCode(() -> RestitutionRules.checkTracedTo(freezeRequest(caseId, 1), caseId)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RestitutionRules.checkTracedTo(freezeRequest(UUID.randomUUID(), 1), caseId))
                .satisfies(t -> assertThat(((ValidationException) t).violations().getFirst().code()).isEqualTo("NOT_IN_CASE"));
        assertThatThrownBy(() -> RestitutionRules.checkTracedTo(null, caseId))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("victim_claim.freeze_request_id"));
        assertThatThrownBy(() -> RestitutionRules.checkTracedTo(freezeRequest(caseId, 2), caseId))
                .satisfies(t -> assertThat(((ValidationException) t).violations().getFirst().code())
                        .isEqualTo("NOT_FIRST_LAYER"));
    }

    static ReturnDecisionDraft decision(ReturnRule rule, String date) {
        return new ReturnDecisionDraft(CASE, rule, "12/QĐ-CSĐT", date, "Trả lại tiền cho bị hại");
    }

    @Test
    void aDecisionIsDatedBetweenTheCaseAndToday() {
        Instant opened = Instant.parse("2026-03-01T02:00:00Z");
        assertThat(RestitutionRules.check(decision(ReturnRule.PRO_RATA, "2026-03-10"), opened, NOW))
                .isEqualTo(LocalDate.of(2026, 3, 10));
        assertThatThrownBy(() -> RestitutionRules.check(decision(ReturnRule.PRO_RATA, "2026-03-11"), opened, NOW))
                .satisfies(t -> assertThat(((ValidationException) t).violations().getFirst().code()).isEqualTo("IN_FUTURE"));
        assertThatThrownBy(() -> RestitutionRules.check(decision(ReturnRule.PRO_RATA, "2026-02-28"), opened, NOW))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("document_date"));
        assertThatThrownBy(() -> RestitutionRules.check(decision(ReturnRule.PRO_RATA, "2026-02-31"), opened, NOW))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("document_date"));
        assertThatThrownBy(() -> RestitutionRules.check(decision(null, "2026-03-10"), opened, NOW))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("rule"));
    }

    static ReturnInstruction instruction() {
        return new ReturnInstruction(UUID.randomUUID(), UUID.fromString(CASE), UUID.randomUUID(), UUID.randomUUID(),
                "vcb-dong-thap", "0071000123456", UUID.randomUUID(), "Nguyễn Văn A", "0123456789", "BIDV",
                Money.dong(200_000_000), ReturnRule.PRO_RATA, "12/QĐ", LocalDate.of(2026, 3, 10), NOW,
                ReturnStatus.DECIDED, null, null, null, null);
    }

    @Test
    void theSameReportAgainChangesNothingAndADifferentOneIsAConflict() {
        Instant paid = NOW.plus(1, ChronoUnit.HOURS);
        Instant later = NOW.plus(2, ChronoUnit.HOURS);
        var first = instruction().report(new ReturnExecution(paid, "FT2603100001"), later, "nganhang.vcb");
        assertThat(first.changed()).isTrue();
        assertThat(first.instruction().status()).isEqualTo(ReturnStatus.EXECUTED);
        assertThat(first.instruction().executedAt()).isEqualTo(paid);

        var again = first.instruction().report(new ReturnExecution(paid, "FT2603100001"), later.plusSeconds(60), "x");
        assertThat(again.changed()).isFalse();
        assertThat(again.instruction()).isEqualTo(first.instruction());

        assertThatThrownBy(() -> first.instruction().report(new ReturnExecution(paid, "FT-OTHER"), later, "x"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> first.instruction().report(new ReturnExecution(paid.plusSeconds(1), "FT2603100001"),
                later, "x")).isInstanceOf(ConflictException.class);
    }

    @Test
    void aReportInTheFutureOrBeforeTheDecisionOrWithoutAReferenceIsAFieldError() {
        var i = instruction();
        assertThatThrownBy(() -> i.report(new ReturnExecution(NOW.plus(1, ChronoUnit.HOURS), "FT1"), NOW, "b"))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("executed_at"));
        assertThatThrownBy(() -> i.report(new ReturnExecution(NOW.minusSeconds(1), "FT1"), NOW, "b"))
                .satisfies(t -> assertThat(((ValidationException) t).violations().getFirst().code())
                        .isEqualTo("BEFORE_DECISION"));
        assertThatThrownBy(() -> i.report(new ReturnExecution(null, "FT1"), NOW, "b"))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("executed_at"));
        assertThatThrownBy(() -> i.report(new ReturnExecution(NOW, " "), NOW, "b"))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("bank_reference"));
    }

    static Caller caller(String unit, String roles) {
        return CaseAccessTest.caller(unit, roles);
    }

    @Test
    void theCompetentPersonDependsOnTheStage() {
        assertThat(RestitutionAccess.decider(Stage.INVESTIGATION)).isEqualTo("police-leader");
        assertThat(RestitutionAccess.decider(Stage.SUSPENDED)).isEqualTo("police-leader");
        assertThat(RestitutionAccess.decider(Stage.PROSECUTION)).isEqualTo("procurator");
        assertThat(RestitutionAccess.decider(Stage.TRIAL)).isEqualTo("judge");
        assertThat(RestitutionAccess.decider(Stage.JUDGED)).isEqualTo("judge");
        assertThatThrownBy(() -> RestitutionAccess.decider(Stage.CLOSED)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> RestitutionAccess.decider(Stage.DROPPED)).isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyTheAddressedBankReportsAndOnlyItAndInvestigatorsSeeTheVictim() {
        var i = instruction();
        Caller vcb = caller("vcb-dong-thap", "bank-liaison");
        Caller bidv = caller("bidv-dong-thap", "bank-liaison");
        assertThat(RestitutionAccess.maySee(vcb, i)).isTrue();
        assertThat(RestitutionAccess.maySee(bidv, i)).isFalse();
        assertThatCode(() -> RestitutionAccess.checkReport(vcb, i)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RestitutionAccess.checkReport(caller("cong-an-tinh-pa05", "investigator"), i))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(RestitutionAccess.mayReadVictim(vcb, i)).isTrue();
        assertThat(RestitutionAccess.mayReadVictim(caller("cong-an-tinh-pa05", "investigator"), i)).isTrue();
        assertThat(RestitutionAccess.mayReadVictim(caller("vien-kiem-sat-tinh", "procurator"), i)).isFalse();
        assertThat(RestitutionAccess.mayReadVictim(caller("cong-an-tinh", "police-leader personal-data"), i)).isTrue();
        assertThat(i.withoutPersonalData().victimName()).isNull();
    }

    @Test
    void claimsAreAddedByThePoliceWhoSendFreezeRequestsAndReadByThoseWhoWorkTheCase() {
        assertThatCode(() -> RestitutionAccess.checkAddClaim(caller("cong-an-tinh-pa05", "investigator")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> RestitutionAccess.checkAddClaim(caller("cong-an-tinh", "tip-intake")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RestitutionAccess.checkAddClaim(caller("vien-kiem-sat-tinh", "procurator")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> RestitutionAccess.checkReadClaims(caller("toa-an-tinh", "judge"))).doesNotThrowAnyException();
        assertThatCode(() -> RestitutionAccess.checkReadClaims(caller("ubnd-tinh", "auditor"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> RestitutionAccess.checkReadClaims(caller("ubnd-tinh", "reader-consolidated")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RestitutionAccess.checkReadClaims(caller("cong-an-tinh", "tip-intake")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBankListsOnlyItsOwnInstructions() {
        assertThat(RestitutionAccess.listScope(caller("vcb-dong-thap", "bank-liaison"), false)).contains("vcb-dong-thap");
        assertThat(RestitutionAccess.listScope(caller("cong-an-tinh-pa05", "investigator"), false)).isEmpty();
        assertThat(RestitutionAccess.listScope(caller("toa-an-tinh", "judge"), true)).isEmpty();
        assertThatThrownBy(() -> RestitutionAccess.listScope(caller("toa-an-tinh", "judge"), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RestitutionAccess.listScope(caller("ubnd-tinh", "reader-consolidated"), false))
                .isInstanceOf(AccessDeniedException.class);
    }
}
