package vn.lachan.gateway.portal;

import java.util.Collection;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import vn.lachan.gateway.Problem;

/** Who is signed in to the portal, from the claims of their ID token and Keycloak's userinfo. */
@RestController
public class CurrentUserController {

    static final Problem NOT_SIGNED_IN = new Problem(HttpStatus.UNAUTHORIZED, "NOT_SIGNED_IN",
            "Chưa đăng nhập.", "Not signed in.");

    @GetMapping("/portal/me")
    public ResponseEntity<?> me(@AuthenticationPrincipal OidcUser user, ServerWebExchange exchange) {
        if (user == null) {
            return NOT_SIGNED_IN.response(exchange);
        }
        String username = user.getPreferredUsername();
        String name = user.getFullName() == null || user.getFullName().isBlank() ? username : user.getFullName();
        String unit = user.getClaimAsString("unit");
        String unitCode = unit == null ? "" : unit;
        List<String> roles = roles(user.getClaims().get("roles"));
        return ResponseEntity.ok()
                .header("Cache-Control", "no-store")
                .body(new PortalUser(name, username, unitCode, roles, PortalSections.of(unitCode, roles)));
    }

    private static List<String> roles(Object claim) {
        return claim instanceof Collection<?> values
                ? values.stream().map(String::valueOf).sorted().toList()
                : List.of();
    }
}
