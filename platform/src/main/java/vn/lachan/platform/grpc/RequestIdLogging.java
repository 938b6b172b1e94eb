package vn.lachan.platform.grpc;

import io.grpc.ForwardingServerCallListener;
import io.grpc.ServerCall;
import org.slf4j.MDC;

/**
 * The request id of the call being served in every log line written while serving it: MDC {@code http.request.id}
 * (the ECS field; JSON logs nest it as {@code http.request.id}), set around each step of the call on whichever thread
 * runs it and removed after, so a pooled or virtual thread never carries one call's id into another's lines.
 */
final class RequestIdLogging<Q> extends ForwardingServerCallListener.SimpleForwardingServerCallListener<Q> {

    static final String MDC_KEY = "http.request.id";
    private final String requestId;

    RequestIdLogging(ServerCall.Listener<Q> delegate, String requestId) {
        super(delegate);
        this.requestId = requestId;
    }

    private void within(Runnable step) {
        String before = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, requestId);
        try {
            step.run();
        } finally {
            if (before == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, before);
            }
        }
    }

    @Override
    public void onMessage(Q message) {
        within(() -> super.onMessage(message));
    }

    @Override
    public void onHalfClose() {
        within(super::onHalfClose);
    }

    @Override
    public void onCancel() {
        within(super::onCancel);
    }

    @Override
    public void onComplete() {
        within(super::onComplete);
    }

    @Override
    public void onReady() {
        within(super::onReady);
    }
}
