package vn.lachan.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.money.Money;
import vn.lachan.platform.security.Caller;

class OverrideRulesTest {

    static final Caller SPENDER = new Caller("s1", "ketoan.congan", "cong-an-tinh", Set.of("budget-spender"));
    static final Caller APPROVER = new Caller("s2", "ubnd", "ubnd-tinh", Set.of("budget-approver"));
    /** Someone who both spends and approves: may allow others' spending above the allocation, never their own. */
    static final Caller BOTH = new Caller("s3", "ketoan.truong", "cong-an-tinh", Set.of("budget-spender", "budget-approver"));

    static SpendingOverride asked(String by, AllocationStatus status) {
        return new SpendingOverride(UUID.randomUUID(), "2025-MANAGEMENT", "cong-an-tinh", Money.millions(10),
                LocalDate.parse("2025-10-10"), "Hội nghị", status, by, Instant.parse("2025-10-10T02:00:00Z"), null, null,
                null, null);
    }

    static FieldViolation violation(Runnable check) {
        var failure = catchThrowableOfType(ValidationException.class, check::run);
        assertThat(failure).as("a field error").isNotNull();
        assertThat(failure.violations()).hasSize(1);
        return failure.violations().getFirst();
    }

    @Test
    void onlyAnApproverDecides() {
        catchThrowableOfType(AccessDeniedException.class,
                () -> OverrideRules.checkDecision(SPENDER, asked("ketoan.truong", AllocationStatus.REQUESTED), "Cấp bách"));
        assertThatCode(() -> OverrideRules.checkDecision(APPROVER, asked("ketoan.congan", AllocationStatus.REQUESTED),
                "Cấp bách")).doesNotThrowAnyException();
    }

    @Test
    void theSpenderNeverAllowsTheirOwnSpendingEvenWhenTheyMayApproveAsAFieldErrorOfTheRequest() {
        FieldViolation own = violation(() -> OverrideRules.checkDecision(BOTH, asked("ketoan.truong",
                AllocationStatus.REQUESTED), "Tự cho phép"));
        assertThat(own.field()).isEqualTo("id");
        assertThat(own.code()).isEqualTo(Decisions.OWN_REQUEST);
        assertThat(own.vi()).contains("không được tự cho phép");
        assertThat(own.en()).contains("may not allow their own");
        // nor refuse it: whoever asked may not decide either way
        assertThat(violation(() -> OverrideRules.checkDecision(BOTH, asked("ketoan.truong", AllocationStatus.REQUESTED),
                "Rút lại")).code()).isEqualTo(Decisions.OWN_REQUEST);
        assertThatCode(() -> OverrideRules.checkDecision(BOTH, asked("ketoan.congan", AllocationStatus.REQUESTED),
                "Cấp bách")).doesNotThrowAnyException();
    }

    @Test
    void anOverrideIsDecidedOnce() {
        FieldViolation allowed = violation(() -> OverrideRules.checkDecision(APPROVER,
                asked("ketoan.congan", AllocationStatus.APPROVED), "Lần nữa"));
        assertThat(allowed.field()).isEqualTo("id");
        assertThat(allowed.code()).isEqualTo(Decisions.ALREADY_DECIDED);
        assertThat(allowed.vi()).contains("đã được cho phép");
        assertThat(allowed.en()).contains("already allowed");
        FieldViolation refused = violation(() -> OverrideRules.checkDecision(APPROVER,
                asked("ketoan.congan", AllocationStatus.REJECTED), "Lần nữa"));
        assertThat(refused.code()).isEqualTo(Decisions.ALREADY_DECIDED);
        assertThat(refused.en()).contains("already refused");
    }

    @Test
    void aDecisionNeedsAReasonOfAtMostTwoThousandCharacters() {
        assertThat(violation(() -> OverrideRules.checkDecision(APPROVER, asked("ketoan.congan", AllocationStatus.REQUESTED),
                " ")).field()).isEqualTo("reason");
        assertThat(violation(() -> OverrideRules.checkDecision(APPROVER, asked("ketoan.congan", AllocationStatus.REQUESTED),
                "a".repeat(2_001))).field()).isEqualTo("reason");
    }
}
