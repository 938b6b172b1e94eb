package vn.lachan.tip.indicators.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.tip.indicators.domain.Indicator;
import vn.lachan.tip.indicators.domain.IndicatorKey;
import vn.lachan.tip.indicators.domain.IndicatorReports;
import vn.lachan.tip.indicators.domain.IndicatorType;
import vn.lachan.tip.indicators.domain.PublicationBasis;
import vn.lachan.tip.indicators.domain.PublicationEvent;
import vn.lachan.tip.intake.domain.TipStatus;

/** The indicators of tips in PostgreSQL, the source of truth for links and for the scam-check index. */
@Repository
public class IndicatorStore {

    /**
     * A tip's indicators as one column of a query over {@code tips}: rows of (type, raw value, normalized).
     * {@code id} is left unqualified so it names the tip however the query calls the table.
     */
    public static final String COLUMN = "array(select array[ti.type, ti.raw_value, ti.normalized] from tip_indicators ti"
            + " where ti.tip_id = id order by ti.position) as indicators";

    /**
     * What the police verified about the values of {@code keys} (a query of (type, normalized)): prosecuted tips
     * naming each, and its publications with the latest one's action and basis.
     */
    private static final String REPORTS = """
            select k.type, k.normalized,
                   (select count(distinct t.id) from tip_indicators i join tips t on t.id = i.tip_id
                     where i.type = k.type and i.normalized = k.normalized and t.status = '%s') as prosecuted,
                   (select count(*) from indicator_publications p
                     where p.type = k.type and p.normalized = k.normalized) as publications,
                   (select p.action from indicator_publications p
                     where p.type = k.type and p.normalized = k.normalized order by p.id desc limit 1) as last_action,
                   (select p.basis from indicator_publications p
                     where p.type = k.type and p.normalized = k.normalized order by p.id desc limit 1) as last_basis
            from (%%s) k
            """.formatted(TipStatus.PROSECUTED.name());

    /** Every value the police verified or withdrew: named in a prosecuted tip, or published or withdrawn. */
    private static final String VERIFIED_KEYS = """
            select distinct i.type, i.normalized from tip_indicators i join tips t on t.id = i.tip_id
             where t.status = '%s'
            union
            select distinct type, normalized from indicator_publications""".formatted(TipStatus.PROSECUTED.name());

    private final JdbcClient jdbc;

    public IndicatorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the checked indicators of a new tip, in the order given. */
    public void insert(UUID tipId, List<Indicator> indicators) {
        for (int position = 0; position < indicators.size(); position++) {
            Indicator indicator = indicators.get(position);
            jdbc.sql("""
                    insert into tip_indicators (tip_id, position, type, raw_value, normalized)
                    values (:tip, :position, :type, :raw, :normalized)""")
                    .param("tip", tipId)
                    .param("position", position)
                    .param("type", indicator.type().name())
                    .param("raw", indicator.value())
                    .param("normalized", indicator.normalized())
                    .update();
        }
    }

    /** The indicators of {@link #COLUMN} in a row. */
    public static List<Indicator> indicators(ResultSet rs) throws SQLException {
        Array column = rs.getArray("indicators");
        List<Indicator> indicators = new ArrayList<>();
        for (Object row : (Object[]) column.getArray()) {
            String[] values = (String[]) row;
            indicators.add(new Indicator(IndicatorType.valueOf(values[0]), values[1], values[2]));
        }
        return indicators;
    }

    /**
     * The other tips naming any indicator {@code tipId} names, newest first, at most {@code limit}, each
     * with the canonical values the two share.
     */
    public Map<UUID, List<String>> sharedWith(UUID tipId, int limit) {
        Map<UUID, List<String>> shared = new LinkedHashMap<>();
        jdbc.sql("""
                select other.tip_id, array_agg(distinct other.normalized) as shared
                from tip_indicators mine
                join tip_indicators other on other.type = mine.type and other.normalized = mine.normalized
                     and other.tip_id <> mine.tip_id
                join tips t on t.id = other.tip_id
                where mine.tip_id = :tip
                group by other.tip_id, t.received_at
                order by t.received_at desc, other.tip_id
                limit :limit""")
                .param("tip", tipId)
                .param("limit", limit)
                .query((rs, n) -> shared.put(rs.getObject("tip_id", UUID.class),
                        List.of((String[]) rs.getArray("shared").getArray())))
                .list();
        return shared;
    }

    /** The distinct normalised indicators of one tip. */
    public Set<IndicatorKey> keysOf(UUID tipId) {
        return new LinkedHashSet<>(jdbc.sql("""
                select type, normalized from tip_indicators where tip_id = :tip order by position""")
                .param("tip", tipId)
                .query((rs, n) -> new IndicatorKey(IndicatorType.valueOf(rs.getString(1)), rs.getString(2)))
                .list());
    }

    /** What the police verified about {@code key}; {@link IndicatorReports#NONE} when nothing. */
    public IndicatorReports reports(IndicatorKey key) {
        return jdbc.sql(REPORTS.formatted("select cast(:type as text) as type, cast(:normalized as text) as normalized"))
                .param("type", key.type().name())
                .param("normalized", key.normalized())
                .query((rs, n) -> reports(rs))
                .single();
    }

    /**
     * Every value the police verified or withdrew, with what was verified, one at a time (for rebuilding the
     * scam-check index). Values only mentioned in tips are not among them: the index knows nothing of them.
     */
    public void eachReports(BiConsumer<IndicatorKey, IndicatorReports> action) {
        jdbc.sql(REPORTS.formatted(VERIFIED_KEYS))
                .query((RowCallbackHandler) rs -> action.accept(
                        new IndicatorKey(IndicatorType.valueOf(rs.getString("type")), rs.getString("normalized")),
                        reports(rs)));
    }

    private static IndicatorReports reports(ResultSet rs) throws SQLException {
        String action = rs.getString("last_action");
        String basis = rs.getString("last_basis");
        return new IndicatorReports(rs.getLong("prosecuted"), rs.getLong("publications"),
                Optional.ofNullable(action).map(PublicationEvent.Action::valueOf),
                Optional.ofNullable(basis).map(PublicationBasis::valueOf));
    }
}
