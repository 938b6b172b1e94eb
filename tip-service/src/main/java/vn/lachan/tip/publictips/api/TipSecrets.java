package vn.lachan.tip.publictips.api;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.stereotype.Component;

/**
 * Hands a public tip's secret from the gRPC metadata {@code x-tip-secret} (the REST header {@code X-Tip-Secret},
 * which the platform's bridge forwards) to the call. A header, not a field: it stays out of URLs and their logs.
 */
@Component
@GlobalServerInterceptor
class TipSecrets implements ServerInterceptor {

    static final Metadata.Key<String> HEADER = Metadata.Key.of("x-tip-secret", Metadata.ASCII_STRING_MARSHALLER);
    private static final Context.Key<String> CURRENT = Context.key("lachan-tip-secret");

    /** The secret sent with the call being served; null when none was. */
    static String current() {
        return CURRENT.get();
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                      ServerCallHandler<Q, R> next) {
        String secret = headers.get(HEADER);
        if (secret == null) {
            return next.startCall(call, headers);
        }
        return Contexts.interceptCall(Context.current().withValue(CURRENT, secret), call, headers, next);
    }
}
