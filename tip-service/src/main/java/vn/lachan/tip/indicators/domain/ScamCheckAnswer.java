package vn.lachan.tip.indicators.domain;

/**
 * The public answer about one indicator: its canonical value and whether the police verified it. No count, no
 * date, no tip, unit or person: nothing that tells whether anyone mentioned it or is looking at it.
 */
public record ScamCheckAnswer(String normalized, ScamCheckStatus status) {

    public static ScamCheckAnswer of(String normalized, IndicatorReports reports) {
        return new ScamCheckAnswer(normalized, ScamCheckStatus.of(reports));
    }
}
