package vn.lachan.tip.domain;

import java.util.List;
import java.util.Map;

/** Counts of tips in a period, the shape of the plan's footnote table. Maps keep their order. */
public record TipStatistics(
        long total,
        List<ModusCount> byModusOperandi,
        Map<String, Long> byChannel,
        Map<String, Long> bySourceKind) {

    /** Tips of one modus operandi, with its labels; every modus appears, also with zero. */
    public record ModusCount(String code, String labelVi, String labelEn, long count) {
    }
}
