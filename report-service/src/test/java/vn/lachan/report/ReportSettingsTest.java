package vn.lachan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lachan.platform.test.StartupFailure.invalidSettings;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ReportSettingsTest {

    @EnableConfigurationProperties(ReportSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner service = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void remindersComeFourteenDaysAheadAndNoMailIsSentWithoutAHost() {
        service.run(context -> {
            ReportSettings settings = context.getBean(ReportSettings.class);
            assertThat(settings).isEqualTo(new ReportSettings(14,
                    new ReportSettings.Smtp("", 25, "no-reply@lachan.example")));
            assertThat(settings.smtp().enabled()).isFalse();
        });
    }

    @Test
    void theSmtpVariablesStillSetTheServer() {
        // as application.yml maps them
        service.withPropertyValues("LACHAN_SMTP_HOST=smtp.lachan.example", "LACHAN_SMTP_PORT=587",
                        "lachan.reports.smtp.host=${LACHAN_SMTP_HOST:}", "lachan.reports.smtp.port=${LACHAN_SMTP_PORT:25}")
                .run(context -> assertThat(context.getBean(ReportSettings.class).smtp())
                        .isEqualTo(new ReportSettings.Smtp("smtp.lachan.example", 587, "no-reply@lachan.example")));
    }

    @Test
    void aPortOrSenderThatCannotBeStopsTheStart() {
        service.withPropertyValues("lachan.reports.smtp.port=0", "lachan.reports.smtp.from=  ",
                "lachan.reports.reminder-lead-days=-1").run(context ->
                assertThat(invalidSettings(context.getStartupFailure()).lines().sorted()).satisfiesExactly(
                        line -> assertThat(line).isEqualTo(
                                "lachan.reports.reminder-lead-days: must be greater than or equal to 0 (-1)"),
                        line -> assertThat(line).startsWith("lachan.reports.smtp.from: must not be blank"),
                        line -> assertThat(line).isEqualTo(
                                "lachan.reports.smtp.port: must be greater than or equal to 1 (0)")));
    }
}
