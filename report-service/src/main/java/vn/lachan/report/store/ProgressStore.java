package vn.lachan.report.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.report.domain.Completeness;
import vn.lachan.report.domain.PeriodKind;
import vn.lachan.report.domain.ReportingPeriod;

/** What completeness and reminders need from the reports: first submissions and acceptances. */
@Repository
public class ProgressStore {

    private final JdbcClient jdbc;

    public ProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per unit with a report for the period: its first submission (of any revision) and whether one is accepted. */
    public Map<String, Completeness.Filed> filed(ReportingPeriod period) {
        Map<String, Completeness.Filed> result = new HashMap<>();
        jdbc.sql("""
                select r.unit,
                       min(e.at) filter (where e.action = 'SUBMIT') as first_submitted,
                       bool_or(r.status = 'ACCEPTED') as accepted
                from reports r left join report_events e on e.report_id = r.id
                where r.year = :year and r.kind = :kind
                group by r.unit""")
                .param("year", period.year()).param("kind", period.kind().name())
                .query((rs, n) -> {
                    var at = rs.getTimestamp("first_submitted");
                    result.put(rs.getString("unit"),
                            new Completeness.Filed(at == null ? null : at.toInstant(), rs.getBoolean("accepted")));
                    return null;
                }).list();
        return result;
    }

    /** The periods a unit has ever submitted a report for. */
    public Set<ReportingPeriod> submitted(String unit) {
        return new HashSet<>(jdbc.sql("""
                select distinct r.year, r.kind from reports r join report_events e on e.report_id = r.id
                where r.unit = :unit and e.action = 'SUBMIT'""")
                .param("unit", unit)
                .query((rs, n) -> new ReportingPeriod(rs.getInt(1), PeriodKind.valueOf(rs.getString(2)))).list());
    }
}
