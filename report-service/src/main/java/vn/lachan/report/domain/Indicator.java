package vn.lachan.report.domain;

/**
 * One figure of a report.
 *
 * @param source         "unit" when the unit types it, else the service that pre-fills it (from the template)
 * @param value          the figure; null while the unit has not entered it
 * @param prefilledValue what the source service said, for a pre-filled indicator
 * @param overrideReason why the unit replaced the pre-filled value; null when it did not
 */
public record Indicator(String code, String labelVi, String labelEn, Measure measure, boolean required, String source,
                        Long value, Long prefilledValue, String overrideReason) {

    /** A pre-filled figure as its source gave it. */
    public static Indicator prefilled(TemplateIndicator t, long value) {
        return new Indicator(t.code(), t.labelVi(), t.labelEn(), t.measure(), t.required(), t.source(), value, value, null);
    }

    /** A figure the unit has still to enter. */
    public static Indicator empty(TemplateIndicator t) {
        return new Indicator(t.code(), t.labelVi(), t.labelEn(), t.measure(), t.required(), t.source(), null, null, null);
    }

    /** Whether a service pre-fills it (the unit may still override it with a reason). */
    public boolean prefilled() {
        return !TemplateIndicator.UNIT.equals(source);
    }

    /** The same indicator with another value, pre-filled value and override reason. */
    public Indicator with(Long value, Long prefilledValue, String overrideReason) {
        return new Indicator(code, labelVi, labelEn, measure, required, source, value, prefilledValue, overrideReason);
    }

    public boolean overridden() {
        return overrideReason != null;
    }

    /** Who the current value comes from: the unit when typed or overridden, else the pre-filling service. */
    public String effectiveSource() {
        return overridden() ? TemplateIndicator.UNIT : source;
    }
}
