package vn.lachan.tip.indicators.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.error.Violations;

/** What the indicators of a tip must satisfy; each one that does gets its canonical value. */
public final class IndicatorRules {

    /** More than this in one tip is a pasted list, not the tip's indicators. */
    public static final int MAX_PER_TIP = 50;

    private IndicatorRules() {
    }

    /**
     * The indicators with their canonical values, and what is wrong with any of them, on fields named
     * {@code field[i].type} and {@code field[i].value}, e.g. {@code tip.indicators[2].value}.
     */
    public static Checked check(String field, List<Indicator> given) {
        Violations v = new Violations();
        if (given.size() > MAX_PER_TIP) {
            v.add(field, "TOO_MANY", "Tối đa " + MAX_PER_TIP + " dấu hiệu cho một tin báo (hiện có " + given.size() + ").",
                    "At most " + MAX_PER_TIP + " indicators per tip (got " + given.size() + ").");
            return new Checked(List.of(), v.list());
        }
        List<Indicator> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Indicator indicator = given.get(i);
            String at = field + "[" + i + "]";
            String normalized = normalize(v, at + ".type", at + ".value", indicator.type(), indicator.value());
            checked.add(new Indicator(indicator.type(), indicator.value() == null ? null : indicator.value().strip(),
                    normalized));
        }
        return new Checked(v.isEmpty() ? List.copyOf(checked) : List.of(), v.list());
    }

    /** The canonical form of {@code value}, or null with what is wrong added to {@code v}. */
    public static String normalize(Violations v, String typeField, String valueField, IndicatorType type, String value) {
        if (type == null) {
            String allowed = String.join(", ", Arrays.stream(IndicatorType.values()).map(Enum::name).toList());
            v.add(typeField, "REQUIRED", "Trường này là bắt buộc; cho phép: " + allowed + ".",
                    "This field is required; allowed: " + allowed + ".");
            v.requireText(valueField, value);
            return null;
        }
        try {
            return IndicatorNormalizer.normalize(type, value);
        } catch (IndicatorNormalizer.Malformed e) {
            v.add(e.at(valueField));
            return null;
        }
    }

    /** Indicators that passed (empty when any failed) and the violations found. */
    public record Checked(List<Indicator> indicators, List<FieldViolation> violations) {

        public void throwIfAny() {
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
        }

        /** The tip's other violations followed by these, so the caller learns all of them at once. */
        public ValidationException addedTo(ValidationException failure) {
            return new ValidationException(Stream.concat(failure.violations().stream(), violations.stream()).toList());
        }
    }
}
