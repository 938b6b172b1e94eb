package vn.lachan.gateway.login;

import java.util.Map;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;
import vn.lachan.gateway.Problem;

/**
 * When Keycloak no longer renews a signed-in user's token (their Keycloak session ended), TokenRelay
 * fails: the gateway then ends the portal session too and answers 401, so the portal offers to sign in.
 */
@Component
public class ExpiredLoginFilter implements GlobalFilter, Ordered {

    static final Problem SIGNED_OUT = new Problem(HttpStatus.UNAUTHORIZED, "SESSION_EXPIRED",
            "Phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại.",
            "Your session has expired; please sign in again.");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange).onErrorResume(ClientAuthorizationException.class,
                refused -> exchange.getSession().flatMap(WebSession::invalidate).then(signedOut(exchange)));
    }

    private Mono<Void> signedOut(ServerWebExchange exchange) {
        return SIGNED_OUT.write(exchange, Map.of());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1; // just inside RequestIdFilter, around every route filter
    }
}
