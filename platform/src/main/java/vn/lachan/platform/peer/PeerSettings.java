package vn.lachan.platform.peer;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Calls to other services.
 *
 * @param deadline how long a call to another service may take ({@code LACHAN_PEERS_DEADLINE})
 */
@Validated
@ConfigurationProperties("lachan.peers")
public record PeerSettings(@DefaultValue("3s") @DurationMin(seconds = 0, inclusive = false) Duration deadline) {
}
