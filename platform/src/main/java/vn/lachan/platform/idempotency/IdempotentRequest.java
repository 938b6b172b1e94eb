package vn.lachan.platform.idempotency;

import java.util.Objects;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.security.Caller;

/**
 * A change that may arrive more than once: whose key it is, of which operation, the key, and the fingerprint of
 * the request. A key belongs to one caller and one operation, so two callers (or one caller's two operations)
 * never meet on the same key; the platform's reserved keys belong to the {@link #PLATFORM_SCOPE} instead.
 */
public record IdempotentRequest(String scope, String operation, String key, String fingerprint) {

    public static final String PLATFORM_SCOPE = "platform";
    /**
     * Citizens without an account (e.g. filing a public tip): one scope for all of them, whose clients draw random
     * keys; a retry there answers only what may be shown to anyone holding the key and the same request.
     */
    public static final String CITIZEN_SCOPE = "citizen";

    public IdempotentRequest {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (IdempotencyKeys.isReserved(key) != PLATFORM_SCOPE.equals(scope)) {
            throw new IllegalArgumentException("reserved keys, and only they, are in the platform scope: " + key);
        }
    }

    /** {@code key} in {@code callerScope}, or in the platform's scope when it is one of the platform's keys. */
    public static IdempotentRequest of(String callerScope, String operation, String key, String fingerprint) {
        return new IdempotentRequest(IdempotencyKeys.isReserved(key) ? PLATFORM_SCOPE : callerScope, operation, key,
                fingerprint);
    }

    /** A signed-in person or client: their token's subject (stable, unlike the user name). */
    public static String callerScope(Caller caller) {
        return "caller:" + caller.subject();
    }

    /** An anonymous tipster, known by the tracking code they hold the secret of. */
    public static String tipsterScope(String trackingCode) {
        return "tipster:" + trackingCode;
    }
}
