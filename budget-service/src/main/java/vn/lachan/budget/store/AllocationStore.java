package vn.lachan.budget.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.budget.domain.Allocation;
import vn.lachan.budget.domain.AllocationStatus;
import vn.lachan.platform.money.Money;

/** Allocations of lines to units in PostgreSQL. */
@Repository
public class AllocationStore {

    private static final String COLUMNS = """
            a.id, a.line_id, a.unit, a.amount_dong, a.note, a.status, a.requested_by, a.requested_at,
            a.decided_by, a.decided_at, a.decision_note, a.change_id""";

    private final JdbcClient jdbc;

    public AllocationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Allocation allocation) {
        jdbc.sql("""
                insert into allocations (id, line_id, unit, amount_dong, note, status, requested_by, requested_at)
                values (:id, :line, :unit, :amount, :note, :status, :by, :at)""")
                .param("id", allocation.id())
                .param("line", allocation.lineId())
                .param("unit", allocation.unit())
                .param("amount", allocation.amount().dong())
                .param("note", allocation.note())
                .param("status", allocation.status().name())
                .param("by", allocation.requestedBy())
                .param("at", Timestamp.from(allocation.requestedAt()))
                .update();
    }

    public Optional<Allocation> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from allocations a where a.id = :id")
                .param("id", id)
                .query((rs, n) -> allocation(rs))
                .optional();
    }


    /** Decides a requested allocation; false if it was decided meanwhile. */
    public boolean decide(UUID id, AllocationStatus to, String by, Instant at, String note) {
        return jdbc.sql("""
                update allocations set status = :to, decided_by = :by, decided_at = :at, decision_note = :note
                where id = :id and status = 'REQUESTED'""")
                .param("to", to.name())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("note", note)
                .param("id", id)
                .update() == 1;
    }

    /** Allocations filtered by year, line, unit and status (each null for any), by line then oldest first. */
    public List<Allocation> list(Integer year, String lineId, String unit, AllocationStatus status) {
        return jdbc.sql("select " + COLUMNS + """
                 from allocations a join budget_lines l on l.id = a.line_id
                where (cast(:year as int) is null or l.year = :year)
                  and (cast(:line as text) is null or a.line_id = :line)
                  and (cast(:unit as text) is null or a.unit = :unit)
                  and (cast(:status as text) is null or a.status = :status)
                order by l.year, l.position, a.requested_at, a.id""")
                .param("year", year)
                .param("line", lineId)
                .param("unit", unit)
                .param("status", status == null ? null : status.name())
                .query((rs, n) -> allocation(rs))
                .list();
    }

    private static Allocation allocation(ResultSet rs) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Allocation(
                rs.getObject("id", UUID.class),
                rs.getString("line_id"),
                rs.getString("unit"),
                Money.dong(rs.getLong("amount_dong")),
                rs.getString("note"),
                AllocationStatus.valueOf(rs.getString("status")),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("decision_note"),
                rs.getObject("change_id", UUID.class));
    }
}
