package vn.lachan.platform.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The REST bridge; defaults in {@code lachan-platform-defaults.yml}.
 *
 * @param deadline       how long a REST call's gRPC call may take
 * @param maxBodyBytes   the largest request body accepted, in bytes
 * @param serviceHeaders headers of a service's own contract passed on to gRPC as metadata (e.g.
 *                       {@code x-tip-secret}), besides the ones every call carries
 */
@Validated
@ConfigurationProperties("lachan.rest")
public record RestSettings(@NotNull @DurationMin(seconds = 0, inclusive = false) Duration deadline,
                           @NotNull @Positive Integer maxBodyBytes, @DefaultValue List<String> serviceHeaders) {
}
