package vn.lachan.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Roles;

/** The seed users of k8s/keycloak/README.md, as their tokens describe them. */
class BudgetAccessTest {

    static final Caller TAICHINH = new Caller("s1", "taichinh", "so-tai-chinh",
            Set.of(Roles.BUDGET_PLANNER, Roles.BUDGET_SPENDER));
    static final Caller UBND = new Caller("s2", "ubnd", "ubnd-tinh",
            Set.of(Roles.READER_CONSOLIDATED, Roles.BUDGET_APPROVER));
    static final Caller KIEMTOAN = new Caller("s3", "kiemtoan", "ubnd-tinh", Set.of(Roles.AUDITOR));
    static final Caller LANHDAO = new Caller("s4", "lanhdao.congan", "cong-an-tinh",
            Set.of(Roles.POLICE_LEADER, Roles.REPORT_REVIEWER, Roles.PERSONAL_DATA));
    static final Caller BAOCAO = new Caller("s5", "baocao.caolanh", "huyen-cao-lanh", Set.of(Roles.REPORT_SUBMITTER));
    static final Caller NGANHANG = new Caller("s6", "nganhang.vcb", "vcb-dong-thap", Set.of(Roles.BANK_LIAISON));
    static final Caller TIEPNHAN = new Caller("s7", "tiepnhan", "cong-an-tinh", Set.of(Roles.TIP_INTAKE));
    static final Caller ADMIN = new Caller("s8", "admin", "cong-an-tinh", Set.of(Roles.ADMIN));
    static final Caller REPORT_SERVICE = new Caller("s9", "report-service", Caller.SYSTEM_UNIT,
            Set.of(Roles.READER_CONSOLIDATED));
    static final Caller ROLELESS_SERVICE = new Caller("s10", "some-service", Caller.SYSTEM_UNIT, Set.of());

    static Caller with(String unit, String... roles) {
        return new Caller("x", "x", unit, Set.of(roles));
    }

    @Test
    void theBudgetRolesThePoliceLeadershipConsolidatedReadersAuditorsAndServicesReadTheLines() {
        for (Caller reader : new Caller[] {TAICHINH, UBND, KIEMTOAN, LANHDAO, REPORT_SERVICE, ROLELESS_SERVICE,
                with("so-tai-chinh", Roles.BUDGET_PLANNER), with("so-tai-chinh", Roles.BUDGET_SPENDER),
                with("ubnd-tinh", Roles.BUDGET_APPROVER)}) {
            assertThat(BudgetAccess.mayRead(reader)).as(reader.name() + " " + reader.roles()).isTrue();
            assertThatCode(() -> BudgetAccess.checkRead(reader)).doesNotThrowAnyException();
        }
    }

    @Test
    void everyoneElseIsRefusedTheLines() {
        for (Caller other : new Caller[] {BAOCAO, NGANHANG, TIEPNHAN, ADMIN, with("cong-an-tinh", Roles.INVESTIGATOR),
                with("cong-an-tinh", Roles.PERSONAL_DATA), with("", Roles.REPORT_REVIEWER)}) {
            assertThat(BudgetAccess.mayRead(other)).as(other.name() + " " + other.roles()).isFalse();
            var refused = catchThrowableOfType(AccessDeniedException.class, () -> BudgetAccess.checkRead(other));
            assertThat(refused).as(other.name()).isNotNull();
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Test
    void onlySpendersRecordSpending() {
        assertThatCode(() -> BudgetAccess.checkSpend(TAICHINH)).doesNotThrowAnyException();
        for (Caller other : new Caller[] {UBND, KIEMTOAN, LANHDAO, REPORT_SERVICE, BAOCAO, NGANHANG, ADMIN,
                with("so-tai-chinh", Roles.BUDGET_PLANNER)}) {
            assertThat(catchThrowableOfType(AccessDeniedException.class, () -> BudgetAccess.checkSpend(other)))
                    .as(other.name()).isNotNull();
            assertThat(catchThrowableOfType(AccessDeniedException.class,
                    () -> BudgetAccess.checkSpendFor(other, other.unit()))).as(other.name() + " for own unit").isNotNull();
        }
    }

    @Test
    void aSpenderRecordsOnlyTheSpendingOfTheirOwnUnitAndAnotherUnitsAllocationIsNotFound() {
        assertThatCode(() -> BudgetAccess.checkSpendFor(TAICHINH, "so-tai-chinh")).doesNotThrowAnyException();
        for (String other : new String[] {"cong-an-tinh", "huyen-cao-lanh", "so-tai-chinh-2", "", Caller.SYSTEM_UNIT}) {
            assertThat(catchThrowableOfType(NotFoundException.class,
                    () -> BudgetAccess.checkSpendFor(TAICHINH, other))).as(other).isNotNull();
        }
    }

    @Test
    void aSpenderWhoAlsoApprovesRecordsForAnyUnit() {
        Caller both = with("ubnd-tinh", Roles.BUDGET_SPENDER, Roles.BUDGET_APPROVER);
        for (String unit : new String[] {"ubnd-tinh", "cong-an-tinh", "huyen-cao-lanh", "so-tai-chinh"}) {
            assertThatCode(() -> BudgetAccess.checkSpendFor(both, unit)).as(unit).doesNotThrowAnyException();
        }
        // approving alone does not make one a spender
        assertThat(catchThrowableOfType(AccessDeniedException.class,
                () -> BudgetAccess.checkSpendFor(UBND, "ubnd-tinh"))).isNotNull();
    }

    @Test
    void aServiceAccountNeverSpendsEvenWithTheSystemUnit() {
        Caller spendingService = with(Caller.SYSTEM_UNIT, Roles.READER_CONSOLIDATED);
        assertThat(catchThrowableOfType(AccessDeniedException.class,
                () -> BudgetAccess.checkSpendFor(spendingService, Caller.SYSTEM_UNIT))).isNotNull();
    }

    @Test
    void aUnitsReportSubmitterReadsTheExecutionOfTheirOwnUnitOnlyAndNothingElseOfTheBudget() {
        // report-service asks for the unit's execution with the submitter's own token, for the unit's periodic report
        assertThat(BudgetAccess.mayReadExecution(BAOCAO)).isTrue();
        assertThatCode(() -> BudgetAccess.checkReadExecution(BAOCAO)).doesNotThrowAnyException();
        assertThat(BudgetAccess.scopeUnit(BAOCAO)).isEqualTo("huyen-cao-lanh");
        // not the lines, the allocations, the commitments or the workbook, which ask for checkRead
        assertThat(BudgetAccess.mayRead(BAOCAO)).isFalse();
        assertThat(BudgetAccess.maySeeUnit(BAOCAO, "huyen-cao-lanh")).isFalse();
        assertThat(catchThrowableOfType(AccessDeniedException.class, () -> BudgetAccess.checkRead(BAOCAO))).isNotNull();
        // the budget's readers still read it, with their own scope
        for (Caller reader : new Caller[] {TAICHINH, UBND, KIEMTOAN, LANHDAO, REPORT_SERVICE}) {
            assertThat(BudgetAccess.mayReadExecution(reader)).as(reader.name()).isTrue();
        }
        assertThat(BudgetAccess.scopeUnit(LANHDAO)).isNull();
        // a reviewer without a budget role, the bank, the intake officer and the administrator do not
        for (Caller other : new Caller[] {NGANHANG, TIEPNHAN, ADMIN, with("cong-an-tinh", Roles.REPORT_REVIEWER)}) {
            assertThat(BudgetAccess.mayReadExecution(other)).as(other.name() + " " + other.roles()).isFalse();
            assertThat(catchThrowableOfType(AccessDeniedException.class, () -> BudgetAccess.checkReadExecution(other)))
                    .as(other.name()).isNotNull();
        }
    }
}
