package vn.lachan.budget.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.budget.domain.AllocationStatus;
import vn.lachan.budget.domain.BudgetChange;
import vn.lachan.budget.domain.ChangeKind;
import vn.lachan.budget.domain.Movement;
import vn.lachan.budget.domain.YearPlan;
import vn.lachan.platform.money.Money;

/**
 * Transfers, revisions and carry-forwards in PostgreSQL, with what each approval moved. Applying a movement changes
 * a line's funding share or adds an approved allocation row; the triggers of V21 refuse any line left planning less
 * than it allocates or uses, and any unit's allocation below zero.
 */
@Repository
public class ChangeStore {

    private static final String COLUMNS = """
            c.id, c.kind, c.year, c.from_line_id, c.from_unit, c.to_line_id, c.to_unit, c.funding_source, c.amount_dong,
            c.note, c.status, c.requested_by, c.requested_at, c.decided_by, c.decided_at, c.decision_note""";

    private final JdbcClient jdbc;

    public ChangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(BudgetChange c) {
        jdbc.sql("""
                insert into budget_changes (id, kind, year, from_line_id, from_unit, to_line_id, to_unit, funding_source,
                    amount_dong, note, status, requested_by, requested_at)
                values (:id, :kind, :year, :fromLine, :fromUnit, :toLine, :toUnit, :source, :amount, :note, 'REQUESTED',
                    :by, :at)""")
                .param("id", c.id())
                .param("kind", c.kind().name())
                .param("year", c.year())
                .param("fromLine", c.fromLineId())
                .param("fromUnit", c.fromUnit())
                .param("toLine", c.toLineId())
                .param("toUnit", c.toUnit())
                .param("source", c.fundingSource())
                .param("amount", c.amount().dong())
                .param("note", c.note())
                .param("by", c.requestedBy())
                .param("at", Timestamp.from(c.requestedAt()))
                .update();
    }

    public Optional<BudgetChange> find(UUID id) {
        return list("c.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Changes filtered by year, kind, status, line and unit (each null for any), oldest first. */
    public List<BudgetChange> list(Integer year, ChangeKind kind, AllocationStatus status, String lineId, String unit) {
        Map<String, Object> params = new HashMap<>();
        params.put("year", year);
        params.put("kind", kind == null ? null : kind.name());
        params.put("status", status == null ? null : status.name());
        params.put("line", lineId);
        params.put("unit", unit);
        return list("""
                (cast(:year as int) is null or c.year = :year or exists (
                    select 1 from budget_lines l where l.id = c.to_line_id and l.year = :year))
                and (cast(:kind as text) is null or c.kind = :kind)
                and (cast(:status as text) is null or c.status = :status)
                and (cast(:line as text) is null or c.from_line_id = :line or c.to_line_id = :line)
                and (cast(:unit as text) is null or c.from_unit = :unit or c.to_unit = :unit)""", params);
    }

    private List<BudgetChange> list(String where, Map<String, ?> params) {
        List<BudgetChange> changes = jdbc.sql("select " + COLUMNS + " from budget_changes c where " + where
                        + " order by c.requested_at, c.id")
                .params(params)
                .query((rs, n) -> change(rs, List.of()))
                .list();
        if (changes.isEmpty()) {
            return changes;
        }
        Map<UUID, List<Movement>> moved = movements(changes.stream().map(BudgetChange::id).toList());
        return changes.stream().map(c -> withMovements(c, moved.getOrDefault(c.id(), List.of()))).toList();
    }

    private Map<UUID, List<Movement>> movements(List<UUID> ids) {
        Map<UUID, List<Movement>> byChange = new HashMap<>();
        jdbc.sql("""
                select change_id, line_id, unit, source, delta_dong, before_dong, after_dong from budget_change_movements
                where change_id in (:ids) order by change_id, position""")
                .param("ids", ids)
                .query(rs -> {
                    byChange.computeIfAbsent(rs.getObject("change_id", UUID.class), k -> new ArrayList<>())
                            .add(new Movement(rs.getString("line_id"), rs.getString("unit"), rs.getString("source"),
                                    Money.dong(rs.getLong("delta_dong")), Money.dong(rs.getLong("before_dong")),
                                    Money.dong(rs.getLong("after_dong"))));
                });
        return byChange;
    }

    /** Decides a requested change; false if it was decided meanwhile. */
    public boolean decide(UUID id, AllocationStatus to, String by, Instant at, String note) {
        return jdbc.sql("""
                update budget_changes set status = :to, decided_by = :by, decided_at = :at, decision_note = :note
                where id = :id and status = 'REQUESTED'""")
                .param("to", to.name())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("note", note)
                .param("id", id)
                .update() == 1;
    }

    /**
     * Applies an approved change's movements in order and keeps them: a plan's movement changes the line's share of
     * its source, an allocation's adds an approved allocation row of the change.
     */
    public void apply(BudgetChange change, List<Movement> movements, String decidedBy, Instant at, String decisionNote) {
        int position = 0;
        for (Movement m : movements) {
            if (m.ofPlan()) {
                // an update first: PostgreSQL checks an insert's row (amount ≥ 0) even when it ends as an update
                int updated = jdbc.sql("""
                        update line_funding set amount_dong = amount_dong + :delta where line_id = :line and source = :source""")
                        .param("line", m.lineId())
                        .param("source", m.source())
                        .param("delta", m.delta().dong())
                        .update();
                if (updated == 0) { // money arriving from a source the line had none of
                    jdbc.sql("insert into line_funding (line_id, source, amount_dong) values (:line, :source, :delta)")
                            .param("line", m.lineId())
                            .param("source", m.source())
                            .param("delta", m.delta().dong())
                            .update();
                }
            } else {
                jdbc.sql("""
                        insert into allocations (id, line_id, unit, amount_dong, note, status, requested_by, requested_at,
                            decided_by, decided_at, decision_note, change_id)
                        values (:id, :line, :unit, :delta, :note, 'APPROVED', :requestedBy, :requestedAt, :decidedBy,
                            :decidedAt, :decisionNote, :change)""")
                        .param("id", UUID.randomUUID())
                        .param("line", m.lineId())
                        .param("unit", m.unit())
                        .param("delta", m.delta().dong())
                        .param("note", change.note())
                        .param("requestedBy", change.requestedBy())
                        .param("requestedAt", Timestamp.from(change.requestedAt()))
                        .param("decidedBy", decidedBy)
                        .param("decidedAt", Timestamp.from(at))
                        .param("decisionNote", decisionNote)
                        .param("change", change.id())
                        .update();
            }
            jdbc.sql("""
                    insert into budget_change_movements (change_id, position, line_id, unit, source, delta_dong,
                        before_dong, after_dong)
                    values (:change, :position, :line, :unit, :source, :delta, :before, :after)""")
                    .param("change", change.id())
                    .param("position", position++)
                    .param("line", m.lineId())
                    .param("unit", m.unit())
                    .param("source", m.source())
                    .param("delta", m.delta().dong())
                    .param("before", m.before().dong())
                    .param("after", m.after().dong())
                    .update();
        }
    }

    /** The funding sources there are, provincial first. */
    public Set<String> sources() {
        return new LinkedHashSet<>(jdbc.sql(
                "select code from funding_sources order by case code when 'PROVINCIAL' then 0 else 1 end, code")
                .query(String.class).list());
    }

    /**
     * {@code year}'s plan from its history, and what its lines plan now; empty when it is no year of the plan.
     * The history is the approved changes themselves, not their movements, so the two are checked one against the
     * other.
     */
    public Optional<YearPlan> yearPlan(int year) {
        return jdbc.sql("""
                select y.year, y.appendix_dong,
                       coalesce((select sum(c.amount_dong) from budget_changes c join budget_lines l on l.id = c.to_line_id
                                 where c.status = 'APPROVED' and c.kind = 'REVISION' and l.year = y.year), 0)::bigint
                           as revised_up,
                       coalesce((select sum(c.amount_dong) from budget_changes c join budget_lines l on l.id = c.from_line_id
                                 where c.status = 'APPROVED' and c.kind = 'REVISION' and l.year = y.year), 0)::bigint
                           as revised_down,
                       coalesce((select sum(c.amount_dong) from budget_changes c join budget_lines l on l.id = c.to_line_id
                                 where c.status = 'APPROVED' and c.kind = 'CARRY_FORWARD' and l.year = y.year), 0)::bigint
                           as carried_in,
                       coalesce((select sum(c.amount_dong) from budget_changes c join budget_lines l on l.id = c.from_line_id
                                 where c.status = 'APPROVED' and c.kind = 'CARRY_FORWARD' and l.year = y.year), 0)::bigint
                           as carried_out,
                       coalesce((select sum(f.amount_dong) from line_funding f join budget_lines l on l.id = f.line_id
                                 where l.year = y.year), 0)::bigint as lines_total,
                       (select count(*) from budget_changes c where c.status = 'APPROVED' and (c.year = y.year
                            or exists (select 1 from budget_lines l where l.id = c.to_line_id and l.year = y.year)))::int
                           as approved
                from year_plans y where y.year = :year""")
                .param("year", year)
                .query((rs, n) -> new YearPlan(rs.getInt("year"), Money.dong(rs.getLong("appendix_dong")),
                        Money.dong(rs.getLong("revised_up")), Money.dong(rs.getLong("revised_down")),
                        Money.dong(rs.getLong("carried_in")), Money.dong(rs.getLong("carried_out")),
                        Money.dong(rs.getLong("lines_total")), rs.getInt("approved")))
                .optional();
    }

    private static BudgetChange withMovements(BudgetChange c, List<Movement> movements) {
        return new BudgetChange(c.id(), c.kind(), c.year(), c.fromLineId(), c.fromUnit(), c.toLineId(), c.toUnit(),
                c.fundingSource(), c.amount(), c.note(), c.status(), c.requestedBy(), c.requestedAt(), c.decidedBy(),
                c.decidedAt(), c.decisionNote(), movements);
    }

    private static BudgetChange change(ResultSet rs, List<Movement> movements) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new BudgetChange(
                rs.getObject("id", UUID.class),
                ChangeKind.valueOf(rs.getString("kind")),
                rs.getInt("year"),
                rs.getString("from_line_id"),
                rs.getString("from_unit"),
                rs.getString("to_line_id"),
                rs.getString("to_unit"),
                rs.getString("funding_source"),
                Money.dong(rs.getLong("amount_dong")),
                rs.getString("note"),
                AllocationStatus.valueOf(rs.getString("status")),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("decision_note"),
                movements);
    }
}
