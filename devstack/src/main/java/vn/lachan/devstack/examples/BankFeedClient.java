package vn.lachan.devstack.examples;

import io.grpc.ClientInterceptor;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lachan.cases.v1.Acknowledge;
import vn.lachan.cases.v1.FeedEventKind;
import vn.lachan.cases.v1.FreezeRequest;
import vn.lachan.cases.v1.FreezeRequestEvent;
import vn.lachan.cases.v1.FreezeRequestFeedServiceGrpc;
import vn.lachan.cases.v1.FreezeRequestServiceGrpc;
import vn.lachan.cases.v1.FreezeStatus;
import vn.lachan.cases.v1.GetFreezeRequestRequest;
import vn.lachan.cases.v1.RespondToFreezeRequestRequest;
import vn.lachan.cases.v1.WatchFreezeRequestsRequest;

/**
 * A bank's system receiving freeze requests (README, "For banks' systems"), runnable against the local stack:
 * <pre>
 * java -cp devstack/target/devstack-*.jar:… vn.lachan.devstack.examples.BankFeedClient \
 *     http://localhost:8180/realms/lachan localhost:9120 integration-bank-vcb integration-bank-vcb-dev-secret bank.cursor
 * </pre>
 * It gets a token with its client credentials, opens its bank's feed ({@code WatchFreezeRequests}) after the cursor kept
 * in a file, acknowledges each new request at once over the API ({@code RespondToFreezeRequest}), and stores the event's
 * cursor only after answering it. A real system then holds the money in its core banking and answers {@code hold} (or
 * {@code reject}); on a release order it releases and answers {@code ReportFreezeReleased}: this example only logs
 * those. When the stream ends it connects again: with a new token when the old one expired, after a pause (1 s,
 * doubling to 30 s) when the service was away. An event seen twice (its cursor not stored before a crash) is harmless: a
 * request no longer REQUESTED is not acknowledged again.
 */
public final class BankFeedClient implements AutoCloseable {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    /** What the client did with an event; for logs, and for the test that runs it. */
    public record Handled(FreezeRequestEvent event, String outcome) {
    }

    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final Path cursorFile;
    private final ManagedChannel channel;
    private final Consumer<Handled> handled;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile boolean stopped;

    /**
     * @param issuer     the realm's address, e.g. {@code https://sso.example.vn/realms/lachan}
     * @param target     case-service's gRPC address, e.g. {@code localhost:9120}
     * @param cursorFile where the last processed event's cursor is kept across restarts
     */
    public BankFeedClient(String issuer, String target, String clientId, String clientSecret, Path cursorFile,
                          Consumer<Handled> handled) {
        this.tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.cursorFile = cursorFile;
        this.handled = handled;
        // plaintext for the local stack; a bank reaches the platform over TLS (drop usePlaintext)
        this.channel = ManagedChannelBuilder.forTarget(target).usePlaintext()
                // pings keep the connection and any proxy on the way alive; the service allows one every 20 s
                .keepAliveTime(30, TimeUnit.SECONDS).keepAliveTimeout(20, TimeUnit.SECONDS)
                .build();
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: BankFeedClient <issuer> <grpc target> <client id> <client secret> <cursor file>");
            System.exit(2);
        }
        try (var client = new BankFeedClient(args[0], args[1], args[2], args[3], Path.of(args[4]),
                h -> System.out.println(h.event().getKind() + " " + h.event().getFreezeRequestId() + " cursor "
                        + h.event().getCursor() + ": " + h.outcome()))) {
            Runtime.getRuntime().addShutdownHook(new Thread(client::close));
            client.run();
        }
    }

    /** Watches and answers until {@link #close()}. */
    public void run() throws InterruptedException {
        Duration pause = Duration.ofSeconds(1);
        String token = null;
        while (!stopped) {
            try {
                if (token == null) {
                    token = token();
                }
                watch(token);
            } catch (StatusRuntimeException ended) {
                if (stopped) {
                    return;
                }
                if (ended.getStatus().getCode() == Status.Code.UNAUTHENTICATED) {
                    token = null; // expired: a new one, and on at once
                    continue;
                }
                if (ended.getStatus().getCode() == Status.Code.PERMISSION_DENIED
                        || ended.getStatus().getCode() == Status.Code.INVALID_ARGUMENT) {
                    throw ended; // not a bank client, or a cursor file that is not ours: a person must look
                }
                pauseFor(pause);
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
                        : pause.multipliedBy(2);
                continue;
            } catch (UncheckedIOException | IllegalStateException keycloakAway) {
                pauseFor(pause);
                continue;
            }
            pause = Duration.ofSeconds(1);
        }
    }

    private void watch(String token) {
        ClientInterceptor bearer = MetadataUtils.newAttachHeadersInterceptor(bearer(token));
        var feed = FreezeRequestFeedServiceGrpc.newBlockingStub(channel).withInterceptors(bearer);
        var api = FreezeRequestServiceGrpc.newBlockingStub(channel).withInterceptors(bearer);
        Iterator<FreezeRequestEvent> events = feed.watchFreezeRequests(
                WatchFreezeRequestsRequest.newBuilder().setAfter(cursor()).build());
        while (!stopped && events.hasNext()) {
            FreezeRequestEvent event = events.next();
            if (event.getKind() == FeedEventKind.FEED_EVENT_KIND_HEARTBEAT) {
                continue;
            }
            String outcome = handle(event, api);
            saveCursor(event.getCursor()); // only once answered: a crash before this sees the event again
            handled.accept(new Handled(event, outcome));
        }
    }

    /** Answers one event; what was done. */
    private static String handle(FreezeRequestEvent event, FreezeRequestServiceGrpc.FreezeRequestServiceBlockingStub api) {
        FreezeRequest request = event.getFreezeRequest();
        if (event.getKind() == FeedEventKind.FEED_EVENT_KIND_RELEASE_ORDERED) {
            return "release order " + event.getReleaseOrderId() + " to execute, then ReportFreezeReleased";
        }
        if (request.getStatus() != FreezeStatus.REQUESTED) {
            return "already " + request.getStatus(); // answered before (by us or by an officer): nothing to do
        }
        var deadline = api.withDeadlineAfter(10, TimeUnit.SECONDS);
        try {
            deadline.respondToFreezeRequest(RespondToFreezeRequestRequest.newBuilder().setId(request.getId())
                    .setAcknowledge(Acknowledge.getDefaultInstance()).build());
            return "acknowledged";
        } catch (StatusRuntimeException refused) {
            // answered meanwhile, or our first attempt went through before its answer was lost: read how it stands
            var now = deadline.getFreezeRequest(GetFreezeRequestRequest.newBuilder().setId(request.getId()).build());
            if (now.getStatus() != FreezeStatus.REQUESTED) {
                return "already " + now.getStatus();
            }
            throw refused;
        }
    }

    private String token() {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        try {
            var answer = http.send(HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(answer.body());
            if (answer.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("Keycloak refused a token: " + answer.statusCode());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Metadata bearer(String token) {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + token);
        return headers;
    }

    /** The last processed event's cursor; empty (the feed's start) the first time. */
    String cursor() {
        try {
            return Files.exists(cursorFile) ? Files.readString(cursorFile).strip() : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Written whole or not at all: a crash never leaves half a cursor. */
    private void saveCursor(String cursor) {
        try {
            Path next = cursorFile.resolveSibling(cursorFile.getFileName() + ".next");
            Files.writeString(next, cursor);
            Files.move(next, cursorFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pauseFor(Duration pause) throws InterruptedException {
        if (!stopped) {
            Thread.sleep(pause);
        }
    }

    @Override
    public void close() {
        stopped = true;
        channel.shutdownNow();
    }
}
