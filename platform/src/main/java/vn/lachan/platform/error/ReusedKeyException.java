package vn.lachan.platform.error;

/**
 * An Idempotency-Key the caller already used for another request of the same operation: refused (gRPC
 * ALREADY_EXISTS, HTTP 409) rather than answered with the other request's result.
 */
public final class ReusedKeyException extends LachanException {

    public ReusedKeyException() {
        super("Idempotency-Key này đã được dùng cho một yêu cầu khác; hãy dùng khoá mới cho yêu cầu mới.",
                "This Idempotency-Key was already used for a different request; use a new key for a new request.");
    }
}
