package vn.lachan.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.protobuf.ProtoServiceDescriptorSupplier;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ServerCalls;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.EntityResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The bridge in front of an in-process gRPC server of the test contract that answers with the request it got
 * (so the test sees what the REST call was bound to), or fails as the id asks.
 */
class GrpcRestBridgeTest {

    static final String ROUTES = """
            method { name: "Get" input_type: ".lachan.shop.v1.Search" output_type: ".lachan.shop.v1.Search"
                     options { [google.api.http] { get: "/api/v1/orders/{id}" } } }
            method { name: "Create" input_type: ".lachan.shop.v1.Search" output_type: ".lachan.shop.v1.Search"
                     options { [google.api.http] { post: "/api/v1/orders" body: "*" } } }
            method { name: "Page" input_type: ".lachan.shop.v1.Search" output_type: ".lachan.shop.v1.Search"
                     options { [google.api.http] { post: "/api/v1/orders/{id}:page" body: "page" } } }
            """;

    final AtomicReference<Metadata> seen = new AtomicReference<>();
    Server server;
    ManagedChannel channel;
    GrpcRestBridge bridge;

    @BeforeEach
    void start() throws Exception {
        FileDescriptor file = TestContract.file(ROUTES);
        var service = file.getServices().get(0);
        Descriptor search = file.findMessageTypeByName("Search");
        ServiceDescriptor.Builder contract = ServiceDescriptor.newBuilder(service.getFullName())
                .setSchemaDescriptor(new ProtoServiceDescriptorSupplier() {
                    @Override
                    public FileDescriptor getFileDescriptor() {
                        return file;
                    }

                    @Override
                    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
                        return service;
                    }
                });
        List<MethodDescriptor<DynamicMessage, DynamicMessage>> methods = service.getMethods().stream()
                .map(m -> MethodDescriptor.<DynamicMessage, DynamicMessage>newBuilder()
                        .setType(MethodDescriptor.MethodType.UNARY)
                        .setFullMethodName(MethodDescriptor.generateFullMethodName(service.getFullName(), m.getName()))
                        .setRequestMarshaller(ProtoUtils.marshaller(DynamicMessage.getDefaultInstance(search)))
                        .setResponseMarshaller(ProtoUtils.marshaller(DynamicMessage.getDefaultInstance(search)))
                        .build())
                .toList();
        methods.forEach(contract::addMethod);
        ServiceDescriptor descriptor = contract.build();
        var definition = ServerServiceDefinition.builder(descriptor);
        var id = search.findFieldByName("id");
        for (var method : methods) {
            definition.addMethod(method, ServerCalls.asyncUnaryCall((request, answer) -> {
                switch ((String) request.getField(id)) {
                    case "unauthenticated" -> answer.onError(Status.UNAUTHENTICATED.asRuntimeException());
                    case "stale" -> answer.onError(Status.ABORTED.withDescription("changed meanwhile").asRuntimeException());
                    case "taken" -> answer.onError(Status.ALREADY_EXISTS.asRuntimeException());
                    default -> {
                        answer.onNext(request);
                        answer.onCompleted();
                    }
                }
            }));
        }
        String name = "bridge-" + UUID.randomUUID();
        server = InProcessServerBuilder.forName(name).directExecutor()
                .addService(ServerInterceptors.intercept(definition.build(), new io.grpc.ServerInterceptor() {
                    @Override
                    public <Q, R> io.grpc.ServerCall.Listener<Q> interceptCall(io.grpc.ServerCall<Q, R> call,
                            Metadata headers, io.grpc.ServerCallHandler<Q, R> next) {
                        seen.set(headers);
                        return next.startCall(call, headers);
                    }
                })).build().start();
        channel = InProcessChannelBuilder.forName(name).directExecutor().build();
        bridge = new GrpcRestBridge(HttpRoutes.ofContracts(List.of(descriptor)), channel, Duration.ofSeconds(5),
                1000, List.of("X-Shop-Secret"));
    }

    @AfterEach
    void stop() {
        channel.shutdownNow();
        server.shutdownNow();
    }

    ServerResponse call(String method, String uri, String body, Map<String, String> headers) {
        MockHttpServletRequest servlet = new MockHttpServletRequest(method, uri.replaceAll("\\?.*", ""));
        if (uri.contains("?")) {
            servlet.setQueryString(uri.substring(uri.indexOf('?') + 1));
            for (String pair : uri.substring(uri.indexOf('?') + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                servlet.addParameter(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        headers.forEach(servlet::addHeader);
        if (body != null) {
            servlet.setContent(body.getBytes(StandardCharsets.UTF_8));
            servlet.setContentType("application/json");
        }
        return bridge.handle(ServerRequest.create(servlet, List.of(new StringHttpMessageConverter())));
    }

    static String json(ServerResponse response) {
        return String.valueOf(((EntityResponse<?>) response).entity());
    }

    @Test
    void pathQueryAndBodyMeetInOneRequest() {
        var answer = call("GET", "/api/v1/orders/o-1?page.pageSize=5&statuses=OPEN&statuses=PAID"
                + "&placedAfter=2026-03-15T08:30:00Z&minTotal=1000", null, Map.of());
        assertThat(answer.statusCode().value()).isEqualTo(200);
        assertThat(json(answer)).contains("\"id\": \"o-1\"", "\"pageSize\": 5", "\"OPEN\"", "\"PAID\"",
                "\"placedAfter\": \"2026-03-15T08:30:00Z\"", "\"minTotal\": \"1000\"");
        assertThat(answer.headers().getFirst("X-Request-Id")).isNotBlank();

        var page = call("POST", "/api/v1/orders/o-2:page?skus=a", "{\"pageSize\": 7}", Map.of());
        assertThat(json(page)).contains("\"id\": \"o-2\"", "\"pageSize\": 7", "\"skus\": [\"a\"]");
    }

    @Test
    void aCreateTellsWhereTheRecordIsRead() {
        var created = call("POST", "/api/v1/orders", "{\"id\": \"o 3\", \"skus\": [\"x\"]}", Map.of());
        assertThat(created.statusCode().value()).isEqualTo(200);
        assertThat(created.headers().getFirst("Location")).isEqualTo("/api/v1/orders/o%203");
        // no id in the answer, no Location
        assertThat(call("POST", "/api/v1/orders", "{\"skus\": [\"x\"]}", Map.of()).headers().getFirst("Location")).isNull();
        // only creates
        assertThat(call("GET", "/api/v1/orders/o-1", null, Map.of()).headers().getFirst("Location")).isNull();
    }

    @Test
    void conflictsAre409AndAMissingOrRefusedTokenIsChallenged() {
        assertThat(call("POST", "/api/v1/orders", "{\"id\": \"stale\"}", Map.of()).statusCode().value()).isEqualTo(409);
        assertThat(call("POST", "/api/v1/orders", "{\"id\": \"taken\"}", Map.of()).statusCode().value()).isEqualTo(409);

        var anonymous = call("GET", "/api/v1/orders/unauthenticated", null, Map.of());
        assertThat(anonymous.statusCode().value()).isEqualTo(401);
        assertThat(anonymous.headers().getFirst("WWW-Authenticate")).isEqualTo("Bearer realm=\"lachan\"");
        var refused = call("GET", "/api/v1/orders/unauthenticated", null, Map.of("Authorization", "Bearer expired"));
        assertThat(refused.headers().getFirst("WWW-Authenticate")).isEqualTo("Bearer realm=\"lachan\", error=\"invalid_token\"");
    }

    @Test
    void onlyTheStandardAndConfiguredHeadersReachTheService() {
        call("GET", "/api/v1/orders/o-1", null, Map.of(
                "Authorization", "Bearer t", "Idempotency-Key", "k-1", "Accept-Language", "en",
                "traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                "X-Shop-Secret", "s3cret", "X-Tip-Secret", "not configured here", "Cookie", "SESSION=1",
                "X-Request-Id", "req-1"));
        Map<String, String> metadata = new TreeMap<>();
        for (String key : seen.get().keys()) {
            if (!key.startsWith("grpc-") && !key.equals("content-type") && !key.equals("user-agent") && !key.equals("te")) {
                metadata.put(key, seen.get().get(Metadata.Key.of(key, Metadata.ASCII_STRING_MARSHALLER)));
            }
        }
        assertThat(metadata).containsOnlyKeys("authorization", "idempotency-key", "accept-language", "traceparent",
                "x-shop-secret", "x-request-id");
        assertThat(metadata).containsEntry("x-shop-secret", "s3cret").containsEntry("x-request-id", "req-1");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeTheService() {
        var answer = call("POST", "/api/v1/orders", "{\"id\": \"" + "x".repeat(2000) + "\"}", Map.of());
        assertThat(answer.statusCode().value()).isEqualTo(400);
        assertThat(seen.get()).isNull();
    }

    @Test
    void aListWhereTheContractTakesOneValueIsRefusedBeforeTheService() {
        var answer = call("POST", "/api/v1/orders", "{\"id\": [\"o-1\"]}", Map.of());
        assertThat(answer.statusCode().value()).isEqualTo(400);
        assertThat(seen.get()).isNull();
    }

    @Test
    void aFractionOrAFigureBeyondItsIntegerTypeIsRefusedAtTheNumbersOwnField() {
        var fraction = call("POST", "/api/v1/orders/o-2:page", "{\"pageSize\": \"7.5\"}", Map.of());
        assertThat(fraction.statusCode().value()).isEqualTo(400);
        assertThat(json(fraction)).contains("field=page.page_size, code=NOT_INTEGER")
                .doesNotContain("MALFORMED_JSON");
        var beyond = call("POST", "/api/v1/orders", "{\"count\": \"99999999999999999999\", \"minTotal\": 1.5}",
                Map.of("Accept-Language", "en"));
        assertThat(beyond.statusCode().value()).isEqualTo(400);
        assertThat(json(beyond)).contains("field=count, code=OUT_OF_RANGE", "field=min_total, code=NOT_INTEGER",
                "whole number").doesNotContain("MALFORMED_JSON");
        assertThat(seen.get()).isNull();
    }

    @Test
    void aMalformedBodyIsToldInVietnameseWithoutTheParsersEnglish() {
        var answer = call("POST", "/api/v1/orders", "{\"id\": ", Map.of());
        assertThat(answer.statusCode().value()).isEqualTo(400);
        String body = json(answer);
        assertThat(body).contains("field=body, code=MALFORMED_JSON", "en=The JSON body is malformed: End of input")
                .doesNotContain("java.");
        String vi = body.substring(body.indexOf(", vi=") + 5, body.indexOf(", en="));
        assertThat(vi).startsWith("Nội dung JSON không hợp lệ").doesNotContain("End of input", "line", "column", "$");
        var english = GrpcRestBridge.jsonViolation("*", "java.io.EOFException: End of input at line 1");
        assertThat(english.vi()).doesNotContain("End of input");
        assertThat(english.en()).contains("End of input at line 1").doesNotContain("java.io");
    }
}
