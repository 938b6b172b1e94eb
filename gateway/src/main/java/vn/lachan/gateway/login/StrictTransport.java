package vn.lachan.gateway.login;

import java.util.List;
import java.util.Locale;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * HSTS from the gateway: every answer to a request that came over HTTPS tells the browser to use only HTTPS for the
 * portal's host (and its subdomains) for a year. On the cluster TLS ends at the ingress controller, so the gateway
 * itself is reached over HTTP and learns the browser's scheme from {@code X-Forwarded-Proto}; Spring Security's own
 * HSTS writer looks only at the gateway's own scheme and would never write it there. Over plain HTTP (the local run)
 * no HSTS is sent — browsers ignore it there anyway, and it must not pin {@code localhost}.
 */
public final class StrictTransport implements ServerHttpHeadersWriter {

    public static final String HEADER = "Strict-Transport-Security";
    public static final String VALUE = "max-age=31536000; includeSubDomains";

    @Override
    public Mono<Void> writeHttpHeaders(ServerWebExchange exchange) {
        if (overHttps(exchange)) {
            exchange.getResponse().getHeaders().set(HEADER, VALUE);
        }
        return Mono.empty();
    }

    static boolean overHttps(ServerWebExchange exchange) {
        if ("https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme())) {
            return true;
        }
        // the proxy next to the gateway appends its own value last
        List<String> forwarded = exchange.getRequest().getHeaders().getOrEmpty("X-Forwarded-Proto");
        if (forwarded.isEmpty()) {
            return false;
        }
        String[] last = forwarded.getLast().split(",");
        return "https".equals(last[last.length - 1].strip().toLowerCase(Locale.ROOT));
    }
}
