package vn.lachan.gateway.login;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway signs browser users in with Keycloak, from {@code LACHAN_ISSUER_URI},
 * {@code LACHAN_PORTAL_CLIENT_ID}, {@code LACHAN_PORTAL_CLIENT_SECRET} and {@code LACHAN_PUBLIC_URL}.
 *
 * @param issuerUri    the realm, e.g. {@code http://localhost:8180/realms/lachan}
 * @param clientId     the confidential client of the portal
 * @param clientSecret its secret
 * @param publicUrl    the portal's address as browsers see it (e.g. {@code https://lachan.example}); empty
 *                     to take it from each request, which is right only without a proxy in front
 * @param apiAudience  the audience every access token for the services carries
 *
 * <p>A value that cannot work (no issuer, an address that is not http(s), no client) stops the start naming the
 * property, instead of failing at the first sign-in.
 */
@Validated
@ConfigurationProperties("lachan.login")
public record LoginSettings(@NotBlank @Pattern(regexp = HTTP_URL) String issuerUri, @NotBlank String clientId,
                            @NotBlank String clientSecret, @Pattern(regexp = "|" + HTTP_URL) String publicUrl,
                            @NotBlank String apiAudience) {

    /** An absolute http or https address, without spaces. */
    static final String HTTP_URL = "https?://[^\\s/?#]+(/\\S*)?";

    public LoginSettings {
        issuerUri = issuerUri == null ? null : stripTrailingSlash(issuerUri.strip());
        publicUrl = publicUrl == null ? "" : stripTrailingSlash(publicUrl.strip());
    }

    /** An endpoint of Keycloak's OpenID Connect protocol: {@code auth}, {@code token}, {@code certs}, … */
    public String endpoint(String name) {
        return issuerUri + "/protocol/openid-connect/" + name;
    }

    /** Where Keycloak sends the browser back with the code. */
    public String redirectUri() {
        return base() + "/login/oauth2/code/{registrationId}";
    }

    /** Where Keycloak sends the browser after signing out: the portal's home page. */
    public String afterLogoutUri() {
        return base() + "/";
    }

    /** Cookies are marked Secure when the portal is served over https (TLS ends at the ingress). */
    public boolean secureCookies() {
        return publicUrl.startsWith("https://");
    }

    /** Keycloak's origin, which the portal's forms may be redirected to (sign-out). */
    public String issuerOrigin() {
        URI issuer = URI.create(issuerUri);
        return issuer.getScheme() + "://" + issuer.getAuthority();
    }

    private String base() {
        return publicUrl.isEmpty() ? "{baseUrl}" : publicUrl;
    }

    private static String stripTrailingSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
