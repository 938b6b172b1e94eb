package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.money.Money;
import vn.lachan.platform.unit.RegisteredUnit;

/** The urgent hold's rules, as plain Java: what is sent, what the bank may answer, confirmation and lapse. */
class UrgentHoldTest {

    static final Instant SENT = Instant.parse("2026-03-03T01:00:00Z"); // 08:00 in Vietnam
    static final Duration LAPSE = Duration.ofHours(72);
    static final Duration RECENT = Duration.ofHours(72);
    static final FreezeClocks CLOCKS = FreezeClocks.DEFAULT;
    static final UUID TIP = UUID.randomUUID();

    static UrgentHoldDraft draft() {
        return new UrgentHoldDraft(TIP.toString(), "vcb-dong-thap", "VCB:0071000123456", Money.dong(300_000_000),
                SENT.minus(Duration.ofMinutes(40)), "Bị hại chuyển 450.000.000 đ lúc 07:20");
    }

    static TipFacts tip(boolean undecided, UUID caseId, long loss) {
        return new TipFacts(TIP, undecided, caseId, Money.dong(loss), List.of("VCB:0071000123456", "MOMO:+84912345678"));
    }

    static UrgentHold sent() {
        return UrgentHold.send(UUID.randomUUID(), TIP, draft(), SENT, LAPSE, "dieutra", "cong-an-tinh-pa05");
    }

    static UrgentHold answer(UrgentHold hold, BankResponse response, Instant at) {
        return hold.respond(response, at, "nganhang.vcb").hold();
    }

    static List<String> fields(Runnable check) {
        return catchThrowableOfType(ValidationException.class, check::run).violations().stream()
                .map(v -> v.field() + " " + v.code()).toList();
    }

    @Test
    void aGoodDraftPassesAndEveryBadFieldIsNamed() {
        UrgentHoldRules.check(draft(), SENT, RECENT);
        var bad = new UrgentHoldDraft("abc", "VCB", "0071000123456", Money.dong(0), SENT.plusSeconds(3600), " ");
        assertThat(fields(() -> UrgentHoldRules.check(bad, SENT, RECENT))).containsExactlyInAnyOrder(
                "tip_id INVALID_FORMAT", "urgent_hold.bank INVALID_FORMAT", "urgent_hold.account INVALID_FORMAT",
                "urgent_hold.amount_requested.dong OUT_OF_RANGE", "urgent_hold.transferred_at IN_FUTURE",
                "urgent_hold.reason REQUIRED");
        var missing = new UrgentHoldDraft(null, null, null, null, null, null);
        assertThat(fields(() -> UrgentHoldRules.check(missing, SENT, RECENT))).containsExactlyInAnyOrder(
                "tip_id REQUIRED", "urgent_hold.bank REQUIRED", "urgent_hold.account REQUIRED",
                "urgent_hold.amount_requested REQUIRED", "urgent_hold.transferred_at REQUIRED", "urgent_hold.reason REQUIRED");
    }

    @Test
    void onlyMoneyThatMovedRecentlyTakesAnUrgentHold() {
        var old = new UrgentHoldDraft(TIP.toString(), "vcb-dong-thap", "VCB:0071000123456", Money.dong(1),
                SENT.minus(RECENT).minusSeconds(1), "x");
        assertThat(fields(() -> UrgentHoldRules.check(old, SENT, RECENT))).containsExactly("urgent_hold.transferred_at NOT_RECENT");
        var justInTime = new UrgentHoldDraft(TIP.toString(), "vcb-dong-thap", "VCB:0071000123456", Money.dong(1),
                SENT.minus(RECENT), "x");
        UrgentHoldRules.check(justInTime, SENT, RECENT);
    }

    @Test
    void theAccountMustBeTheTipsAndTheAmountAtMostItsLoss() {
        UrgentHoldRules.check(draft(), tip(true, null, 300_000_000));
        var elsewhere = new UrgentHoldDraft(TIP.toString(), "vcb-dong-thap", "VCB:0071000999999", Money.dong(300_000_001),
                SENT, "x");
        assertThat(fields(() -> UrgentHoldRules.check(elsewhere, tip(true, null, 300_000_000)))).containsExactlyInAnyOrder(
                "urgent_hold.account NOT_IN_TIP", "urgent_hold.amount_requested.dong ABOVE_LOSS");
        assertThat(fields(() -> UrgentHoldRules.check(draft(), new TipFacts(TIP, true, null, null, List.of("VCB:0071000123456")))))
                .containsExactly("urgent_hold.amount_requested.dong NO_LOSS");
        // a decided tip, or one in a case, takes a freeze request instead
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> UrgentHoldRules.check(draft(), tip(false, null, 1_000_000_000)));
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> UrgentHoldRules.check(draft(), tip(true, UUID.randomUUID(), 1_000_000_000)));
    }

    @Test
    void onlyABankOfTheRegistryExistingTodayIsAddressed() {
        LocalDate today = LocalDate.of(2026, 3, 3);
        var bank = new RegisteredUnit("vcb-dong-thap", "bank", false, "VCB", "VCB", LocalDate.of(2022, 1, 1), null, List.of());
        UrgentHoldRules.checkBank("vcb-dong-thap", Optional.of(bank), today);
        var department = new RegisteredUnit("so-tu-phap", "department", true, "STP", "STP", LocalDate.of(2022, 1, 1), null,
                List.of());
        assertThat(fields(() -> UrgentHoldRules.checkBank("so-tu-phap", Optional.of(department), today)))
                .containsExactly("urgent_hold.bank NOT_A_BANK");
        assertThat(fields(() -> UrgentHoldRules.checkBank("khong-co", Optional.empty(), today)))
                .containsExactly("urgent_hold.bank UNKNOWN_UNIT");
        var ended = new RegisteredUnit("ngan-hang-cu", "bank", false, "x", "x", LocalDate.of(2022, 1, 1),
                LocalDate.of(2025, 6, 30), List.of());
        assertThat(fields(() -> UrgentHoldRules.checkBank("ngan-hang-cu", Optional.of(ended), today)))
                .containsExactly("urgent_hold.bank UNIT_ENDED");
    }

    @Test
    void theBankAcknowledgesThenHoldsAtMostWhatWasAskedAfterItsAcknowledgementNeverInTheFuture() {
        UrgentHold ack = answer(sent(), new BankResponse.Acknowledge(), SENT.plusSeconds(300));
        assertThat(ack.statusAt(SENT.plusSeconds(300))).isEqualTo(UrgentHoldStatus.ACKNOWLEDGED);
        Instant now = SENT.plusSeconds(3600);
        assertThat(fields(() -> ack.respond(new BankResponse.Hold(Money.dong(300_000_001), null), now, "b")))
                .containsExactly("hold.amount_held.dong ABOVE_REQUESTED");
        assertThat(fields(() -> ack.respond(new BankResponse.Hold(Money.dong(-1), null), now, "b")))
                .containsExactly("hold.amount_held.dong OUT_OF_RANGE");
        assertThat(fields(() -> ack.respond(new BankResponse.Hold(Money.dong(1), now.plusSeconds(3600)), now, "b")))
                .containsExactly("hold.held_at IN_FUTURE");
        assertThat(fields(() -> ack.respond(new BankResponse.Hold(Money.dong(1), SENT.plusSeconds(299)), now, "b")))
                .containsExactly("hold.held_at BEFORE_ACKNOWLEDGED");
        assertThat(fields(() -> sent().respond(new BankResponse.Hold(Money.dong(1), SENT.minusSeconds(1)), now, "b")))
                .containsExactly("hold.held_at BEFORE_REQUEST");
        UrgentHold held = answer(ack, new BankResponse.Hold(Money.dong(300_000_000), SENT.plusSeconds(600)), now);
        assertThat(held.status()).isEqualTo(UrgentHoldStatus.HELD);
        assertThat(held.amountHeld()).isEqualTo(Money.dong(300_000_000));
        assertThat(held.heldAt()).isEqualTo(SENT.plusSeconds(600));
        assertThat(held.acknowledgedAt()).isEqualTo(SENT.plusSeconds(300));
        // a hold without an acknowledgement first acknowledges at the time held
        UrgentHold direct = answer(sent(), new BankResponse.Hold(Money.dong(5), SENT.plusSeconds(60)), now);
        assertThat(direct.acknowledgedAt()).isEqualTo(SENT.plusSeconds(60));
    }

    @Test
    void theSameAnswerAgainChangesNothingAndADifferentOneIsAConflict() {
        Instant now = SENT.plusSeconds(600);
        UrgentHold held = answer(sent(), new BankResponse.Hold(Money.dong(100), null), now);
        var again = held.respond(new BankResponse.Hold(Money.dong(100), null), now.plusSeconds(60), "nganhang.vcb");
        assertThat(again.changed()).isFalse();
        assertThat(again.hold()).isEqualTo(held);
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> held.respond(new BankResponse.Hold(Money.dong(99), null), now.plusSeconds(60), "b"));
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> held.respond(new BankResponse.Reject("Không có"), now.plusSeconds(60), "b"));
        UrgentHold rejected = answer(sent(), new BankResponse.Reject("Tài khoản đã đóng"), now);
        assertThat(rejected.respond(new BankResponse.Reject("Tài khoản đã đóng"), now, "b").changed()).isFalse();
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> rejected.respond(new BankResponse.Acknowledge(), now, "b"));
        var none = catchThrowableOfType(ValidationException.class, () -> sent().respond(null, now, "b"));
        assertThat(none.violations()).extracting(FieldViolation::field).containsExactly("response");
    }

    @Test
    void withoutAConfirmingFreezeOrderTheHoldLapsesByTheClockAndTakesNoAnswer() {
        UrgentHold held = answer(sent(), new BankResponse.Hold(Money.dong(100), null), SENT.plusSeconds(600));
        Instant expiry = SENT.plus(LAPSE);
        assertThat(held.expiresAt()).isEqualTo(expiry);
        assertThat(held.statusAt(expiry.minusNanos(1000))).isEqualTo(UrgentHoldStatus.HELD);
        assertThat(held.statusAt(expiry)).isEqualTo(UrgentHoldStatus.LAPSED);
        var refused = catchThrowableOfType(ConflictException.class,
                () -> held.respond(new BankResponse.Reject("x"), expiry.plusSeconds(1), "b"));
        assertThat(refused.getMessage()).contains(expiry.toString());
        assertThat(held.confirmableBy(List.of(TIP), "vcb-dong-thap", "0071000123456", expiry)).isFalse();
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> held.confirm(UUID.randomUUID(), expiry, "dieutra"));
        // a rejected hold stays rejected, never lapsed
        UrgentHold rejected = answer(sent(), new BankResponse.Reject("x"), SENT.plusSeconds(60));
        assertThat(rejected.statusAt(expiry.plusSeconds(1))).isEqualTo(UrgentHoldStatus.REJECTED);
    }

    @Test
    void aFreezeOrderOfTheTipsCaseOnTheSameBankAndAccountConfirmsIt() {
        UrgentHold held = answer(sent(), new BankResponse.Hold(Money.dong(100), null), SENT.plusSeconds(600));
        Instant at = SENT.plus(Duration.ofHours(5));
        assertThat(held.confirmableBy(List.of(TIP), "vcb-dong-thap", "0071000123456", at)).isTrue();
        assertThat(held.confirmableBy(List.of(UUID.randomUUID()), "vcb-dong-thap", "0071000123456", at)).isFalse();
        assertThat(held.confirmableBy(List.of(TIP), "bidv-dong-thap", "0071000123456", at)).isFalse();
        assertThat(held.confirmableBy(List.of(TIP), "vcb-dong-thap", "0071000123457", at)).isFalse();
        UUID freeze = UUID.randomUUID();
        UrgentHold confirmed = held.confirm(freeze, at, "dieutra");
        assertThat(confirmed.statusAt(at.plus(LAPSE))).isEqualTo(UrgentHoldStatus.CONFIRMED);
        assertThat(confirmed.confirmedBy()).isEqualTo(freeze);
        assertThat(confirmed.amountHeld()).isEqualTo(Money.dong(100));
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> confirmed.respond(new BankResponse.Reject("x"), at, "b"));
        // an e-wallet's hold is never confirmed by a freeze request, which names bank account numbers only
        var wallet = UrgentHold.send(UUID.randomUUID(), TIP, new UrgentHoldDraft(TIP.toString(), "vcb-dong-thap",
                "MOMO:+84912345678", Money.dong(1), SENT, "x"), SENT, LAPSE, "dieutra", "cong-an-tinh-pa05");
        assertThat(wallet.confirmableBy(List.of(TIP), "vcb-dong-thap", "84912345678", at)).isFalse();
    }

    @Test
    void theClocksAreAFreezeRequestsAndStopWhenTheHoldIsConfirmedOrLapses() {
        UrgentHold hold = sent();
        assertThat(hold.acknowledgeClock(CLOCKS, SENT.plusSeconds(60)))
                .isEqualTo(new FreezeClocks.StepClock(SENT.plus(Duration.ofMinutes(15)), FreezeClocks.State.RUNNING));
        assertThat(hold.acknowledgeClock(CLOCKS, SENT.plus(Duration.ofMinutes(16))).state())
                .isEqualTo(FreezeClocks.State.OVERDUE);
        UrgentHold ack = answer(hold, new BankResponse.Acknowledge(), SENT.plus(Duration.ofMinutes(20)));
        assertThat(ack.acknowledgeClock(CLOCKS, SENT.plus(Duration.ofHours(1))).state()).isEqualTo(FreezeClocks.State.MISSED);
        assertThat(ack.holdClock(CLOCKS, SENT.plus(Duration.ofHours(1))).state()).isEqualTo(FreezeClocks.State.RUNNING);
        assertThat(ack.holdClock(CLOCKS, SENT.plus(Duration.ofHours(3))).state()).isEqualTo(FreezeClocks.State.OVERDUE);
        // lapsed unanswered: the step ended at the expiry, late
        assertThat(ack.holdClock(CLOCKS, SENT.plus(LAPSE).plusSeconds(1)).state()).isEqualTo(FreezeClocks.State.MISSED);
        // confirmed within the hold's time: the freeze request's clocks take over, this one is met
        UrgentHold confirmed = ack.confirm(UUID.randomUUID(), SENT.plus(Duration.ofMinutes(30)), "dieutra");
        assertThat(confirmed.holdClock(CLOCKS, SENT.plus(Duration.ofHours(3))).state()).isEqualTo(FreezeClocks.State.MET);
    }
}
