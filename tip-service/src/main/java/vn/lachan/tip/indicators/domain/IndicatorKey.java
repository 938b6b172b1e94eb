package vn.lachan.tip.indicators.domain;

import java.util.Objects;

/** A normalised indicator: what two tips must share to be linked, and what the scam check looks up. */
public record IndicatorKey(IndicatorType type, String normalized) {

    public IndicatorKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(normalized, "normalized");
    }
}
