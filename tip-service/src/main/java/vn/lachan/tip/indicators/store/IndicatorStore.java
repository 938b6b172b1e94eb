package vn.lachan.tip.indicators.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.platform.time.LegalTime;
import vn.lachan.tip.indicators.domain.Indicator;
import vn.lachan.tip.indicators.domain.IndicatorKey;
import vn.lachan.tip.indicators.domain.IndicatorReports;
import vn.lachan.tip.indicators.domain.IndicatorType;
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

    private static final String REPORTS = """
            select i.type, i.normalized, count(distinct t.id) as reports,
                   min(t.received_at) as first_at, max(t.received_at) as last_at,
                   count(distinct t.id) filter (where t.status = '%s') as prosecuted,
                   count(distinct t.id) filter (where t.status = '%s') as dismissed
            from tip_indicators i join tips t on t.id = i.tip_id
            """.formatted(TipStatus.PROSECUTED.name(), TipStatus.NOT_PROSECUTED.name());

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

    /** What the tips naming {@code key} say about it; {@link IndicatorReports#NONE} when none does. */
    public IndicatorReports reports(IndicatorKey key) {
        return jdbc.sql(REPORTS + " where i.type = :type and i.normalized = :normalized group by i.type, i.normalized")
                .param("type", key.type().name())
                .param("normalized", key.normalized())
                .query((rs, n) -> reports(rs))
                .optional()
                .orElse(IndicatorReports.NONE);
    }

    /** Every indicator any tip names, with its reports, one at a time (for rebuilding the scam-check index). */
    public void eachReports(BiConsumer<IndicatorKey, IndicatorReports> action) {
        jdbc.sql(REPORTS + " group by i.type, i.normalized")
                .query((RowCallbackHandler) rs -> action.accept(
                        new IndicatorKey(IndicatorType.valueOf(rs.getString("type")), rs.getString("normalized")),
                        reports(rs)));
    }

    private static IndicatorReports reports(ResultSet rs) throws SQLException {
        Timestamp first = rs.getTimestamp("first_at");
        Timestamp last = rs.getTimestamp("last_at");
        return new IndicatorReports(rs.getLong("reports"),
                first == null ? null : LegalTime.legalDay(first.toInstant()),
                last == null ? null : LegalTime.legalDay(last.toInstant()),
                rs.getLong("prosecuted"), rs.getLong("dismissed"));
    }
}
