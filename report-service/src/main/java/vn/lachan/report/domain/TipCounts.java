package vn.lachan.report.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What tip-service knows of a unit's tips in a window: the total, the count per modus operandi, the count per outcome
 * (PROSECUTED, NOT_PROSECUTED, SUSPENDED, UNDECIDED) and the undecided ones past their deadline.
 */
public record TipCounts(long total, List<ModusCount> byModus, Map<String, Long> byOutcome, long overdue) {

    public TipCounts(long total, List<ModusCount> byModus) {
        this(total, byModus, Map.of(), 0);
    }

    public record ModusCount(String code, String labelVi, String labelEn, long count) {
    }

    public static final String SOURCE = Prefill.TIPS;

    /** The template's tip codes and the outcome each counts. */
    static final Map<String, String> OUTCOMES = Map.of(
            "tips.prosecuted", "PROSECUTED",
            "tips.not_prosecuted", "NOT_PROSECUTED",
            "tips.suspended", "SUSPENDED",
            "tips.undecided", "UNDECIDED");

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

    /** The figure tip-service gives for one of its codes other than the total. */
    public long figure(String code) {
        if (code.equals("tips.overdue")) {
            return overdue;
        }
        String outcome = OUTCOMES.get(code);
        if (outcome == null) {
            throw new IllegalArgumentException("tip-service does not provide " + code);
        }
        return byOutcome.getOrDefault(outcome, 0L);
    }
}
