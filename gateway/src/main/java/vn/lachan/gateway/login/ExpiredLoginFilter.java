package vn.lachan.gateway.login;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
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

    private final JsonMapper json;

    public ExpiredLoginFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange).onErrorResume(ClientAuthorizationException.class,
                refused -> exchange.getSession().flatMap(WebSession::invalidate).then(signedOut(exchange)));
    }

    private Mono<Void> signedOut(ServerWebExchange exchange) {
        var response = exchange.getResponse();
        response.setStatusCode(SIGNED_OUT.status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = json.writeValueAsBytes(
                SIGNED_OUT.body(exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE)));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1; // just inside RequestIdFilter, around every route filter
    }
}
