package vn.lachan.report.domain;

import java.util.ArrayList;
import java.util.List;

/** What tip-service knows of a unit's tips in a window: the total and the count per modus operandi. */
public record TipCounts(long total, List<ModusCount> byModus) {

    public record ModusCount(String code, String labelVi, String labelEn, long count) {
    }

    public static final String SOURCE = "tip-service";

    /** The report indicators these counts pre-fill, total first, then one per modus in the tip service's order. */
    public List<Indicator> indicators() {
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(new Indicator("tips.total", "Tổng số tin báo, tố giác tiếp nhận", "Tips received", total, SOURCE));
        for (ModusCount m : byModus) {
            indicators.add(new Indicator("tips.modus." + m.code(), "Tin báo: " + m.labelVi(), "Tips: " + m.labelEn(),
                    m.count(), SOURCE));
        }
        return indicators;
    }
}
