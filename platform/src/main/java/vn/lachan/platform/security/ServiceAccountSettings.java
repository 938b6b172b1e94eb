package vn.lachan.platform.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The service's own Keycloak client, for work done for nobody signed in; defaults (the service's name and its dev
 * secret) and environment variables in {@code lachan-platform-defaults.yml}.
 *
 * @param clientId     the client ({@code LACHAN_SERVICE_ACCOUNT_CLIENT_ID})
 * @param clientSecret its secret ({@code LACHAN_SERVICE_ACCOUNT_CLIENT_SECRET})
 */
@Validated
@ConfigurationProperties("lachan.service-account")
public record ServiceAccountSettings(@NotBlank String clientId, @NotBlank String clientSecret) {
}
