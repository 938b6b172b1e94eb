package vn.lachan.tip.publictips.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What the platform keeps about how a public tip was filed: its tracking code, and the contact data its tipster
 * chose to give (none for an anonymous tipster). The secret is not here; only its hash is kept, by the store.
 */
public record PublicTip(UUID tipId, TrackingCode trackingCode, boolean anonymous, Contact reporter, Contact victim) {

    /** The same without contact data, for viewers who may not see it. */
    public PublicTip withoutContact() {
        return new PublicTip(tipId, trackingCode, anonymous, Contact.NONE, Contact.NONE);
    }

    public boolean hasContact() {
        return !reporter.isEmpty() || !victim.isEmpty();
    }

    /** The salted hash of a public tip's secret. */
    public record Credentials(UUID tipId, byte[] salt, byte[] hash) {
    }
}
