package vn.lachan.gateway;

import io.micrometer.context.ContextRegistry;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every request gets an id the services log and return, so one complaint can be traced end to end. The gateway's
 * own log lines written while serving it carry it too (MDC {@code http.request.id}, the services' key): the id rides
 * in the Reactor context, and context propagation ({@code spring.reactor.context-propagation: auto}) puts it into
 * the MDC on whichever thread the request continues.
 */
@Component
public class RequestIdFilter implements GlobalFilter, Ordered {

    static final String HEADER = "X-Request-Id";
    /** The MDC key the services use too (ECS: {@code http.request.id}). */
    static final String MDC_KEY = "http.request.id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(MDC_KEY,
                () -> MDC.get(MDC_KEY), id -> MDC.put(MDC_KEY, id), () -> MDC.remove(MDC_KEY));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String given = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        var request = exchange.getRequest().mutate().headers(h -> h.set(HEADER, id)).build();
        exchange.getResponse().getHeaders().set(HEADER, id);
        return chain.filter(exchange.mutate().request(request).build()).contextWrite(c -> c.put(MDC_KEY, id));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
