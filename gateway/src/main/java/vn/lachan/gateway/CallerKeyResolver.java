package vn.lachan.gateway;

import java.net.InetSocketAddress;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.lachan.gateway.login.BearerRequests;

/**
 * Rate limits are counted per route and caller: the user signed in to the portal; else the client and subject of
 * a genuine access token the caller brought; else the address. The address is the one our own ingress saw: only
 * the last {@code LACHAN_TRUSTED_PROXY_HOPS} X-Forwarded-For entries are believed, so a caller cannot escape its
 * limit by inventing addresses — nor by inventing tokens, which count by address. An address is counted only as a
 * keyed hash under the day's key ({@link RateKeys}): Redis never holds a citizen's address.
 *
 * <p>The route is part of the key, so filing, following and checking each have their own limit, and the
 * officers' routes theirs.
 */
@Component("callerKeyResolver")
public class CallerKeyResolver implements KeyResolver {

    private final XForwardedRemoteAddressResolver addresses;
    private final ApiTokenVerifier tokens;
    private final RateKeys rateKeys;

    public CallerKeyResolver(ProxySettings proxy, ApiTokenVerifier tokens, RateKeys rateKeys) {
        this.addresses = XForwardedRemoteAddressResolver.maxTrustedIndex(proxy.trustedHops());
        this.tokens = tokens;
        this.rateKeys = rateKeys;
    }

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String scope = route == null ? "none" : route.getId();
        return exchange.getPrincipal()
                .filter(principal -> principal instanceof Authentication user && user.isAuthenticated()
                        && !(user instanceof AnonymousAuthenticationToken))
                .map(principal -> "user:" + principal.getName())
                .switchIfEmpty(Mono.defer(() -> BearerRequests.token(exchange).map(tokens::verify).orElse(Mono.empty())
                        .map(jwt -> "client:" + jwt.getClaimAsString("azp") + ":" + jwt.getSubject())))
                .switchIfEmpty(Mono.defer(() -> rateKeys.hashOf(addressOf(exchange)).map(hash -> "address:" + hash)))
                .map(caller -> scope + ":" + caller);
    }

    private String addressOf(ServerWebExchange exchange) {
        InetSocketAddress remote = addresses.resolve(exchange);
        return remote == null ? "unknown" : remote.getHostString();
    }
}
