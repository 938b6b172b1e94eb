package vn.lachan.tip.indicators.domain;

/**
 * What the public scam check tells a citizen about a phone number, account or site:
 * <ul>
 * <li>{@link #REPORTED} when a tip naming it was decided "prosecute" (khởi tố), or two or more tips name it;</li>
 * <li>{@link #UNDER_VERIFICATION} when exactly one tip names it and the police have not decided on it yet
 *     (a suspended tip, Art. 148, is not decided);</li>
 * <li>{@link #NOT_FOUND} otherwise: no tip names it, or its only tip was decided "not prosecute" (Art. 157) —
 *     a report found groundless must not brand a number a scam.</li>
 * </ul>
 */
public enum ScamCheckStatus {
    REPORTED, UNDER_VERIFICATION, NOT_FOUND;

    public static ScamCheckStatus of(IndicatorReports reports) {
        if (reports.prosecuted() > 0 || reports.count() >= 2) {
            return REPORTED;
        }
        if (reports.count() == 1 && reports.dismissed() == 0) {
            return UNDER_VERIFICATION;
        }
        return NOT_FOUND;
    }
}
