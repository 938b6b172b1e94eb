package vn.lachan.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which tokens a service accepts; the local defaults and their environment variables are in
 * {@code lachan-platform-defaults.yml}.
 *
 * @param issuer        the Keycloak realm whose tokens are accepted ({@code LACHAN_ISSUER_URI})
 * @param audience      the audience every token must carry ({@code LACHAN_TOKEN_AUDIENCE})
 * @param clients       the realm's clients ({@code azp}) whose tokens are accepted ({@code LACHAN_TOKEN_CLIENTS})
 * @param clockSkew     tolerated difference between Keycloak's clock and ours when checking expiry
 *                      ({@code LACHAN_TOKEN_CLOCK_SKEW})
 * @param publicMethods RPCs open to citizens without an account, as {@code package.Service/Method}; none by default
 */
@Validated
@ConfigurationProperties("lachan.security")
public record SecuritySettings(@NotBlank String issuer, @NotBlank String audience, @NotEmpty List<String> clients,
                               @NotNull @DurationMin(seconds = 0) Duration clockSkew,
                               @DefaultValue List<String> publicMethods) {
}
