package vn.lachan.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * report-service's reminders. When they are e-mailed is {@code lachan.reports.reminder-mail-cron}
 * ({@code LACHAN_REMINDER_MAIL_CRON}), read by the schedule itself.
 *
 * @param reminderLeadDays how many days before a report's due day a unit is reminded of it
 * @param smtp             where reminders are e-mailed from
 */
@Validated
@ConfigurationProperties("lachan.reports")
public record ReportSettings(@DefaultValue("14") @Min(0) @Max(366) int reminderLeadDays,
                             @DefaultValue @Valid Smtp smtp) {

    /**
     * The SMTP server reminders go through; e-mail is off while no host is set.
     *
     * @param host the server ({@code LACHAN_SMTP_HOST}); empty: nothing is e-mailed
     * @param port its port ({@code LACHAN_SMTP_PORT})
     * @param from the sender of the reminders ({@code LACHAN_SMTP_FROM}), an address or {@code Name <address>}
     */
    public record Smtp(@DefaultValue("") String host, @DefaultValue("25") @Min(1) @Max(65535) int port,
                       @DefaultValue("no-reply@lachan.example") @NotBlank String from) {

        public boolean enabled() {
            return !host.isBlank();
        }
    }
}
