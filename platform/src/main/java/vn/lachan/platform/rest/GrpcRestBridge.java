package vn.lachan.platform.rest;

import com.google.api.HttpBody;
import com.google.gson.JsonParser;
import com.google.protobuf.Any;
import com.google.protobuf.Descriptors;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import vn.lachan.common.v1.FileName;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.grpc.IdempotencyKeys;

/**
 * Serves the contract's REST routes by calling the same gRPC methods in-process: the request is the
 * canonical proto3 JSON of the RPC's request, the answer that of its response, errors an RFC 9457
 * problem with the same field list. Every gRPC interceptor (tokens, audit, errors) applies to REST too.
 * An RPC that answers with {@code google.api.HttpBody} (e.g. a document to download) is answered with its bytes.
 */
public class GrpcRestBridge {

    /** Headers every REST caller may pass on to the service as gRPC metadata (lower case). */
    public static final Set<String> STANDARD_HEADERS = Set.of(
            "authorization", "x-request-id", "idempotency-key", "accept-language", "traceparent", "tracestate");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("Cannot find field: (\\S+) in message");
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().alwaysPrintFieldsWithNoPresence();
    private static final JsonFormat.Parser PARSER = JsonFormat.parser();

    private final HttpRoutes routes;
    private final Channel channel;
    private final Duration deadline;
    private final int maxBodyBytes;
    private final Set<String> forwarded;

    /**
     * @param serviceHeaders headers of the service's own contract passed on besides {@link #STANDARD_HEADERS}
     *                       (e.g. tip-service's {@code x-tip-secret}): configuration, {@code lachan.rest.service-headers}
     */
    public GrpcRestBridge(HttpRoutes routes, Channel channel, Duration deadline, int maxBodyBytes,
                          Collection<String> serviceHeaders) {
        this.routes = routes;
        this.channel = channel;
        this.deadline = deadline;
        this.maxBodyBytes = maxBodyBytes;
        Set<String> headers = new HashSet<>(STANDARD_HEADERS);
        serviceHeaders.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).forEach(headers::add);
        this.forwarded = Set.copyOf(headers);
    }

    public GrpcRestBridge(HttpRoutes routes, Channel channel, Duration deadline, int maxBodyBytes) {
        this(routes, channel, deadline, maxBodyBytes, List.of());
    }

    public ServerResponse handle(ServerRequest request) {
        HttpServletRequest servlet = request.servletRequest();
        String path = request.requestPath().pathWithinApplication().value();
        String requestId = requestIdOf(servlet);
        boolean vietnamese = prefersVietnamese(servlet.getHeader("Accept-Language"));
        HttpMethod method = request.method();

        var match = routes.match(method, path);
        if (match.isEmpty()) {
            Problem problem = routes.servesPathWithOtherMethod(path)
                    ? Problem.methodNotAllowed(method.name(), path) : Problem.notFound(path);
            return problem(problem, path, requestId, vietnamese);
        }
        HttpRoute route = match.get().route();
        if (!route.body().isEmpty() && !isJson(servlet.getContentType())) {
            // a cross-site form may post text/plain without a preflight; only JSON is read
            String given = servlet.getContentType() == null ? "(none)" : servlet.getContentType().replaceAll("[^\\w/+.;=\\- ]", "");
            return problem(Problem.unsupportedMediaType(given.length() > 80 ? given.substring(0, 80) : given), path,
                    requestId, vietnamese);
        }
        Violations violations = new Violations();
        // the platform's own keys never come from outside, so nobody can take one before the platform does
        IdempotencyKeys.reservedKeyViolation(servlet.getHeader("Idempotency-Key")).ifPresent(violations::add);
        Message.Builder message = route.prototype().newBuilderForType();
        readBody(servlet, route, message, violations);
        if (!route.body().equals("*")) {
            bindQuery(request.params(), route, match.get().pathFields().keySet(), message, violations);
        }
        match.get().pathFields().forEach((field, value) -> FieldBinder.bind(message, field, List.of(value), violations));
        if (!violations.isEmpty()) {
            return problem(Problem.invalid(violations.list()), path, requestId, vietnamese);
        }
        try {
            Message response = ClientCalls.blockingUnaryCall(
                    ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(
                            metadataOf(servlet, requestId))),
                    route.rpc(),
                    CallOptions.DEFAULT.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS),
                    message.build());
            if (isHttpBody(response)) {
                return rawBody(response, requestId);
            }
            ServerResponse.BodyBuilder ok = ServerResponse.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("X-Request-Id", requestId);
            routes.locationOf(route, response).ifPresent(location -> ok.header("Location", location));
            return ok.body(PRINTER.print(response));
        } catch (StatusRuntimeException failure) {
            Problem problem = Problem.of(failure);
            if (problem.status().value() == 401) {
                // RFC 6750: tell the caller which scheme, and whether the token it sent was refused
                String challenge = servlet.getHeader("Authorization") == null
                        ? "Bearer realm=\"lachan\"" : "Bearer realm=\"lachan\", error=\"invalid_token\"";
                return ServerResponse.status(problem.status())
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .header("X-Request-Id", requestId)
                        .header("WWW-Authenticate", challenge)
                        .body(problem.body(path, requestId, vietnamese));
            }
            return problem(problem, path, requestId, vietnamese);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("cannot print " + route.rpc().getFullMethodName(), e);
        }
    }

    /** Whether an RPC answers with {@code google.api.HttpBody}: bytes that are no JSON (a document, a spreadsheet). */
    static boolean isHttpBody(Message response) {
        return response.getDescriptorForType().getFullName().equals(HttpBody.getDescriptor().getFullName());
    }

    /**
     * An HttpBody answer goes out as it is: its bytes under its content type (octet-stream when it names none), as an
     * attachment under the file name its extensions carry ({@code lachan.common.v1.FileName}), if any.
     */
    private static ServerResponse rawBody(Message response, String requestId) throws InvalidProtocolBufferException {
        HttpBody body = response instanceof HttpBody known ? known : HttpBody.parseFrom(response.toByteString());
        String contentType = body.getContentType();
        ServerResponse.BodyBuilder ok = ServerResponse.ok()
                .contentType(contentType.isBlank() ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(contentType))
                .header("X-Request-Id", requestId)
                .header("X-Content-Type-Options", "nosniff");
        fileName(body).ifPresent(name -> ok.header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString()));
        return ok.body(body.getData().toByteArray());
    }

    /** The file name a service gave its HttpBody, kept to letters, digits, '.', '-' and '_' (a header is no place for more). */
    static Optional<String> fileName(HttpBody body) {
        for (Any extension : body.getExtensionsList()) {
            if (extension.is(FileName.class)) {
                try {
                    String name = extension.unpack(FileName.class).getName().replaceAll("[^A-Za-z0-9._-]", "");
                    if (!name.isEmpty() && !name.startsWith(".")) {
                        return Optional.of(name);
                    }
                } catch (InvalidProtocolBufferException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** application/json, with no charset or UTF-8: what every REST body must be. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getType().equals("application") && type.getSubtype().equals("json")
                    && (type.getCharset() == null || type.getCharset().equals(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void readBody(HttpServletRequest servlet, HttpRoute route, Message.Builder message, Violations violations) {
        if (route.body().isEmpty()) {
            return;
        }
        byte[] bytes;
        try {
            bytes = servlet.getInputStream().readNBytes(maxBodyBytes + 1);
        } catch (IOException e) {
            violations.add("body", "UNREADABLE", "Không đọc được nội dung yêu cầu.", "The request body could not be read.");
            return;
        }
        if (bytes.length > maxBodyBytes) {
            violations.add("body", "TOO_LARGE",
                    "Nội dung yêu cầu vượt quá " + maxBodyBytes + " byte.",
                    "The request body is larger than " + maxBodyBytes + " bytes.");
            return;
        }
        String json = new String(bytes, StandardCharsets.UTF_8);
        if (json.isBlank()) {
            violations.add(FieldViolation.required(route.body().equals("*") ? "body" : route.body()));
            return;
        }
        try {
            boolean whole = route.body().equals("*");
            var field = whole ? null : message.getDescriptorForType().findFieldByName(route.body());
            Violations shape = new Violations();
            if (whole || field.getJavaType() == Descriptors.FieldDescriptor.JavaType.MESSAGE) {
                JsonShape.check(JsonParser.parseString(json), whole ? message.getDescriptorForType() : field.getMessageType(),
                        whole ? "" : route.body(), shape);
            }
            if (!shape.isEmpty()) {
                shape.list().forEach(violations::add);
                return;
            }
            if (whole) {
                PARSER.merge(json, message);
            } else {
                PARSER.merge(json, message.getFieldBuilder(field));
            }
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            violations.add(jsonViolation(route.body(), e.getMessage()));
        }
    }

    private static final Pattern JAVA_EXCEPTION =
            Pattern.compile("(?:[A-Za-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):\\s*");

    static FieldViolation jsonViolation(String bodyField, String parserMessage) {
        String prefix = bodyField.isEmpty() || bodyField.equals("*") ? "" : bodyField + ".";
        // the parser names the Java exception it wrapped ("java.io.EOFException: End of input …"): callers get the words only
        String detail = parserMessage == null ? "" : JAVA_EXCEPTION.matcher(parserMessage).replaceAll("");
        Matcher unknown = UNKNOWN_FIELD.matcher(detail);
        if (unknown.find()) {
            return new FieldViolation(prefix + unknown.group(1), "UNKNOWN_FIELD",
                    "Trường không tồn tại: " + unknown.group(1) + ".", "Unknown field: " + unknown.group(1) + ".");
        }
        return new FieldViolation(prefix.isEmpty() ? "body" : bodyField, "MALFORMED_JSON",
                // the parser's words are English: the Vietnamese text does not quote them
                "Nội dung JSON không hợp lệ (sai cú pháp hoặc giá trị không đúng kiểu của trường).",
                "The JSON body is malformed: " + detail);
    }

    private static void bindQuery(Map<String, List<String>> params, HttpRoute route, Set<String> pathFields,
                                  Message.Builder message, Violations violations) {
        params.forEach((name, values) -> {
            if (!pathFields.contains(name) && !values.isEmpty()) {
                FieldBinder.bind(message, name, values, violations);
            }
        });
    }

    private Metadata metadataOf(HttpServletRequest servlet, String requestId) {
        Metadata metadata = new Metadata();
        Enumeration<String> names = servlet.getHeaderNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement().toLowerCase(Locale.ROOT);
            if (forwarded.contains(name) && !name.equals("x-request-id")) {
                String value = servlet.getHeader(name);
                if (value != null) {
                    metadata.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), value);
                }
            }
        }
        metadata.put(Metadata.Key.of("x-request-id", Metadata.ASCII_STRING_MARSHALLER), requestId);
        return metadata;
    }

    private static String requestIdOf(HttpServletRequest servlet) {
        String fromCaller = servlet.getHeader("X-Request-Id");
        return fromCaller != null && fromCaller.matches("[A-Za-z0-9._:-]{1,100}") ? fromCaller : UUID.randomUUID().toString();
    }

    static boolean prefersVietnamese(String acceptLanguage) {
        return acceptLanguage == null || !acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("en");
    }

    private static ServerResponse problem(Problem problem, String path, String requestId, boolean vietnamese) {
        return ServerResponse.status(problem.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("X-Request-Id", requestId)
                .body(problem.body(path, requestId, vietnamese));
    }
}
