package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.platform.test.HttpApi;

/**
 * The citizens' routes through the gateway: the scam check, a review request, filing a tip, following it and writing
 * to the police with its tracking code and secret. They need no sign-in, and a sign-in changes nothing: every seed
 * user's token and no token at all get the same answer (an officer's token never stands in for a tipster's secret,
 * see TipsEndToEndTest). The gateway's public rate limits are waited out, as a citizen's browser would retry.
 */
class PublicAuthorizationMatrixTest {

    static LocalStack stack;
    static final ObjectMapper json = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A citizen's tip filed once: its tracking code and secret. */
    static String code;
    static String secret;

    record Route(String name, String path, Supplier<String> body) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route("check a number", "/api/v1/public/scam-check?type=PHONE&value=0912345678", () -> null),
            new Route("ask for a review", "/api/v1/public/scam-check/reviews",
                    () -> "{\"type\":\"PHONE\",\"value\":\"" + published() + "\",\"reason\":\"Số của tôi\"}"),
            new Route("file a tip", "/api/v1/public/tips", () -> """
                    {"modusOperandi":"FAKE_PRIZE","narrative":"Ma trận phân quyền: tin của công dân","loss":{"dong":"1"}}"""),
            new Route("follow a tip", "/api/v1/public/tips:follow", () -> "{\"trackingCode\":\"" + code + "\"}"),
            new Route("write to the police", "/api/v1/public/tips:add-message",
                    () -> "{\"trackingCode\":\"" + code + "\",\"text\":\"Ma trận phân quyền\"}"));

    @BeforeAll
    static void fileATip() {
        stack = SharedStack.get();
        JsonNode receipt = ok(send(null, "/api/v1/public/tips", ROUTES.get(2).body().get(), false));
        code = receipt.get("trackingCode").asString();
        secret = receipt.get("secret").asString();
    }

    /** A value an investigator has just published, so that a review of it may be asked. */
    static String published() {
        String value = TipAuthorizationMatrixTest.phone();
        ok(HttpApi.at(stack.gatewayUrl()).as(stack.keycloak().userToken("dieutra")).post(
                "/api/v1/tips/scam-check/publications", "{\"type\":\"PHONE\",\"value\":\"" + value + "\",\"reason\":\"Ma trận\"}"));
        return value;
    }

    @TestFactory
    Stream<DynamicTest> everyoneGetsTheSameAnswerSignedInOrNot() {
        Map<String, String> callers = new LinkedHashMap<>();
        AuthorizationMatrixTest.EXPECTED.keySet().forEach(user -> callers.put(user, user));
        callers.put("no token", null);
        List<DynamicTest> tests = new ArrayList<>();
        callers.forEach((who, user) -> {
            for (Route route : ROUTES) {
                tests.add(DynamicTest.dynamicTest(who + " " + route + " → 200", () -> {
                    String token = user == null ? null : stack.keycloak().userToken(user);
                    boolean get = route.body().get() == null;
                    var answer = send(token, route.path(), get ? null : route.body().get(), route.path().contains(":"));
                    Proofs.matrix(who, get ? "GET" : "POST", route.path(), answer.statusCode());
                    assertThat(answer.statusCode()).as(who + " " + route + ": " + answer.body()).isEqualTo(200);
                }));
            }
        });
        return tests.stream();
    }

    /** A GET ({@code body} null) or a JSON POST, with the tip's secret when {@code withSecret}, 429s waited out. */
    static HttpResponse<String> send(String token, String path, String body, boolean withSecret) {
        return SampleTips.send(() -> {
            var request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path));
            if (body == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            }
            if (withSecret) {
                request.header("X-Tip-Secret", secret);
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            try {
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    static JsonNode ok(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }
}
