package vn.lachan.gateway;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The proxies in front of the gateway.
 *
 * @param trustedHops how many {@code X-Forwarded-For} entries, counted from the last, our own ingress wrote and
 *                    are believed ({@code LACHAN_TRUSTED_PROXY_HOPS})
 */
@Validated
@ConfigurationProperties("lachan.proxy")
public record ProxySettings(@DefaultValue("1") @Min(1) int trustedHops) {
}
