package vn.lachan.platform.test;

import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

/**
 * For stand-in peers in tests: keeps the authorization header a call carried in {@code current} while the stand-in
 * answers it, so the stand-in can record or check whose token the calling service forwarded.
 */
public final class CallerAuthorization {

    public static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private CallerAuthorization() {
    }

    public static ServerInterceptor keptIn(ThreadLocal<String> current) {
        return new ServerInterceptor() {
            @Override
            public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                               ServerCallHandler<Q, R> next) {
                String value = headers.get(AUTHORIZATION);
                return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {
                    @Override
                    public void onHalfClose() {
                        current.set(value);
                        try {
                            super.onHalfClose();
                        } finally {
                            current.remove();
                        }
                    }
                };
            }
        };
    }
}
