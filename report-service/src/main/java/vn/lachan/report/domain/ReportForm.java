package vn.lachan.report.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which template a unit writes on, and the indicators of a new report from it. */
public final class ReportForm {

    private ReportForm() {
    }

    /** The template key for a unit: its own template when it has one, else its kind's. */
    public static List<String> templateKeys(Unit unit) {
        return List.of(unit.code(), unit.kind());
    }

    /** Whether the template asks tip-service for anything. */
    public static boolean needsTips(ReportTemplate template) {
        return needs(template, Prefill.TIPS);
    }

    /** Whether the template asks budget-service for anything. */
    public static boolean needsBudget(ReportTemplate template) {
        return needs(template, Prefill.BUDGET);
    }

    /** Whether the template asks case-service for anything. */
    public static boolean needsCases(ReportTemplate template) {
        return needs(template, Prefill.CASES);
    }

    private static boolean needs(ReportTemplate template, String source) {
        return template.indicators().stream().anyMatch(t -> source.equals(t.source()));
    }

    /** The indicators of a new report from a template that asks budget-service for nothing. */
    public static List<Indicator> indicators(ReportTemplate template, Optional<TipCounts> tips) {
        return indicators(template, tips, Optional.empty());
    }

    /** The indicators of a new report from a template that asks case-service for nothing. */
    public static List<Indicator> indicators(ReportTemplate template, Optional<TipCounts> tips,
                                             Optional<BudgetFigures> budget) {
        return indicators(template, tips, budget, Optional.empty());
    }

    /** The indicators of a new report: pre-filled where a source gave a figure, empty where the unit types it. */
    public static List<Indicator> indicators(ReportTemplate template, Optional<TipCounts> tips,
                                             Optional<BudgetFigures> budget, Optional<CaseCounts> cases) {
        List<Indicator> result = new ArrayList<>();
        for (TemplateIndicator t : template.indicators()) {
            if (Prefill.TIPS.equals(t.source()) && t.code().equals("tips.total")) {
                result.addAll(tips.orElseThrow().indicators(t));
            } else if (Prefill.TIPS.equals(t.source())) {
                result.add(Indicator.prefilled(t, tips.orElseThrow().figure(t.code())));
            } else if (Prefill.CASES.equals(t.source())) {
                result.add(Indicator.prefilled(t, cases.orElseThrow().figure(t.code())));
            } else if (Prefill.BUDGET.equals(t.source())) {
                result.add(Indicator.prefilled(t, budget.orElseThrow().figure(t.code())));
            } else {
                result.add(Indicator.empty(t));
            }
        }
        return result;
    }

    /**
     * A draft's indicators with its pre-filled figures read again ({@code fresh}, from the same template): a
     * pre-filled figure takes what its source says now, unless the unit overrode it with a reason, whose value and
     * reason stay (the source's new figure is kept beside them); figures the unit types stay as typed. An overridden
     * figure the source no longer gives (a modus of tips with none left) is kept, so no reasoned value is lost.
     */
    public static List<Indicator> refreshed(List<Indicator> current, List<Indicator> fresh) {
        Map<String, Indicator> before = new LinkedHashMap<>();
        current.forEach(i -> before.putIfAbsent(i.code(), i));
        List<Indicator> result = new ArrayList<>();
        for (Indicator f : fresh) {
            Indicator old = before.remove(f.code());
            if (old == null) {
                result.add(f);
            } else if (!f.prefilled()) {
                result.add(f.with(old.value(), null, null));
            } else if (old.overridden()) {
                result.add(f.with(old.value(), f.prefilledValue(), old.overrideReason()));
            } else {
                result.add(f);
            }
        }
        before.values().stream().filter(Indicator::overridden).forEach(result::add);
        return result;
    }
}
