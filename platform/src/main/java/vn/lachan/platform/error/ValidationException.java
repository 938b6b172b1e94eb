package vn.lachan.platform.error;

import java.util.List;

/** The request breaks one or more field rules; nothing was stored. */
public final class ValidationException extends LachanException {

    private final List<FieldViolation> violations;

    public ValidationException(List<FieldViolation> violations) {
        super("Yêu cầu có dữ liệu không hợp lệ.", "The request has invalid fields.");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public ValidationException(FieldViolation violation) {
        this(List.of(violation));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
