package vn.lachan.gateway;

import java.net.InetSocketAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Rate limits are counted per caller: the authenticated user or client when there is one, else the
 * address. The address is the one our own ingress saw: only the last {@code LACHAN_TRUSTED_PROXY_HOPS}
 * X-Forwarded-For entries are believed, so a caller cannot escape its limit by inventing addresses.
 */
@Component("callerKeyResolver")
public class CallerKeyResolver implements KeyResolver {

    private final XForwardedRemoteAddressResolver addresses;

    public CallerKeyResolver(@Value("${LACHAN_TRUSTED_PROXY_HOPS:1}") int trustedHops) {
        this.addresses = XForwardedRemoteAddressResolver.maxTrustedIndex(trustedHops);
    }

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .map(principal -> "user:" + principal.getName())
                .switchIfEmpty(Mono.fromSupplier(() -> "address:" + addressOf(exchange)));
    }

    private String addressOf(ServerWebExchange exchange) {
        InetSocketAddress remote = addresses.resolve(exchange);
        return remote == null ? "unknown" : remote.getHostString();
    }
}
