package vn.lachan.tip.indicators.domain;

/**
 * What the current normaliser makes of a value stored under an older one: the same canonical form, a new one, or a
 * refusal, in which case the stored value is kept (it was accepted when stored, and links and publications rest on it).
 */
public sealed interface Renormalized {

    record Unchanged() implements Renormalized {
    }

    record Changed(String normalized) implements Renormalized {
    }

    record Refused(String code) implements Renormalized {
    }

    /**
     * @param source what to normalise again: the value as written when there is one, else the stored canonical form
     * @param stored the canonical form stored under the older normaliser
     */
    public static Renormalized of(IndicatorType type, String source, String stored) {
        try {
            String now = IndicatorNormalizer.normalize(type, source);
            return now.equals(stored) ? new Unchanged() : new Changed(now);
        } catch (IndicatorNormalizer.Malformed e) {
            return new Refused(e.code());
        }
    }
}
