package vn.lachan.budget.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.budget.domain.AllocationStatus;
import vn.lachan.budget.domain.SpendingOverride;
import vn.lachan.platform.money.Money;

/** Requests to spend above an allocation, in PostgreSQL. */
@Repository
public class OverrideStore {

    private static final String COLUMNS = """
            o.id, o.line_id, o.unit, o.amount_dong, o.spent_on, o.description, o.status, o.requested_by,
            o.requested_at, o.decided_by, o.decided_at, o.reason, o.spending_id""";

    private final JdbcClient jdbc;

    public OverrideStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(SpendingOverride o) {
        jdbc.sql("""
                insert into spending_overrides (id, line_id, unit, amount_dong, spent_on, description, status,
                    requested_by, requested_at)
                values (:id, :line, :unit, :amount, :day, :description, 'REQUESTED', :by, :at)""")
                .param("id", o.id())
                .param("line", o.lineId())
                .param("unit", o.unit())
                .param("amount", o.amount().dong())
                .param("day", o.spentOn())
                .param("description", o.description())
                .param("by", o.requestedBy())
                .param("at", Timestamp.from(o.requestedAt()))
                .update();
    }

    public Optional<SpendingOverride> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from spending_overrides o where o.id = :id")
                .param("id", id).query((rs, n) -> override(rs)).optional();
    }

    /** Decides a requested override; false if it was decided meanwhile. */
    public boolean decide(UUID id, AllocationStatus to, String by, Instant at, String reason, UUID spendingId) {
        return jdbc.sql("""
                update spending_overrides set status = :to, decided_by = :by, decided_at = :at, reason = :reason,
                    spending_id = :spending
                where id = :id and status = 'REQUESTED'""")
                .param("to", to.name())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("reason", reason)
                .param("spending", spendingId)
                .param("id", id)
                .update() == 1;
    }

    /** Overrides filtered by year, unit and status (each null for any): the approval queue, oldest first. */
    public List<SpendingOverride> list(Integer year, String unit, AllocationStatus status) {
        return jdbc.sql("select " + COLUMNS + """
                 from spending_overrides o join budget_lines l on l.id = o.line_id
                where (cast(:year as int) is null or l.year = :year)
                  and (cast(:unit as text) is null or o.unit = :unit)
                  and (cast(:status as text) is null or o.status = :status)
                order by o.requested_at, o.id""")
                .param("year", year)
                .param("unit", unit)
                .param("status", status == null ? null : status.name())
                .query((rs, n) -> override(rs))
                .list();
    }

    private static SpendingOverride override(ResultSet rs) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new SpendingOverride(
                rs.getObject("id", UUID.class),
                rs.getString("line_id"),
                rs.getString("unit"),
                Money.dong(rs.getLong("amount_dong")),
                rs.getObject("spent_on", LocalDate.class),
                rs.getString("description"),
                AllocationStatus.valueOf(rs.getString("status")),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("reason"),
                rs.getObject("spending_id", UUID.class));
    }
}
