package vn.lachan.platform.grpc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;

/**
 * Carries the request id and the caller's own token of the call being served on to the services it
 * calls, so the next service authorises the same person, not this service.
 */
public class CallContextClientInterceptor implements ClientInterceptor {

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                String id = RequestIds.CURRENT.get();
                if (id != null && headers.get(RequestIds.HEADER) == null) {
                    headers.put(RequestIds.HEADER, id);
                }
                String authorization = RequestMetadataInterceptor.AUTHORIZATION_VALUE.get();
                if (authorization != null && headers.get(RequestMetadataInterceptor.AUTHORIZATION) == null) {
                    headers.put(RequestMetadataInterceptor.AUTHORIZATION, authorization);
                }
                super.start(listener, headers);
            }
        };
    }
}
