package vn.lachan.platform.error;

import java.util.Objects;

/**
 * One thing wrong with one field of a request, said so a person can act on it.
 *
 * @param field   the field's path in the request as the caller wrote it, e.g. {@code tip.loss.dong}
 * @param code    a stable machine code, e.g. {@code REQUIRED}, {@code OUT_OF_RANGE}
 * @param vi      the message in Vietnamese
 * @param en      the message in English
 */
public record FieldViolation(String field, String code, String vi, String en) {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    public static FieldViolation required(String field) {
        return new FieldViolation(field, "REQUIRED", "Trường này là bắt buộc.", "This field is required.");
    }

    public String message(boolean vietnamese) {
        return vietnamese ? vi : en;
    }
}
