package vn.lachan.tip.procedure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.time.LegalCalendar;
import vn.lachan.platform.time.LegalTime;
import vn.lachan.tip.intake.domain.Channel;
import vn.lachan.tip.intake.domain.SourceKind;
import vn.lachan.tip.intake.domain.Tip;
import vn.lachan.tip.intake.domain.TipDraft;
import vn.lachan.tip.intake.domain.TipStatus;

/** The deadlines and decisions of a tip (Criminal Procedure Code 2015, Arts. 146–149, 157), on a fixed clock. */
class TipProcedureTest {

    /** 09:00 on 1 March 2026 in Vietnam. */
    static final Instant RECEIVED = Instant.parse("2026-03-01T02:00:00Z");
    /** 20 days later is Saturday 21 March: the time limit ends on Monday 23 March (Art. 134). */
    static final LocalDate DUE = LocalDate.of(2026, 3, 23);

    static TipProcedure received() {
        Tip tip = new Tip(UUID.randomUUID(), new TipDraft(RECEIVED, Channel.HOTLINE, SourceKind.DENUNCIATION,
                "cong-an-tinh", "IMPERSONATE_AUTHORITY", "Giả danh công an", 45_000_000L, null),
                TipStatus.RECEIVED, TipDeadlines.decisionDue(LegalCalendar.shipped(), RECEIVED), RECEIVED, "tiepnhan", RECEIVED, "tiepnhan");
        return new TipProcedure(tip, List.of());
    }

    /** The legal day a fixed clock shows. */
    static LocalDate today(String instant) {
        return LegalTime.legalDay(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC).instant());
    }

    static TipProcedure after(TipProcedure p, ProcedureStep step, LocalDate on) {
        Instant at = LegalTime.startOf(on).plusSeconds(3 * 3600);
        return p.with(new StatusChange(step, p.status(), p.statusAfter(step), at, "dieutra", "cong-an-tinh-pa05"));
    }

    static ExtensionRequest extension(String until) {
        return new ExtensionRequest(until, "Vụ việc phức tạp, phải xác minh tại nhiều nơi", null);
    }

    static ExtensionRequest procuracyExtension(String until, String documentDate) {
        return new ExtensionRequest(until, "Chưa thể kết thúc xác minh",
                new ExtensionRequest.Approval("Phó Viện trưởng Nguyễn Văn A", "15/QĐ-VKS", documentDate));
    }

    static final Outcome PROSECUTE = new Outcome.Prosecute(174, 1, "cong-an-tinh-pa05", "Lừa đảo qua điện thoại");
    static final Outcome NOT_PROSECUTE = new Outcome.NotProsecute(NonProsecutionGround.NOT_A_CRIME,
            "Số tiền chuyển nhầm đã được hoàn trả; không có dấu hiệu lừa đảo.");
    static final Outcome SUSPEND = new Outcome.Suspend(SuspensionGround.AWAITING_FOREIGN_LEGAL_ASSISTANCE, null);
    static final CaseRef CASE = new CaseRef(UUID.randomUUID(), "VA-2026-0007");

    static List<String> fields(ValidationException e) {
        return e.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void aDecisionIsDueTwentyDaysAfterReceiptAndTheProcuracyIsNotifiedWithinThree() {
        var p = received();
        assertThat(p.decisionDue()).isEqualTo(DUE);
        assertThat(p.notificationDue()).isEqualTo(LocalDate.of(2026, 3, 4));
        // 20:00 on 28 February UTC is already 1 March in Vietnam
        assertThat(TipDeadlines.notificationDue(LegalCalendar.shipped(), Instant.parse("2026-02-28T20:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void tipWithoutDecisionAfterTwentyDaysIsOverdue() {
        var p = received();
        assertThat(p.isDecisionOverdue(today("2026-03-22T10:00:00Z"))).isFalse(); // the weekend the 20 days end on
        assertThat(p.isDecisionOverdue(today("2026-03-23T16:59:59Z"))).isFalse(); // 23:59:59 on the due day
        assertThat(p.isDecisionOverdue(today("2026-03-23T17:00:00Z"))).isTrue();
        assertThat(after(p, p.decide(NOT_PROSECUTE, null, DUE), DUE).isDecisionOverdue(LocalDate.of(2026, 6, 1)))
                .isFalse();
    }

    @Test
    void theProcuracyNotificationIsLateAfterThreeDaysUntilRecorded() {
        var p = received();
        assertThat(p.isNotificationOverdue(LocalDate.of(2026, 3, 4))).isFalse();
        assertThat(p.isNotificationOverdue(LocalDate.of(2026, 3, 5))).isTrue();
        Instant now = Instant.parse("2026-03-06T02:00:00Z");
        var notified = after(p, p.notifyProcuracy(null, "12/TB-PA05", now), LocalDate.of(2026, 3, 6));
        assertThat(notified.isNotificationOverdue(LocalDate.of(2026, 3, 6))).isFalse();
        assertThat(notified.notification()).hasValueSatisfying(n -> assertThat(n.notifiedAt()).isEqualTo(now));
        assertThat(notified.status()).isEqualTo(TipStatus.RECEIVED);
        assertThat(catchThrowableOfType(ConflictException.class,
                () -> notified.notifyProcuracy(null, null, now))).hasMessageContaining("already recorded");
    }

    @Test
    void aNotificationCannotBeInTheFutureOrBeforeReceipt() {
        var p = received();
        Instant now = Instant.parse("2026-03-02T02:00:00Z");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> p.notifyProcuracy(now.plusSeconds(3600), null, now)))).containsExactly("notified_at:IN_FUTURE");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> p.notifyProcuracy(RECEIVED.minusSeconds(60), "x".repeat(101), now))))
                .containsExactly("notified_at:OUT_OF_RANGE", "document_number:TOO_LONG");
    }

    @Test
    void theHandlingBodyExtendsAComplexTipToAtMostTwoMonthsAfterReceipt() {
        var p = received();
        LocalDate today = LocalDate.of(2026, 3, 15);
        var longest = p.extend(extension(null), today);
        assertThat(longest.number()).isEqualTo(1);
        // two months after 01/03/2026 is 01/05/2026, a holiday before a weekend: Monday 04/05/2026
        assertThat(longest.until()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(longest.approval()).isNull();

        var extended = after(p, p.extend(extension("2026-04-20"), today), today);
        assertThat(extended.decisionDue()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(extended.extendedUntil()).contains(LocalDate.of(2026, 4, 20));
        assertThat(extended.status()).isEqualTo(TipStatus.VERIFYING);
        assertThat(extended.isDecisionOverdue(LocalDate.of(2026, 3, 25))).isFalse();

        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> p.extend(extension("2026-05-05"), today)))).containsExactly("until:OUT_OF_RANGE");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> p.extend(extension("2026-03-21"), today)))).containsExactly("until:OUT_OF_RANGE");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> p.extend(new ExtensionRequest("31/03/2026", " ", null), today))))
                .containsExactly("until:INVALID_FORMAT", "reason:REQUIRED");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> p.extend(procuracyExtension(null, "2026-03-10"), today))))
                .containsExactly("procuracy_approval:NOT_ALLOWED");
    }

    @Test
    void aDeadlineThatHasPassedCannotBeExtended() {
        var failure = catchThrowableOfType(ConflictException.class,
                () -> received().extend(extension(null), LocalDate.of(2026, 3, 24)));
        assertThat(failure.vi()).contains("23/03/2026");
        assertThat(failure.en()).contains("has passed");
    }

    @Test
    void theProcuracyExtendsOnceMoreByAtMostTwoMonthsWithItsApprovalOnRecord() {
        LocalDate today = LocalDate.of(2026, 3, 15);
        var extended = after(received(), received().extend(extension("2026-04-20"), today), today);
        assertThat(extended.nextExtension()).isEqualTo(2);

        LocalDate later = LocalDate.of(2026, 4, 18);
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> extended.extend(extension(null), later)))).containsExactly(
                "procuracy_approval.approver:REQUIRED", "procuracy_approval.document_number:REQUIRED",
                "procuracy_approval.document_date:REQUIRED");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> extended.extend(procuracyExtension("2026-06-23", "2026-04-17"), later))))
                .containsExactly("until:OUT_OF_RANGE");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> extended.extend(procuracyExtension(null, "2026-04-19"), later))))
                .containsExactly("procuracy_approval.document_date:IN_FUTURE");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> extended.extend(procuracyExtension(null, "2026-04-21"), LocalDate.of(2026, 4, 22)))))
                .containsExactly("procuracy_approval.document_date:OUT_OF_RANGE");

        var second = extended.extend(procuracyExtension(null, "2026-04-17"), later);
        assertThat(second.number()).isEqualTo(2);
        // two months after 20/04/2026 is Saturday 20/06/2026: Monday 22/06/2026
        assertThat(second.until()).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(second.approval()).isEqualTo(
                new ProcuracyApproval("Phó Viện trưởng Nguyễn Văn A", "15/QĐ-VKS", LocalDate.of(2026, 4, 17)));
        var twice = after(extended, second, later);
        assertThat(twice.decisionDue()).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(twice.extensions()).hasSize(2);

        var third = catchThrowableOfType(ConflictException.class,
                () -> twice.extend(procuracyExtension(null, "2026-04-18"), later));
        assertThat(third.en()).contains("extended twice");
    }

    @Test
    void notProsecuteNeedsOneGroundOfArticle157AndReasonsForTheReporter() {
        var p = received();
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> p.checkDecision(new Outcome.NotProsecute(null, " "), DUE))))
                .containsExactly("not_prosecute.ground:REQUIRED", "not_prosecute.reasons:REQUIRED");
        var decided = after(p, p.decide(NOT_PROSECUTE, null, DUE), DUE);
        assertThat(decided.status()).isEqualTo(TipStatus.NOT_PROSECUTED);
        assertThat(decided.outcome()).isPresent();
        assertThat(decided.kase()).isEmpty();
    }

    @Test
    void prosecuteNeedsAnArticleAndAClause() {
        var failure = catchThrowableOfType(ValidationException.class,
                () -> received().checkDecision(new Outcome.Prosecute(0, 0, "Công An", null), DUE));
        assertThat(fields(failure)).containsExactly("prosecute.penal_code_article:REQUIRED", "prosecute.clause:REQUIRED",
                "prosecute.lead_unit:INVALID_FORMAT");
        assertThat(fields(catchThrowableOfType(ValidationException.class, () -> received().checkDecision(null, DUE))))
                .containsExactly("outcome:REQUIRED");
    }

    @Test
    void aTipHasExactlyOneFinalDecision() {
        var p = received();
        var prosecuted = after(p, p.decide(PROSECUTE, CASE, DUE), DUE);
        assertThat(prosecuted.status()).isEqualTo(TipStatus.PROSECUTED);
        assertThat(prosecuted.kase()).contains(CASE);

        var twice = catchThrowableOfType(ConflictException.class, () -> prosecuted.checkDecision(PROSECUTE, DUE));
        assertThat(twice.vi()).contains("VA-2026-0007", "không thể khởi tố lần hai");
        assertThat(twice.en()).contains("cannot be prosecuted twice");
        var other = catchThrowableOfType(ConflictException.class, () -> prosecuted.checkDecision(NOT_PROSECUTE, DUE));
        assertThat(other.en()).contains("exactly one");

        var notProsecuted = after(p, p.decide(NOT_PROSECUTE, null, DUE), DUE);
        assertThat(catchThrowableOfType(ConflictException.class, () -> notProsecuted.checkDecision(PROSECUTE, DUE)).en())
                .contains("already has its final decision (not prosecute)");
        assertThat(catchThrowableOfType(ConflictException.class,
                () -> notProsecuted.extend(extension(null), DUE))).isNotNull();
    }

    @Test
    void suspendingBeforeTheDeadlineHasPassedIsRefused() {
        var p = received();
        var failure = catchThrowableOfType(ConflictException.class, () -> p.checkDecision(SUSPEND, DUE));
        assertThat(failure.vi()).contains("23/03/2026", "Điều 148");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> p.checkDecision(new Outcome.Suspend(null, null), DUE.plusDays(1)))))
                .containsExactly("suspend.ground:REQUIRED");
    }

    @Test
    void aSuspendedTipIsResumedWithOneMoreMonthAndCannotBeExtendedThen() {
        var p = received();
        LocalDate late = DUE.plusDays(2);
        var suspended = after(p, p.decide(SUSPEND, null, late), late);
        assertThat(suspended.status()).isEqualTo(TipStatus.SUSPENDED);
        assertThat(suspended.isDecisionOverdue(late.plusDays(30))).isFalse();
        assertThat(suspended.outcome()).isPresent();
        assertThat(catchThrowableOfType(ConflictException.class, () -> suspended.checkDecision(PROSECUTE, late)).en())
                .contains("resume it");
        assertThat(catchThrowableOfType(ConflictException.class, () -> suspended.checkDecision(SUSPEND, late)).en())
                .contains("already suspended");

        LocalDate resumedOn = LocalDate.of(2026, 5, 31);
        var resumed = after(suspended, suspended.resume("Đã có kết quả tương trợ tư pháp", resumedOn), resumedOn);
        assertThat(resumed.status()).isEqualTo(TipStatus.VERIFYING);
        assertThat(resumed.decisionDue()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(resumed.outcome()).isEmpty();
        assertThat(catchThrowableOfType(ConflictException.class, () -> resumed.resume(null, resumedOn))).isNotNull();
        assertThat(catchThrowableOfType(ConflictException.class, () -> resumed.extend(extension(null), resumedOn)).en())
                .contains("within one month");

        var decided = after(resumed, resumed.decide(PROSECUTE, CASE, resumedOn), resumedOn);
        assertThat(decided.history()).extracting(StatusChange::to).containsExactly(TipStatus.RECEIVED,
                TipStatus.SUSPENDED, TipStatus.VERIFYING, TipStatus.PROSECUTED);
        assertThat(decided.history().getFirst().from()).isNull();
    }

    @Test
    void twoMonthsAfterTheLastDayOfAMonthIsTheLastDayOfTheShorterMonthOrTheNextWorkingDay() {
        var calendar = LegalCalendar.shipped();
        // 28/02/2026 is a Saturday: the limit ends on Monday 02/03/2026
        assertThat(TipDeadlines.latestExtension(calendar, Instant.parse("2025-12-31T03:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(TipDeadlines.dueAfterResumption(calendar, LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(TipDeadlines.latestExtension(calendar, Instant.parse("2025-10-31T03:00:00Z"))).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void theGroundsAreThoseOfTheCode() {
        assertThat(NonProsecutionGround.values()).hasSize(8);
        assertThat(NonProsecutionGround.NO_VICTIM_REQUEST.clause()).isEqualTo(8);
        assertThat(NonProsecutionGround.NO_CRIMINAL_EVENT.clause()).isEqualTo(1);
        assertThat(SuspensionGround.values()).extracting(SuspensionGround::point)
                .containsExactly('a', 'a', 'a', 'b', 'c');
        for (var g : NonProsecutionGround.values()) {
            assertThat(g.labelVi()).isNotBlank();
            assertThat(g.labelEn()).isNotBlank();
        }
        for (var g : SuspensionGround.values()) {
            assertThat(g.labelVi()).isNotBlank();
            assertThat(g.labelEn()).isNotBlank();
        }
    }
}
