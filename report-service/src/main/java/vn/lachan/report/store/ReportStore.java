package vn.lachan.report.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.report.domain.Indicator;
import vn.lachan.report.domain.Measure;
import vn.lachan.report.domain.PeriodKind;
import vn.lachan.report.domain.Report;
import vn.lachan.report.domain.ReportEvent;
import vn.lachan.report.domain.ReportStatus;
import vn.lachan.report.domain.ReportingPeriod;

/** Reports, their indicators and their workflow steps in PostgreSQL. */
@Repository
public class ReportStore {

    private static final String COLUMNS =
            "id, unit, year, kind, status, narrative, created_at, created_by, updated_at, updated_by, "
                    + "template_applies_to, template_version, version, revision, correction_reason";

    private final JdbcClient jdbc;

    public ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the report (a revision) with its indicators unless that revision already exists. */
    public boolean insertIfAbsent(Report report) {
        int inserted = jdbc.sql("""
                insert into reports (id, unit, year, kind, window_from, window_to, due, status, narrative,
                    created_at, created_by, updated_at, updated_by, template_applies_to, template_version,
                    version, revision, correction_reason)
                values (:id, :unit, :year, :kind, :from, :to, :due, :status, :narrative,
                    :createdAt, :createdBy, :updatedAt, :updatedBy, :templateAppliesTo, :templateVersion,
                    1, :revision, :correctionReason)
                on conflict (unit, year, kind, revision) do nothing""")
                .param("id", report.id())
                .param("unit", report.unit())
                .param("year", report.period().year())
                .param("kind", report.period().kind().name())
                .param("from", report.period().windowFrom())
                .param("to", report.period().windowTo())
                .param("due", report.period().due())
                .param("status", report.status().name())
                .param("narrative", report.narrative())
                .param("createdAt", Timestamp.from(report.createdAt()))
                .param("createdBy", report.createdBy())
                .param("updatedAt", Timestamp.from(report.updatedAt()))
                .param("updatedBy", report.updatedBy())
                .param("templateAppliesTo", report.templateAppliesTo())
                .param("templateVersion", report.templateVersion())
                .param("revision", report.revision())
                .param("correctionReason", report.correctionReason())
                .update();
        if (inserted == 0) {
            return false;
        }
        insertIndicators(report);
        return true;
    }

    /**
     * Writes a change if the report is still at {@code expectedVersion}; false (and nothing written) when someone else
     * changed it first. The version goes up by one.
     */
    public boolean update(Report report, int expectedVersion) {
        int updated = jdbc.sql("""
                update reports set status = :status, narrative = :narrative, updated_at = :at, updated_by = :by,
                    version = version + 1,
                    submitted_at = case when :status = 'SUBMITTED' then :at else submitted_at end,
                    accepted_at = case when :status = 'ACCEPTED' then :at else accepted_at end
                where id = :id and version = :expected""")
                .param("status", report.status().name()).param("narrative", report.narrative())
                .param("at", Timestamp.from(report.updatedAt())).param("by", report.updatedBy())
                .param("id", report.id()).param("expected", expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from report_indicators where report_id = :id").param("id", report.id()).update();
        insertIndicators(report);
        return true;
    }

    private void insertIndicators(Report report) {
        int position = 0;
        for (Indicator i : report.indicators()) {
            jdbc.sql("""
                    insert into report_indicators (report_id, position, code, label_vi, label_en, value, source,
                        measure, required, prefilled_value, override_reason)
                    values (:id, :position, :code, :vi, :en, :value, :source, :measure, :required, :prefilled, :reason)""")
                    .param("id", report.id()).param("position", position++).param("code", i.code())
                    .param("vi", i.labelVi()).param("en", i.labelEn()).param("value", i.value())
                    .param("source", i.source()).param("measure", i.measure().name()).param("required", i.required())
                    .param("prefilled", i.prefilledValue()).param("reason", i.overrideReason())
                    .update();
        }
    }

    /** Records a workflow step. */
    public void insertEvent(UUID reportId, ReportEvent e) {
        jdbc.sql("""
                insert into report_events (report_id, at, actor, actor_unit, action, from_status, to_status, comment)
                values (:id, :at, :actor, :unit, :action, :from, :to, :comment)""")
                .param("id", reportId).param("at", Timestamp.from(e.at())).param("actor", e.actor())
                .param("unit", e.actorUnit()).param("action", e.action())
                .param("from", e.from() == null ? null : e.from().name()).param("to", e.to().name())
                .param("comment", e.comment() == null ? "" : e.comment())
                .update();
    }

    public Optional<Report> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from reports where id = :id").param("id", id)
                .query((rs, n) -> map(rs)).optional();
    }

    /** The latest revision of a unit's report for a period. */
    public Optional<Report> find(String unit, ReportingPeriod period) {
        return jdbc.sql("select " + COLUMNS
                        + " from reports where unit = :unit and year = :year and kind = :kind order by revision desc limit 1")
                .param("unit", unit).param("year", period.year()).param("kind", period.kind().name())
                .query((rs, n) -> map(rs)).optional();
    }

    /** The accepted report of each unit for a period: its latest accepted revision (a correction counts once accepted). */
    public List<Report> accepted(ReportingPeriod period) {
        return jdbc.sql("select distinct on (unit) " + COLUMNS + " " + """
                 from reports where year = :year and kind = :kind and status = 'ACCEPTED'
                 order by unit, revision desc""")
                .param("year", period.year()).param("kind", period.kind().name())
                .query((rs, n) -> map(rs)).list();
    }

    /** A page of reports (every revision), newest period first; null filters match all. */
    public List<Report> list(String unit, Integer year, ReportStatus status, int limit, int offset) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from reports
                 where (cast(:unit as text) is null or unit = :unit) and (cast(:year as int) is null or year = :year)
                   and (cast(:status as text) is null or status = :status)
                 order by year desc, kind desc, unit, revision desc limit :limit offset :offset""")
                .param("unit", unit).param("year", year).param("status", status == null ? null : status.name())
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> map(rs)).list();
    }

    private Report map(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Report(id, rs.getString("unit"),
                new ReportingPeriod(rs.getInt("year"), PeriodKind.valueOf(rs.getString("kind"))),
                ReportStatus.valueOf(rs.getString("status")),
                indicators(id),
                rs.getString("narrative"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
                rs.getString("template_applies_to"), (Integer) rs.getObject("template_version"),
                rs.getInt("version"), rs.getInt("revision"), rs.getString("correction_reason"),
                history(id));
    }

    private List<Indicator> indicators(UUID reportId) {
        return jdbc.sql("""
                select code, label_vi, label_en, measure, required, source, value, prefilled_value, override_reason
                from report_indicators where report_id = :id order by position""")
                .param("id", reportId)
                .query((rs, n) -> new Indicator(rs.getString(1), rs.getString(2), rs.getString(3),
                        Measure.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getString(6),
                        (Long) rs.getObject(7), (Long) rs.getObject(8), rs.getString(9)))
                .list();
    }

    private List<ReportEvent> history(UUID reportId) {
        return jdbc.sql("""
                select action, from_status, to_status, actor, actor_unit, at, comment from report_events
                where report_id = :id order by id""")
                .param("id", reportId)
                .query((rs, n) -> new ReportEvent(rs.getString(1),
                        rs.getString(2) == null ? null : ReportStatus.valueOf(rs.getString(2)),
                        ReportStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getString(7)))
                .list();
    }
}
