package vn.lachan.devstack.k8s;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;

/**
 * One probe of a container as the kubelet runs it, against a process on this machine: {@code httpGet}
 * (expects 200), {@code grpc} (the standard {@code grpc.health.v1.Health/Check}, expects SERVING) or
 * {@code tcpSocket}. Kubernetes' defaults apply to the fields the manifest leaves out.
 */
record Probe(String kind, Map<String, Object> spec, Map<String, Object> container) {

    static final List<String> KINDS = List.of("startupProbe", "readinessProbe", "livenessProbe");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    /** The probes of a container, in the order the kubelet starts them. */
    static List<Probe> of(Map<String, Object> container) {
        List<Probe> probes = new ArrayList<>();
        for (String kind : KINDS) {
            Map<String, Object> spec = Tree.map(container, kind);
            if (!spec.isEmpty()) {
                probes.add(new Probe(kind, spec, container));
            }
        }
        return probes;
    }

    /** The answer of one attempt: passed, or why not. */
    record Answer(boolean passed, String detail) {
    }

    int periodSeconds() {
        return Objects.requireNonNullElse(Tree.integer(spec, "periodSeconds"), 10);
    }

    int failureThreshold() {
        return Objects.requireNonNullElse(Tree.integer(spec, "failureThreshold"), 3);
    }

    int initialDelaySeconds() {
        return Objects.requireNonNullElse(Tree.integer(spec, "initialDelaySeconds"), 0);
    }

    int timeoutSeconds() {
        return Objects.requireNonNullElse(Tree.integer(spec, "timeoutSeconds"), 1);
    }

    /** How long the kubelet lets this probe fail before it gives up on the container. */
    Duration budget() {
        return Duration.ofSeconds(initialDelaySeconds() + (long) failureThreshold() * periodSeconds());
    }

    String handler() {
        return Tree.has(spec, "httpGet") ? "httpGet" : Tree.has(spec, "grpc") ? "grpc"
                : Tree.has(spec, "tcpSocket") ? "tcpSocket" : Tree.has(spec, "exec") ? "exec" : "none";
    }

    /** The container port the probe calls; a name is looked up among the container's ports. */
    int port() {
        Object port = Tree.get(spec, handler(), "port");
        if (port instanceof Number number) {
            return number.intValue();
        }
        String name = String.valueOf(port);
        if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(name);
        }
        return Tree.maps(container, "ports").stream()
                .filter(p -> name.equals(Tree.string(p, "name")))
                .map(p -> Tree.integer(p, "containerPort"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("container " + Tree.string(container, "name") + ": " + kind
                        + " " + handler() + " names port '" + name
                        + "', which the container does not declare (ports: " + Tree.get(container, "ports") + ")"));
    }

    /** What is probed, the way a failure message names it. */
    String target() {
        Object port = Tree.get(spec, handler(), "port");
        String named = port instanceof String name && !name.chars().allMatch(Character::isDigit)
                ? " (port '" + name + "' = " + port() + ")" : "";
        return switch (handler()) {
            case "httpGet" -> "httpGet " + url() + named;
            case "grpc" -> "grpc localhost:" + port() + " service '" + grpcService() + "'";
            case "tcpSocket" -> "tcpSocket localhost:" + port() + named;
            default -> handler() + " " + spec;
        };
    }

    private URI url() {
        String scheme = Objects.requireNonNullElse(Tree.string(spec, "httpGet", "scheme"), "HTTP");
        String path = Objects.requireNonNullElse(Tree.string(spec, "httpGet", "path"), "/");
        return URI.create(scheme.toLowerCase(java.util.Locale.ROOT) + "://localhost:" + port()
                + (path.startsWith("/") ? path : "/" + path));
    }

    private String grpcService() {
        return Objects.requireNonNullElse(Tree.string(spec, "grpc", "service"), "");
    }

    /** One attempt, with the probe's own timeout. */
    Answer attempt() {
        return switch (handler()) {
            case "httpGet" -> http();
            case "grpc" -> grpc();
            case "tcpSocket" -> accepts(port(), Duration.ofSeconds(timeoutSeconds()))
                    ? new Answer(true, "connected") : new Answer(false, "connection refused");
            default -> throw new AssertionError("container " + Tree.string(container, "name") + ": " + kind + ": "
                    + handler()
                    + " probes cannot be run outside a container; use httpGet, grpc or tcpSocket");
        };
    }

    private Answer http() {
        if (!"HTTP".equalsIgnoreCase(Objects.requireNonNullElse(Tree.string(spec, "httpGet", "scheme"), "HTTP"))) {
            throw new AssertionError("container " + Tree.string(container, "name") + ": " + kind
                    + ": only scheme HTTP is supported here, not " + spec);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url())
                .timeout(Duration.ofSeconds(timeoutSeconds()))
                .header("User-Agent", "kube-probe/1.32")
                .header("Accept", "*/*")
                .GET();
        for (Map<String, Object> header : Tree.maps(spec, "httpGet", "httpHeaders")) {
            request.setHeader(Tree.string(header, "name"), Tree.string(header, "value"));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body().length() > 300 ? response.body().substring(0, 300) + "…" : response.body();
            return new Answer(response.statusCode() == 200, "HTTP " + response.statusCode() + " " + body.strip());
        } catch (IOException e) {
            return new Answer(false, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Answer grpc() {
        ManagedChannel channel = Grpc.newChannelBuilderForAddress("localhost", port(), InsecureChannelCredentials.create())
                .build();
        try {
            HealthCheckResponse response = HealthGrpc.newBlockingStub(channel)
                    .withDeadlineAfter(timeoutSeconds(), TimeUnit.SECONDS)
                    .check(HealthCheckRequest.newBuilder().setService(grpcService()).build());
            return new Answer(response.getStatus() == HealthCheckResponse.ServingStatus.SERVING,
                    "status " + response.getStatus());
        } catch (StatusRuntimeException e) {
            return new Answer(false, e.getStatus().getCode() + (e.getStatus().getDescription() == null ? ""
                    : ": " + e.getStatus().getDescription())
                    + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
        } finally {
            channel.shutdownNow();
        }
    }

    /** Whether an HTTP server answers on localhost:port, with any status. */
    static boolean speaksHttp(int port) {
        try {
            HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).timeout(Duration.ofSeconds(3))
                    .header("User-Agent", "kube-probe/1.32").GET().build(), HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Whether something accepts TCP connections on localhost:port. */
    static boolean accepts(int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), (int) timeout.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
