package vn.lachan.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.money.Money;
import vn.lachan.platform.security.Caller;

class AllocationRulesTest {

    static final Caller PLANNER = new Caller("s1", "taichinh", "so-tai-chinh", Set.of("budget-planner", "budget-spender"));
    static final Caller APPROVER = new Caller("s2", "ubnd", "ubnd-tinh", Set.of("budget-approver"));
    /** Someone who both plans and approves: may approve others' requests, never their own. */
    static final Caller BOTH = new Caller("s3", "pho-chu-tich", "ubnd-tinh", Set.of("budget-planner", "budget-approver"));

    static Allocation requested(String by, AllocationStatus status) {
        return new Allocation(UUID.randomUUID(), "2025-COMBAT", "cong-an-tinh", Money.millions(50), "Chuyên án",
                status, by, Instant.parse("2025-02-01T02:00:00Z"), null, null, null);
    }

    @Test
    void onlyPlannersRequestAndOnlyApproversDecide() {
        assertThatCode(() -> AllocationRules.checkRequester(PLANNER)).doesNotThrowAnyException();
        catchThrowableOfType(AccessDeniedException.class, () -> AllocationRules.checkRequester(APPROVER));
        catchThrowableOfType(AccessDeniedException.class,
                () -> AllocationRules.checkDecision(PLANNER, requested("x", AllocationStatus.REQUESTED), true, ""));
    }

    @Test
    void theRequesterNeverDecidesTheirOwnRequestEvenWhenTheyMayApprove() {
        var own = requested("pho-chu-tich", AllocationStatus.REQUESTED);
        var failure = catchThrowableOfType(ValidationException.class, () -> AllocationRules.checkDecision(BOTH, own, true, ""));
        assertThat(failure.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("id");
            assertThat(v.code()).isEqualTo(Decisions.OWN_REQUEST);
            assertThat(v.vi()).contains("không được tự quyết định");
            assertThat(v.en()).contains("may not decide it");
        });
        catchThrowableOfType(ValidationException.class, () -> AllocationRules.checkDecision(BOTH, own, false, "Không"));
        assertThatCode(() -> AllocationRules.checkDecision(BOTH, requested("taichinh", AllocationStatus.REQUESTED), true, ""))
                .doesNotThrowAnyException();
    }

    @Test
    void anAllocationIsDecidedOnce() {
        var failure = catchThrowableOfType(ValidationException.class,
                () -> AllocationRules.checkDecision(APPROVER, requested("taichinh", AllocationStatus.APPROVED), true, ""));
        assertThat(failure.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("id");
            assertThat(v.code()).isEqualTo(Decisions.ALREADY_DECIDED);
            assertThat(v.vi()).contains("đã được phê duyệt");
            assertThat(v.en()).contains("already approved");
        });
        var rejectedThenApproved = catchThrowableOfType(ValidationException.class,
                () -> AllocationRules.checkDecision(APPROVER, requested("taichinh", AllocationStatus.REJECTED), true, ""));
        assertThat(rejectedThenApproved.violations()).extracting(FieldViolation::code).containsExactly(Decisions.ALREADY_DECIDED);
    }

    @Test
    void aRejectionSaysWhy() {
        var failure = catchThrowableOfType(ValidationException.class,
                () -> AllocationRules.checkDecision(APPROVER, requested("taichinh", AllocationStatus.REQUESTED), false, " "));
        assertThat(failure.violations()).extracting(FieldViolation::field).containsExactly("note");
    }

    @Test
    void aDraftNeedsAUnitCodeAPositiveSaneAmountAndANote() {
        var failure = catchThrowableOfType(ValidationException.class,
                () -> AllocationRules.checkDraft(new AllocationDraft("Công An", 0, "")));
        assertThat(failure.violations()).extracting(FieldViolation::field)
                .containsExactly("allocation.unit", "allocation.amount.dong", "allocation.note");
        var absurd = catchThrowableOfType(ValidationException.class,
                () -> AllocationRules.checkDraft(new AllocationDraft("cong-an-tinh", Amounts.MAX_DONG + 1, "x")));
        assertThat(absurd.violations()).extracting(FieldViolation::code).containsExactly("OUT_OF_RANGE");
        assertThatCode(() -> AllocationRules.checkDraft(new AllocationDraft("cong-an-tinh", Amounts.MAX_DONG, "x")))
                .doesNotThrowAnyException();
    }
}
