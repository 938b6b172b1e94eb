package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.money.Money;

class MoneyTrailTest {

    static final UUID CASE = UUID.randomUUID();
    static final Instant AT = Instant.parse("2026-03-03T01:00:00Z");

    /** A request of the case on {@code account} at {@code bank}, layer {@code layer}, holding {@code held} (null: none). */
    static FreezeRequest request(String bank, String account, int layer, Long held) {
        return new FreezeRequest(UUID.randomUUID(), CASE, bank, account, "NGUYEN VAN B", Money.dong(1_000_000_000L),
                layer, "Nhận tiền của bị hại", held == null ? FreezeStatus.ACKNOWLEDGED : FreezeStatus.HELD, AT,
                AT.plusSeconds(60), held == null ? null : AT.plusSeconds(600), held == null ? null : Money.dong(held),
                null, null, "dieutra", AT, "nganhang", List.of());
    }

    static VictimClaim claim(String account, String bankName, long lost, FreezeRequest first) {
        return new VictimClaim(UUID.randomUUID(), CASE, "Trần Thị C", account, bankName, Money.dong(lost),
                first == null ? null : first.id(), Money.ZERO, Money.ZERO, AT, "dieutra");
    }

    static OnwardTransfer onward(FreezeRequest from, String toBank, String toAccount, long dong, Instant at) {
        return OnwardTransfer.report(UUID.randomUUID(), from,
                new OnwardTransferDraft(Money.dong(dong), at, toAccount, toBank, "FT" + UUID.randomUUID()), at,
                "nganhang");
    }

    static MoneyTrail.Account account(MoneyTrail trail, String key) {
        return trail.accounts().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theVictimsMoneyIsFollowedLayerByLayerAndEachAccountsFiguresAddUpToTheDong() {
        // the victim sends 450,000,000 to VCB; 300,000,000 moves to BIDV, of which 120,000,001 to Agribank
        FreezeRequest vcb = request("vcb-dong-thap", "0071000123456", 1, 100_000_000L);
        FreezeRequest bidv = request("bidv-dong-thap", "2221000999", 2, 99_999_999L);
        VictimClaim victim = claim("1234567890", "Ngân hàng Ngoại thương", 450_000_000, vcb);
        var toBidv = onward(vcb, "bidv-dong-thap", "2221000999", 300_000_000, AT.plusSeconds(3600));
        var toAgribank = onward(bidv, "agribank-dong-thap", "5100200300", 120_000_001, AT.plusSeconds(7200));

        MoneyTrail trail = MoneyTrail.build(CASE, List.of(victim), List.of(vcb, bidv), List.of(toAgribank, toBidv), true);

        assertThat(trail.accounts()).extracting(MoneyTrail.Account::key, MoneyTrail.Account::layer,
                        a -> a.in().dong(), a -> a.out().dong(), a -> a.held().dong(), a -> a.unexplained().dong())
                .containsExactly(
                        tuple("VCB:1234567890", 0, 450_000_000L, 450_000_000L, 0L, 0L),
                        tuple("VCB:0071000123456", 1, 450_000_000L, 300_000_000L, 100_000_000L, 50_000_000L),
                        tuple("BIDV:2221000999", 2, 300_000_000L, 120_000_001L, 99_999_999L, 80_000_000L),
                        tuple("AGRIBANK:5100200300", 3, 120_000_001L, 0L, 0L, 120_000_001L));
        assertThat(account(trail, "AGRIBANK:5100200300").bank()).isEqualTo("agribank-dong-thap");
        assertThat(account(trail, "AGRIBANK:5100200300").freezeRequestIds()).isEmpty();
        assertThat(account(trail, "VCB:0071000123456").freezeRequestIds()).containsExactly(vcb.id());
        assertThat(trail.transfers()).extracting(MoneyTrail.Transfer::kind, MoneyTrail.Transfer::fromKey,
                        MoneyTrail.Transfer::toKey)
                .containsExactly(
                        tuple(MoneyTrail.Kind.VICTIM_TRANSFER, "VCB:1234567890", "VCB:0071000123456"),
                        tuple(MoneyTrail.Kind.ONWARD, "VCB:0071000123456", "BIDV:2221000999"),
                        tuple(MoneyTrail.Kind.ONWARD, "BIDV:2221000999", "AGRIBANK:5100200300"));
        assertThat(trail.totalLost().dong()).isEqualTo(450_000_000L);
        assertThat(trail.totalHeld().dong()).isEqualTo(199_999_999L);
        assertThat(trail.totalUnexplained().dong()).isEqualTo(250_000_001L);
    }

    @Test
    void moneyReleasedByAnOrderIsNoLongerHeldAndABankHoldingTheWholeBalanceLeavesANegativeUnexplained() {
        FreezeRequest released = FreezeRequestTest.in(FreezeStatus.RELEASED); // held 100, released 100
        FreezeRequest whole = request("vcb-dong-thap", "0099887766", 1, 900L);
        VictimClaim victim = claim("1234567890", "VCB", 500, whole);
        var trail = MoneyTrail.build(CASE, List.of(victim), List.of(released, whole), List.of(), true);
        assertThat(account(trail, TrailAccounts.of(released)).held().dong()).isZero();
        assertThat(account(trail, "VCB:0099887766").unexplained().dong()).isEqualTo(-400);
        assertThat(trail.totalUnexplained().dong()).isEqualTo(500 - 900);
    }

    @Test
    void victimsAccountsAreWithheldFromViewersWhoMayNotSeeThemWithTheSameFigures() {
        FreezeRequest vcb = request("vcb-dong-thap", "0071000123456", 1, 10L);
        var claims = List.of(claim("1234567890", "Vietcombank", 70, vcb), claim("5555555555", "BIDV", 30, vcb));
        var shown = MoneyTrail.build(CASE, claims, List.of(vcb), List.of(), true);
        var withheld = MoneyTrail.build(CASE, claims, List.of(vcb), List.of(), false);
        assertThat(withheld.accounts()).filteredOn(MoneyTrail.Account::victim)
                .extracting(MoneyTrail.Account::key, MoneyTrail.Account::accountNumber, MoneyTrail.Account::bankCode)
                .containsExactly(tuple("bi-hai-1", null, null), tuple("bi-hai-2", null, null));
        assertThat(withheld.toString()).doesNotContain("1234567890", "5555555555");
        assertThat(shown.accounts()).filteredOn(MoneyTrail.Account::victim).extracting(MoneyTrail.Account::key)
                .containsExactlyInAnyOrder("VCB:1234567890", "BIDV:5555555555");
        assertThat(withheld.totalUnexplained()).isEqualTo(shown.totalUnexplained());
        assertThat(account(withheld, "VCB:0071000123456").in().dong()).isEqualTo(100);
        assertThat(withheld.beneficiaryKeys()).containsExactly("VCB:0071000123456");
    }

    @Test
    void readersWhoSeeNoFreezeRequestGetTheFiguresAndLeadsWithoutAnyAccountNumber() {
        FreezeRequest vcb = request("vcb-dong-thap", "0071000123456", 1, 10L);
        var claims = List.of(claim("1234567890", "Vietcombank", 70, vcb));
        var lead = new TrailLeads.Lead(UUID.randomUUID(), "VA-2026-0002");
        var full = MoneyTrail.build(CASE, claims, List.of(vcb),
                        List.of(onward(vcb, "bidv-dong-thap", "2221000999", 40, AT)), false)
                .withLeads(java.util.Map.of("BIDV:2221000999", List.of(lead)));
        var withheld = full.withAccountsWithheld();
        assertThat(withheld.toString()).doesNotContain("0071000123456", "2221000999", "1234567890");
        assertThat(withheld.accounts()).extracting(MoneyTrail.Account::key, MoneyTrail.Account::bankCode,
                        a -> a.unexplained().dong(), MoneyTrail.Account::leads)
                .containsExactly(tuple("bi-hai-1", null, 0L, List.of()), tuple("tai-khoan-1", "VCB", 20L, List.of()),
                        tuple("tai-khoan-2", "BIDV", 40L, List.of(lead)));
        assertThat(withheld.transfers()).extracting(MoneyTrail.Transfer::fromKey, MoneyTrail.Transfer::toKey)
                .containsExactly(tuple("bi-hai-1", "tai-khoan-1"), tuple("tai-khoan-1", "tai-khoan-2"));
        assertThat(withheld.totalUnexplained()).isEqualTo(full.totalUnexplained());
    }

    @Test
    void aFirstBeneficiaryWithoutAClaimKeepsItsRequestsLayerAndTheSameAccountNamedTwiceIsOneNode() {
        FreezeRequest first = request("vcb-dong-thap", "0071000123456", 1, null);
        FreezeRequest again = request("vcb-cao-lanh", "0071000123456", 1, 5L);
        FreezeRequest third = request("bidv-dong-thap", "2221000999", 3, null);
        var trail = MoneyTrail.build(CASE, List.of(), List.of(first, again, third),
                List.of(onward(first, "bidv-dong-thap", "2221000999", 40, AT)), true);
        assertThat(trail.accounts()).extracting(MoneyTrail.Account::key, MoneyTrail.Account::layer)
                .containsExactly(tuple("VCB:0071000123456", 1), tuple("BIDV:2221000999", 2));
        assertThat(account(trail, "VCB:0071000123456").freezeRequestIds()).containsExactly(first.id(), again.id());
        assertThat(account(trail, "VCB:0071000123456").unexplained().dong()).isEqualTo(-45);
    }

    /** Random trails, cycles and fan-in included: every account adds up, and lost = held + unexplained overall. */
    @RepeatedTest(50)
    void anyTrailReconcilesToTheDong() {
        Random random = new Random();
        String[] banks = {"vcb-dong-thap", "bidv-dong-thap", "agribank-dong-thap", "tcb-dong-thap"};
        List<FreezeRequest> requests = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(12); i++) {
            requests.add(request(banks[random.nextInt(banks.length)], "10000" + (100 + random.nextInt(15)),
                    1 + random.nextInt(4), random.nextBoolean() ? (long) random.nextInt(1_000_000_000) : null));
        }
        List<VictimClaim> claims = new ArrayList<>();
        for (int i = 0; i < random.nextInt(6); i++) {
            claims.add(claim("9" + (100000 + i), "VCB", 1 + random.nextInt(2_000_000_000),
                    random.nextBoolean() ? requests.get(random.nextInt(requests.size())) : null));
        }
        List<OnwardTransfer> onward = new ArrayList<>();
        for (int i = 0; i < random.nextInt(40); i++) {
            FreezeRequest from = requests.get(random.nextInt(requests.size()));
            String to = "10000" + (100 + random.nextInt(20));
            String bank = banks[random.nextInt(banks.length)];
            if (!(bank.equals(from.bank()) && to.equals(from.accountNumber()))) {
                onward.add(onward(from, bank, to, 1 + random.nextInt(500_000_000), AT.plusSeconds(i)));
            }
        }
        MoneyTrail trail = MoneyTrail.build(CASE, claims, requests, onward, random.nextBoolean());

        long in = 0;
        long out = 0;
        for (MoneyTrail.Account a : trail.accounts()) {
            assertThat(a.in().dong() - a.out().dong() - a.held().dong()).as(a.key()).isEqualTo(a.unexplained().dong());
            in += a.in().dong();
            out += a.out().dong();
        }
        long transferred = trail.transfers().stream().mapToLong(t -> t.amount().dong()).sum();
        long lost = claims.stream().mapToLong(c -> c.amountLost().dong()).sum();
        assertThat(out).isEqualTo(transferred);
        assertThat(in).isEqualTo(lost + transferred);
        assertThat(trail.totalLost().dong()).isEqualTo(lost);
        assertThat(trail.totalHeld().dong()).isEqualTo(trail.accounts().stream().mapToLong(a -> a.held().dong()).sum());
        assertThat(trail.totalUnexplained().dong())
                .isEqualTo(trail.accounts().stream().mapToLong(a -> a.unexplained().dong()).sum())
                .isEqualTo(trail.totalLost().dong() - trail.totalHeld().dong());
        assertThat(trail.transfers()).hasSize(onward.size()
                + (int) claims.stream().filter(c -> c.freezeRequestId() != null).count());
        trail.accounts().forEach(a -> assertThat(a.layer()).as(a.key()).isBetween(0, 5));
    }
}
