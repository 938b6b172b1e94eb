package vn.lachan.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lachan.platform.test.StartupFailure.invalidSettings;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class FreezeSettingsTest {

    @EnableConfigurationProperties(FreezeSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner service = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void banksHaveFifteenMinutesToAcknowledgeAndTwoHoursToHoldUnlessSetOtherwise() {
        service.run(context -> assertThat(context.getBean(FreezeSettings.class))
                .isEqualTo(new FreezeSettings(Duration.ofMinutes(15), Duration.ofHours(2))));
        service.withPropertyValues("lachan.freeze.acknowledge-within=10m", "lachan.freeze.hold-within=1h")
                .run(context -> assertThat(context.getBean(FreezeSettings.class))
                        .isEqualTo(new FreezeSettings(Duration.ofMinutes(10), Duration.ofHours(1))));
    }

    @Test
    void aClockOfNoTimeStopsTheStart() {
        service.withPropertyValues("lachan.freeze.acknowledge-within=0s", "lachan.freeze.hold-within=-1h")
                .run(context -> assertThat(invalidSettings(context.getStartupFailure()).lines().sorted())
                        .containsExactly("lachan.freeze.acknowledge-within: must be longer than 0 (PT0S)",
                                "lachan.freeze.hold-within: must be longer than 0 (PT-1H)"));
    }
}
