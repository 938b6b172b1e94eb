package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    })
    void onlyPoliceInvestigatorsAndLeadersOpenCases(String unit, String roles, boolean mayOpen) {
        Caller caller = caller(unit, roles);
        if (mayOpen) {
            assertThatCode(() -> CaseAccess.checkOpen(caller)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CaseAccess.checkOpen(caller)).isInstanceOf(AccessDeniedException.class);
        }
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
        assertThat(CaseAccess.maySee(caller)).isEqualTo(maySee);
        if (maySee) {
            assertThatCode(() -> CaseAccess.checkList(caller)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CaseAccess.checkList(caller)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theTitleIsTheFieldAuditedAsPersonalData() {
        assertThat(CaseAccess.PERSONAL_FIELDS).containsExactly("title");
    }
}
