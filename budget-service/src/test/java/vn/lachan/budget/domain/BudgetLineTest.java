package vn.lachan.budget.domain;

import vn.lachan.platform.money.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.ValidationException;

class BudgetLineTest {

    static BudgetLine line(int year, LineKind kind, long plannedMillions, long spentDong) {
        return new BudgetLine(year + "-" + kind, year, kind, "nhãn", "label",
                List.of(new FundingShare("PROVINCIAL", Money.millions(plannedMillions))), Money.ZERO, Money.dong(spentDong));
    }

    @Test
    void whatALinePlansIsTheSumOfItsSourcesToTheDong() {
        var line = new BudgetLine("2025-EQUIPMENT", 2025, LineKind.EQUIPMENT, "nhãn", "label",
                List.of(new FundingShare("PROVINCIAL", Money.millions(3_300)), new FundingShare("CENTRAL", Money.dong(1))),
                Money.ZERO, Money.ZERO);
        assertThat(line.planned()).isEqualTo(Money.dong(3_300_000_001L));
        assertThat(line.fundingSource()).isEqualTo("PROVINCIAL");
    }

    @Test
    void allocationsMayReachButNeverPassWhatTheLinePlans() {
        var line = new BudgetLine("2024-COMBAT", 2024, LineKind.COMBAT, "nhãn", "label",
                List.of(new FundingShare("PROVINCIAL", Money.millions(300))), Money.millions(200), Money.ZERO);
        assertThat(line.unallocated()).isEqualTo(Money.millions(100));
        assertThatCode(() -> line.refuseOverAllocation(Money.millions(100))).doesNotThrowAnyException();
        var failure = catchThrowableOfType(ConflictException.class, () -> line.refuseOverAllocation(Money.dong(100_000_001)));
        assertThat(failure.vi()).contains("100.000.001 đ", "100.000.000 đ", "2024-COMBAT");
        assertThat(failure.en()).contains("not yet allocated");
    }

    @Test
    void availableIsPlannedLessSpent() {
        assertThat(line(2025, LineKind.PREVENTION, 300, 45_000_000).available()).isEqualTo(Money.dong(255_000_000));
    }

    @Test
    void spendingUpToExactlyWhatIsLeftIsAllowed() {
        assertThatCode(() -> line(2025, LineKind.PREVENTION, 300, 45_000_000).refuseOverspending(Money.dong(255_000_000)))
                .doesNotThrowAnyException();
    }

    @Test
    void oneDongMoreThanWhatIsLeftIsRefused() {
        var line = line(2025, LineKind.PREVENTION, 300, 45_000_000);
        var failure = catchThrowableOfType(ConflictException.class, () -> line.refuseOverspending(Money.dong(255_000_001)));
        assertThat(failure.vi()).contains("255.000.001 đ", "255.000.000 đ", "2025-PREVENTION");
        assertThat(failure.en()).contains("255.000.001 đ", "255.000.000 đ", "2025-PREVENTION");
    }

    @Test
    void inARequestTheRefusalIsAnErrorOfTheAmountFieldInBothLanguages() {
        var line = line(2025, LineKind.PREVENTION, 300, 45_000_000);
        assertThatCode(() -> line.refuseOverspending("spending.amount.dong", Money.dong(255_000_000)))
                .doesNotThrowAnyException();
        var failure = catchThrowableOfType(ValidationException.class,
                () -> line.refuseOverspending("commitment.amount.dong", Money.dong(255_000_001)));
        assertThat(failure.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("commitment.amount.dong");
            assertThat(v.code()).isEqualTo(BudgetLine.ABOVE_LINE);
            assertThat(v.vi()).contains("255.000.001 đ", "255.000.000 đ", "2025-PREVENTION");
            assertThat(v.en()).contains("255.000.001 đ", "255.000.000 đ", "2025-PREVENTION");
        });
    }

    @Test
    void theAppendixTwoTableTotalsSevenThousandOneHundredFiftyMillion() {
        long[][] millions = {{300, 200, 200, 300, 200}, {300, 300, 300, 400, 300}, {100, 100, 100, 3_300, 100},
                {150, 100, 150, 100, 150}};
        LineKind[] kinds = LineKind.values();
        var lines = new ArrayList<BudgetLine>();
        for (int k = 0; k < kinds.length; k++) {
            for (int y = 0; y < 5; y++) {
                lines.add(line(2022 + y, kinds[k], millions[k][y], 0));
            }
        }
        var table = new BudgetTable(lines);
        assertThat(table.planned().format()).isEqualTo("7.150.000.000 đ");
        assertThat(new BudgetTable(lines.stream().filter(l -> l.year() == 2025).toList()).planned())
                .isEqualTo(Money.millions(4_100));
        assertThat(table.available()).isEqualTo(table.planned());
    }

    @Test
    void anEmptyTableTotalsZero() {
        var table = new BudgetTable(List.of());
        assertThat(table.planned()).isEqualTo(Money.ZERO);
        assertThat(table.spent()).isEqualTo(Money.ZERO);
    }

    @Test
    void commitmentsHoldTheLinesMoneyUntilSpentAndSpendingAgainstThemCountsOnce() {
        // 300 million planned; 100 committed, of which 60 spent; 50 spent outside commitments
        var line = new BudgetLine("2025-PREVENTION", 2025, LineKind.PREVENTION, "nhãn", "label",
                List.of(new FundingShare("PROVINCIAL", Money.millions(300))), Money.millions(250), Money.millions(100),
                Money.millions(110), Money.millions(50));
        assertThat(line.used()).isEqualTo(Money.millions(150));
        assertThat(line.available()).isEqualTo(Money.millions(150));
        line.refuseOverspending(Money.millions(150));
        var failure = catchThrowableOfType(ConflictException.class, () -> line.refuseOverspending(Money.dong(150_000_001)));
        assertThat(failure.vi()).contains("150.000.000 đ", "2025-PREVENTION");
    }
}
