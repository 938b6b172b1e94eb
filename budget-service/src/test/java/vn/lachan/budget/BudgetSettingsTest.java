package vn.lachan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lachan.platform.test.StartupFailure.invalidSettings;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class BudgetSettingsTest {

    @EnableConfigurationProperties(BudgetSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner service = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void spendingWarnsFromNinetyPercentUnlessSetOtherwise() {
        service.run(context -> assertThat(context.getBean(BudgetSettings.class).warnAtPercent()).isEqualTo(90));
        service.withPropertyValues("LACHAN_BUDGET_WARN_AT_PERCENT=80", "lachan.budget.warn-at-percent=${LACHAN_BUDGET_WARN_AT_PERCENT:90}")
                .run(context -> assertThat(context.getBean(BudgetSettings.class).warnAtPercent()).isEqualTo(80));
    }

    @Test
    void aShareOutsideOneToAHundredPercentStopsTheStart() {
        service.withPropertyValues("lachan.budget.warn-at-percent=101").run(context ->
                assertThat(invalidSettings(context.getStartupFailure()))
                        .isEqualTo("lachan.budget.warn-at-percent: must be less than or equal to 100 (101)"));
        service.withPropertyValues("lachan.budget.warn-at-percent=0").run(context ->
                assertThat(invalidSettings(context.getStartupFailure()))
                        .isEqualTo("lachan.budget.warn-at-percent: must be greater than or equal to 1 (0)"));
    }
}
