package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.money.Money;

class BankResponseFiguresTest {

    static BankResponseFigures figures(long sent, long held, long requested, long amountHeld, long returned) {
        Optional<Duration> time = held == 0 ? Optional.empty() : Optional.of(Duration.ofMinutes(42));
        return new BankResponseFigures("vcb-dong-thap", sent, held, time, time, Money.dong(requested),
                Money.dong(amountHeld), Money.dong(returned));
    }

    @Test
    void sharesAreBasisPointsRoundedDown() {
        BankResponseFigures bank = figures(3, 2, 3_000_000, 1_000_000, 333_333);

        assertThat(bank.heldBasisPoints()).isEqualTo(3333);
        assertThat(bank.returnedBasisPoints()).isEqualTo(3333);
        assertThat(figures(1, 1, 7, 7, 7).heldBasisPoints()).isEqualTo(10_000);
        assertThat(figures(1, 1, 10_000, 9_999, 1).returnedBasisPoints()).isEqualTo(1); // 1.0001 bp
    }

    @Test
    void sumsBeyondWhatALongHoldsTimesTenThousandStayExact() {
        // 900 million billion đồng times 10000 passes Long.MAX_VALUE; the share is still exact
        long requested = 900_000_000_000_000_000L;
        BankResponseFigures bank = figures(1, 1, requested, requested - 1, 0);

        assertThat(bank.heldBasisPoints()).isEqualTo(9999);
    }

    @Test
    void nothingHeldIsNoShareAndNoTime() {
        BankResponseFigures bank = figures(2, 0, 5_000_000, 0, 0);

        assertThat(bank.heldBasisPoints()).isZero();
        assertThat(bank.returnedBasisPoints()).isZero();
        assertThat(bank.medianTimeToHold()).isEmpty();
    }

    @Test
    void figuresThatCannotBeTrueAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> figures(1, 2, 5, 5, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> figures(1, 1, 5, 5, 6));
        assertThatIllegalArgumentException().isThrownBy(() -> new BankResponseFigures("vcb-dong-thap", 1, 1,
                Optional.empty(), Optional.empty(), Money.dong(5), Money.dong(5), Money.ZERO));
    }
}
