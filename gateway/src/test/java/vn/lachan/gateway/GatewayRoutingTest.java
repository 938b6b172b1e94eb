package vn.lachan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lachan.platform.test.LocalRedis;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * The gateway in front of small upstream HTTP servers standing in for the services, with a real Redis
 * for rate limits. (The whole platform behind the gateway is exercised by devstack's end-to-end test.)
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_MANAGEMENT_PORT=0", "LACHAN_RATE_PER_SECOND=1", "LACHAN_RATE_BURST=5"})
class GatewayRoutingTest {

    static final Map<String, HttpServer> upstreams = new ConcurrentHashMap<>();
    static final List<String> seen = new CopyOnWriteArrayList<>();
    static final AtomicInteger failuresLeft = new AtomicInteger();
    static final int deadPort = LocalRedis.freePort();

    @LocalServerPort
    int port;
    final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) throws IOException {
        registry.add("LACHAN_TIP_SERVICE_URL", () -> url(upstream("tip-service")));
        registry.add("LACHAN_CASE_SERVICE_URL", () -> url(upstream("case-service")));
        registry.add("LACHAN_REPORT_SERVICE_URL", () -> url(upstream("report-service")));
        registry.add("LACHAN_BUDGET_SERVICE_URL", () -> "http://localhost:" + deadPort);
    }

    static synchronized HttpServer upstream(String name) {
        return upstreams.computeIfAbsent(name, n -> {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/", exchange -> {
                    seen.add(n + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI()
                            + " id=" + exchange.getRequestHeaders().getFirst("X-Request-Id")
                            + " traceparent=" + exchange.getRequestHeaders().getFirst("traceparent"));
                    int status = failuresLeft.getAndUpdate(f -> Math.max(0, f - 1)) > 0 ? 503 : 200;
                    byte[] body = ("{\"from\":\"" + n + "\"}").getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(status, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
                server.start();
                return server;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        upstreams.values().forEach(s -> s.stop(0));
    }

    @BeforeEach
    void reset() {
        seen.clear();
        failuresLeft.set(0);
    }

    @Test
    void eachApiPathReachesItsService() throws Exception {
        assertThat(get("/api/v1/tips/abc", "10.0.0.1").body()).contains("tip-service");
        assertThat(get("/api/v1/cases", "10.0.0.1").body()).contains("case-service");
        assertThat(get("/api/v1/reports/r1", "10.0.0.1").body()).contains("report-service");
        assertThat(seen).allSatisfy(line -> assertThat(line).doesNotContain("id=null"));
    }

    @Test
    void theCallersTraceIsContinuedAndCarriedToTheService() throws Exception {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        var answer = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/c1"))
                .header("X-Forwarded-For", "10.0.0.9")
                .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01"));
        assertThat(answer.statusCode()).isEqualTo(200);
        // the same trace, with the gateway's own span as the service's parent
        assertThat(seen).singleElement().asString()
                .containsPattern("traceparent=00-" + trace + "-[0-9a-f]{16}-01")
                .doesNotContain("00f067aa0ba902b7");

        seen.clear();
        send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/c2"))
                .header("X-Forwarded-For", "10.0.0.9"));
        // a caller without a trace starts one here, which the service continues
        assertThat(seen).singleElement().asString().containsPattern("traceparent=00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    @Test
    void aFailedReadIsRetriedButAFailedWriteIsNot() throws Exception {
        failuresLeft.set(1);
        var read = get("/api/v1/tips/abc", "10.0.0.2");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(seen).hasSize(2);

        seen.clear();
        failuresLeft.set(1);
        var write = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tips"))
                .header("X-Forwarded-For", "10.0.0.2")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(write.statusCode()).isEqualTo(503);
        assertThat(seen).hasSize(1);
    }

    @Test
    void anUnreachableServiceAnswersAProblemInVietnameseAndEnglish() throws Exception {
        var answer = get("/api/v1/budget/lines", "10.0.0.3");
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("budget-service", "tạm thời không phản hồi", "unavailable");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theGatewaysOwnLogLineOfARequestCarriesItsRequestIdAndTrace(CapturedOutput output) throws Exception {
        String id = "log-check-" + UUID.randomUUID();
        var answer = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/budget/lines"))
                .header("X-Forwarded-For", "10.0.0.5").header("X-Request-Id", id).GET());
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(output.getOut().lines().filter(line -> line.contains("budget-service did not answer")))
                .as("the warning logged for the unreachable service")
                .anySatisfy(line -> assertThat(line).contains(id).contains("trace.id"));
    }

    @Test
    void aCallerOverItsRateIsToldToSlowDown() throws Exception {
        int limited = 0;
        for (int i = 0; i < 12; i++) {
            if (get("/api/v1/cases", "10.0.0.4").statusCode() == 429) {
                limited++;
            }
        }
        assertThat(limited).isGreaterThan(0);
    }

    @Test
    void thePortalIsServedAtTheRoot() throws Exception {
        var page = get("/", "10.0.0.5");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Lá Chắn");
    }

    HttpResponse<String> get(String path, String forwardedFor) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", forwardedFor).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
