package vn.lachan.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.money.Money;

class SpendingControlTest {

    /** 200 million allocated; 120 committed, of which 70 spent, and 40 spent outside commitments: 160 used. */
    static final UnitExecution POLICE = new UnitExecution("2025-COMBAT", "cong-an-tinh", Money.millions(200),
            Money.millions(120), Money.millions(70), Money.millions(40));

    @Test
    void theUnitsFiguresFollowFromCommitmentsAndSpending() {
        assertThat(POLICE.spent()).isEqualTo(Money.millions(110));
        assertThat(POLICE.used()).isEqualTo(Money.millions(160));
        assertThat(POLICE.available()).isEqualTo(Money.millions(40));
    }

    @Test
    void belowTheWarningShareItPassesSilently() {
        var control = SpendingControl.assess(POLICE, Money.dong(19_999_999), 90);
        assertThat(control.level()).isEqualTo(SpendingControl.Level.WITHIN);
        assertThat(control.warningVi()).isEmpty();
        control.refuseAbove("spending.amount.dong", "2025-COMBAT", "cong-an-tinh", Money.dong(19_999_999));
    }

    @Test
    void fromTheWarningShareToTheWholeAllocationItPassesWithAWarning() {
        var atShare = SpendingControl.assess(POLICE, Money.millions(20), 90);
        assertThat(atShare.level()).isEqualTo(SpendingControl.Level.WARNING);
        assertThat(atShare.basisPoints()).isEqualTo(9_000);
        assertThat(atShare.warningVi()).contains("90 %", "180.000.000 đ", "200.000.000 đ");
        var whole = SpendingControl.assess(POLICE, Money.millions(40), 90);
        assertThat(whole.level()).isEqualTo(SpendingControl.Level.WARNING);
        assertThat(whole.basisPoints()).isEqualTo(10_000);
        assertThat(SpendingControl.assess(POLICE, Money.millions(20), 95).level()).isEqualTo(SpendingControl.Level.WITHIN);
    }

    @Test
    void oneDongAboveTheAllocationIsRefusedNamingWhatIsLeft() {
        var above = SpendingControl.assess(POLICE, Money.dong(40_000_001), 90);
        assertThat(above.level()).isEqualTo(SpendingControl.Level.ABOVE);
        var refusal = catchThrowableOfType(ValidationException.class,
                () -> above.refuseAbove("commitment.amount.dong", "2025-COMBAT", "cong-an-tinh", Money.dong(40_000_001)));
        assertThat(refusal.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("commitment.amount.dong");
            assertThat(v.code()).isEqualTo(SpendingControl.ABOVE_ALLOCATION);
            assertThat(v.vi()).contains("40.000.001 đ", "40.000.000 đ", "cong-an-tinh", "2025-COMBAT");
            assertThat(v.en()).contains("40.000.001 đ", "40.000.000 đ", "override");
        });
    }

    @Test
    void aUnitWithoutAllocationIsAboveWithItsFirstDong() {
        var none = SpendingControl.assess(UnitExecution.none("2025-COMBAT", "so-tu-phap"), Money.dong(1), 90);
        assertThat(none.level()).isEqualTo(SpendingControl.Level.ABOVE);
    }

    @Test
    void percentagesAreExactAndWrittenTheVietnameseWay() {
        assertThat(Percent.basisPoints(Money.millions(135), Money.millions(700))).isEqualTo(1_928);
        assertThat(Percent.basisPoints(Money.dong(7_150_000_000L), Money.dong(7_150_000_000L))).isEqualTo(10_000);
        assertThat(Percent.basisPoints(Money.dong(Long.MAX_VALUE / 2), Money.dong(3))).isEqualTo(Long.MAX_VALUE);
        assertThat(Percent.basisPoints(Money.dong(5), Money.ZERO)).isZero();
        assertThat(Percent.format(9_050)).isEqualTo("90,5 %");
        assertThat(Percent.format(10_000)).isEqualTo("100 %");
        assertThat(Percent.format(1_928)).isEqualTo("19,28 %");
        assertThat(Percent.format(1)).isEqualTo("0,01 %");
        assertThat(Percent.format(-250)).isEqualTo("-2,5 %");
    }
}
