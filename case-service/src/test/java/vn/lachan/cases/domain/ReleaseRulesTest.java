package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.money.Money;

/** Release orders (lệnh giải tỏa): who issues them, how much they may release, and the bank's report. */
class ReleaseRulesTest {

    /** The case of {@link CaseAccessTest#ledBy} is opened on 10/03/2026; the order is issued the next morning. */
    static final Instant SENT = Instant.parse("2026-03-10T04:00:00Z");
    static final Instant ORDERED = Instant.parse("2026-03-11T02:00:00Z"); // 09:00 on 11/03 in Vietnam

    static ReleaseOrderDraft order(Long dong, String date) {
        return new ReleaseOrderDraft(dong == null ? null : Money.dong(dong), "07/LGT-CSĐT", date,
                "Số tiền là tài sản hợp pháp của chủ tài khoản, không liên quan vụ án");
    }

    static FreezeRequest acknowledged() {
        FreezeRequestDraft draft = FreezeRequestTest.draft();
        return FreezeRequest.send(UUID.randomUUID(), UUID.fromString(draft.caseId()), draft, SENT, "dieutra")
                .respond(new BankResponse.Acknowledge(), SENT.plusSeconds(60), "nganhang.vcb");
    }

    static FreezeRequest held(long dong) {
        return acknowledged().respond(new BankResponse.Hold(Money.dong(dong), null), SENT.plusSeconds(600), "nganhang.vcb");
    }

    static Case kase() {
        return CaseAccessTest.ledBy("cong-an-tinh-pa05");
    }

    static FreezeRequest released(FreezeRequest request, Long dong, long releasable) {
        return request.release(order(dong, "2026-03-11"), releasable, kase(), UUID.randomUUID(), ORDERED,
                "lanhdao.congan", "cong-an-tinh");
    }

    static ReleaseExecution report(long dong) {
        return new ReleaseExecution(ORDERED.plusSeconds(1800), Money.dong(dong));
    }

    @Test
    void aPartOfAHoldIsReleasedTheBankReportsItAndTheRestStaysHeldUntilASecondOrder() {
        FreezeRequest ordered = released(held(100_000_000), 40_000_000L, 100_000_000);
        assertThat(ordered.status()).isEqualTo(FreezeStatus.RELEASE_ORDERED);
        ReleaseOrder order = ordered.pendingRelease().orElseThrow();
        assertThat(order.amount()).isEqualTo(Money.dong(40_000_000));
        assertThat(order.documentDate()).isEqualTo(LocalDate.parse("2026-03-11"));
        assertThat(order.orderedBy()).isEqualTo("lanhdao.congan");
        assertThat(order.orderedByUnit()).isEqualTo("cong-an-tinh");
        // the procuracy is informed when the order is issued: the case's supervising procuracy
        assertThat(order.procuracyUnit()).isEqualTo("vien-kiem-sat-tinh");
        assertThat(order.procuracyInformedAt()).isEqualTo(ORDERED);
        assertThat(ordered.amountReleased()).isEqualTo(Money.ZERO);
        // the bank answers nothing else while the order waits
        assertThatThrownBy(() -> ordered.respond(new BankResponse.Reject("x"), ORDERED.plusSeconds(5), "nganhang.vcb"))
                .isInstanceOf(ConflictException.class);

        var reported = ordered.reportReleased(report(40_000_000), ORDERED.plusSeconds(3600), "nganhang.vcb");
        assertThat(reported.changed()).isTrue();
        assertThat(reported.request().status()).isEqualTo(FreezeStatus.HELD);
        assertThat(reported.request().amountReleased()).isEqualTo(Money.dong(40_000_000));
        assertThat(reported.order().status()).isEqualTo(ReleaseStatus.EXECUTED);
        assertThat(reported.order().reportedBy()).isEqualTo("nganhang.vcb");

        FreezeRequest rest = released(reported.request(), null, 60_000_000);
        assertThat(rest.pendingRelease().orElseThrow().amount()).isEqualTo(Money.dong(60_000_000));
        var all = rest.reportReleased(report(60_000_000), ORDERED.plusSeconds(3600), "nganhang.vcb");
        assertThat(all.request().status()).isEqualTo(FreezeStatus.RELEASED);
        assertThat(all.request().amountReleased()).isEqualTo(Money.dong(100_000_000));
        assertThat(all.request().releaseOrders()).hasSize(2);
    }

    @Test
    void withoutAnAmountAllThatMayBeReleasedIsReleasedNeverWhatWasDecidedForVictims() {
        // 100 million held, 30 million of it decided for return: 70 million may be released
        FreezeRequest ordered = released(held(100_000_000), null, 70_000_000);
        assertThat(ordered.pendingRelease().orElseThrow().amount()).isEqualTo(Money.dong(70_000_000));
        // the bank releases 70 million; 30 million stays held for the victims
        var reported = ordered.reportReleased(report(70_000_000), ORDERED.plusSeconds(3600), "nganhang.vcb");
        assertThat(reported.request().status()).isEqualTo(FreezeStatus.HELD);
    }

    @Test
    void anOrderNeverReleasesMoreThanMayBeReleasedNorNothing() {
        FreezeRequest held = held(100_000_000);
        assertThat(violations(() -> released(held, 70_000_001L, 70_000_000)))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("amount.dong", "MORE_THAN_HELD"));
        assertThat(violations(() -> released(held, 0L, 70_000_000)))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("amount.dong", "OUT_OF_RANGE"));
        assertThat(violations(() -> released(held, null, 0)))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("amount", "NOTHING_TO_RELEASE"));
        assertThat(violations(() -> ReleaseRules.checkFields(order(-1L, "2026-03-11"))))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("amount.dong", "OUT_OF_RANGE"));
        // exactly what may be released is fine
        assertThat(released(held, 70_000_000L, 70_000_000).pendingRelease().orElseThrow().amount())
                .isEqualTo(Money.dong(70_000_000));
    }

    @Test
    void anAcknowledgedRequestHoldingNothingIsLiftedWhole() {
        FreezeRequest ordered = released(acknowledged(), null, 0);
        assertThat(ordered.pendingRelease().orElseThrow().amount()).isEqualTo(Money.ZERO);
        // the bank is no longer to hold: the order ends the hold clock
        assertThat(FreezeClocks.DEFAULT.hold(ordered, ORDERED.plusSeconds(86_400)).state())
                .isNotEqualTo(FreezeClocks.State.OVERDUE);
        assertThat(violations(() -> released(acknowledged(), 5L, 0)))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("amount.dong", "NOTHING_HELD"));
        var reported = ordered.reportReleased(report(0), ORDERED.plusSeconds(3600), "nganhang.vcb");
        assertThat(reported.request().status()).isEqualTo(FreezeStatus.RELEASED);
        assertThat(reported.request().amountReleased()).isEqualTo(Money.ZERO);
    }

    @ParameterizedTest
    @EnumSource(value = FreezeStatus.class, names = {"REQUESTED", "REJECTED", "RELEASE_ORDERED", "RELEASED"})
    void onlyAHeldOrAcknowledgedRequestTakesAReleaseOrder(FreezeStatus status) {
        FreezeRequest request = FreezeRequestTest.in(status);
        var refused = catchThrowableOfType(ConflictException.class, () -> released(request, null, 100));
        assertThat(refused.vi()).contains(status.vi());
        assertThat(refused.en()).contains(status.name());
    }

    @Test
    void theOrderNeedsItsNumberDateAndReasonInBothLanguages() {
        var none = violations(() -> ReleaseRules.checkFields(new ReleaseOrderDraft(null, " ", null, "")));
        assertThat(none).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("document_number", "document_date", "reason");
        assertThat(none).allSatisfy(v -> assertThat(v.vi()).isNotBlank().isNotEqualTo(v.en()));
        assertThat(violations(() -> ReleaseRules.checkFields(order(null, "11/03/2026"))))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("document_date", "INVALID_FORMAT"));
        assertThat(violations(() -> held(5).release(order(null, "2026-03-13"), 5, kase(), UUID.randomUUID(), ORDERED,
                "x", "y")))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("document_date", "IN_FUTURE"));
        assertThat(violations(() -> held(5).release(order(null, "2026-03-09"), 5, kase(), UUID.randomUUID(), ORDERED,
                "x", "y")))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("document_date", "OUT_OF_RANGE"));
    }

    @Test
    void theBanksReportIsTimedAfterTheOrderNotInTheFutureAndIsTheOrdersAmount() {
        FreezeRequest ordered = released(held(100_000_000), 40_000_000L, 100_000_000);
        Instant now = ORDERED.plusSeconds(3600);
        assertThat(violations(() -> ordered.reportReleased(new ReleaseExecution(null, null), now, "b")))
                .extracting(FieldViolation::field).containsExactlyInAnyOrder("released_at", "amount_released");
        assertThat(violations(() -> ordered.reportReleased(
                new ReleaseExecution(now.plusSeconds(3600), Money.dong(40_000_000)), now, "b")))
                .extracting(FieldViolation::field, FieldViolation::code).containsExactly(tuple("released_at", "IN_FUTURE"));
        assertThat(violations(() -> ordered.reportReleased(
                new ReleaseExecution(ORDERED.minusSeconds(1), Money.dong(40_000_000)), now, "b")))
                .extracting(FieldViolation::field, FieldViolation::code).containsExactly(tuple("released_at", "BEFORE_ORDER"));
        assertThat(violations(() -> ordered.reportReleased(report(40_000_001), now, "b")))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("amount_released.dong", "NOT_THE_ORDER"));
    }

    @Test
    void theSameReportAgainChangesNothingAndAnotherIsAConflict() {
        var first = released(held(100_000_000), 40_000_000L, 100_000_000)
                .reportReleased(report(40_000_000), ORDERED.plusSeconds(3600), "nganhang.vcb");
        var again = first.request().reportReleased(report(40_000_000), ORDERED.plusSeconds(7200), "nganhang.vcb");
        assertThat(again.changed()).isFalse();
        assertThat(again.request()).isEqualTo(first.request());
        assertThatThrownBy(() -> first.request().reportReleased(
                new ReleaseExecution(ORDERED.plusSeconds(60), Money.dong(40_000_000)), ORDERED.plusSeconds(7200), "b"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> held(5).reportReleased(report(5), ORDERED, "b")).isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest(name = "{0} [{1}] may release a request of a PA05 case: {2}")
    @CsvSource({
            "cong-an-tinh, police-leader, true",
            "cong-an-tinh-pa05, police-leader, true",
            // another unit's leader, beside or below the case's unit
            "cong-an-tinh-pc02, police-leader, false",
            "cong-an-tinh-pa05-doi1, police-leader, false",
            "cong-an-tinh-pa05, investigator personal-data, false",
            "vien-kiem-sat-tinh, procurator, false",
            "vcb-dong-thap, bank-liaison, false",
            "vien-kiem-sat-tinh, police-leader, false",
            "ubnd-tinh, auditor, false",
    })
    void onlyTheHeadOrDeputyHeadOfTheInvestigatingAgencyReleases(String unit, String roles, boolean may) {
        var caller = CaseAccessTest.caller(unit, roles);
        if (may) {
            assertThatCode(() -> FreezeRequestAccess.checkRelease(caller, kase())).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> FreezeRequestAccess.checkRelease(caller, kase()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void onlyTheAddressedBankReportsARelease() {
        FreezeRequest request = held(5);
        assertThatCode(() -> FreezeRequestAccess.checkReportReleased(
                CaseAccessTest.caller("vcb-dong-thap", "bank-liaison"), request)).doesNotThrowAnyException();
        assertThatThrownBy(() -> FreezeRequestAccess.checkReportReleased(
                CaseAccessTest.caller("bidv-dong-thap", "bank-liaison"), request)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> FreezeRequestAccess.checkReportReleased(
                CaseAccessTest.caller("cong-an-tinh", "police-leader"), request)).isInstanceOf(AccessDeniedException.class);
    }

    static List<FieldViolation> violations(ThrowingCallable change) {
        var refused = catchThrowableOfType(ValidationException.class, change);
        assertThat(refused).as("refused with field errors").isNotNull();
        return refused.violations();
    }
}
