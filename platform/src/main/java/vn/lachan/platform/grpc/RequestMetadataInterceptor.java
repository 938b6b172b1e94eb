package vn.lachan.platform.grpc;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

/**
 * Puts the request id, idempotency key (with the method it is for) and the caller's authorization header of each call where the
 * application code and outgoing calls can read them, and the request id in every log line of the call (RequestIdLogging).
 */
public class RequestMetadataInterceptor implements ServerInterceptor {

    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    static final Context.Key<String> AUTHORIZATION_VALUE = Context.key("lachan-authorization");

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        String requestId = RequestIds.acceptOrCreate(headers.get(RequestIds.HEADER));
        Context context = Context.current()
                .withValue(RequestIds.CURRENT, requestId)
                .withValue(IdempotencyKeys.CURRENT, headers.get(IdempotencyKeys.HEADER))
                .withValue(IdempotencyKeys.OPERATION, call.getMethodDescriptor().getFullMethodName())
                .withValue(AUTHORIZATION_VALUE, headers.get(AUTHORIZATION));
        return new RequestIdLogging<>(Contexts.interceptCall(context, call, headers, next), requestId);
    }
}
