package vn.lachan.platform.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where and how often the audit chain's head is written outside the database.
 *
 * @param anchorEvery how often the head is written (the log line {@code audit-anchor})
 * @param anchorFile  a file the head is also appended to; empty for none ({@code LACHAN_AUDIT_ANCHOR_FILE})
 */
@Validated
@ConfigurationProperties("lachan.audit")
public record AuditSettings(@DefaultValue("15m") @DurationMin(seconds = 0, inclusive = false) Duration anchorEvery,
                            @DefaultValue("") String anchorFile) {

    /** The anchor file, or null when none is set. */
    public Path anchorPath() {
        return anchorFile.isBlank() ? null : Path.of(anchorFile);
    }
}
