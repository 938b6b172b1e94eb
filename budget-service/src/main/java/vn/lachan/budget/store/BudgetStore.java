package vn.lachan.budget.store;

import vn.lachan.platform.money.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.budget.domain.BudgetLine;
import vn.lachan.budget.domain.FundingShare;
import vn.lachan.budget.domain.LineKind;
import vn.lachan.budget.domain.Spending;

/** Budget lines and spending in PostgreSQL. What a line has spent is the sum of its spendings, never a copy. */
@Repository
public class BudgetStore {

    private static final String LINES = """
            select l.id, l.year, l.kind, l.label_vi, l.label_en,
                   coalesce((select sum(a.amount_dong) from allocations a
                             where a.line_id = l.id and a.status = 'APPROVED'), 0)::bigint as allocated_dong,
                   coalesce((select sum(c.amount_dong) from commitments c where c.line_id = l.id), 0)::bigint
                       as committed_dong,
                   coalesce((select sum(s.amount_dong) from spendings s where s.line_id = l.id), 0)::bigint as spent_dong,
                   coalesce((select sum(s.amount_dong) from spendings s
                             where s.line_id = l.id and s.commitment_id is null), 0)::bigint as spent_directly_dong
            from budget_lines l""";
    private static final String SPENDING_COLUMNS = """
            id, line_id, unit, amount_dong, spent_on, description, commitment_id, created_at, created_by, updated_at,
            updated_by""";

    private final JdbcClient jdbc;

    public BudgetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lines of {@code year} (null for every year), by year and then in the plan's order. */
    public List<BudgetLine> lines(Integer year) {
        Map<String, List<FundingShare>> funding = funding(year, null);
        return jdbc.sql(LINES + " where (cast(:year as int) is null or l.year = :year) order by l.year, l.position, l.id")
                .param("year", year)
                .query((rs, n) -> line(rs, funding))
                .list();
    }

    public Optional<BudgetLine> find(String id) {
        Map<String, List<FundingShare>> funding = funding(null, id);
        return jdbc.sql(LINES + " where l.id = :id")
                .param("id", id)
                .query((rs, n) -> line(rs, funding))
                .optional();
    }

    /** The funding shares of the lines of {@code year} or of line {@code id} (either may be null), by line. */
    private Map<String, List<FundingShare>> funding(Integer year, String id) {
        Map<String, List<FundingShare>> byLine = new HashMap<>();
        jdbc.sql("""
                select f.line_id, f.source, f.amount_dong from line_funding f join budget_lines l on l.id = f.line_id
                where (cast(:year as int) is null or l.year = :year) and (cast(:id as text) is null or l.id = :id)
                order by f.line_id, case f.source when 'PROVINCIAL' then 0 else 1 end, f.source""")
                .param("year", year)
                .param("id", id)
                .query(rs -> {
                    byLine.computeIfAbsent(rs.getString("line_id"), k -> new ArrayList<>())
                            .add(new FundingShare(rs.getString("source"), Money.dong(rs.getLong("amount_dong"))));
                });
        return byLine;
    }

    /**
     * Locks the line's row until the transaction ends, so spendings on one line are recorded one
     * after the other, then reads it. The read is a second statement on purpose: under READ COMMITTED
     * it sees every spending committed by whoever held the lock before.
     */
    public Optional<BudgetLine> lock(String id) {
        boolean exists = jdbc.sql("select id from budget_lines where id = :id for update")
                .param("id", id)
                .query(String.class)
                .optional()
                .isPresent();
        return exists ? find(id) : Optional.empty();
    }

    public void insert(Spending spending) {
        jdbc.sql("""
                insert into spendings (id, line_id, unit, amount_dong, spent_on, description, commitment_id,
                    created_at, created_by, updated_at, updated_by)
                values (:id, :line, :unit, :amount, :spentOn, :description, :commitment,
                    :createdAt, :createdBy, :updatedAt, :updatedBy)""")
                .param("id", spending.id())
                .param("line", spending.lineId())
                .param("unit", spending.unit())
                .param("amount", spending.amount().dong())
                .param("spentOn", spending.spentOn())
                .param("description", spending.description())
                .param("commitment", spending.commitmentId())
                .param("createdAt", Timestamp.from(spending.createdAt()))
                .param("createdBy", spending.createdBy())
                .param("updatedAt", Timestamp.from(spending.updatedAt()))
                .param("updatedBy", spending.updatedBy())
                .update();
    }

    /** Links recorded spending to the override that allowed it. */
    public void linkOverride(UUID spendingId, UUID overrideId) {
        jdbc.sql("update spendings set override_id = :o where id = :s").param("o", overrideId).param("s", spendingId).update();
    }

    public Optional<Spending> findSpending(UUID id) {
        return jdbc.sql("select " + SPENDING_COLUMNS + " from spendings where id = :id")
                .param("id", id)
                .query((rs, n) -> spending(rs))
                .optional();
    }

    private static BudgetLine line(ResultSet rs, Map<String, List<FundingShare>> funding) throws SQLException {
        String id = rs.getString("id");
        return new BudgetLine(
                id,
                rs.getInt("year"),
                LineKind.valueOf(rs.getString("kind")),
                rs.getString("label_vi"),
                rs.getString("label_en"),
                funding.getOrDefault(id, List.of()),
                Money.dong(rs.getLong("allocated_dong")),
                Money.dong(rs.getLong("committed_dong")),
                Money.dong(rs.getLong("spent_dong")),
                Money.dong(rs.getLong("spent_directly_dong")));
    }

    private static Spending spending(ResultSet rs) throws SQLException {
        return new Spending(
                rs.getObject("id", UUID.class),
                rs.getString("line_id"),
                rs.getString("unit"),
                Money.dong(rs.getLong("amount_dong")),
                rs.getObject("spent_on", LocalDate.class),
                rs.getString("description"),
                rs.getObject("commitment_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
