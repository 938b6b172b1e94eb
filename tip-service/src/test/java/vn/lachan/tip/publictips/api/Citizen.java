package vn.lachan.tip.publictips.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import vn.lachan.tip.v1.PublicTipView;
import vn.lachan.tip.v1.SubmitPublicTipResponse;

/** A citizen on the public REST API: no token; the tip's secret, when following it, in the X-Tip-Secret header. */
public final class Citizen {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String baseUrl;

    public Citizen(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** Files a tip; {@code headers} such as User-Agent go along as a browser would send them. */
    public HttpResponse<String> submit(String json, String idempotencyKey, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/public/tips"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        headers.forEach(request::header);
        return send(request);
    }

    public SubmitPublicTipResponse submitted(String json) {
        var answer = submit(json, null, Map.of());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return parse(answer, SubmitPublicTipResponse.newBuilder());
    }

    public HttpResponse<String> follow(String trackingCode, String secret) {
        // the code in the body, never in the URL that proxies log
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/public/tips:follow"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"trackingCode\":\"" + json(trackingCode) + "\"}"));
        if (secret != null) {
            request.header("X-Tip-Secret", secret);
        }
        return send(request);
    }

    public PublicTipView followed(String trackingCode, String secret) {
        var answer = follow(trackingCode, secret);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return parse(answer, PublicTipView.newBuilder());
    }

    public HttpResponse<String> addMessage(String trackingCode, String secret, String text, String idempotencyKey) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/public/tips:add-message"))
                .header("Content-Type", "application/json")
                .header("X-Tip-Secret", secret)
                .POST(HttpRequest.BodyPublishers.ofString("{\"trackingCode\":\"" + json(trackingCode) + "\",\"text\":\""
                        + text + "\"}"));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** The secret as gRPC metadata, as a gRPC client of the public API sends it. */
    public static ClientInterceptor secret(String secret) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("x-tip-secret", Metadata.ASCII_STRING_MARSHALLER), secret);
        return MetadataUtils.newAttachHeadersInterceptor(headers);
    }

    @SuppressWarnings("unchecked")
    public static <T extends Message> T parse(HttpResponse<String> answer, Message.Builder builder) {
        try {
            JsonFormat.parser().merge(answer.body(), builder);
            return (T) builder.build();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(answer.body(), e);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
