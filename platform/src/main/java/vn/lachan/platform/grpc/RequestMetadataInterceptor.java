package vn.lachan.platform.grpc;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

/** Puts the request id and idempotency key of each call where the application code can read them. */
public class RequestMetadataInterceptor implements ServerInterceptor {

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        Context context = Context.current()
                .withValue(RequestIds.CURRENT, RequestIds.acceptOrCreate(headers.get(RequestIds.HEADER)))
                .withValue(IdempotencyKeys.CURRENT, headers.get(IdempotencyKeys.HEADER));
        return Contexts.interceptCall(context, call, headers, next);
    }
}
