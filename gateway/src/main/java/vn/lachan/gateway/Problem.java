package vn.lachan.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * An RFC 9457 problem the gateway answers itself, in the services' shape: {@code detail} in the language
 * the caller asked for (Vietnamese unless {@code Accept-Language: en}), and both languages always.
 */
public record Problem(HttpStatus status, String code, String vi, String en) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    /**
     * Writes the problem as the whole answer from a filter (where no controller returns it), with extra
     * {@code headers} such as {@code Retry-After}, in the language of the request.
     */
    public Mono<Void> write(ServerWebExchange exchange, Map<String, String> headers) {
        var response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.forEach(response.getHeaders()::set);
        byte[] bytes = JSON.writeValueAsBytes(body(exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE)));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}
