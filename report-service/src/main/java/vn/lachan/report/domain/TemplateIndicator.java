package vn.lachan.report.domain;

/**
 * One indicator a template asks for.
 *
 * @param source {@link #UNIT} when the unit types the value, else the service that pre-fills it
 * @param duty   the plan's duty it measures, e.g. "II.4"
 */
public record TemplateIndicator(String code, String labelVi, String labelEn, Measure measure, boolean required,
                                String source, String duty) {

    public static final String UNIT = "unit";

    public boolean prefilled() {
        return !UNIT.equals(source);
    }
}
