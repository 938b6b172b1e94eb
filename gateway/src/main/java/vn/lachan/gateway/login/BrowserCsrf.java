package vn.lachan.gateway.login;

import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * CSRF protection the single-page way: the token travels in the readable cookie {@code XSRF-TOKEN}, and
 * the portal's scripts send it back in the header {@code X-XSRF-TOKEN} (or a form's {@code _csrf} field).
 */
final class BrowserCsrf {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    private BrowserCsrf() {
    }

    static ServerCsrfTokenRepository cookieRepository(boolean secure) {
        CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.path("/").sameSite("Lax").secure(secure));
        return repository;
    }

    /**
     * State changes that belong to a session. A request without one carries no authority that a forged
     * request could borrow, so anonymous calls reach the services as they are (and are refused there).
     */
    static ServerWebExchangeMatcher stateChangesInASession() {
        return exchange -> SAFE.contains(exchange.getRequest().getMethod())
                ? MatchResult.notMatch()
                : exchange.getSession().filter(WebSession::isStarted)
                        .flatMap(session -> MatchResult.match())
                        .switchIfEmpty(MatchResult.notMatch());
    }

    /** Makes sure the token cookie is written, so the portal has it before its first state change. */
    static WebFilter issueTokenCookie() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return (token == null ? Mono.<CsrfToken>empty() : token).then(chain.filter(exchange));
        };
    }
}
