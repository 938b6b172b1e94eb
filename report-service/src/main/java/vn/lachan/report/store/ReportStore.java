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
import vn.lachan.report.domain.PeriodKind;
import vn.lachan.report.domain.Report;
import vn.lachan.report.domain.ReportStatus;
import vn.lachan.report.domain.ReportingPeriod;

/** Reports and their indicators in PostgreSQL. */
@Repository
public class ReportStore {

    private static final String COLUMNS =
            "id, unit, year, kind, status, narrative, created_at, created_by, updated_at, updated_by";

    private final JdbcClient jdbc;

    public ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the report with its indicators unless the unit already has one for the period. */
    public boolean insertIfAbsent(Report report) {
        int inserted = jdbc.sql("""
                insert into reports (id, unit, year, kind, window_from, window_to, due, status, narrative,
                    created_at, created_by, updated_at, updated_by)
                values (:id, :unit, :year, :kind, :from, :to, :due, :status, :narrative,
                    :createdAt, :createdBy, :updatedAt, :updatedBy)
                on conflict (unit, year, kind) do nothing""")
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
                .update();
        if (inserted == 0) {
            return false;
        }
        int position = 0;
        for (Indicator i : report.indicators()) {
            jdbc.sql("""
                    insert into report_indicators (report_id, position, code, label_vi, label_en, value, source)
                    values (:id, :position, :code, :vi, :en, :value, :source)""")
                    .param("id", report.id()).param("position", position++).param("code", i.code())
                    .param("vi", i.labelVi()).param("en", i.labelEn()).param("value", i.value())
                    .param("source", i.source())
                    .update();
        }
        return true;
    }

    public Optional<Report> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from reports where id = :id").param("id", id)
                .query((rs, n) -> map(rs)).optional();
    }

    public Optional<Report> find(String unit, ReportingPeriod period) {
        return jdbc.sql("select " + COLUMNS + " from reports where unit = :unit and year = :year and kind = :kind")
                .param("unit", unit).param("year", period.year()).param("kind", period.kind().name())
                .query((rs, n) -> map(rs)).optional();
    }

    /** A page of reports, newest period first; null filters match all. */
    public List<Report> list(String unit, Integer year, int limit, int offset) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from reports
                 where (cast(:unit as text) is null or unit = :unit) and (cast(:year as int) is null or year = :year)
                 order by year desc, kind desc, unit limit :limit offset :offset""")
                .param("unit", unit).param("year", year).param("limit", limit).param("offset", offset)
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
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    private List<Indicator> indicators(UUID reportId) {
        return jdbc.sql("""
                select code, label_vi, label_en, value, source from report_indicators
                where report_id = :id order by position""")
                .param("id", reportId)
                .query((rs, n) -> new Indicator(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5)))
                .list();
    }
}
