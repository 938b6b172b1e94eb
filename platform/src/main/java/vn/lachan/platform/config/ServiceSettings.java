package vn.lachan.platform.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What names the service in its API.
 *
 * @param apiName the service's name in {@code /api/v1/audit/{service}} and in its audit anchors, e.g. {@code tips}
 */
@Validated
@ConfigurationProperties("lachan")
public record ServiceSettings(@NotBlank String apiName) {
}
