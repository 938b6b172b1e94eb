package vn.lachan.tip.domain;

import java.util.Map;

/** Counts of tips in a period, the shape of the plan's footnote table. Maps keep their order. */
public record TipStatistics(
        long total,
        Map<String, Long> byModusOperandi,
        Map<String, Long> byChannel,
        Map<String, Long> bySourceKind) {
}
