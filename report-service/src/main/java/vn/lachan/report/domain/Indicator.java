package vn.lachan.report.domain;

/** One figure of a report and where it came from ("tip-service" when pre-filled, "unit" when typed). */
public record Indicator(String code, String labelVi, String labelEn, long value, String source) {
}
