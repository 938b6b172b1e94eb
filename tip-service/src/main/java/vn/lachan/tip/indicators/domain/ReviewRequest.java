package vn.lachan.tip.indicators.domain;

import java.time.Instant;
import java.util.UUID;

/** A citizen's request to review a published value. */
public record ReviewRequest(UUID id, IndicatorKey key, String reason, String contact, Instant requestedAt, String state,
                            String closedBy, String closingNote, Instant closedAt) {
}
