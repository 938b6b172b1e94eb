package vn.lachan.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void thePlansTotalIsWrittenTheVietnameseWay() {
        assertThat(Money.millions(7_150).format()).isEqualTo("7.150.000.000 đ");
        assertThat(Money.dong(7_150_000_000L)).isEqualTo(Money.millions(7_150));
    }

    @Test
    void thousandsAreGroupedWithDotsFromTheRight() {
        assertThat(Money.ZERO.format()).isEqualTo("0 đ");
        assertThat(Money.dong(999).format()).isEqualTo("999 đ");
        assertThat(Money.dong(1_000).format()).isEqualTo("1.000 đ");
        assertThat(Money.dong(45_000_000).format()).isEqualTo("45.000.000 đ");
        assertThat(Money.dong(123_456_789).format()).isEqualTo("123.456.789 đ");
        assertThat(Money.dong(-1_234_567).format()).isEqualTo("-1.234.567 đ");
        assertThat(Money.dong(Long.MAX_VALUE).format()).isEqualTo("9.223.372.036.854.775.807 đ");
        assertThat(Money.dong(Long.MIN_VALUE).format()).isEqualTo("-9.223.372.036.854.775.808 đ");
    }

    @Test
    void arithmeticIsExactToTheDong() {
        Money planned = Money.millions(300);
        Money spent = Money.dong(45_000_001);
        assertThat(planned.minus(spent)).isEqualTo(Money.dong(254_999_999));
        assertThat(planned.minus(spent).plus(spent)).isEqualTo(planned);
        assertThat(Money.dong(1).minus(Money.dong(2)).isNegative()).isTrue();
        assertThat(Money.dong(2).isGreaterThan(Money.dong(1))).isTrue();
        assertThat(Money.dong(1).isGreaterThan(Money.dong(1))).isFalse();
    }

    @Test
    void overflowThrowsInsteadOfWrappingAround() {
        assertThatThrownBy(() -> Money.dong(Long.MAX_VALUE).plus(Money.dong(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.dong(Long.MIN_VALUE).minus(Money.dong(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.millions(Long.MAX_VALUE / 1_000_000 + 1)).isInstanceOf(ArithmeticException.class);
    }
}
