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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * Citizens' routes keep citizens anonymous: separate limits for filing, following and checking, counted by a
 * keyed hash of the address (never the address) in a real Redis; no address forwarded to the service; a circuit
 * breaker of their own; and starting logins, the one way to make the gateway keep a session for nobody, bounded.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_MANAGEMENT_PORT=0", "LACHAN_PUBLIC_FILE_RATE_PER_SECOND=1", "LACHAN_PUBLIC_FILE_RATE_BURST=2",
                "LACHAN_PUBLIC_FOLLOW_RATE_PER_SECOND=1", "LACHAN_PUBLIC_FOLLOW_RATE_BURST=2",
                "LACHAN_PUBLIC_RATE_PER_SECOND=1", "LACHAN_PUBLIC_RATE_BURST=2",
                "LACHAN_LOGIN_RATE_PER_SECOND=1", "LACHAN_LOGIN_RATE_BURST=3"})
class PublicRoutesTest {

    static final List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
    static final HttpServer tipService = upstream();

    @LocalServerPort
    int port;
    @Autowired
    ReactiveStringRedisTemplate redis;
    @Autowired
    RouteDefinitionLocator routes;
    final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("LACHAN_TIP_SERVICE_URL", () -> "http://127.0.0.1:" + tipService.getAddress().getPort());
    }

    static HttpServer upstream() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                Map<String, String> request = new java.util.HashMap<>();
                request.put("path", exchange.getRequestURI().getPath());
                exchange.getRequestHeaders().forEach((name, values) -> request.put(name.toLowerCase(), String.join(",", values)));
                seen.add(request);
                byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        tipService.stop(0);
    }

    HttpResponse<String> post(String path, String address) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", address).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String address) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", address).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    int limited(int calls, Call call) throws Exception {
        int limited = 0;
        for (int i = 0; i < calls; i++) {
            if (call.send().statusCode() == 429) {
                limited++;
            }
        }
        return limited;
    }

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    @Test
    void filingFollowingAndCheckingHaveTheirOwnLimitsAndNoAddressReachesRedisOrTheService() throws Exception {
        String address = "10.77.1.9";
        assertThat(limited(6, () -> post("/api/v1/public/tips", address))).isGreaterThan(0);
        // the filing limit is spent; following and checking are counted apart
        assertThat(post("/api/v1/public/tips:follow", address).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/public/scam-check?type=PHONE&value=0912345678", address).statusCode()).isEqualTo(200);
        assertThat(limited(6, () -> post("/api/v1/public/tips:follow", address))).isGreaterThan(0);

        assertThat(redis.keys("*10.77.1.9*").collectList().block()).isEmpty();
        assertThat(redis.keys("request_rate_limiter.{*tip-service-public-file*address:*}.*").collectList().block()).isNotEmpty();
        assertThat(redis.keys("request_rate_limiter.{*tip-service-public-follow*address:*}.*").collectList().block()).isNotEmpty();
        assertThat(seen).isNotEmpty().allSatisfy(request -> {
            assertThat(request).doesNotContainKeys("x-forwarded-for", "forwarded", "x-real-ip");
            assertThat(request.values()).noneMatch(value -> value.contains("10.77.1.9"));
        });
    }

    @Test
    void publicRoutesHaveACircuitBreakerApartFromTheOfficers() {
        Map<String, String> breakers = new java.util.HashMap<>();
        routes.getRouteDefinitions().toStream().forEach(route -> route.getFilters().stream()
                .filter(f -> f.getName().equals("CircuitBreaker"))
                .forEach(f -> breakers.put(route.getId(), f.getArgs().get("name"))));
        assertThat(breakers).containsEntry("tip-service-public-file", "tip-service-public")
                .containsEntry("tip-service-public-follow", "tip-service-public")
                .containsEntry("tip-service-public-check", "tip-service-public")
                .containsEntry("tip-service", "tip-service");
    }

    @Test
    void startingLoginsIsBoundedPerAddressAndTheirSessionsAreShortLived() throws Exception {
        String address = "10.77.2.3";
        List<String> existing = redis.keys("lachan:gateway:session:sessions:*").collectList().block();
        long before = sessions();
        int limited = limited(10, () -> get("/oauth2/authorization/keycloak", address));
        assertThat(limited).isGreaterThan(0);
        assertThat(sessions() - before).isLessThanOrEqualTo(10 - limited);
        // the sessions these logins started (other tests' signed-in sessions in the same Redis live longer)
        List<String> keys = new java.util.ArrayList<>(redis.keys("lachan:gateway:session:sessions:*").collectList().block());
        keys.removeAll(existing);
        assertThat(keys).isNotEmpty();
        for (String key : keys) {
            Duration ttl = redis.getExpire(key).block();
            assertThat(ttl).as(key).isLessThanOrEqualTo(Duration.ofMinutes(10));
        }
        // another address still gets in
        assertThat(get("/oauth2/authorization/keycloak", "10.77.2.4").statusCode()).isEqualTo(302);
    }

    long sessions() {
        return redis.keys("lachan:gateway:session:sessions:*").count().block();
    }
}
