package vn.lachan.budget.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.budget.domain.Commitment;
import vn.lachan.budget.domain.UnitExecution;
import vn.lachan.platform.money.Money;

/** Commitments and the execution of lines by unit and month, in PostgreSQL; every figure is a sum, never a copy. */
@Repository
public class ExecutionStore {

    private static final String COMMITMENTS = """
            select c.id, c.line_id, c.unit, c.amount_dong, c.committed_on, c.reference, c.description,
                   coalesce((select sum(s.amount_dong) from spendings s where s.commitment_id = c.id), 0)::bigint
                       as spent_dong,
                   c.created_at, c.created_by
            from commitments c""";

    private final JdbcClient jdbc;

    public ExecutionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How {@code unit} executes {@code lineId}; all zero when it has nothing on the line. */
    public UnitExecution unit(String lineId, String unit) {
        return units(null, lineId, unit).stream().findFirst().orElse(UnitExecution.none(lineId, unit));
    }

    /** Units' execution of the lines of {@code year}, filtered by line and unit (each null for any), in the plan's order. */
    public List<UnitExecution> units(Integer year, String lineId, String unit) {
        return jdbc.sql("""
                select e.* from unit_execution e join budget_lines l on l.id = e.line_id
                where (cast(:year as int) is null or l.year = :year)
                  and (cast(:line as text) is null or e.line_id = :line)
                  and (cast(:unit as text) is null or e.unit = :unit)
                order by l.year, l.position, e.unit""")
                .param("year", year)
                .param("line", lineId)
                .param("unit", unit)
                .query((rs, n) -> unitExecution(rs))
                .list();
    }

    /**
     * As {@link #units(Integer, String, String)}, counting only the commitments and spending dated on or before
     * {@code to}; the same sums as the view {@code unit_execution}, with the cut-off.
     */
    public List<UnitExecution> units(int year, String lineId, String unit, LocalDate to) {
        return jdbc.sql("""
                with keys as (
                    select line_id, unit from allocations where status = 'APPROVED'
                    union select line_id, unit from commitments where committed_on <= :to
                    union select line_id, unit from spendings where spent_on <= :to
                )
                select k.line_id, k.unit,
                       coalesce((select sum(a.amount_dong) from allocations a
                                 where a.line_id = k.line_id and a.unit = k.unit and a.status = 'APPROVED'), 0)::bigint
                           as allocated_dong,
                       coalesce((select sum(c.amount_dong) from commitments c
                                 where c.line_id = k.line_id and c.unit = k.unit and c.committed_on <= :to), 0)::bigint
                           as committed_dong,
                       coalesce((select sum(s.amount_dong) from spendings s
                                 where s.line_id = k.line_id and s.unit = k.unit and s.commitment_id is not null
                                   and s.spent_on <= :to), 0)::bigint as spent_on_commitments_dong,
                       coalesce((select sum(s.amount_dong) from spendings s
                                 where s.line_id = k.line_id and s.unit = k.unit and s.commitment_id is null
                                   and s.spent_on <= :to), 0)::bigint as spent_directly_dong
                from keys k join budget_lines l on l.id = k.line_id
                where l.year = :year
                  and (cast(:line as text) is null or k.line_id = :line)
                  and (cast(:unit as text) is null or k.unit = :unit)
                order by l.position, k.unit""")
                .param("year", year)
                .param("line", lineId)
                .param("unit", unit)
                .param("to", to)
                .query((rs, n) -> unitExecution(rs))
                .list();
    }

    /** What was spent ({@code spendings}) or committed ({@code commitments}) in each month of {@code year}. */
    public Money[] byMonth(String table, int year, String lineId, String unit) {
        return byMonth(table, year, lineId, unit, null);
    }

    /** As {@link #byMonth(String, int, String, String)}, only what is dated on or before {@code to} (null: all). */
    public Money[] byMonth(String table, int year, String lineId, String unit, LocalDate to) {
        String day = switch (table) {
            case "spendings" -> "spent_on";
            case "commitments" -> "committed_on";
            default -> throw new IllegalArgumentException(table);
        };
        Money[] months = new Money[12];
        Arrays.fill(months, Money.ZERO);
        jdbc.sql("select extract(month from t." + day + ")::int as m, sum(t.amount_dong)::bigint as dong from " + table
                + """
                 t join budget_lines l on l.id = t.line_id
                where l.year = :year
                  and (cast(:line as text) is null or t.line_id = :line)
                  and (cast(:unit as text) is null or t.unit = :unit)
                  and (cast(:to as date) is null or t.%s <= :to)
                group by 1""".formatted(day))
                .param("year", year)
                .param("line", lineId)
                .param("unit", unit)
                .param("to", to)
                .query(rs -> {
                    months[rs.getInt("m") - 1] = Money.dong(rs.getLong("dong"));
                });
        return months;
    }

    public void insert(Commitment commitment) {
        jdbc.sql("""
                insert into commitments (id, line_id, unit, amount_dong, committed_on, reference, description,
                    created_at, created_by)
                values (:id, :line, :unit, :amount, :day, :reference, :description, :at, :by)""")
                .param("id", commitment.id())
                .param("line", commitment.lineId())
                .param("unit", commitment.unit())
                .param("amount", commitment.amount().dong())
                .param("day", commitment.committedOn())
                .param("reference", commitment.reference())
                .param("description", commitment.description())
                .param("at", Timestamp.from(commitment.createdAt()))
                .param("by", commitment.createdBy())
                .update();
    }

    public Optional<Commitment> find(UUID id) {
        return jdbc.sql(COMMITMENTS + " where c.id = :id").param("id", id).query((rs, n) -> commitment(rs)).optional();
    }

    /** Commitments filtered by year, line and unit (each null for any), by line then oldest first. */
    public List<Commitment> list(Integer year, String lineId, String unit) {
        return jdbc.sql(COMMITMENTS + """
                 join budget_lines l on l.id = c.line_id
                where (cast(:year as int) is null or l.year = :year)
                  and (cast(:line as text) is null or c.line_id = :line)
                  and (cast(:unit as text) is null or c.unit = :unit)
                order by l.year, l.position, c.committed_on, c.created_at, c.id""")
                .param("year", year)
                .param("line", lineId)
                .param("unit", unit)
                .query((rs, n) -> commitment(rs))
                .list();
    }

    private static UnitExecution unitExecution(ResultSet rs) throws SQLException {
        return new UnitExecution(rs.getString("line_id"), rs.getString("unit"),
                Money.dong(rs.getLong("allocated_dong")), Money.dong(rs.getLong("committed_dong")),
                Money.dong(rs.getLong("spent_on_commitments_dong")), Money.dong(rs.getLong("spent_directly_dong")));
    }

        private static Commitment commitment(ResultSet rs) throws SQLException {
        return new Commitment(
                rs.getObject("id", UUID.class),
                rs.getString("line_id"),
                rs.getString("unit"),
                Money.dong(rs.getLong("amount_dong")),
                rs.getObject("committed_on", LocalDate.class),
                rs.getString("reference"),
                rs.getString("description"),
                Money.dong(rs.getLong("spent_dong")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
