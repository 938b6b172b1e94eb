package vn.lachan.report.domain;

/** One figure as the unit typed it: a code, the value as text (empty clears it) and a reason for an override. */
public record IndicatorEntry(String code, String value, String overrideReason) {
}
