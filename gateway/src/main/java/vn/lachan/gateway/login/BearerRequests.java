package vn.lachan.gateway.login;

import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.server.ServerWebExchange;

/** Requests of outside systems, which bring their own access token instead of a browser session. */
public final class BearerRequests {

    private static final String PREFIX = "bearer ";

    private BearerRequests() {
    }

    public static Optional<String> token(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= PREFIX.length()
                || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(PREFIX.length()).strip());
    }

    public static ServerWebExchangeMatcher matcher() {
        return exchange -> token(exchange).isPresent() ? MatchResult.match() : MatchResult.notMatch();
    }
}
