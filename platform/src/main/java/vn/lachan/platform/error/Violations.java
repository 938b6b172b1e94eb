package vn.lachan.platform.error;

import java.util.ArrayList;
import java.util.List;

/** Collects every field violation of a request, so the caller learns all of them at once. */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations add(FieldViolation violation) {
        found.add(violation);
        return this;
    }

    public Violations add(String field, String code, String vi, String en) {
        return add(new FieldViolation(field, code, vi, en));
    }

    public Violations requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            add(FieldViolation.required(field));
        }
        return this;
    }

    public Violations maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "TOO_LONG",
                    "Tối đa " + max + " ký tự (hiện có " + value.length() + ").",
                    "At most " + max + " characters (got " + value.length() + ").");
        }
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldViolation> list() {
        return List.copyOf(found);
    }

    /** Throws a {@link ValidationException} with everything found, if anything was. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
