package vn.lachan.gateway.login;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import vn.lachan.gateway.FailSafeRateLimiter;
import vn.lachan.gateway.Problem;
import vn.lachan.gateway.ProxySettings;
import vn.lachan.gateway.RateKeys;

/**
 * Starting a login is the one thing that makes the gateway store a session for someone not signed in (the
 * authorization request waits in it). So starting a login is limited per address (as a keyed hash) and for
 * everyone together, and a session without a signed-in user lives {@link #UNSIGNED_IDLE} idle instead of the
 * signed-in half hour: nobody can fill Redis with sessions by asking for the login page.
 */
@Component
public class LoginStartLimit implements WebFilter, Ordered {

    static final String PER_ADDRESS = "login-start";
    static final String EVERYONE = "login-start-all";
    static final Duration UNSIGNED_IDLE = Duration.ofMinutes(5);
    static final Problem SESSIONS_UNAVAILABLE = new Problem(HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE",
            "Tạm thời chưa đăng nhập được; vui lòng thử lại sau ít phút.",
            "Signing in is unavailable for a moment; please try again in a few minutes.");
    static final Problem TOO_MANY = new Problem(HttpStatus.TOO_MANY_REQUESTS, "RESOURCE_EXHAUSTED",
            "Quá nhiều lượt đăng nhập; vui lòng thử lại sau ít phút.",
            "Too many sign-ins started; please try again in a few minutes.");

    private final FailSafeRateLimiter limiter;
    private final RateKeys rateKeys;
    private final XForwardedRemoteAddressResolver addresses;
    private final Duration signedInIdle;

    public LoginStartLimit(FailSafeRateLimiter limiter, RateKeys rateKeys, ProxySettings proxy,
                           LoginStartSettings settings, ServerProperties server) {
        // the signed-in idle time is the sessions' own (server.reactive.session.timeout)
        this.signedInIdle = server.getReactive().getSession().getTimeout();
        this.limiter = limiter;
        this.rateKeys = rateKeys;
        this.addresses = XForwardedRemoteAddressResolver.maxTrustedIndex(proxy.trustedHops());
        limiter.getConfig().put(PER_ADDRESS, new RedisRateLimiter.Config().setReplenishRate(settings.perSecond())
                .setBurstCapacity(settings.burst()).setRequestedTokens(1));
        limiter.getConfig().put(EVERYONE, new RedisRateLimiter.Config().setReplenishRate(settings.allPerSecond())
                .setBurstCapacity(settings.allBurst()).setRequestedTokens(1));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (path.startsWith("/login/oauth2/code/")) {
            // the user comes back signed in: from here the session lives the signed-in idle time
            return exchange.getSession().doOnNext(session -> session.setMaxIdleTime(signedInIdle))
                    .thenReturn(true)
                    .onErrorResume(DataAccessException.class, storeDown -> Mono.just(false))
                    .flatMap(stored -> stored ? chain.filter(exchange) : sessionsUnavailable(exchange));
        }
        if (!path.startsWith("/oauth2/authorization/")) {
            return chain.filter(exchange);
        }
        Mono<Void> next = shortenUnsignedSession(exchange).then(chain.filter(exchange));
        InetSocketAddress remote = addresses.resolve(exchange);
        return rateKeys.hashOf(remote == null ? "unknown" : remote.getHostString())
                .flatMap(hash -> limiter.isAllowed(PER_ADDRESS, hash))
                .flatMap(mine -> mine.isAllowed() ? limiter.isAllowed(EVERYONE, "all") : Mono.just(mine))
                .flatMap(answer -> !answer.isAllowed() ? tooMany(exchange)
                        // counted in memory: Redis, where the login's session would be kept, is not answering
                        : FailSafeRateLimiter.countedLocally(answer, limiter) ? sessionsUnavailable(exchange) : next);
    }

    /**
     * Redis, which keeps the browsers' sessions, does not answer: a sign-in can neither start nor finish. A problem the
     * portal can show, instead of the bare 500 the session's failed save would give; API callers with a token are not
     * concerned (they keep no session).
     */
    private static Mono<Void> sessionsUnavailable(ServerWebExchange exchange) {
        return SESSIONS_UNAVAILABLE.write(exchange, Map.of("Retry-After", "30"));
    }

    /** A session that holds no signed-in user (a login under way) is kept a short while only. */
    private static Mono<Void> shortenUnsignedSession(ServerWebExchange exchange) {
        return exchange.getSession().doOnNext(session -> {
            if (!(session.getAttribute(
                    WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME) instanceof SecurityContext)) {
                session.setMaxIdleTime(UNSIGNED_IDLE);
            }
        }).then();
    }

    private static Mono<Void> tooMany(ServerWebExchange exchange) {
        return TOO_MANY.write(exchange, Map.of("Retry-After", "60"));
    }

    @Override
    public int getOrder() {
        // before Spring Security's filter chain (-100), which would store the authorization request
        return -200;
    }
}
