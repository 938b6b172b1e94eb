package vn.lachan.platform.peer;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import vn.lachan.platform.error.GrpcErrors;
import vn.lachan.platform.error.UnavailableException;

/**
 * Every call to a peer service: a deadline when the caller set none (a call inside a served request also keeps
 * that request's own deadline, which grpc-java carries over), and, when the peer cannot be reached or does not
 * answer in time, a clear UNAVAILABLE naming it in Vietnamese and English instead of a transport message —
 * which the calling service passes on to its own caller as it is.
 */
public class PeerCalls implements ClientInterceptor {

    private final Duration deadline;

    public PeerCalls(Duration deadline) {
        this.deadline = deadline;
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        CallOptions bounded = options.getDeadline() == null
                ? options.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS) : options;
        String peer = peerName(next.authority(), method);
        return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, bounded)) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                super.start(new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
                    @Override
                    public void onClose(Status status, Metadata trailers) {
                        if (unreachable(status, trailers)) {
                            StatusException clear = GrpcErrors.toStatus(new UnavailableException(peer, status.asException()));
                            super.onClose(clear.getStatus().withCause(status.getCause()), clear.getTrailers());
                        } else {
                            super.onClose(status, trailers);
                        }
                    }
                }, headers);
            }
        };
    }

    /** The peer did not answer: no connection, or no answer in time; a peer's own UNAVAILABLE answer is kept. */
    static boolean unreachable(Status status, Metadata trailers) {
        boolean answered = trailers != null && trailers.containsKey(GrpcErrors.STATUS_DETAILS);
        return !answered && (status.getCode() == Status.Code.UNAVAILABLE
                || status.getCode() == Status.Code.DEADLINE_EXCEEDED);
    }

    /** "case-service" from the channel's authority (case-service-grpc:9090), else the contract's service name. */
    static String peerName(String authority, MethodDescriptor<?, ?> method) {
        String host = authority == null ? "" : authority.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
        host = host.replaceFirst("\\..*$", "").replaceFirst("-grpc$", "");
        if (host.matches("[a-z][a-z0-9-]*-service")) {
            return host;
        }
        String service = method.getServiceName() == null ? "" : method.getServiceName();
        return service.substring(service.lastIndexOf('.') + 1);
    }
}
