package vn.lachan.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.stub.StreamObserver;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.cases.v1.Case;
import vn.lachan.cases.v1.CaseServiceGrpc;
import vn.lachan.cases.v1.GetCaseRequest;
import vn.lachan.platform.test.LocalRedis;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.tip.v1.GetTipRequest;
import vn.lachan.tip.v1.Tip;
import vn.lachan.tip.v1.TipServiceGrpc;

/**
 * One trace from a REST caller through the platform's REST bridge to the gRPC service, and on from there over the
 * network to a peer, as report-service asks tip-service: the platform's real tracer (Micrometer Tracing over
 * OpenTelemetry), the gRPC interceptors spring-grpc installs, the platform's bridge and its JSON logs. A case-service
 * stand-in serves {@code GET /api/v1/cases/{id}} and asks a tip-service stand-in, in the same application but reached
 * through its TCP port like a peer in another pod, for a tip; each notes what it sees while serving.
 */
@ExtendWith(OutputCaptureExtension.class)
@RealInfrastructure(database = "lachan_trace")
@SpringBootTest(classes = TracePropagationTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=trace-test", "lachan.api-name=trace", "lachan.database=lachan_trace",
                "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=trace-test",
                "LACHAN_LOG_FORMAT=ecs",
                // the stand-ins take no token: what is traced here is the path of a call, not its authorisation
                "lachan.security.public-methods=lachan.cases.v1.CaseService/GetCase,lachan.tip.v1.TipService/GetTip"})
class TracePropagationTest {

    static final int GRPC_PORT = LocalRedis.freePort();
    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String CALLER_SPAN = "00f067aa0ba902b7";

    /** What each stand-in saw while serving: trace id, span id, and the MDC's trace id and request id. */
    static final Map<String, Map<String, String>> seen = new ConcurrentHashMap<>();

    @DynamicPropertySource
    static void ports(DynamicPropertyRegistry registry) {
        registry.add("LACHAN_GRPC_PORT", () -> GRPC_PORT);
        registry.add("spring.grpc.client.channels.tip-service.address", () -> "static://localhost:" + GRPC_PORT);
    }

    @LocalServerPort
    int httpPort;
    @Autowired
    ApplicationContext context;

    @Test
    void aRestCallsTraceparentIsContinuedByTheServiceAndCarriedOnToItsPeer(CapturedOutput output) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + httpPort + "/api/v1/cases/VA-2025-0001"))
                .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
                .header("X-Request-Id", "req-trace-1")
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Request-Id")).contains("req-trace-1");
        Map<String, String> service = seen.get("case-service");
        Map<String, String> peer = seen.get("tip-service");
        // the service continues the caller's trace in a span of its own, and so does the peer it calls
        assertThat(service).containsEntry("traceId", TRACE_ID).containsEntry("mdcTraceId", TRACE_ID)
                .containsEntry("mdcRequestId", "req-trace-1");
        assertThat(service.get("spanId")).isNotEqualTo(CALLER_SPAN);
        assertThat(peer).containsEntry("traceId", TRACE_ID).containsEntry("mdcTraceId", TRACE_ID)
                .containsEntry("mdcRequestId", "req-trace-1");
        assertThat(peer.get("spanId")).isNotIn(CALLER_SPAN, service.get("spanId"));

        // the JSON log lines written while serving carry the ECS trace.id, span.id and http.request.id
        ObjectMapper json = new ObjectMapper();
        for (String who : new String[] {"case-service", "tip-service"}) {
            JsonNode line = output.getOut().lines().filter(l -> l.startsWith("{") && l.contains("serving as " + who))
                    .map(json::readTree).findFirst().orElseThrow(() -> new AssertionError("no log line of " + who));
            // dotted keys, as Boot renames Micrometer's traceId and spanId; Elasticsearch reads them as the ECS fields
            assertThat(line.path("trace.id").asString()).isEqualTo(TRACE_ID);
            assertThat(line.path("span.id").asString()).isEqualTo(seen.get(who).get("spanId"));
            assertThat(line.at("/http/request/id").asString()).isEqualTo("req-trace-1");
        }
    }

    @Test
    void withoutAnOtlpEndpointNoSpanLeavesTheProcess() {
        assertThat(context.getBeansOfType(SpanExporter.class)).isEmpty();
    }

    static void note(String who, Tracer tracer) {
        Span span = tracer.currentSpan();
        seen.put(who, Map.of(
                "traceId", span == null ? "" : span.context().traceId(),
                "spanId", span == null ? "" : span.context().spanId(),
                "mdcTraceId", String.valueOf(MDC.get("traceId")),
                "mdcRequestId", String.valueOf(MDC.get("http.request.id"))));
        LoggerFactory.getLogger(TracePropagationTest.class).info("serving as {}", who);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        CaseServiceGrpc.CaseServiceImplBase caseService(Tracer tracer, GrpcChannelFactory channels) {
            var tips = TipServiceGrpc.newBlockingStub(channels.createChannel("tip-service"));
            return new CaseServiceGrpc.CaseServiceImplBase() {
                @Override
                public void getCase(GetCaseRequest request, StreamObserver<Case> response) {
                    note("case-service", tracer);
                    Tip tip = tips.getTip(GetTipRequest.newBuilder().setId("T-1").build());
                    response.onNext(Case.newBuilder().setId(request.getId() + "/" + tip.getId()).build());
                    response.onCompleted();
                }
            };
        }

        @Bean
        TipServiceGrpc.TipServiceImplBase tipService(Tracer tracer) {
            return new TipServiceGrpc.TipServiceImplBase() {
                @Override
                public void getTip(GetTipRequest request, StreamObserver<Tip> response) {
                    note("tip-service", tracer);
                    response.onNext(Tip.newBuilder().setId(request.getId()).build());
                    response.onCompleted();
                }
            };
        }
    }

}
