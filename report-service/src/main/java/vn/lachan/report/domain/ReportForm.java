package vn.lachan.report.domain;

import java.util.ArrayList;
import java.util.List;
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

    private static boolean needs(ReportTemplate template, String source) {
        return template.indicators().stream().anyMatch(t -> source.equals(t.source()));
    }

    /** The indicators of a new report from a template that asks budget-service for nothing. */
    public static List<Indicator> indicators(ReportTemplate template, Optional<TipCounts> tips) {
        return indicators(template, tips, Optional.empty());
    }

    /** The indicators of a new report: pre-filled where a source gave a figure, empty where the unit types it. */
    public static List<Indicator> indicators(ReportTemplate template, Optional<TipCounts> tips,
                                             Optional<BudgetFigures> budget) {
        List<Indicator> result = new ArrayList<>();
        for (TemplateIndicator t : template.indicators()) {
            if (Prefill.TIPS.equals(t.source()) && t.code().equals("tips.total")) {
                result.addAll(tips.orElseThrow().indicators(t));
            } else if (Prefill.TIPS.equals(t.source())) {
                result.add(Indicator.prefilled(t, tips.orElseThrow().figure(t.code())));
            } else if (Prefill.BUDGET.equals(t.source())) {
                result.add(Indicator.prefilled(t, budget.orElseThrow().figure(t.code())));
            } else {
                result.add(Indicator.empty(t));
            }
        }
        return result;
    }
}
