package vn.lachan.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls a service's REST API as an outside system would: JSON, an optional bearer token and Idempotency-Key. */
public final class HttpApi {

    /**
     * Timeouts: one lost answer fails its test after {@link #ANSWER_WITHIN} instead of holding the whole suite (a
     * full run once hung 25 minutes on one request the gateway had accepted and never answered).
     */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(java.time.Duration.ofSeconds(10)).build();
    static final java.time.Duration ANSWER_WITHIN = java.time.Duration.ofMinutes(2);

    /** How long a patient caller waits out the gateway's rate limit before it gives up and returns the 429. */
    static final java.time.Duration WAIT_OUT_LIMITS_FOR = java.time.Duration.ofSeconds(30);

    private final String baseUrl;
    private final String token;
    private final boolean patient;

    private HttpApi(String baseUrl, String token, boolean patient) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.patient = patient;
    }

    public static HttpApi at(String baseUrl) {
        return new HttpApi(baseUrl, null, false);
    }

    public static HttpApi at(int port) {
        return at("http://localhost:" + port);
    }

    /** The same API called with {@code token} as the bearer token (null: no token). */
    public HttpApi as(String bearerToken) {
        return new HttpApi(baseUrl, bearerToken, patient);
    }

    /**
     * The same API for a test that makes many calls as one user and does not test the rate limit: a 429 is waited
     * out (a second at a time, at most {@link #WAIT_OUT_LIMITS_FOR}) and the same request sent again, so the answer
     * is the one the rules give, not the one the limit gives. A run that only fits by being slower than the limit
     * stays correct on a fast machine.
     */
    public HttpApi waitingOutRateLimits() {
        return new HttpApi(baseUrl, token, true);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A GET whose answer is a file (a document, a workbook): its bytes as sent. */
    public HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, String json) {
        return post(path, json, null);
    }

    public HttpResponse<String> post(String path, String json, String idempotencyKey) {
        var request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    public HttpResponse<String> send(String method, String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(ANSWER_WITHIN);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            HttpRequest built = request.build();
            HttpResponse<T> answer = HTTP.send(built, body);
            long giveUpAt = System.nanoTime() + WAIT_OUT_LIMITS_FOR.toNanos();
            while (patient && answer.statusCode() == 429 && System.nanoTime() < giveUpAt) {
                Thread.sleep(1000); // the limit gives back its rate every second
                answer = HTTP.send(built, body);
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
