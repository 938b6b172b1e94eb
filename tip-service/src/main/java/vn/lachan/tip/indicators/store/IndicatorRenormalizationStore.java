package vn.lachan.tip.indicators.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.tip.indicators.domain.IndicatorType;

/** The stored canonical values, read and rewritten when the normaliser changes (see IndicatorRenormalization). */
@Repository
public class IndicatorRenormalizationStore {

    /** A distinct stored value: its type, what it was normalised from (null when not kept), its canonical form. */
    public record Stored(IndicatorType type, String source, String normalized) {
    }

    private final JdbcClient jdbc;

    public IndicatorRenormalizationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for any other replica re-normalising, for the rest of the transaction; true if {@code version} is applied. */
    public boolean lockAndCheck(int version) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('indicator-renormalization', 7))").query((rs, n) -> 1).list();
        return jdbc.sql("select count(*) from indicator_normalizer_versions where version = :v").param("v", version)
                .query(Long.class).single() > 0;
    }

    public void recordVersion(int version, Instant at, long changed, long kept) {
        jdbc.sql("""
                insert into indicator_normalizer_versions (version, applied_at, changed, kept)
                values (:v, :at, :changed, :kept)""")
                .param("v", version).param("at", Timestamp.from(at)).param("changed", changed).param("kept", kept)
                .update();
    }

    /** The distinct (type, as written, canonical) of tips' indicators. */
    public List<Stored> tipIndicators() {
        return jdbc.sql("select distinct type, raw_value, normalized from tip_indicators")
                .query((rs, n) -> new Stored(IndicatorType.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Rewrites one stored value in tips' indicators; the number of rows changed. */
    public int rewriteTipIndicators(Stored stored, String normalized) {
        return jdbc.sql("""
                update tip_indicators set normalized = :new
                where type = :type and raw_value = :raw and normalized = :old""")
                .param("new", normalized).param("type", stored.type().name()).param("raw", stored.source())
                .param("old", stored.normalized())
                .update();
    }

    /** The distinct canonical values publications and review requests name (only the canonical form is kept). */
    public List<Stored> publishedValues() {
        return jdbc.sql("""
                select type, normalized from indicator_publications
                union select type, normalized from indicator_reviews""")
                .query((rs, n) -> new Stored(IndicatorType.valueOf(rs.getString(1)), null, rs.getString(2)))
                .list();
    }

    /** Rewrites one value in publications (allowed to the re-normalisation only) and review requests. */
    public int rewritePublishedValue(Stored stored, String normalized) {
        jdbc.sql("set local lachan.renormalizing = 'on'").update();
        int changed = 0;
        for (String table : List.of("indicator_publications", "indicator_reviews")) {
            changed += jdbc.sql("update " + table + " set normalized = :new where type = :type and normalized = :old")
                    .param("new", normalized).param("type", stored.type().name()).param("old", stored.normalized())
                    .update();
        }
        jdbc.sql("set local lachan.renormalizing = 'off'").update();
        return changed;
    }
}
