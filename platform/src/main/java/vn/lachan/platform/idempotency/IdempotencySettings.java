package vn.lachan.platform.idempotency;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long callers' idempotency keys are remembered.
 *
 * @param retention           a caller's key is forgotten this long after its first use; at least a day, so a
 *                            client's retries never outlive it ({@code LACHAN_IDEMPOTENCY_RETENTION})
 * @param retentionCheckEvery how often old keys are looked for and deleted
 */
@Validated
@ConfigurationProperties("lachan.idempotency")
public record IdempotencySettings(@DefaultValue("30d") @DurationMin(days = 1) Duration retention,
                                  @DefaultValue("1h") @DurationMin(seconds = 0, inclusive = false)
                                  Duration retentionCheckEvery) {
}
