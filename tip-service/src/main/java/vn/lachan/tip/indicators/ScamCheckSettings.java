package vn.lachan.tip.indicators;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The public scam check's Redis index.
 *
 * @param rebuildEvery the index is rebuilt from PostgreSQL this often, and at once when found empty
 * @param rebuildLock  how long one replica holds the rebuild to itself
 */
@Validated
@ConfigurationProperties("lachan.scam-check")
public record ScamCheckSettings(@DefaultValue("1h") @DurationMin(seconds = 0, inclusive = false) Duration rebuildEvery,
                                @DefaultValue("5m") @DurationMin(seconds = 0, inclusive = false) Duration rebuildLock) {
}
