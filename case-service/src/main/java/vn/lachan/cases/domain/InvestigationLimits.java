package vn.lachan.cases.domain;

import java.util.List;

/**
 * How long an investigation may run and how often, and by how much, the procuracy may extend it (Criminal
 * Procedure Code 2015): from the opening of the case (Art. 172(1), (2)), after a suspended investigation is
 * resumed (Art. 174(1)), and after the procuracy returns the file for supplementary investigation (Art. 174(2)).
 * The Supreme People's Procuracy's further extensions for particularly serious crimes and crimes against
 * national security (Art. 172(2)(đ), (3)) are outside what a province decides and are not offered.
 */
public final class InvestigationLimits {

    /** Which limit is running. */
    public enum Phase {
        ORIGINAL, RESUMED, SUPPLEMENTARY
    }

    /** The procuracy returns a file for supplementary investigation at most twice (Art. 245(2)). */
    public static final int MAX_RETURNS = 2;
    /** The investigation agency asks for an extension at least this many days before the limit ends (Art. 172(2)). */
    public static final int REQUEST_DAYS_BEFORE = 10;

    private InvestigationLimits() {
    }

    /** Months of the limit itself. */
    public static int months(Phase phase, CrimeCategory category) {
        return switch (phase) {
            case ORIGINAL -> InvestigationDeadlines.months(category);
            case RESUMED -> switch (category) {
                case LESS_SERIOUS, SERIOUS -> 2;
                case VERY_SERIOUS, PARTICULARLY_SERIOUS -> 3;
            };
            case SUPPLEMENTARY -> 2;
        };
    }

    /** The most months of each extension the procuracy may grant, in order; empty when none may be granted. */
    public static List<Integer> extensions(Phase phase, CrimeCategory category) {
        return switch (phase) {
            case ORIGINAL -> switch (category) {
                case LESS_SERIOUS -> List.of(2);
                case SERIOUS -> List.of(3, 2);
                case VERY_SERIOUS -> List.of(4, 4);
                case PARTICULARLY_SERIOUS -> List.of(4, 4, 4);
            };
            case RESUMED -> switch (category) {
                case LESS_SERIOUS -> List.of();
                case SERIOUS -> List.of(1);
                case VERY_SERIOUS -> List.of(2);
                case PARTICULARLY_SERIOUS -> List.of(3);
            };
            case SUPPLEMENTARY -> List.of();
        };
    }
}
