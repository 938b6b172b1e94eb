package vn.lachan.report.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the provincial document says about a period: the completeness of the units' reports, the totals of every
 * indicator over the accepted reports (exact sums, never rounded), each accepted unit's figures and its own words.
 * Only accepted reports count: a submitted one still under review is named, not added.
 *
 * @param issuedOn the legal day the document is drawn up (its "Đồng Tháp, ngày …")
 */
public record ConsolidatedReport(ReportingPeriod period, LocalDate issuedOn, Completeness completeness,
                                 List<Total> totals, List<UnitReport> units) {

    /** One indicator summed over the units that reported it. */
    public record Total(String code, String labelVi, Measure measure, long value, int units) {
    }

    /** One unit's accepted report. */
    public record UnitReport(Unit unit, List<Indicator> indicators, String narrative) {
    }

    public static ConsolidatedReport of(ReportingPeriod period, LocalDate issuedOn, Completeness completeness,
                                        UnitRegistry registry, List<Report> accepted) {
        Map<String, Total> totals = new LinkedHashMap<>();
        List<UnitReport> units = new ArrayList<>();
        for (Report r : accepted) {
            Unit unit = registry.find(r.unit()).orElseThrow(() -> new IllegalStateException("unit " + r.unit()));
            List<Indicator> entered = r.indicators().stream().filter(i -> i.value() != null).toList();
            for (Indicator i : entered) {
                totals.merge(i.code(), new Total(i.code(), i.labelVi(), i.measure(), i.value(), 1),
                        (a, b) -> new Total(a.code(), a.labelVi(), a.measure(), Math.addExact(a.value(), b.value()),
                                a.units() + 1));
            }
            units.add(new UnitReport(unit, entered, r.narrative() == null ? "" : r.narrative().strip()));
        }
        units.sort(Comparator.comparing(u -> u.unit().nameVi()));
        return new ConsolidatedReport(period, issuedOn, completeness, List.copyOf(totals.values()), List.copyOf(units));
    }

    /** The units of the period that have not submitted, and those that submitted late. */
    public List<Completeness.UnitState> inState(Completeness.State state) {
        return completeness.units().stream().filter(u -> u.state() == state).toList();
    }

    /** Submitted but not (yet) accepted: named in the document, not added up. */
    public List<Completeness.UnitState> underReview() {
        return completeness.units().stream().filter(u -> u.state() != Completeness.State.MISSING && !u.accepted()).toList();
    }
}
