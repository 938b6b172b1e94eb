package vn.lachan.tip.procedure.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.tip.procedure.domain.Outcome;
import vn.lachan.tip.procedure.domain.PendingProsecution;

/** The prosecutions decided whose case is not opened yet (pending_prosecutions). */
@Repository
public class PendingProsecutionStore {

    private static final String COLUMNS = """
            tip_id, penal_code_article, clause, lead_unit, case_title, decided_by, decided_unit, decided_at, attempts,
            last_error""";

    private final JdbcClient jdbc;

    public PendingProsecutionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PendingProsecution> find(UUID tipId) {
        return jdbc.sql("select " + COLUMNS + " from pending_prosecutions where tip_id = :id")
                .param("id", tipId).query(PendingProsecutionStore::read).optional();
    }

    /** Records the decision before its case is opened; the reconciler leaves it alone until {@code reconcileFrom}. */
    public void insert(PendingProsecution p, Instant reconcileFrom) {
        jdbc.sql("""
                insert into pending_prosecutions (tip_id, penal_code_article, clause, lead_unit, case_title,
                    decided_by, decided_unit, decided_at, next_attempt_at)
                values (:tip, :article, :clause, :lead, :title, :by, :unit, :at, :next)""")
                .param("tip", p.tipId())
                .param("article", p.prosecute().penalCodeArticle())
                .param("clause", p.prosecute().clause())
                .param("lead", p.prosecute().leadUnit())
                .param("title", p.prosecute().caseTitle())
                .param("by", p.decidedBy())
                .param("unit", p.decidedUnit())
                .param("at", Timestamp.from(p.decidedAt()))
                .param("next", Timestamp.from(reconcileFrom))
                .update();
    }

    /**
     * Takes up to {@code limit} rows due by {@code now} for one attempt each, leasing them until {@code leaseUntil}
     * (another pod's reconciler skips them meanwhile) and counting the attempt.
     */
    public List<PendingProsecution> takeDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                update pending_prosecutions set next_attempt_at = :lease, attempts = attempts + 1
                where tip_id in (select tip_id from pending_prosecutions where next_attempt_at <= :now
                                 order by next_attempt_at limit :limit for update skip locked)
                returning
                """ + COLUMNS)
                .param("now", Timestamp.from(now))
                .param("lease", Timestamp.from(leaseUntil))
                .param("limit", limit)
                .query(PendingProsecutionStore::read).list();
    }

    /** After a failed attempt: try again at {@code next}, keeping why it failed. */
    public void retryAt(UUID tipId, Instant next, String error) {
        jdbc.sql("update pending_prosecutions set next_attempt_at = :next, last_error = :error where tip_id = :id")
                .param("next", Timestamp.from(next)).param("error", error).param("id", tipId).update();
    }

    public void delete(UUID tipId) {
        jdbc.sql("delete from pending_prosecutions where tip_id = :id").param("id", tipId).update();
    }

    /** How many are waiting (for the operators' gauge and the tests). */
    public int count() {
        return jdbc.sql("select count(*) from pending_prosecutions").query(Integer.class).single();
    }

    private static PendingProsecution read(ResultSet rs, int row) throws SQLException {
        return new PendingProsecution(rs.getObject("tip_id", UUID.class),
                new Outcome.Prosecute(rs.getInt("penal_code_article"), rs.getInt("clause"), rs.getString("lead_unit"),
                        rs.getString("case_title")),
                rs.getString("decided_by"), rs.getString("decided_unit"),
                rs.getTimestamp("decided_at").toInstant(), rs.getInt("attempts"),
                rs.getString("last_error"));
    }
}
