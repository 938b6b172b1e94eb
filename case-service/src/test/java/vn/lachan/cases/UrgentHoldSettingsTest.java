package vn.lachan.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lachan.platform.test.StartupFailure.invalidSettings;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class UrgentHoldSettingsTest {

    @EnableConfigurationProperties(UrgentHoldSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner service = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void aHoldStandsSeventyTwoHoursForMoneyMovedInTheLastSeventyTwoUnlessSetOtherwise() {
        service.run(context -> assertThat(context.getBean(UrgentHoldSettings.class))
                .isEqualTo(new UrgentHoldSettings(Duration.ofHours(72), Duration.ofHours(72))));
        service.withPropertyValues("lachan.urgent-hold.lapse-after=24h", "lachan.urgent-hold.recent-within=6h")
                .run(context -> assertThat(context.getBean(UrgentHoldSettings.class))
                        .isEqualTo(new UrgentHoldSettings(Duration.ofHours(24), Duration.ofHours(6))));
    }

    @Test
    void noTimeOrMoreThanTheLawsThreeWorkingDaysStopsTheStart() {
        service.withPropertyValues("lachan.urgent-hold.lapse-after=73h", "lachan.urgent-hold.recent-within=0s")
                .run(context -> assertThat(invalidSettings(context.getStartupFailure()).lines().sorted())
                        .containsExactly("lachan.urgent-hold.lapse-after: must be shorter than or equal to 72 hours (PT73H)",
                                "lachan.urgent-hold.recent-within: must be longer than 0 (PT0S)"));
    }
}
