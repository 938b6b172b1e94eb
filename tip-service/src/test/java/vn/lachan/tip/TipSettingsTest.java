package vn.lachan.tip;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lachan.platform.test.StartupFailure.invalidSettings;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.lachan.tip.attachments.AttachmentSettings;
import vn.lachan.tip.indicators.ScamCheckSettings;
import vn.lachan.tip.procedure.ProsecutionSettings;

/** tip-service's settings records: the defaults it always ran with, and a start refused on a value out of limits. */
class TipSettingsTest {

    @EnableConfigurationProperties({ScamCheckSettings.class, ProsecutionSettings.class, AttachmentSettings.class})
    static class Settings {
    }

    private final ApplicationContextRunner service = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void theDefaultsAreTheOnesTheServiceRanWith() {
        service.run(context -> {
            assertThat(context.getBean(ScamCheckSettings.class))
                    .isEqualTo(new ScamCheckSettings(Duration.ofHours(1), Duration.ofMinutes(5)));
            assertThat(context.getBean(ProsecutionSettings.class))
                    .isEqualTo(new ProsecutionSettings(Duration.ofSeconds(30), Duration.ofSeconds(30)));
            assertThat(context.getBean(AttachmentSettings.class).maxBytes()).isEqualTo(700 * 1024);
        });
    }

    @Test
    void theOfficerMayBeGivenNoTimeBeforeTheReconcilerTakesOver() {
        service.withPropertyValues("lachan.tips.prosecutions.retry-every=1h", "lachan.tips.prosecutions.reconcile-after=0s")
                .run(context -> assertThat(context.getBean(ProsecutionSettings.class))
                        .isEqualTo(new ProsecutionSettings(Duration.ofHours(1), Duration.ZERO)));
    }

    @Test
    void valuesOutOfTheirLimitsStopTheStart() {
        service.withPropertyValues("lachan.scam-check.rebuild-every=0s", "lachan.tips.prosecutions.retry-every=0s",
                        "lachan.tips.prosecutions.reconcile-after=-1s", "lachan.attachments.max-bytes=0")
                .run(context -> {
                    assertThat(context).hasFailed();
                    // the first record that fails stops the start; each is named with its own property
                    assertThat(invalidSettings(context.getStartupFailure())).containsAnyOf(
                            "lachan.scam-check.rebuild-every: must be longer than 0 (PT0S)",
                            "lachan.tips.prosecutions.retry-every: must be longer than 0 (PT0S)",
                            "lachan.attachments.max-bytes: must be greater than 0 (0)");
                });
        service.withPropertyValues("lachan.tips.prosecutions.reconcile-after=-1s").run(context ->
                assertThat(invalidSettings(context.getStartupFailure())).isEqualTo(
                        "lachan.tips.prosecutions.reconcile-after: must be longer than or equal to 0 (PT-1S)"));
        service.withPropertyValues("lachan.attachments.max-bytes=0").run(context ->
                assertThat(invalidSettings(context.getStartupFailure()))
                        .isEqualTo("lachan.attachments.max-bytes: must be greater than 0 (0)"));
        service.withPropertyValues("lachan.scam-check.rebuild-lock=0s").run(context ->
                assertThat(invalidSettings(context.getStartupFailure()))
                        .isEqualTo("lachan.scam-check.rebuild-lock: must be longer than 0 (PT0S)"));
    }
}
