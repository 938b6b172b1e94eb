package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.platform.test.HttpApi;

/**
 * The citizens' routes answer every caller alike: with no token, and with the token of any seed user (an officer
 * who opens the public page while signed in is a citizen there). A token never widens what a public route shows
 * (the same tip view, no officer's fields), and never narrows it either.
 */
@Tag("e2e")
class PublicAuthorizationMatrixTest {

    static final ObjectMapper json = new ObjectMapper();
    static LocalStack stack;
    /** Per caller, the tracking code and secret of the tip they filed in the first cell. */
    static final Map<String, String[]> filed = new ConcurrentHashMap<>();
    /** The tracking code of a tip none of the callers filed. */
    static String othersCode;
    /** A phone number an investigator published as a scam's, which any caller may ask to have reviewed. */
    static String publishedPhone;

    static final String TIP = """
            {"modusOperandi":"FAKE_PRIZE","narrative":"Ma trận phân quyền công khai: tin nhắn trúng thưởng giả",
             "loss":{"dong":"0"}}""";

    @BeforeAll
    static void start() {
        stack = SharedStack.get();
        var answer = SampleTips.send(() -> HttpApi.at(stack.gatewayUrl())
                .post("/api/v1/public/tips", TIP, "public-matrix-other"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        othersCode = json.readTree(answer.body()).get("trackingCode").asString();
        publishedPhone = "098" + String.format("%07d", new java.security.SecureRandom().nextInt(10_000_000));
        var published = HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken("dieutra"))
                .post("/api/v1/tips/scam-check/publications", """
                        {"type":"PHONE","value":"%s","reason":"Ma trận phân quyền công khai"}""".formatted(publishedPhone));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    }

    @TestFactory
    Stream<DynamicTest> everyCallerIsACitizenOnThePublicRoutes() throws Exception {
        List<String> callers = new ArrayList<>(RouteProofsTest.seedUsers());
        callers.add("no token");
        List<DynamicTest> tests = new ArrayList<>();
        for (String who : callers) {
            tests.add(DynamicTest.dynamicTest(who + " files a public tip → 200", () -> {
                var answer = send(who, "POST", "/api/v1/public/tips", TIP, null);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                var body = json.readTree(answer.body());
                String code = body.get("trackingCode").asString();
                String secret = body.get("secret").asString();
                assertThat(code).startsWith("LC-");
                assertThat(secret).isNotBlank();
                filed.put(who, new String[] {code, secret});
            }));
            tests.add(DynamicTest.dynamicTest(who + " follows it with its code and secret → 200", () -> {
                String[] tip = filed.get(who);
                var answer = send(who, "POST", "/api/v1/public/tips:follow",
                        "{\"trackingCode\":\"" + tip[0] + "\"}", tip[1]);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                assertThat(answer.body()).contains(tip[0]).doesNotContain("narrative", "receivingUnit", "tiepnhan");
            }));
            tests.add(DynamicTest.dynamicTest(who + " adds a message to it → 200", () -> {
                String[] tip = filed.get(who);
                var answer = send(who, "POST", "/api/v1/public/tips:add-message",
                        "{\"trackingCode\":\"" + tip[0] + "\",\"text\":\"Bổ sung: số điện thoại đã gọi lại\"}", tip[1]);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                assertThat(answer.body()).contains("Bổ sung");
            }));
            tests.add(DynamicTest.dynamicTest(who + " follows another caller's code with its own secret → 404", () -> {
                String[] mine = filed.get(who);
                var answer = send(who, "POST", "/api/v1/public/tips:follow",
                        "{\"trackingCode\":\"" + othersCode + "\"}", mine[1]);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
            }));
            tests.add(DynamicTest.dynamicTest(who + " checks a number → 200", () -> {
                var answer = send(who, "GET", "/api/v1/public/scam-check?type=PHONE&value=0912345678", null, null);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            }));
            tests.add(DynamicTest.dynamicTest(who + " reads the modus operandi a citizen may name → 200", () -> {
                var answer = send(who, "GET", "/api/v1/public/modus-operandi", null, null);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                assertThat(answer.body()).contains("FAKE_PRIZE", "labelVi").doesNotContain("\"active\":false");
            }));
            tests.add(DynamicTest.dynamicTest(who + " asks for a published number's review → 200", () -> {
                var answer = send(who, "POST", "/api/v1/public/scam-check/reviews", """
                        {"type":"PHONE","value":"%s","reason":"Số của cửa hàng chúng tôi, không lừa đảo"}"""
                        .formatted(publishedPhone), null);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                assertThat(answer.body()).contains("reviewId");
            }));
        }
        return tests.stream();
    }

    /** Sends as the caller (a seed user's token, or none), again while the public rate limits say 429. */
    static HttpResponse<String> send(String who, String method, String path, String body, String secret) {
        String token = who.equals("no token") ? null : stack.keycloak().userToken(who);
        HttpResponse<String> answer = SampleTips.send(() -> {
            var request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .header("Idempotency-Key", "public-matrix-" + UUID.randomUUID());
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (secret != null) {
                request.header("X-Tip-Secret", secret);
            }
            try {
                return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Proofs.matrix(who, method, path, answer.statusCode());
        return answer;
    }
}
