package vn.lachan.platform.grpc;

import com.google.protobuf.Message;
import io.grpc.Context;
import io.grpc.Metadata;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.idempotency.RequestFingerprints;
import vn.lachan.platform.security.Caller;

/**
 * The caller's Idempotency-Key (HTTP header, gRPC metadata {@code idempotency-key}):
 * a create retried with the same key returns the first result instead of a second record.
 *
 * <p>Keys starting with {@value #RESERVED_PREFIX} are the platform's own (made by {@link #platform}, e.g. the
 * case opened from a tip): they belong to no caller, so a decision retried by another officer still finds the
 * first attempt's case. No outside caller may send one — the REST edge refuses them ({@link #reservedKeyViolation}),
 * and a service's gRPC port is reached only by its peers — so nobody can take such a key before the platform.
 */
public final class IdempotencyKeys {

    public static final Metadata.Key<String> HEADER =
            Metadata.Key.of("idempotency-key", Metadata.ASCII_STRING_MARSHALLER);
    /** Keys with this prefix are the platform's, in the {@link IdempotentRequest#PLATFORM_SCOPE platform scope}. */
    public static final String RESERVED_PREFIX = "lachan:";
    static final Context.Key<String> CURRENT = Context.key("lachan-idempotency-key");
    static final Context.Key<String> OPERATION = Context.key("lachan-operation");
    static final int MAX_LENGTH = 100;

    private IdempotencyKeys() {
    }

    /** The key of the call being served, if the caller sent one. */
    public static Optional<String> current() {
        String key = CURRENT.get();
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        if (key.length() > MAX_LENGTH) {
            throw new ValidationException(new FieldViolation("Idempotency-Key", "TOO_LONG",
                    "Idempotency-Key tối đa " + MAX_LENGTH + " ký tự.",
                    "Idempotency-Key may have at most " + MAX_LENGTH + " characters."));
        }
        return Optional.of(key);
    }

    /**
     * The idempotent request being served by a signed-in caller: their key (or the platform's), the gRPC
     * method, and the fingerprint of {@code request}; empty when the call carries no key.
     */
    public static Optional<IdempotentRequest> request(Message request, Caller caller) {
        return request(request, IdempotentRequest.callerScope(caller));
    }

    /** The same for a caller known otherwise (an anonymous tipster: {@link IdempotentRequest#tipsterScope}). */
    public static Optional<IdempotentRequest> request(Message request, String callerScope) {
        String operation = OPERATION.get();
        if (operation == null) {
            throw new IllegalStateException("no gRPC call is being served: the operation of the key is unknown");
        }
        return current().map(key -> IdempotentRequest.of(callerScope, operation, key, RequestFingerprints.of(request)));
    }

    /** The platform's own key for a change it makes on a peer, e.g. {@code platform("tip", id, "prosecute")}. */
    public static String platform(Object... parts) {
        StringBuilder key = new StringBuilder(RESERVED_PREFIX);
        for (int i = 0; i < parts.length; i++) {
            key.append(i == 0 ? "" : ":").append(parts[i]);
        }
        if (key.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("platform key longer than " + MAX_LENGTH + ": " + key);
        }
        return key.toString();
    }

    /**
     * The key of the case opened from a tip decided "prosecute": one tip, one case. tip-service sends it on every
     * attempt (the officer's and its reconciler's), and case-service accepts tip-service's own account only with it.
     */
    public static String caseOfTip(UUID tipId) {
        return platform("tip", tipId, "prosecute");
    }

    public static boolean isReserved(String key) {
        return key != null && key.toLowerCase(Locale.ROOT).startsWith(RESERVED_PREFIX);
    }

    /** At the edge (REST): a caller's key may not take the platform's reserved prefix. */
    public static Optional<FieldViolation> reservedKeyViolation(String key) {
        if (!isReserved(key)) {
            return Optional.empty();
        }
        return Optional.of(new FieldViolation("Idempotency-Key", "RESERVED",
                "Idempotency-Key không được bắt đầu bằng \"" + RESERVED_PREFIX + "\" (dành riêng cho hệ thống).",
                "Idempotency-Key may not start with \"" + RESERVED_PREFIX + "\" (reserved for the platform)."));
    }
}
