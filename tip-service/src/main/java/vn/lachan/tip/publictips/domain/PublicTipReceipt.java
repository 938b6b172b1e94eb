package vn.lachan.tip.publictips.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a citizen is told on filing a public tip.
 *
 * @param secret the secret, shown this once; null on a retry, whose first answer showed it
 */
public record PublicTipReceipt(TrackingCode trackingCode, String secret, boolean anonymous, Instant receivedAt,
                               LocalDate decisionDue) {

    public boolean secretAlreadyShown() {
        return secret == null;
    }
}
