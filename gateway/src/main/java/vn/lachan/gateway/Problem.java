package vn.lachan.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;

/**
 * An RFC 9457 problem the gateway answers itself, in the services' shape: {@code detail} in the language
 * the caller asked for (Vietnamese unless {@code Accept-Language: en}), and both languages always.
 */
public record Problem(HttpStatus status, String code, String vi, String en) {

    public Map<String, Object> body(String acceptLanguage) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("code", code);
        body.put("detail", acceptLanguage != null && acceptLanguage.toLowerCase().startsWith("en") ? en : vi);
        body.put("detailVi", vi);
        body.put("detailEn", en);
        return body;
    }

    /** The whole answer, in the language of the request. */
    public ResponseEntity<Map<String, Object>> response(ServerWebExchange exchange) {
        return responseBuilder().body(body(exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /** The status line and content type, for an answer that needs more headers. */
    public ResponseEntity.BodyBuilder responseBuilder() {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
