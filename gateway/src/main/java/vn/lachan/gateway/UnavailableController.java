package vn.lachan.gateway;

import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a caller gets when a service's circuit is open or it cannot be reached: a problem, not a hang. */
@RestController
public class UnavailableController {

    private static final Set<String> SERVICES = Set.of("tip-service", "case-service", "report-service", "budget-service");

    @RequestMapping("/unavailable/{service}")
    public ResponseEntity<Map<String, Object>> unavailable(
            @PathVariable String service,
            @RequestHeader(value = "Accept-Language", required = false) String language) {
        String name = SERVICES.contains(service) ? service : "service";
        var problem = new Problem(HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE",
                "Dịch vụ " + name + " tạm thời không phản hồi; vui lòng thử lại sau.",
                "The " + name + " is unavailable; try again shortly.");
        return problem.responseBuilder().header("Retry-After", "10").body(problem.body(language));
    }
}
