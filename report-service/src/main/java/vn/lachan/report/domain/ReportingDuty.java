package vn.lachan.report.domain;

import java.util.List;
import java.util.Set;

/**
 * Which units owe a period's report, from the unit registry as of the period.
 *
 * <ul>
 *   <li>A unit <b>owes</b> a period when it exists on the period's due day and is of a kind that reports: the
 *   provincial committee receives the reports and the police check and consolidate them (the district police, until
 *   1 March 2025, reported through the provincial police), so neither is expected to send one. A district, ended on
 *   30 June 2025, owes the six-monthly report of 2025 but not the yearly one; the wards and communes formed on
 *   1 July 2025 owe the yearly report of 2025 onwards.</li>
 *   <li>A unit <b>may file</b> for a period when it existed on at least one day of the window (late reports,
 *   corrections).</li>
 * </ul>
 */
public final class ReportingDuty {

    static final Set<String> CONSOLIDATING_KINDS = Set.of("committee", "police");

    private ReportingDuty() {
    }

    public static List<Unit> expected(UnitRegistry registry, ReportingPeriod period) {
        return registry.asOf(period.due()).stream().filter(u -> !CONSOLIDATING_KINDS.contains(u.kind())).toList();
    }

    public static boolean mayFile(UnitRegistry registry, String unit, ReportingPeriod period) {
        return registry.existedDuring(unit, period.windowFrom(), period.windowTo());
    }
}
