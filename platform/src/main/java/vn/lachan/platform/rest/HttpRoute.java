package vn.lachan.platform.rest;

import com.google.api.HttpRule;
import com.google.protobuf.Descriptors;
import com.google.protobuf.Message;
import io.grpc.MethodDescriptor;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;

/**
 * One REST route of the contract: the {@code google.api.http} rule of one RPC.
 *
 * @param httpMethod   GET, POST, …
 * @param template     the path as written in the .proto, e.g. {@code /api/v1/tips/{id}}
 * @param pattern      the same path, parsed for matching
 * @param body         "" (no body), "*" (the whole request) or the request field the body fills
 * @param rpc          the gRPC method the route calls
 * @param requestType  the request message's descriptor
 * @param prototype    an empty request message to build from
 */
public record HttpRoute(
        HttpMethod httpMethod,
        String template,
        PathPattern pattern,
        String body,
        MethodDescriptor<Message, Message> rpc,
        Descriptors.Descriptor requestType,
        Message prototype) {

    static HttpMethod methodOf(HttpRule rule) {
        return switch (rule.getPatternCase()) {
            case GET -> HttpMethod.GET;
            case POST -> HttpMethod.POST;
            case PUT -> HttpMethod.PUT;
            case PATCH -> HttpMethod.PATCH;
            case DELETE -> HttpMethod.DELETE;
            case CUSTOM -> HttpMethod.valueOf(rule.getCustom().getKind());
            case PATTERN_NOT_SET -> throw new IllegalArgumentException("http rule without a method");
        };
    }

    static String pathOf(HttpRule rule) {
        return switch (rule.getPatternCase()) {
            case GET -> rule.getGet();
            case POST -> rule.getPost();
            case PUT -> rule.getPut();
            case PATCH -> rule.getPatch();
            case DELETE -> rule.getDelete();
            case CUSTOM -> rule.getCustom().getPath();
            case PATTERN_NOT_SET -> throw new IllegalArgumentException("http rule without a path");
        };
    }

    @Override
    public String toString() {
        return httpMethod + " " + template + " -> " + rpc.getFullMethodName();
    }
}
