package vn.lachan.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
        String vi = "Dịch vụ " + name + " tạm thời không phản hồi; vui lòng thử lại sau.";
        String en = "The " + name + " is unavailable; try again shortly.";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", "Service Unavailable");
        body.put("status", 503);
        body.put("code", "UNAVAILABLE");
        body.put("detail", language != null && language.toLowerCase().startsWith("en") ? en : vi);
        body.put("detailVi", vi);
        body.put("detailEn", en);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", "10")
                .body(body);
    }
}
