package vn.lachan.report.domain;

import java.util.List;
import java.util.Map;

/** The indicators other services can pre-fill, by source; a template may only ask a source for these. */
public final class Prefill {

    public static final String TIPS = "tip-service";

    public static final Map<String, List<String>> PROVIDED = Map.of(
            TIPS, List.of("tips.total", "tips.prosecuted", "tips.not_prosecuted", "tips.suspended", "tips.undecided",
                    "tips.overdue"));

    private Prefill() {
    }
}
