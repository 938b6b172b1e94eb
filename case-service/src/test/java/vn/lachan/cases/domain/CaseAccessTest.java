package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.security.Caller;

class CaseAccessTest {

    /** A caller of {@code unit} with the roles, space-separated (empty: none). */
    static Caller caller(String unit, String roles) {
        Set<String> set = roles == null || roles.isBlank() ? Set.of() : Set.of(roles.trim().split(" +"));
        return new Caller("sub-" + unit, "user-" + unit, unit, set);
    }

    @ParameterizedTest(name = "{0} [{1}] may open: {2}")
    @CsvSource({
            "cong-an-tinh-pa05, investigator personal-data, true",
            "cong-an-tinh, police-leader report-reviewer personal-data, true",
            "cong-an-huyen-cao-lanh, investigator, true",
            // intake receives tips, it does not open cases
            "cong-an-tinh, tip-intake, false",
            "cong-an-tinh, admin, false",
            "cong-an-tinh, '', false",
            // the role alone is not enough outside the police
            "huyen-cao-lanh, investigator, false",
            "vien-kiem-sat-tinh, procurator, false",
            "toa-an-tinh, judge, false",
            "ubnd-tinh, reader-consolidated budget-approver, false",
            "ubnd-tinh, auditor, false",
            "huyen-cao-lanh, report-submitter, false",
            "vcb-dong-thap, bank-liaison, false",
            // a service opens cases with the user's token it forwards, not its own
            "he-thong, investigator, false",
            // tip-service's account opens only as the officer who decided a tip (checkOpen with the tip's key)
            "he-thong, case-opener, false",
    })
    void onlyPoliceInvestigatorsAndLeadersOpenCases(String unit, String roles, boolean mayOpen) {
        Caller caller = caller(unit, roles);
        if (mayOpen) {
            assertThatCode(() -> CaseAccess.checkOpen(caller)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CaseAccess.checkOpen(caller)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @ParameterizedTest(name = "{0} [{1}] may read a case's title: {2}")
    @CsvSource({
            "cong-an-tinh-pa05, investigator, true",
            "cong-an-tinh, police-leader, true",
            "cong-an-tinh, tip-intake, true",
            "vien-kiem-sat-tinh, procurator, true",
            "toa-an-tinh, judge, true",
            "ubnd-tinh, auditor, true",
            "ubnd-tinh, personal-data reader-consolidated, true",
            "he-thong, '', true",
            // tip-service's account opens one tip's case and reads nothing
            "he-thong, case-opener, false",
            // the People's Committee reads the figures, not the names a title may carry
            "ubnd-tinh, reader-consolidated budget-approver, false",
            "ubnd-tinh, reader-consolidated, false",
    })
    void aTitleIsReadByThoseWhoWorkOrCheckTheCaseNotByConsolidatedReaders(String unit, String roles, boolean reads) {
        assertThat(CaseAccess.mayReadTitle(caller(unit, roles))).isEqualTo(reads);
    }

    @ParameterizedTest(name = "{0} [{1}] may see cases: {2}")
    @CsvSource({
            "cong-an-tinh-pa05, investigator personal-data, true",
            "cong-an-tinh, police-leader, true",
            "cong-an-tinh, tip-intake, true",
            "vien-kiem-sat-tinh, procurator, true",
            "toa-an-tinh, judge, true",
            "ubnd-tinh, reader-consolidated budget-approver, true",
            "ubnd-tinh, auditor, true",
            "he-thong, tip-intake, true",
            "he-thong, '', true",
            // tip-service's account opens one tip's case and reads nothing
            "he-thong, case-opener, false",
            // police roles count only in the police
            "huyen-cao-lanh, tip-intake, false",
            "huyen-cao-lanh, investigator, false",
            "cong-an-tinh, admin, false",
            "cong-an-tinh, report-reviewer personal-data, false",
            "huyen-cao-lanh, report-submitter, false",
            "so-tu-phap, report-submitter, false",
            "so-tai-chinh, budget-planner budget-spender, false",
            "vcb-dong-thap, bank-liaison, false",
            "so-tai-chinh, personal-data, false",
    })
    void whoSeesCases(String unit, String roles, boolean maySee) {
        Caller caller = caller(unit, roles);
        assertThat(CaseAccess.maySeeAny(caller)).isEqualTo(maySee);
        if (maySee) {
            assertThatCode(() -> CaseAccess.checkList(caller)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CaseAccess.checkList(caller)).isInstanceOf(AccessDeniedException.class);
        }
    }

    static Case ledBy(String unit) {
        return Case.open(java.util.UUID.randomUUID(), new CaseNumber(2026, 1), new CaseDraft(
                        java.time.Instant.parse("2026-03-10T03:00:00Z"), "Lừa đảo", 174, 2, unit, java.util.List.of()),
                java.time.Instant.parse("2026-03-10T03:00:00Z"), "dieutra", vn.lachan.platform.time.LegalCalendar.shipped());
    }

    @ParameterizedTest(name = "{0} [{1}] sees a case led by {2} (court {3}): {4}")
    @CsvSource({
            // the investigating unit and its superiors
            "cong-an-tinh-pa05, investigator, cong-an-tinh-pa05, '', true",
            "cong-an-tinh, police-leader, cong-an-tinh-pa05, '', true",
            "cong-an-tinh, tip-intake, cong-an-tinh-pa05, '', true",
            // a sibling or a unit below does not see it
            "cong-an-tinh-pa05, investigator, cong-an-tinh, '', false",
            "cong-an-tinh-pc02, investigator, cong-an-tinh-pa05, '', false",
            "cong-an-tinh-pa0, investigator, cong-an-tinh-pa05, '', false",
            // the supervising procuracy, not another one
            "vien-kiem-sat-tinh, procurator, cong-an-tinh-pa05, '', true",
            "vien-kiem-sat-khu-vuc-1, procurator, cong-an-tinh-pa05, '', false",
            // a court only once the case is indicted to it
            "toa-an-tinh, judge, cong-an-tinh-pa05, '', false",
            "toa-an-tinh, judge, cong-an-tinh-pa05, toa-an-tinh, true",
            "toa-an-khu-vuc-1, judge, cong-an-tinh-pa05, toa-an-tinh, false",
            // a judge's role in the procuracy's unit is nothing
            "vien-kiem-sat-tinh, judge, cong-an-tinh-pa05, toa-an-tinh, false",
            "ubnd-tinh, reader-consolidated, cong-an-tinh-pa05, '', true",
            "ubnd-tinh, auditor, cong-an-tinh-pa05, '', true",
            "he-thong, '', cong-an-tinh-pa05, '', true",
            "vcb-dong-thap, bank-liaison, cong-an-tinh-pa05, '', false",
    })
    void aCaseIsSeenByItsUnitAndSuperiorsItsProcuracyAndItsCourt(String unit, String roles, String lead, String court,
                                                                   boolean sees) {
        String courtUnit = court == null || court.isBlank() ? null : court;
        assertThat(CaseAccess.maySee(caller(unit, roles), ledBy(lead), courtUnit)).isEqualTo(sees);
    }

    @ParameterizedTest(name = "{0} [{1}] takes a step owned by {2}: {3}")
    @CsvSource({
            "cong-an-tinh, police-leader, police-leader, true",
            "cong-an-tinh-pa05, police-leader, police-leader, true",
            "cong-an-tinh-pa05, investigator, police-leader, false",
            "cong-an-tinh-pc02, police-leader, police-leader, false",
            "cong-an-tinh-pa05, investigator, investigator, true",
            "vien-kiem-sat-tinh, procurator, procurator, true",
            "vien-kiem-sat-khu-vuc-1, procurator, procurator, false",
            "cong-an-tinh, police-leader, procurator, false",
            "toa-an-tinh, judge, judge, true",
            "toa-an-khu-vuc-1, judge, judge, false",
            "vien-kiem-sat-tinh, procurator, judge, false",
    })
    void aStepIsTakenByTheRoleThatOwnsItInTheUnitThatHasTheCase(String unit, String roles, String role, boolean may) {
        Caller caller = caller(unit, roles);
        Case kase = ledBy("cong-an-tinh-pa05");
        if (may) {
            assertThatCode(() -> CaseAccess.checkActs(caller, role, kase, "toa-an-tinh")).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CaseAccess.checkActs(caller, role, kase, "toa-an-tinh"))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    /** A case of PA05 at {@code stage}, sent to the provincial court once it is at trial. */
    static Case at(Stage stage) {
        Case c = ledBy("cong-an-tinh-pa05");
        String court = stage == Stage.TRIAL || stage == Stage.JUDGED || stage == Stage.CLOSED ? "toa-an-tinh" : null;
        return new Case(c.id(), c.number(), c.openedAt(), c.title(), c.offence(), stage, c.leadUnit(), c.tipIds(),
                c.investigationDue(), c.createdAt(), c.createdBy(), c.updatedAt(), c.updatedBy(), c.procuracyUnit(),
                court, c.flags());
    }

    @ParameterizedTest(name = "{0} [{1}] at {2} may: {3}")
    @CsvSource({
            "cong-an-tinh-pa05, police-leader, INVESTIGATION, SUSPEND_INVESTIGATION CONCLUDE_RECOMMEND_PROSECUTION DROP_INVESTIGATION",
            "cong-an-tinh, police-leader personal-data, SUSPENDED, RESUME_INVESTIGATION DROP_INVESTIGATION",
            // the role in another unit, a role that owns no move, or a move of another stage: nothing
            "cong-an-tinh-pc02, police-leader, INVESTIGATION, ''",
            "cong-an-tinh-pa05, investigator, INVESTIGATION, ''",
            "cong-an-tinh-pa05, police-leader, PROSECUTION, ''",
            "vien-kiem-sat-tinh, procurator, INVESTIGATION, ''",
            "vien-kiem-sat-tinh, procurator, PROSECUTION, RETURN_FOR_SUPPLEMENTARY_INVESTIGATION INDICT DROP_PROSECUTION",
            "vien-kiem-sat-khu-vuc-1, procurator, PROSECUTION, ''",
            "toa-an-tinh, judge, TRIAL, PRONOUNCE_JUDGMENT",
            "toa-an-tinh, judge, JUDGED, CLOSE",
            "toa-an-khu-vuc-1, judge, TRIAL, ''",
            "toa-an-tinh, judge, CLOSED, ''",
            "ubnd-tinh, reader-consolidated, INVESTIGATION, ''",
    })
    void theMovesOfferedAreThoseTheCallersRoleAndUnitMayMakeFromTheStage(String unit, String roles, Stage stage,
                                                                          String moves) {
        List<CaseMove> expected = moves == null || moves.isBlank() ? List.of()
                : java.util.Arrays.stream(moves.split(" ")).map(CaseMove::valueOf).toList();
        List<CaseMove> offered = CaseAccess.movesFor(caller(unit, roles), at(stage));
        assertThat(offered).isEqualTo(expected);
        // each one offered is one checkActs lets through
        offered.forEach(move -> assertThatCode(() -> CaseAccess.checkActs(caller(unit, roles), move.role(), at(stage),
                at(stage).courtUnit())).doesNotThrowAnyException());
    }

    @Test
    void theTitleIsTheFieldAuditedAsPersonalData() {
        assertThat(CaseAccess.PERSONAL_FIELDS).containsExactly("title");
    }
}
