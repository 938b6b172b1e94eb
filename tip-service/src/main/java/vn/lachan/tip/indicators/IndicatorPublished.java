package vn.lachan.tip.indicators;

import vn.lachan.tip.indicators.domain.IndicatorKey;

/** Published inside the transaction that published or withdrew a value; after the commit the index reads it again. */
public record IndicatorPublished(IndicatorKey key) {
}
