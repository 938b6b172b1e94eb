package vn.lachan.report.domain;

import java.util.ArrayList;
import java.util.List;

/** What tip-service knows of a unit's tips in a window: the total and the count per modus operandi. */
public record TipCounts(long total, List<ModusCount> byModus) {

    public record ModusCount(String code, String labelVi, String labelEn, long count) {
    }

    public static final String SOURCE = Prefill.TIPS;

    /** The indicators for a template's tip total: the total, then one per modus in the tip service's order. */
    public List<Indicator> indicators(TemplateIndicator total) {
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(Indicator.prefilled(total, total()));
        for (ModusCount m : byModus) {
            indicators.add(new Indicator("tips.modus." + m.code(), "Tin báo: " + m.labelVi(), "Tips: " + m.labelEn(),
                    Measure.COUNT, false, SOURCE, m.count(), m.count(), null));
        }
        return indicators;
    }
}
