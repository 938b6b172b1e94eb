package vn.lachan.report.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The indicators other services can pre-fill, by source; a template may only ask a source for these. */
public final class Prefill {

    public static final String TIPS = "tip-service";
    public static final String BUDGET = "budget-service";
    public static final String CASES = "case-service";

    /** By source, in a stable order (the order the template rules name them in). */
    public static final Map<String, List<String>> PROVIDED;

    static {
        Map<String, List<String>> provided = new LinkedHashMap<>();
        provided.put(TIPS, List.of("tips.total", "tips.prosecuted", "tips.not_prosecuted", "tips.suspended",
                "tips.undecided", "tips.overdue"));
        provided.put(CASES, List.copyOf(CaseCounts.CODES));
        provided.put(BUDGET, List.copyOf(BudgetFigures.CODES));
        PROVIDED = Collections.unmodifiableMap(provided);
    }

    private Prefill() {
    }
}
