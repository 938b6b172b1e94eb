package vn.lachan.tip.indicators.domain;

/**
 * Something a scam is known by, as the caller wrote it and in its canonical form, which links tips.
 *
 * @param type       null when the caller did not say
 * @param value      as written, e.g. {@code 0912 345 678}
 * @param normalized canonical, e.g. {@code +84912345678}; null until {@link IndicatorRules} has checked it
 */
public record Indicator(IndicatorType type, String value, String normalized) {

    /** As a caller gives it, before normalisation. */
    public static Indicator given(IndicatorType type, String value) {
        return new Indicator(type, value, null);
    }

    public IndicatorKey key() {
        return new IndicatorKey(type, normalized);
    }
}
