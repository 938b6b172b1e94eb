package vn.lachan.platform.api;

import java.util.UUID;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;

/** Record ids in requests. */
public final class Ids {

    private Ids() {
    }

    /** The UUID in {@code value}, or a field error on {@code field}. */
    public static UUID uuid(String field, String value) {
        try {
            if (value == null || value.length() != 36) {
                throw new IllegalArgumentException(value);
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(new FieldViolation(field, "INVALID_FORMAT",
                    "Mã phải là UUID, ví dụ 3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c.",
                    "The id must be a UUID, e.g. 3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c."));
        }
    }
}
