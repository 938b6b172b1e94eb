package vn.lachan.cases.api;

import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.springframework.grpc.server.service.GrpcService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.lachan.cases.FreezeFeedWakeUps;
import vn.lachan.cases.FreezeRequestFeed;
import vn.lachan.cases.FreezeRequests;
import vn.lachan.cases.domain.FeedCursor;
import vn.lachan.cases.v1.FeedEventKind;
import vn.lachan.cases.v1.FreezeRequestEvent;
import vn.lachan.cases.v1.FreezeRequestFeedServiceGrpc;
import vn.lachan.cases.v1.WatchFreezeRequestsRequest;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.error.LachanGrpcExceptionHandler;
import vn.lachan.platform.security.Callers;

/**
 * The banks' feed over gRPC (server streaming; no REST route). The call is authorised and its cursor checked before the
 * stream opens, so a refused call is an ordinary error status; then a virtual thread per stream sends the bank's events
 * from PostgreSQL after the cursor, waits for the next (woken by {@link FreezeFeedWakeUps}), sends a heartbeat when
 * quiet, respects the client's flow control, and ends the stream when the token expires (UNAUTHENTICATED) or the
 * service stops (UNAVAILABLE).
 */
@GrpcService
public class FreezeRequestFeedGrpcService extends FreezeRequestFeedServiceGrpc.FreezeRequestFeedServiceImplBase {

    private final FreezeRequestFeed feed;
    private final FreezeRequests requests;
    private final LachanGrpcExceptionHandler errors;
    private final Clock clock;

    public FreezeRequestFeedGrpcService(FreezeRequestFeed feed, FreezeRequests requests, LachanGrpcExceptionHandler errors,
                                        Clock clock) {
        this.feed = feed;
        this.requests = requests;
        this.errors = errors;
        this.clock = clock;
    }

    @Override
    public void watchFreezeRequests(WatchFreezeRequestsRequest request, StreamObserver<FreezeRequestEvent> response) {
        var watch = feed.watch(Callers.current(), request.getAfter());
        var call = (ServerCallStreamObserver<FreezeRequestEvent>) response;
        var stream = new Stream(watch, call, tokenExpiry());
        call.setOnCancelHandler(stream::cancel);
        call.setOnReadyHandler(stream::ready);
        feed.wakeUps().opened();
        stream.thread = Thread.ofVirtual().name("freeze-feed-" + watch.bank())
                .start(Context.current().wrap(stream::run));
    }

    static FeedEventKind kind(vn.lachan.cases.domain.FeedEventKind kind) {
        return switch (kind) {
            case REQUEST_SENT -> FeedEventKind.FEED_EVENT_KIND_REQUEST_SENT;
            case RELEASE_ORDERED -> FeedEventKind.FEED_EVENT_KIND_RELEASE_ORDERED;
        };
    }

    /** When the caller's token expires: the stream ends then, and the bank connects again with a fresh one. */
    private static Instant tokenExpiry() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                && token.getToken().getExpiresAt() != null) {
            return token.getToken().getExpiresAt();
        }
        return Instant.MAX;
    }

    private final class Stream {

        private final FreezeRequestFeed.Watch watch;
        private final ServerCallStreamObserver<FreezeRequestEvent> call;
        private final Instant expires;
        private volatile boolean cancelled;
        volatile Thread thread;

        Stream(FreezeRequestFeed.Watch watch, ServerCallStreamObserver<FreezeRequestEvent> call, Instant expires) {
            this.watch = watch;
            this.call = call;
            this.expires = expires;
        }

        void cancel() {
            cancelled = true;
            wake();
            feed.wakeUps().nudge();
        }

        void ready() {
            wake();
        }

        private void wake() {
            Thread waiting = thread;
            if (waiting != null) {
                LockSupport.unpark(waiting);
            }
        }

        void run() {
            try {
                serve();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                end(Status.UNAVAILABLE.withDescription("The feed stopped; connect again with your cursor."));
            } catch (Throwable failure) {
                if (!cancelled) {
                    StatusException status = errors.handleException(failure);
                    end(status == null ? Status.INTERNAL : status.getStatus());
                }
            } finally {
                feed.wakeUps().closed();
            }
        }

        private void serve() throws InterruptedException {
            FeedCursor cursor = watch.from();
            long lastSent = System.nanoTime();
            Duration heartbeat = feed.heartbeatEvery();
            while (!cancelled) {
                if (!clock.instant().isBefore(expires)) {
                    end(Status.UNAUTHENTICATED.withDescription(
                            "The token expired; connect again with a new token and your cursor."));
                    return;
                }
                if (feed.wakeUps().stopping()) {
                    end(Status.UNAVAILABLE.withDescription(
                            "The service is stopping; connect again with your cursor."));
                    return;
                }
                var batch = feed.next(watch, cursor);
                for (var delivery : batch) {
                    if (!sendable()) {
                        return;
                    }
                    call.onNext(FreezeRequestEvent.newBuilder()
                            .setCursor(delivery.event().cursor().text())
                            .setKind(kind(delivery.event().kind()))
                            .setOccurredAt(ProtoTime.timestamp(delivery.event().occurredAt()))
                            .setFreezeRequestId(delivery.event().freezeRequestId().toString())
                            .setReleaseOrderId(delivery.event().releaseOrderId() == null ? ""
                                    : delivery.event().releaseOrderId().toString())
                            .setFreezeRequest(FreezeRequestTranslator.message(delivery.request(), requests.clocks(),
                                    requests.now()))
                            .build());
                    cursor = delivery.event().cursor();
                    lastSent = System.nanoTime();
                }
                if (!batch.isEmpty()) {
                    continue;
                }
                Duration quiet = Duration.ofNanos(System.nanoTime() - lastSent);
                Duration untilHeartbeat = heartbeat.minus(quiet);
                Duration untilExpiry = Duration.between(clock.instant(), expires);
                Duration wait = untilHeartbeat.compareTo(untilExpiry) < 0 ? untilHeartbeat : untilExpiry;
                var woke = wait.isNegative() || wait.isZero() ? FreezeFeedWakeUps.Wake.QUIET
                        : feed.await(watch, cursor, wait, () -> cancelled);
                if (woke == FreezeFeedWakeUps.Wake.QUIET && System.nanoTime() - lastSent >= heartbeat.toNanos()
                        && call.isReady() && !cancelled) {
                    call.onNext(FreezeRequestEvent.newBuilder()
                            .setKind(FeedEventKind.FEED_EVENT_KIND_HEARTBEAT)
                            .setOccurredAt(ProtoTime.timestamp(clock.instant()))
                            .build());
                    lastSent = System.nanoTime();
                }
            }
        }

        /** Waits while the client reads slower than the feed sends (gRPC flow control); false once it is gone. */
        private boolean sendable() {
            while (!call.isReady()) {
                if (cancelled) {
                    return false;
                }
                if (feed.wakeUps().stopping()) {
                    break; // the loop ends the stream after this event
                }
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            }
            return !cancelled;
        }

        private void end(Status status) {
            if (!cancelled) {
                try {
                    call.onError(status.asRuntimeException());
                } catch (IllegalStateException alreadyClosed) {
                    // the call ended meanwhile
                }
            }
        }
    }
}
