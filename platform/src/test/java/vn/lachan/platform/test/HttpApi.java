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

    private final String baseUrl;
    private final String token;

    private HttpApi(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public static HttpApi at(String baseUrl) {
        return new HttpApi(baseUrl, null);
    }

    public static HttpApi at(int port) {
        return at("http://localhost:" + port);
    }

    /** The same API called with {@code token} as the bearer token (null: no token). */
    public HttpApi as(String bearerToken) {
        return new HttpApi(baseUrl, bearerToken);
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

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
