package vn.lachan.tip.indicators.domain;

/**
 * What the public scam check tells a citizen about a phone number, account or site:
 * <ul>
 * <li>{@link #REPORTED} when the police verified it: a tip naming it was decided "prosecute" (khởi tố), a bank holds
 *     money on the account on a police freeze request, or an officer marked it publishable — unless an officer
 *     withdrew it since;</li>
 * <li>{@link #NOT_FOUND} otherwise. How many tips mention it, and whether any is being verified, changes nothing:
 *     anonymous tips must not brand a competitor's number a scam, and a suspect must not learn that the police
 *     are looking at an account.</li>
 * </ul>
 */
public enum ScamCheckStatus {
    REPORTED, NOT_FOUND;

    public static ScamCheckStatus of(IndicatorReports reports) {
        return reports.basis().isPresent() ? REPORTED : NOT_FOUND;
    }
}
