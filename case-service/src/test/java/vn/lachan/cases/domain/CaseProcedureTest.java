package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.time.LegalCalendar;
import vn.lachan.platform.time.LegalTime;

/** The criminal procedure of a case from opening to closing (CPC 2015 Arts. 172, 174, 229–248, 326, 343). */
class CaseProcedureTest {

    static final LegalCalendar CALENDAR = LegalCalendar.shipped();
    /** 10:00 on Tuesday 10 March 2026 in Vietnam. */
    static final Instant OPENED = Instant.parse("2026-03-10T03:00:00Z");
    static final Caller LEADER = new Caller("s1", "lanhdao.congan", "cong-an-tinh", Set.of("police-leader"));
    static final Caller INVESTIGATOR = new Caller("s2", "dieutra", "cong-an-tinh-pa05", Set.of("investigator"));
    static final Caller PROCURATOR = new Caller("s3", "kiemsat", "vien-kiem-sat-tinh", Set.of("procurator"));
    static final Caller JUDGE = new Caller("s4", "toaan", "toa-an-tinh", Set.of("judge"));

    /** A case of fraud under Art. 174 with the given clause: 1 less serious, 2 serious, 3 very, 4 particularly. */
    static CaseProcedure opened(int clause) {
        Case kase = Case.open(UUID.randomUUID(), new CaseNumber(2026, 1),
                new CaseDraft(OPENED, "Lừa đảo qua mạng", 174, clause, "cong-an-tinh-pa05", List.of()), OPENED, "dieutra",
                CALENDAR);
        return new CaseProcedure(kase, List.of(), CALENDAR);
    }

    static Instant on(String day) {
        return LegalTime.startOf(LocalDate.parse(day)).plusSeconds(9 * 3600);
    }

    static CaseProcedure.Step step(String date) {
        return new CaseProcedure.Step("Theo đề xuất của điều tra viên", "12/QĐ", date);
    }

    static CaseProcedure moved(CaseProcedure p, CaseMove move, Caller who, String day) {
        return p.with(p.move(move, step(day), move == CaseMove.INDICT ? "toa-an-tinh" : null, who, on(day)));
    }

    static List<String> fields(ValidationException e) {
        return e.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void aCaseGoesFromInvestigationToClosedAndEveryStepIsInItsHistory() {
        var p = opened(2);
        assertThat(p.stage()).isEqualTo(Stage.INVESTIGATION);
        // 10/06/2026 is a Wednesday
        assertThat(p.investigationDue()).contains(LocalDate.of(2026, 6, 10));
        p = moved(p, CaseMove.CONCLUDE_RECOMMEND_PROSECUTION, LEADER, "2026-05-20");
        assertThat(p.stage()).isEqualTo(Stage.PROSECUTION);
        assertThat(p.investigationDue()).as("the limit runs only while investigating").isEmpty();
        p = moved(p, CaseMove.INDICT, PROCURATOR, "2026-06-15");
        assertThat(p.courtUnit()).contains("toa-an-tinh");
        p = moved(p, CaseMove.PRONOUNCE_JUDGMENT, JUDGE, "2026-08-03");
        p = moved(p, CaseMove.CLOSE, JUDGE, "2026-08-20");
        assertThat(p.stage()).isEqualTo(Stage.CLOSED);
        assertThat(p.history()).extracting(CaseEvent::move).containsExactly(CaseMove.CONCLUDE_RECOMMEND_PROSECUTION,
                CaseMove.INDICT, CaseMove.PRONOUNCE_JUDGMENT, CaseMove.CLOSE);
        assertThat(p.history().get(1)).satisfies(e -> {
            assertThat(e.actor()).isEqualTo("kiemsat");
            assertThat(e.actorUnit()).isEqualTo("vien-kiem-sat-tinh");
            assertThat(e.from()).isEqualTo(Stage.PROSECUTION);
            assertThat(e.to()).isEqualTo(Stage.TRIAL);
            assertThat(e.documentNumber()).isEqualTo("12/QĐ");
            assertThat(e.documentDate()).isEqualTo(LocalDate.of(2026, 6, 15));
            assertThat(e.reason()).isNotBlank();
        });
    }

    @Test
    void releaseEntriesAreInTheHistoryButDoNotMoveTheProcedure() {
        var p = opened(2);
        UUID request = UUID.randomUUID();
        var order = new ReleaseOrder(UUID.randomUUID(), request, p.kase().id(), "vcb-dong-thap",
                vn.lachan.platform.money.Money.dong(4_000_000), "07/LGT", LocalDate.of(2026, 3, 20), "Hợp pháp",
                on("2026-03-20"), "lanhdao.congan", "cong-an-tinh", "vien-kiem-sat-tinh", on("2026-03-20"),
                ReleaseStatus.ISSUED, null, null, null, null);
        p = p.with(CaseEvent.releaseOrdered(order, p.stage()));
        var executed = order.executed(new ReleaseExecution(on("2026-03-21"), order.amount()), on("2026-03-22"),
                "nganhang.vcb");
        p = p.with(CaseEvent.releaseReported(executed, p.stage(), "vcb-dong-thap"));
        assertThat(p.history()).extracting(CaseEvent::kind).containsExactly(CaseEvent.Kind.FREEZE_RELEASE_ORDERED,
                CaseEvent.Kind.FREEZE_RELEASE_REPORTED);
        assertThat(p.history().get(1)).satisfies(e -> {
            assertThat(e.actor()).isEqualTo("nganhang.vcb");
            assertThat(e.actorUnit()).isEqualTo("vcb-dong-thap");
            assertThat(e.at()).isEqualTo(on("2026-03-22"));
            assertThat(e.documentNumber()).isEqualTo("07/LGT");
            assertThat(e.release().releasedAt()).isEqualTo(on("2026-03-21"));
            assertThat(e.release().freezeRequestId()).isEqualTo(request);
        });
        assertThat(p.stage()).isEqualTo(Stage.INVESTIGATION);
        assertThat(p.investigationDue()).contains(LocalDate.of(2026, 6, 10));
        // a decision dated before the release entries (but after the last step of the procedure) is accepted
        p = moved(p, CaseMove.SUSPEND_INVESTIGATION, LEADER, "2026-03-15");
        assertThat(p.stage()).isEqualTo(Stage.SUSPENDED);
    }

    @Test
    void aMoveOutOfOrderIsAFieldError() {
        var p = opened(2);
        var failure = catchThrowableOfType(ValidationException.class,
                () -> p.move(CaseMove.INDICT, step("2026-03-11"), "toa-an-tinh", PROCURATOR, on("2026-03-11")));
        assertThat(fields(failure)).containsExactly("move:OUT_OF_ORDER");
        assertThat(failure.violations().getFirst().vi()).contains("INVESTIGATION", "Điều 243");
        var closed = moved(moved(moved(moved(p, CaseMove.CONCLUDE_RECOMMEND_PROSECUTION, LEADER, "2026-04-01"),
                CaseMove.INDICT, PROCURATOR, "2026-04-02"), CaseMove.PRONOUNCE_JUDGMENT, JUDGE, "2026-04-03"),
                CaseMove.CLOSE, JUDGE, "2026-04-06");
        for (CaseMove m : CaseMove.values()) {
            assertThat(fields(catchThrowableOfType(ValidationException.class,
                    () -> closed.move(m, step("2026-04-07"), m == CaseMove.INDICT ? "toa-an-tinh" : null, JUDGE,
                            on("2026-04-07"))))).as(m.name()).contains("move:OUT_OF_ORDER");
        }
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> p.move(null, step("2026-03-11"), null, LEADER, on("2026-03-11"))))).containsExactly("move:REQUIRED");
    }

    @Test
    void aStepNeedsItsReasonDocumentAndADateThatIsNeitherFutureNorBeforeThePreviousStep() {
        var p = opened(2);
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> p.move(CaseMove.SUSPEND_INVESTIGATION, new CaseProcedure.Step(" ", null, null), null, LEADER,
                        on("2026-03-11"))))).containsExactly("reason:REQUIRED", "document_number:REQUIRED",
                "document_date:REQUIRED");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> p.move(CaseMove.SUSPEND_INVESTIGATION, step("2026-03-12"), null, LEADER, on("2026-03-11")))))
                .containsExactly("document_date:IN_FUTURE");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> p.move(CaseMove.SUSPEND_INVESTIGATION, step("2026-03-09"), null, LEADER, on("2026-03-11")))))
                .containsExactly("document_date:OUT_OF_RANGE");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> p.move(CaseMove.SUSPEND_INVESTIGATION, step("11/03/2026"), "toa-an-tinh", LEADER,
                        on("2026-03-11"))))).containsExactly("document_date:INVALID_FORMAT", "court_unit:NOT_ALLOWED");
        var atProcuracy = moved(p, CaseMove.CONCLUDE_RECOMMEND_PROSECUTION, LEADER, "2026-04-01");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> atProcuracy.move(CaseMove.INDICT, step("2026-04-02"), "vcb-dong-thap", PROCURATOR,
                        on("2026-04-02"))))).containsExactly("court_unit:NOT_A_COURT");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> atProcuracy.move(CaseMove.INDICT, step("2026-04-02"), "", PROCURATOR, on("2026-04-02")))))
                .containsExactly("court_unit:REQUIRED");
    }

    @Test
    void aSuspendedInvestigationStopsItsClockAndResumesWithTheLimitOfArticle174() {
        var p = moved(opened(2), CaseMove.SUSPEND_INVESTIGATION, LEADER, "2026-04-01");
        assertThat(p.stage()).isEqualTo(Stage.SUSPENDED);
        assertThat(p.investigationDue()).isEmpty();
        assertThat(p.isInvestigationOverdue(LocalDate.of(2027, 1, 1))).isFalse();
        p = moved(p, CaseMove.RESUME_INVESTIGATION, LEADER, "2026-10-05");
        // a serious crime resumes with 2 months: 05/12/2026 is a Saturday, so Monday 07/12/2026
        assertThat(p.investigationDue()).contains(LocalDate.of(2026, 12, 7));
        assertThat(p.limit().phase()).isEqualTo(InvestigationLimits.Phase.RESUMED);
        assertThat(p.isInvestigationOverdue(LocalDate.of(2026, 12, 7))).isFalse();
        assertThat(p.isInvestigationOverdue(LocalDate.of(2026, 12, 8))).isTrue();
    }

    @Test
    void extensionsFollowTheCategoryAndAreAskedTenDaysAheadAndApprovedByTheProcuracy() {
        // clause 2 of Art. 174: serious, 3 months, extended at most twice: 3 then 2 months
        var p = opened(2);
        assertThat(p.investigationDue()).contains(LocalDate.of(2026, 6, 10));
        assertThat(p.nextExtensionMaxMonths()).as("what the forms offer first").isEqualTo(3);
        var late = catchThrowableOfType(ValidationException.class,
                () -> p.requestExtension(3, step("2026-06-01"), INVESTIGATOR, on("2026-06-01")));
        assertThat(fields(late)).containsExactly("id:TOO_LATE");
        assertThat(late.violations().getFirst().vi()).contains("31/05/2026", "10/06/2026");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> p.requestExtension(4, step("2026-05-25"), INVESTIGATOR, on("2026-05-25")))))
                .containsExactly("months:OUT_OF_RANGE");

        var asked = p.with(p.requestExtension(3, step("2026-05-25"), INVESTIGATOR, on("2026-05-25")));
        assertThat(asked.limit().pendingRequest()).isPresent();
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> asked.requestExtension(3, step("2026-05-26"), INVESTIGATOR, on("2026-05-26")))))
                .containsExactly("id:ALREADY_PENDING");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> asked.decideExtension(true, 4, step("2026-05-28"), PROCURATOR, on("2026-05-28")))))
                .containsExactly("months:OUT_OF_RANGE");
        var once = asked.with(asked.decideExtension(true, 3, step("2026-05-28"), PROCURATOR, on("2026-05-28")));
        // 10/06 + 3 months = Thursday 10/09/2026
        assertThat(once.investigationDue()).contains(LocalDate.of(2026, 9, 10));
        assertThat(once.limit().extensionsGranted()).isEqualTo(1);
        assertThat(once.nextExtensionMaxMonths()).isEqualTo(2);
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> once.decideExtension(true, 1, step("2026-05-29"), PROCURATOR, on("2026-05-29")))))
                .containsExactly("id:NOTHING_PENDING");

        var second = once.with(once.requestExtension(2, step("2026-08-20"), LEADER, on("2026-08-20")));
        var refused = second.with(second.decideExtension(false, 0, step("2026-08-24"), PROCURATOR, on("2026-08-24")));
        assertThat(refused.investigationDue()).contains(LocalDate.of(2026, 9, 10));
        var again = refused.with(refused.requestExtension(2, step("2026-08-25"), LEADER, on("2026-08-25")));
        var twice = again.with(again.decideExtension(true, 2, step("2026-08-26"), PROCURATOR, on("2026-08-26")));
        // 10/09 + 2 months = Tuesday 10/11/2026
        assertThat(twice.investigationDue()).contains(LocalDate.of(2026, 11, 10));
        assertThat(twice.nextExtensionMaxMonths()).as("no third extension for a serious crime").isZero();
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> twice.requestExtension(1, step("2026-10-01"), LEADER, on("2026-10-01")))))
                .containsExactly("id:LIMIT_REACHED");
    }

    @Test
    void aLessSeriousCrimeIsExtendedOnceAndAParticularlySeriousOneThreeTimes() {
        assertThat(InvestigationLimits.extensions(InvestigationLimits.Phase.ORIGINAL, CrimeCategory.LESS_SERIOUS))
                .containsExactly(2);
        assertThat(InvestigationLimits.extensions(InvestigationLimits.Phase.ORIGINAL, CrimeCategory.VERY_SERIOUS))
                .containsExactly(4, 4);
        assertThat(InvestigationLimits.extensions(InvestigationLimits.Phase.ORIGINAL,
                CrimeCategory.PARTICULARLY_SERIOUS)).containsExactly(4, 4, 4);
        assertThat(InvestigationLimits.extensions(InvestigationLimits.Phase.RESUMED, CrimeCategory.LESS_SERIOUS))
                .isEmpty();
        var p = opened(1);
        var once = p.with(p.requestExtension(2, step("2026-04-20"), INVESTIGATOR, on("2026-04-20")));
        once = once.with(once.decideExtension(true, 2, step("2026-04-21"), PROCURATOR, on("2026-04-21")));
        var done = once;
        assertThat(p.nextExtensionMaxMonths()).isEqualTo(2);
        assertThat(done.nextExtensionMaxMonths()).isZero();
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> done.requestExtension(1, step("2026-05-01"), INVESTIGATOR, on("2026-05-01")))))
                .containsExactly("id:LIMIT_REACHED");
    }

    @Test
    void theProcuracyReturnsAFileForSupplementaryInvestigationAtMostTwice() {
        var p = moved(opened(2), CaseMove.CONCLUDE_RECOMMEND_PROSECUTION, LEADER, "2026-04-01");
        p = moved(p, CaseMove.RETURN_FOR_SUPPLEMENTARY_INVESTIGATION, PROCURATOR, "2026-04-06");
        assertThat(p.stage()).isEqualTo(Stage.INVESTIGATION);
        // two months from 06/04/2026 is Saturday 06/06/2026: Monday 08/06/2026
        assertThat(p.investigationDue()).contains(LocalDate.of(2026, 6, 8));
        assertThat(p.limit().phase()).isEqualTo(InvestigationLimits.Phase.SUPPLEMENTARY);
        p = moved(p, CaseMove.CONCLUDE_RECOMMEND_PROSECUTION, LEADER, "2026-05-04");
        p = moved(p, CaseMove.RETURN_FOR_SUPPLEMENTARY_INVESTIGATION, PROCURATOR, "2026-05-05");
        var twice = moved(p, CaseMove.CONCLUDE_RECOMMEND_PROSECUTION, LEADER, "2026-05-20");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> twice.move(CaseMove.RETURN_FOR_SUPPLEMENTARY_INVESTIGATION, step("2026-05-21"), null, PROCURATOR,
                        on("2026-05-21"))))).containsExactly("move:LIMIT_REACHED");
    }

    @Test
    void flagsChangeWithAReasonAndOnlyWhenTheyChange() {
        var p = opened(2);
        var flags = new CaseFlags(true, false, true, false);
        var flagged = p.with(p.setFlags(flags, "Án điểm của tỉnh, đối tượng ở nhiều tỉnh", LEADER, on("2026-03-12")));
        assertThat(flagged.flags()).isEqualTo(flags);
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> flagged.setFlags(flags, "lại", LEADER, on("2026-03-13"))))).containsExactly("flags:UNCHANGED");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> flagged.setFlags(CaseFlags.NONE, " ", LEADER, on("2026-03-13"))))).containsExactly("reason:REQUIRED");
        assertThat(fields(catchThrowableOfType(ValidationException.class,
                () -> flagged.setFlags(null, "x", LEADER, on("2026-03-13"))))).containsExactly("flags:REQUIRED");
    }

    @Test
    void anInvestigationLeftToRunPastItsLimitIsOverdue() {
        var p = opened(2);
        assertThat(p.isInvestigationOverdue(LocalDate.of(2026, 6, 10))).isFalse();
        assertThat(p.isInvestigationOverdue(LocalDate.of(2026, 6, 11))).isTrue();
    }
}
