package vn.lachan.platform.rest;

import com.google.rpc.Code;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.GrpcErrors;

/**
 * An RFC 9457 problem document ({@code application/problem+json}) with the same field list a gRPC
 * caller finds in {@code google.rpc.BadRequest}. Messages come in the caller's language and both.
 */
public record Problem(HttpStatus status, String code, String vi, String en, List<FieldViolation> errors) {

    public static Problem of(StatusRuntimeException failure) {
        com.google.rpc.Status status = StatusProto.fromThrowable(failure);
        if (status == null) {
            status = com.google.rpc.Status.newBuilder()
                    .setCode(failure.getStatus().getCode().value())
                    .setMessage(failure.getStatus().getDescription() == null ? "" : failure.getStatus().getDescription())
                    .build();
        }
        Code code = Code.forNumber(status.getCode());
        if (code == null) {
            code = Code.UNKNOWN;
        }
        String en = status.getMessage().isBlank() ? defaultEnglish(code) : status.getMessage();
        String vi = GrpcErrors.vietnameseMessage(status);
        return new Problem(httpStatusOf(code), code.name(), vi == null ? en : vi, en, GrpcErrors.violations(status));
    }

    public static Problem invalid(List<FieldViolation> errors) {
        return new Problem(HttpStatus.BAD_REQUEST, Code.INVALID_ARGUMENT.name(),
                "Yêu cầu có dữ liệu không hợp lệ.", "The request has invalid fields.", errors);
    }

    public static Problem notFound(String path) {
        return new Problem(HttpStatus.NOT_FOUND, Code.NOT_FOUND.name(),
                "Không có đường dẫn " + path + ".", "No route " + path + ".", List.of());
    }

    public static Problem methodNotAllowed(String method, String path) {
        return new Problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                "Đường dẫn " + path + " không nhận phương thức " + method + ".",
                "Route " + path + " does not accept " + method + ".", List.of());
    }

    public static Problem unsupportedMediaType(String given) {
        return new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                "Nội dung yêu cầu phải là JSON (Content-Type: application/json), không phải " + given + ".",
                "The request body must be JSON (Content-Type: application/json), not " + given + ".", List.of());
    }

    /** Google's mapping of canonical codes to HTTP (google/rpc/code.proto). */
    static HttpStatus httpStatusOf(Code code) {
        return switch (code) {
            case OK -> HttpStatus.OK;
            case INVALID_ARGUMENT, FAILED_PRECONDITION, OUT_OF_RANGE -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case PERMISSION_DENIED -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case ALREADY_EXISTS, ABORTED -> HttpStatus.CONFLICT;
            case RESOURCE_EXHAUSTED -> HttpStatus.TOO_MANY_REQUESTS;
            case UNIMPLEMENTED -> HttpStatus.NOT_IMPLEMENTED;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case DEADLINE_EXCEEDED -> HttpStatus.GATEWAY_TIMEOUT;
            default -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }

    private static String defaultEnglish(Code code) {
        return switch (code) {
            case UNAUTHENTICATED -> "Authentication is required.";
            case PERMISSION_DENIED -> "You may not do this.";
            case UNAVAILABLE -> "The service is unavailable; try again shortly.";
            case DEADLINE_EXCEEDED -> "The service did not answer in time.";
            default -> "The request failed.";
        };
    }

    /** The JSON body; {@code vietnameseFirst} picks the language of {@code detail} and {@code message}. */
    public Map<String, Object> body(String instance, String requestId, boolean vietnameseFirst) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("code", code);
        body.put("detail", vietnameseFirst ? vi : en);
        body.put("detailVi", vi);
        body.put("detailEn", en);
        body.put("instance", instance);
        body.put("requestId", requestId);
        if (!errors.isEmpty()) {
            body.put("errors", errors.stream().map(e -> {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("field", e.field());
                error.put("code", e.code());
                error.put("message", e.message(vietnameseFirst));
                error.put("vi", e.vi());
                error.put("en", e.en());
                return error;
            }).toList());
        }
        return body;
    }
}
