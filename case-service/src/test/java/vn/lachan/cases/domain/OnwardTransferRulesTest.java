package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.money.Money;

class OnwardTransferRulesTest {

    static final Instant NOW = Instant.parse("2026-03-03T05:00:00Z");
    static final FreezeRequest VCB = MoneyTrailTest.request("vcb-dong-thap", "0071000123456", 1, 10L);

    static OnwardTransferDraft draft(long dong, Instant at, String account, String bank, String reference) {
        return new OnwardTransferDraft(Money.dong(dong), at, account, bank, reference);
    }

    static OnwardTransferDraft good(String reference) {
        return draft(300_000_000, NOW.minusSeconds(3600), "2221000999", "bidv-dong-thap", reference);
    }

    static List<String> fields(List<OnwardTransferDraft> drafts, Instant arrived, Map<String, OnwardTransfer> earlier) {
        var e = catchThrowableOfType(ValidationException.class,
                () -> OnwardTransferRules.check(drafts, VCB, arrived, NOW, earlier));
        assertThat(e).as("refused").isNotNull();
        e.violations().forEach(v -> assertThat(v.vi()).isNotBlank().isNotEqualTo(v.en()));
        return e.violations().stream().map(v -> v.field() + " " + v.code()).toList();
    }

    @Test
    void aGoodReportPassesWhole() {
        assertThat(OnwardTransferRules.check(List.of(good("FT1"), good("FT2")), VCB, null, NOW, Map.of())).hasSize(2);
    }

    @Test
    void oneBadTransferRefusesTheWholeReportNamingEachBadField() {
        var report = List.of(good("FT1"),
                draft(0, NOW.plusSeconds(3600), "12 34", "cong-an-tinh-pa05", "FT2"),
                draft(-5, NOW.minusSeconds(60), "2221000999", "Bad Bank", " "),
                new OnwardTransferDraft(null, null, null, null, "FT1"));
        assertThat(fields(report, null, Map.of())).containsExactly(
                "transfers[1].amount.dong OUT_OF_RANGE", "transfers[1].transferred_at IN_FUTURE",
                "transfers[1].to_account_number INVALID_FORMAT", "transfers[1].to_bank NOT_A_BANK",
                "transfers[2].amount.dong OUT_OF_RANGE", "transfers[2].to_bank INVALID_FORMAT",
                "transfers[2].reference REQUIRED",
                "transfers[3].amount REQUIRED", "transfers[3].transferred_at REQUIRED",
                "transfers[3].to_account_number REQUIRED", "transfers[3].to_bank REQUIRED",
                "transfers[3].reference DUPLICATE");
    }

    @Test
    void moneyCannotLeaveBeforeItArrivedNorGoBackToTheSameAccount() {
        Instant arrived = NOW.minusSeconds(600);
        assertThat(fields(List.of(good("FT1")), arrived, Map.of())).containsExactly("transfers[0].transferred_at BEFORE_ARRIVAL");
        assertThat(OnwardTransferRules.check(List.of(draft(1, arrived, "2221000999", "bidv-dong-thap", "FT1")), VCB,
                arrived, NOW, Map.of())).hasSize(1);
        // the same account at another branch of the same bank is the same account
        assertThat(fields(List.of(draft(1, NOW, "0071000123456", "vcb-cao-lanh", "FT1")), null, Map.of()))
                .containsExactly("transfers[0].to_account_number SAME_ACCOUNT");
        // a bank's clock a few minutes ahead is not the future
        assertThat(OnwardTransferRules.check(List.of(draft(1, NOW.plusSeconds(120), "2221000999", "bidv-dong-thap",
                "FT1")), VCB, null, NOW, Map.of())).hasSize(1);
    }

    @Test
    void aTransferReportedAgainIsARetryButItsReferenceWithOtherFactsIsRefused() {
        OnwardTransfer earlier = OnwardTransfer.report(UUID.randomUUID(), VCB, good("FT1"), NOW, "nganhang.vcb");
        assertThat(OnwardTransferRules.check(List.of(good("FT1"), good("FT2")), VCB, null, NOW, Map.of("FT1", earlier)))
                .extracting(OnwardTransferDraft::reference).containsExactly("FT2");
        var other = draft(300_000_001, NOW.minusSeconds(3600), "2221000999", "bidv-dong-thap", "FT1");
        assertThat(fields(List.of(other, good("FT2")), null, Map.of("FT1", earlier)))
                .containsExactly("transfers[0].reference REUSED");
    }

    @Test
    void aReportHasOneTo200Transfers() {
        assertThat(fields(List.of(), null, Map.of())).containsExactly("transfers REQUIRED");
        var many = IntStream.range(0, OnwardTransferRules.MAX_TRANSFERS + 1).mapToObj(i -> good("FT" + i)).toList();
        assertThat(fields(many, null, Map.of())).containsExactly("transfers TOO_MANY");
        assertThat(OnwardTransferRules.check(many.subList(0, OnwardTransferRules.MAX_TRANSFERS), VCB, null, NOW, Map.of()))
                .hasSize(OnwardTransferRules.MAX_TRANSFERS);
    }

    @Test
    void theReceivingAccountIsKeyedAsTipsKeyABankAccount() {
        OnwardTransfer t = OnwardTransfer.report(UUID.randomUUID(), VCB, good("FT1"), NOW, "nganhang.vcb");
        assertThat(t.fromKey()).isEqualTo("VCB:0071000123456");
        assertThat(t.toKey()).isEqualTo("BIDV:2221000999");
    }
}
