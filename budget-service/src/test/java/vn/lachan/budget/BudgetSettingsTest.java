package vn.lachan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BudgetSettingsTest {

    @Test
    void theWarningShareIsNinetyPercentUnlessSetAndAlwaysAShareOfTheWhole() {
        assertThat(new BudgetSettings(null).warnAtPercent()).isEqualTo(90);
        assertThat(new BudgetSettings(75).warnAtPercent()).isEqualTo(75);
        assertThat(new BudgetSettings(100).warnAtPercent()).isEqualTo(100);
        assertThatThrownBy(() -> new BudgetSettings(0)).hasMessageContaining("lachan.budget.warn-at-percent");
        assertThatThrownBy(() -> new BudgetSettings(101)).hasMessageContaining("1–100");
    }
}
