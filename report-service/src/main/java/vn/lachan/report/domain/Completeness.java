package vn.lachan.report.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.lachan.platform.time.LegalTime;

/**
 * Completeness and timeliness of one period (DHIS2's terms): of the units that owe the report, who submitted on time
 * (first submission on or before the due day, Asia/Ho_Chi_Minh), late, or not yet, and whose report is accepted.
 */
public record Completeness(ReportingPeriod period, List<UnitState> units) {

    public enum State {
        /** No report submitted yet (none started, or a draft); overdue once the due day is past. */
        MISSING,
        ON_TIME,
        LATE
    }

    /**
     * @param firstSubmitted the first submission of the unit's report (null when never)
     * @param daysLate       legal days after the due day (0 when on time or missing)
     */
    public record UnitState(Unit unit, State state, Instant firstSubmitted, long daysLate, boolean accepted,
                            boolean started) {
    }

    /** What the store knows of a unit's report for the period. */
    public record Filed(Instant firstSubmitted, boolean accepted) {
    }

    public static Completeness of(ReportingPeriod period, List<Unit> expected, Map<String, Filed> filed) {
        List<UnitState> states = new ArrayList<>();
        for (Unit u : expected) {
            Filed f = filed.get(u.code());
            if (f == null || f.firstSubmitted() == null) {
                states.add(new UnitState(u, State.MISSING, null, 0, false, f != null));
                continue;
            }
            LocalDate day = LegalTime.legalDay(f.firstSubmitted());
            boolean onTime = !day.isAfter(period.due());
            states.add(new UnitState(u, onTime ? State.ON_TIME : State.LATE, f.firstSubmitted(),
                    onTime ? 0 : ChronoUnit.DAYS.between(period.due(), day), f.accepted(), true));
        }
        return new Completeness(period, states);
    }

    public long expected() {
        return units.size();
    }

    public long count(State state) {
        return units.stream().filter(u -> u.state() == state).count();
    }

    public long accepted() {
        return units.stream().filter(UnitState::accepted).count();
    }
}
