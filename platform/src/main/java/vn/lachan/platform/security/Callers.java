package vn.lachan.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.lachan.platform.error.AccessDeniedException;

/** The caller of the request being served, read from the token Spring Security verified. */
public final class Callers {

    private Callers() {
    }

    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new AccessDeniedException("Cần đăng nhập.", "Authentication is required.");
        }
        return of(token.getToken());
    }

    /** Keycloak names a client's service-account user this; the audit log shows the client id instead. */
    static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    public static Caller of(Jwt jwt) {
        String username = jwt.getClaimAsString("preferred_username");
        String name = username != null && username.startsWith(SERVICE_ACCOUNT_PREFIX)
                ? firstNonBlank(jwt.getClaimAsString("azp"), username.substring(SERVICE_ACCOUNT_PREFIX.length()))
                : firstNonBlank(username, jwt.getClaimAsString("azp"), jwt.getSubject());
        String unit = firstNonBlank(jwt.getClaimAsString("unit"), "");
        return new Caller(jwt.getSubject() == null ? name : jwt.getSubject(), name, unit, roles(jwt));
    }

    static Set<String> roles(Jwt jwt) {
        Object claim = jwt.getClaims().get("roles");
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        return Set.of();
    }

    private static String firstNonBlank(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).findFirst().orElse("");
    }
}
