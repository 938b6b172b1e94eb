package vn.lachan.platform.error;

/**
 * The caller changed a record from an outdated version (ETag): someone else changed it first. gRPC ABORTED,
 * HTTP 409; the caller reloads and tries again, so no update is lost.
 */
public final class StaleVersionException extends LachanException {

    public StaleVersionException(String vi, String en) {
        super(vi, en);
    }
}
