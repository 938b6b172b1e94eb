package vn.lachan.tip.intake.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.tip.indicators.store.IndicatorStore;
import vn.lachan.tip.intake.domain.Channel;
import vn.lachan.tip.intake.domain.SourceKind;
import vn.lachan.tip.intake.domain.Tip;
import vn.lachan.tip.intake.domain.TipDraft;
import vn.lachan.tip.intake.domain.TipStatistics;
import vn.lachan.tip.intake.domain.TipStatus;

/** Tips in PostgreSQL. */
@Repository
public class TipStore {

    private static final String COLUMNS = """
            id, received_at, channel, source_kind, receiving_unit, modus_operandi, narrative, loss_dong,
            last_transfer_at, status, decision_due, created_at, created_by, updated_at, updated_by, petitioning_unit"""
            + ", " + IndicatorStore.COLUMN;

    private final JdbcClient jdbc;
    private final IndicatorStore indicators;

    public TipStore(JdbcClient jdbc, IndicatorStore indicators) {
        this.jdbc = jdbc;
        this.indicators = indicators;
    }

    /** The codes new tips may name: the active ones (deactivated codes stay in the table for the statistics). */
    public Set<String> modusOperandiCodes() {
        return new LinkedHashSet<>(jdbc.sql("select code from modus_operandi where active order by position")
                .query(String.class).list());
    }

    /** Inserts {@code tip} with its indicators. */
    public void insert(Tip tip) {
        TipDraft f = tip.facts();
        jdbc.sql("""
                insert into tips (id, received_at, channel, source_kind, receiving_unit, modus_operandi, narrative,
                    loss_dong, last_transfer_at, status, decision_due,
                    created_at, created_by, updated_at, updated_by, petitioning_unit)
                values (:id, :receivedAt, :channel, :sourceKind, :unit, :modus, :narrative, :loss, :lastTransfer,
                    :status, :due, :createdAt, :createdBy, :updatedAt, :updatedBy, :petitioningUnit)""")
                .param("id", tip.id())
                .param("receivedAt", Timestamp.from(f.receivedAt()))
                .param("channel", f.channel().name())
                .param("sourceKind", f.sourceKind().name())
                .param("unit", f.receivingUnit())
                .param("modus", f.modusOperandi())
                .param("narrative", f.narrative())
                .param("loss", f.lossDong())
                .param("lastTransfer", f.lastTransferAt() == null ? null : Timestamp.from(f.lastTransferAt()))
                .param("status", tip.status().name())
                .param("due", tip.decisionDue())
                .param("createdAt", Timestamp.from(tip.createdAt()))
                .param("createdBy", tip.createdBy())
                .param("updatedAt", Timestamp.from(tip.updatedAt()))
                .param("updatedBy", tip.updatedBy())
                .param("petitioningUnit", f.petitioningUnit())
                .update();
        indicators.insert(tip.id(), f.indicators());
    }

    /** Other tips sharing a normalised indicator with tip {@code id}, newest first, at most {@code limit}. */
    public List<Linked> linkedTo(UUID id, int limit) {
        Map<UUID, List<String>> shared = indicators.sharedWith(id, limit);
        if (shared.isEmpty()) {
            return List.of();
        }
        Map<UUID, Tip> tips = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from tips where id in (:ids)")
                .param("ids", shared.keySet())
                .query((rs, n) -> map(rs))
                .list()
                .forEach(tip -> tips.put(tip.id(), tip));
        return shared.entrySet().stream().map(e -> new Linked(tips.get(e.getKey()), e.getValue())).toList();
    }

    /** A tip linked to another, with the canonical indicator values the two share. */
    public record Linked(Tip tip, List<String> sharedIndicators) {
    }

    public Optional<Tip> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from tips where id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** A page of tips, newest first; {@code unit} null for all units. */
    public List<Tip> list(String unit, int limit, int offset) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from tips where (cast(:unit as text) is null or receiving_unit = :unit)
                 order by received_at desc, id limit :limit offset :offset""")
                .param("unit", unit)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> map(rs))
                .list();
    }

    /**
     * Counts of tips received in [from, to) by modus operandi, channel and source kind, by the decision each stands
     * under now, and how many undecided ones had their decision due before {@code today}; {@code unit} null for all.
     */
    public TipStatistics statistics(Instant from, Instant to, String unit, LocalDate today) {
        String where = " from tips where received_at >= :from and received_at < :to"
                + " and (cast(:unit as text) is null or receiving_unit = :unit)";
        List<TipStatistics.ModusCount> byModus = jdbc.sql("""
                select m.code, m.label_vi, m.label_en, count(t.id) from modus_operandi m
                left join tips t on t.modus_operandi = m.code and t.received_at >= :from and t.received_at < :to
                     and (cast(:unit as text) is null or t.receiving_unit = :unit)
                group by m.code, m.label_vi, m.label_en, m.position order by m.position""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("unit", unit)
                .query((rs, n) -> new TipStatistics.ModusCount(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4)))
                .list();
        Map<String, Long> byChannel = counts("channel", where, from, to, unit);
        Map<String, Long> bySource = counts("source_kind", where, from, to, unit);
        long total = byChannel.values().stream().mapToLong(Long::longValue).sum();
        // the decision a tip stands under is its latest DECIDE, unless a RESUME came after it (tip_status_changes,
        // V3__decisions.sql); undecided tips are overdue once their current deadline (tips.decision_due, which
        // extensions and resumption move) is over
        List<OutcomeRow> outcomes = jdbc.sql("""
                select d.outcome, count(*) as tips,
                       count(*) filter (where d.outcome is null and t.decision_due < :today) as overdue
                from tips t
                left join lateral (
                    select c.outcome from tip_status_changes c
                    where c.tip_id = t.id and c.step in ('DECIDE', 'RESUME')
                    order by c.id desc limit 1) d on true
                where t.received_at >= :from and t.received_at < :to
                  and (cast(:unit as text) is null or t.receiving_unit = :unit)
                group by d.outcome""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("unit", unit)
                .param("today", today)
                .query((rs, n) -> new OutcomeRow(standing(rs.getString("outcome")), rs.getLong("tips"),
                        rs.getLong("overdue")))
                .list();
        Map<TipStatistics.Standing, Long> byOutcome = new EnumMap<>(TipStatistics.Standing.class);
        outcomes.forEach(row -> byOutcome.put(row.standing(), row.tips()));
        long overdue = outcomes.stream().mapToLong(OutcomeRow::overdue).sum();
        return new TipStatistics(total, byModus, byChannel, bySource, byOutcome, overdue, today);
    }

    private record OutcomeRow(TipStatistics.Standing standing, long tips, long overdue) {
    }

    /** The standing of a tip whose latest decision recorded {@code outcome} (null: none, or resumed since). */
    static TipStatistics.Standing standing(String outcome) {
        if (outcome == null) {
            return TipStatistics.Standing.UNDECIDED;
        }
        return switch (outcome) {
            case "PROSECUTE" -> TipStatistics.Standing.PROSECUTED;
            case "NOT_PROSECUTE" -> TipStatistics.Standing.NOT_PROSECUTED;
            case "SUSPEND" -> TipStatistics.Standing.SUSPENDED;
            default -> throw new IllegalStateException("unknown outcome " + outcome);
        };
    }

    private Map<String, Long> counts(String column, String where, Instant from, Instant to, String unit) {
        Map<String, Long> result = new LinkedHashMap<>();
        jdbc.sql("select " + column + ", count(*)" + where + " group by " + column + " order by " + column)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("unit", unit)
                .query((rs, n) -> result.put(rs.getString(1), rs.getLong(2))).list();
        return result;
    }

    private static Tip map(ResultSet rs) throws SQLException {
        Timestamp lastTransfer = rs.getTimestamp("last_transfer_at");
        TipDraft facts = new TipDraft(
                rs.getTimestamp("received_at").toInstant(),
                Channel.valueOf(rs.getString("channel")),
                SourceKind.valueOf(rs.getString("source_kind")),
                rs.getString("receiving_unit"),
                rs.getString("modus_operandi"),
                rs.getString("narrative"),
                rs.getLong("loss_dong"),
                lastTransfer == null ? null : lastTransfer.toInstant(),
                IndicatorStore.indicators(rs),
                rs.getString("petitioning_unit"));
        return new Tip(
                rs.getObject("id", UUID.class),
                facts,
                TipStatus.valueOf(rs.getString("status")),
                rs.getObject("decision_due", LocalDate.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
