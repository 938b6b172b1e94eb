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

    static Reward reward(RewardStatus status, String proposedBy) {
        return new Reward(UUID.randomUUID(), UUID.randomUUID(), 2_000_000L, "Cung cấp số tài khoản nhận tiền", status,
                proposedBy, "cong-an-tinh", NOW.minusSeconds(86_400), null, null, null, null, null, null);
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
        assertThatCode(() -> RewardRules.checkPay(LEADER, reward(RewardStatus.APPROVED, "dieutra"), "PC-12/2026", null, NOW))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> RewardRules.checkPay(LEADER, reward(RewardStatus.PROPOSED, "dieutra"), "PC-1", null, NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> RewardRules.checkPay(INVESTIGATOR, reward(RewardStatus.APPROVED, "x"), "PC-1", null, NOW))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPaymentNeedsItsVoucherAndATimeNeitherInTheFutureNorBeforeTheProposal() {
        Reward approved = reward(RewardStatus.APPROVED, "dieutra");
        var failure = catchThrowableOfType(ValidationException.class,
                () -> RewardRules.checkPay(LEADER, approved, "", NOW.plusSeconds(3_600), NOW));
        assertThat(failure.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("payment_reference", "REQUIRED"), tuple("paid_at", "IN_FUTURE"));
        assertThatThrownBy(() -> RewardRules.checkPay(LEADER, approved, "PC-1", NOW.minusSeconds(200_000), NOW))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void thePoliceAndAuditorsSeeRewards() {
        for (Caller caller : new Caller[] {INTAKE, INVESTIGATOR, LEADER, AUDITOR}) {
            assertThatCode(() -> RewardRules.checkList(caller)).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> RewardRules.checkList(new Caller("s", "baocao.caolanh", "huyen-cao-lanh",
                Set.of("report-submitter")))).isInstanceOf(AccessDeniedException.class);
    }
}
