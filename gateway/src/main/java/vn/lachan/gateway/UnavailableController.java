package vn.lachan.gateway;

import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a caller gets when a service's circuit is open or it cannot be reached: a problem, not a hang. Each such
 * answer is logged with the request's id (the MDC of {@link RequestIdFilter}) and why, so the operator a user
 * quotes the id to finds it; the path's query and the caller's address are not logged (citizens' routes).
 */
@RestController
public class UnavailableController {

    private static final Logger log = LoggerFactory.getLogger(UnavailableController.class);

    private static final Set<String> SERVICES = Set.of("tip-service", "case-service", "report-service", "budget-service");

    @RequestMapping("/unavailable/{service}")
    public ResponseEntity<Map<String, Object>> unavailable(
            @PathVariable String service,
            @RequestHeader(value = "Accept-Language", required = false) String language,
            ServerWebExchange exchange) {
        String name = SERVICES.contains(service) ? service : "service";
        Throwable why = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        log.warn("{} answered 503: {} did not answer ({})", exchange.getRequest().getMethod(), name,
                why == null ? "circuit open" : why.getClass().getSimpleName() + ": " + why.getMessage());
        var problem = new Problem(HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE",
                "Dịch vụ " + name + " tạm thời không phản hồi; vui lòng thử lại sau.",
                "The " + name + " is unavailable; try again shortly.");
        return problem.responseBuilder().header("Retry-After", "10").body(problem.body(language));
    }
}
