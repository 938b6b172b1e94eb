package vn.lachan.cases;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The banks' service-level clocks on a freeze request, counted from the moment it is sent.
 *
 * @param acknowledgeWithin how long a bank has to acknowledge the request
 * @param holdWithin        how long a bank has to hold the funds (or say why not)
 */
@Validated
@ConfigurationProperties("lachan.freeze")
public record FreezeSettings(@DefaultValue("15m") @DurationMin(seconds = 0, inclusive = false) Duration acknowledgeWithin,
                             @DefaultValue("2h") @DurationMin(seconds = 0, inclusive = false) Duration holdWithin) {
}
