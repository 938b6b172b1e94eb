package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.security.Caller;

class FreezeRequestAccessTest {

    /** A request addressed to Vietcombank's Đồng Tháp branch. */
    static final FreezeRequest TO_VCB = FreezeRequestTest.sent();

    static Caller caller(String unit, String roles) {
        return CaseAccessTest.caller(unit, roles);
    }

    @ParameterizedTest(name = "{0} [{1}] may send: {2}")
    @CsvSource({
            "cong-an-tinh-pa05, investigator personal-data, true",
            "cong-an-tinh, police-leader report-reviewer personal-data, true",
            "cong-an-huyen-cao-lanh, investigator, true",
            "cong-an-tinh, tip-intake, false",
            "cong-an-tinh, admin, false",
            "vien-kiem-sat-tinh, procurator, false",
            "toa-an-tinh, judge, false",
            "vcb-dong-thap, bank-liaison, false",
            // the role alone is not enough outside the police
            "vcb-dong-thap, investigator, false",
            "huyen-cao-lanh, report-submitter, false",
            "he-thong, investigator, false",
    })
    void onlyPoliceInvestigatorsAndLeadersSendFreezeRequests(String unit, String roles, boolean maySend) {
        Caller caller = caller(unit, roles);
        if (maySend) {
            assertThatCode(() -> FreezeRequestAccess.checkCreate(caller)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> FreezeRequestAccess.checkCreate(caller)).isInstanceOf(AccessDeniedException.class);
        }
    }

    /**
     * For a request to vcb-dong-thap: may the caller see it, what the list is confined to (ALL, a bank, or
     * REFUSED), may they answer it, and is the account holder shown.
     */
    @ParameterizedTest(name = "{0} [{1}]: sees {2}, lists {3}, answers {4}, holder {5}")
    @CsvSource({
            "cong-an-tinh-pa05, investigator personal-data, true, ALL, false, true",
            "cong-an-tinh-pa05, investigator, true, ALL, false, true",
            "cong-an-tinh, police-leader report-reviewer personal-data, true, ALL, false, true",
            "cong-an-tinh, police-leader, true, ALL, false, false",
            "vien-kiem-sat-tinh, procurator, true, ALL, false, false",
            "vien-kiem-sat-tinh, procurator personal-data, true, ALL, false, true",
            "vcb-dong-thap, bank-liaison, true, vcb-dong-thap, true, true",
            // another bank's officer, and the bank's unit without the role
            "bidv-dong-thap, bank-liaison, false, bidv-dong-thap, false, false",
            "vcb-dong-thap, '', false, REFUSED, false, false",
            "vcb-dong-thap, report-submitter, false, REFUSED, false, false",
            "ngan-hang-nha-nuoc, bank-liaison, false, ngan-hang-nha-nuoc, false, false",
            // the police roles count only in the police
            "huyen-cao-lanh, investigator, false, REFUSED, false, false",
            "cong-an-tinh, tip-intake, false, REFUSED, false, false",
            "cong-an-tinh, admin, false, REFUSED, false, false",
            "toa-an-tinh, judge, false, REFUSED, false, false",
            "ubnd-tinh, reader-consolidated budget-approver, false, REFUSED, false, false",
            "ubnd-tinh, auditor, false, REFUSED, false, false",
            "huyen-cao-lanh, report-submitter, false, REFUSED, false, false",
            "so-tai-chinh, budget-planner budget-spender, false, REFUSED, false, false",
            "he-thong, '', false, REFUSED, false, false",
    })
    void whoSeesListsAndAnswersARequestToVietcombank(String unit, String roles, boolean sees, String lists,
                                                     boolean answers, boolean holder) {
        Caller caller = caller(unit, roles);
        assertThat(FreezeRequestAccess.maySee(caller, TO_VCB)).as("sees").isEqualTo(sees);
        switch (lists) {
            case "REFUSED" -> assertThatThrownBy(() -> FreezeRequestAccess.listScope(caller))
                    .isInstanceOf(AccessDeniedException.class);
            case "ALL" -> assertThat(FreezeRequestAccess.listScope(caller)).isNull();
            default -> assertThat(FreezeRequestAccess.listScope(caller)).isEqualTo(lists);
        }
        if (answers) {
            assertThatCode(() -> FreezeRequestAccess.checkRespond(caller, TO_VCB)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> FreezeRequestAccess.checkRespond(caller, TO_VCB))
                    .isInstanceOf(AccessDeniedException.class);
        }
        if (sees) {
            assertThat(FreezeRequestAccess.maySeeAccountHolder(caller, TO_VCB)).as("holder").isEqualTo(holder);
        }
    }
}
