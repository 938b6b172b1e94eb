package vn.lachan.tip.rewards.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.security.Caller;

class RewardRulesTest {

    static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    static final Caller INTAKE = new Caller("s1", "tiepnhan", "cong-an-tinh", Set.of("tip-intake"));
    static final Caller INVESTIGATOR = new Caller("s2", "dieutra", "cong-an-tinh-pa05", Set.of("investigator"));
    static final Caller LEADER = new Caller("s3", "lanhdao.congan", "cong-an-tinh", Set.of("police-leader"));
    static final Caller AUDITOR = new Caller("s4", "kiemtoan", "ubnd-tinh", Set.of("auditor"));
    static final Caller ACCOUNTANT = new Caller("s5", "ketoan.congan", "cong-an-tinh", Set.of("budget-spender"));
    static final Caller FINANCE = new Caller("s6", "taichinh", "so-tai-chinh", Set.of("budget-planner", "budget-spender"));

    static Reward reward(RewardStatus status, String proposedBy) {
        return new Reward(UUID.randomUUID(), UUID.randomUUID(), 2_000_000L, "Cung cấp số tài khoản nhận tiền", status,
                proposedBy, "cong-an-tinh", NOW.minusSeconds(86_400), status == RewardStatus.PROPOSED ? null : "lanhdao.congan",
                status == RewardStatus.PROPOSED ? null : NOW.minusSeconds(3_600), null, null, null, null, null, null, null);
    }

    @Test
    void investigatorsAndLeadersProposeRewardsOfMoreThanNothingWithAReason() {
        assertThatCode(() -> RewardRules.checkPropose(INVESTIGATOR, 2_000_000L, "Thông tin giúp phong tỏa tài khoản"))
                .doesNotThrowAnyException();
        assertThatCode(() -> RewardRules.checkPropose(LEADER, 1, "x")).doesNotThrowAnyException();
        assertThatThrownBy(() -> RewardRules.checkPropose(INTAKE, 2_000_000L, "x")).isInstanceOf(AccessDeniedException.class);
        var failure = catchThrowableOfType(ValidationException.class, () -> RewardRules.checkPropose(LEADER, 0, " "));
        assertThat(failure.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("amount.dong", "OUT_OF_RANGE"), tuple("reason", "REQUIRED"));
        assertThatThrownBy(() -> RewardRules.checkPropose(LEADER, RewardRules.MAX_AMOUNT_DONG + 1, "x"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aLeaderOtherThanTheProposerApproves() {
        assertThatCode(() -> RewardRules.checkDecide(LEADER, reward(RewardStatus.PROPOSED, "dieutra"), true, null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> RewardRules.checkDecide(LEADER, reward(RewardStatus.PROPOSED, "lanhdao.congan"), true, null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("proposed");
        assertThatThrownBy(() -> RewardRules.checkDecide(INVESTIGATOR, reward(RewardStatus.PROPOSED, "x"), true, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aProposerMayWithdrawTheirOwnProposalByRejectingItWithAReason() {
        assertThatCode(() -> RewardRules.checkDecide(LEADER, reward(RewardStatus.PROPOSED, "lanhdao.congan"), false,
                "Trùng đề xuất")).doesNotThrowAnyException();
        assertThatThrownBy(() -> RewardRules.checkDecide(LEADER, reward(RewardStatus.PROPOSED, "x"), false, " "))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyAProposedRewardIsDecidedAndOnlyAnApprovedOneIsPaid() {
        for (RewardStatus status : new RewardStatus[] {RewardStatus.APPROVED, RewardStatus.REJECTED, RewardStatus.PAID}) {
            assertThatThrownBy(() -> RewardRules.checkDecide(LEADER, reward(status, "dieutra"), true, null))
                    .isInstanceOf(ConflictException.class);
        }
        assertThatCode(() -> RewardRules.checkPay(ACCOUNTANT, reward(RewardStatus.APPROVED, "dieutra"), "PC-12/2026", null,
                NOW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RewardRules.checkPay(ACCOUNTANT, reward(RewardStatus.PROPOSED, "dieutra"), "PC-1", null, NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void thePolicesAccountantPaysNotTheLeaderWhoApprovedNorAnotherUnitsSpender() {
        Reward approved = reward(RewardStatus.APPROVED, "dieutra");
        for (Caller caller : new Caller[] {LEADER, INVESTIGATOR, INTAKE, AUDITOR, FINANCE}) {
            assertThatThrownBy(() -> RewardRules.checkPay(caller, approved, "PC-1", null, NOW)).as(caller.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        Caller accountantWhoProposed = new Caller("s7", "dieutra", "cong-an-tinh", Set.of("budget-spender"));
        assertThatThrownBy(() -> RewardRules.checkPay(accountantWhoProposed, approved, "PC-1", null, NOW))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("proposed or approved");
        assertThat(RewardRules.mayPay(ACCOUNTANT)).isTrue();
        assertThat(RewardRules.mayPay(FINANCE)).isFalse();
    }

    @Test
    void aRetryOfAPaymentUnderWayRepeatsItsVoucherAndTime() {
        Reward approved = reward(RewardStatus.APPROVED, "dieutra");
        Reward underWay = new Reward(approved.id(), approved.tipId(), approved.amountDong(), approved.reason(),
                RewardStatus.APPROVED, "dieutra", "cong-an-tinh", approved.proposedAt(), "lanhdao.congan",
                approved.decidedAt(), null, null, NOW, "PC-7", null, "2026-MANAGEMENT", "cong-an-tinh");
        assertThat(underWay.paymentUnderWay()).isTrue();
        assertThat(approved.paymentUnderWay()).isFalse();
        assertThatCode(() -> RewardRules.checkSamePayment(underWay, "PC-7", null)).doesNotThrowAnyException();
        assertThatCode(() -> RewardRules.checkSamePayment(underWay, "PC-7", NOW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RewardRules.checkSamePayment(underWay, "PC-8", null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("voucher PC-7");
        assertThatThrownBy(() -> RewardRules.checkSamePayment(underWay, "PC-7", NOW.minusSeconds(60)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aPaymentNeedsItsVoucherAndATimeNeitherInTheFutureNorBeforeTheProposal() {
        Reward approved = reward(RewardStatus.APPROVED, "dieutra");
        var failure = catchThrowableOfType(ValidationException.class,
                () -> RewardRules.checkPay(ACCOUNTANT, approved, "", NOW.plusSeconds(3_600), NOW));
        assertThat(failure.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("payment_reference", "REQUIRED"), tuple("paid_at", "IN_FUTURE"));
        assertThatThrownBy(() -> RewardRules.checkPay(ACCOUNTANT, approved, "PC-1", NOW.minusSeconds(200_000), NOW))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void thePoliceAuditorsAndThePolicesAccountantSeeRewards() {
        for (Caller caller : new Caller[] {INTAKE, INVESTIGATOR, LEADER, AUDITOR, ACCOUNTANT}) {
            assertThatCode(() -> RewardRules.checkList(caller)).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> RewardRules.checkList(new Caller("s", "baocao.caolanh", "huyen-cao-lanh",
                Set.of("report-submitter")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RewardRules.checkList(FINANCE)).isInstanceOf(AccessDeniedException.class);
    }
}
