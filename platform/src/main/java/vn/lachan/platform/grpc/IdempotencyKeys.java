package vn.lachan.platform.grpc;

import io.grpc.Context;
import io.grpc.Metadata;
import java.util.Optional;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;

/**
 * The caller's Idempotency-Key (HTTP header, gRPC metadata {@code idempotency-key}):
 * a create retried with the same key returns the first result instead of a second record.
 */
public final class IdempotencyKeys {

    public static final Metadata.Key<String> HEADER =
            Metadata.Key.of("idempotency-key", Metadata.ASCII_STRING_MARSHALLER);
    static final Context.Key<String> CURRENT = Context.key("lachan-idempotency-key");
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
}
