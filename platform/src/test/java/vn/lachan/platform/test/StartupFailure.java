package vn.lachan.platform.test;

import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.validation.FieldError;

/** Why a settings record stopped the start, as the property, what is allowed and the value given. */
public final class StartupFailure {

    private StartupFailure() {
    }

    /** Every invalid setting of the failed start, one {@code property: reason (value)} a line; fails if none. */
    public static String invalidSettings(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindValidationException invalid) {
                ConfigurationPropertyName prefix = invalid.getValidationErrors().getName();
                return invalid.getValidationErrors().getAllErrors().stream()
                        .map(error -> error instanceof FieldError field
                                ? prefix + "." + DataObjectPropertyName.toDashedForm(field.getField()) + ": "
                                        + error.getDefaultMessage() + " (" + field.getRejectedValue() + ")"
                                : prefix + ": " + error.getDefaultMessage())
                        .collect(Collectors.joining("\n"));
            }
        }
        throw new AssertionError("the start did not fail on a setting's validation", failure);
    }
}
