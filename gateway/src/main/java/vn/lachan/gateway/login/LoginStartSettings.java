package vn.lachan.gateway.login;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many logins may be started (each keeps a session in Redis): per address, and by everyone together.
 *
 * @param perSecond    per address, per second ({@code LACHAN_LOGIN_RATE_PER_SECOND})
 * @param burst        per address, at once ({@code LACHAN_LOGIN_RATE_BURST})
 * @param allPerSecond by everyone, per second ({@code LACHAN_LOGIN_ALL_RATE_PER_SECOND})
 * @param allBurst     by everyone, at once ({@code LACHAN_LOGIN_ALL_RATE_BURST})
 */
@Validated
@ConfigurationProperties("lachan.login-start")
public record LoginStartSettings(@DefaultValue("1") @Min(1) int perSecond, @DefaultValue("10") @Min(1) int burst,
                                 @DefaultValue("50") @Min(1) int allPerSecond,
                                 @DefaultValue("200") @Min(1) int allBurst) {
}
