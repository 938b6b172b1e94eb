package vn.lachan.tip.indicators.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.tip.indicators.domain.IndicatorKey;
import vn.lachan.tip.indicators.domain.IndicatorType;
import vn.lachan.tip.indicators.domain.PublicationBasis;
import vn.lachan.tip.indicators.domain.PublicationEvent;
import vn.lachan.tip.indicators.domain.ReviewRequest;

/** Officers' publications and withdrawals of values for the scam check, and citizens' requests to review them. */
@Repository
public class IndicatorPublicationStore {

    private final JdbcClient jdbc;

    public IndicatorPublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises changes to one value's standing (a transaction-scoped advisory lock on the value). */
    public void lock(IndicatorKey key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 7))")
                .param("key", key.type().name() + ":" + key.normalized())
                .query((rs, n) -> 1).list();
    }

    public void append(IndicatorKey key, PublicationEvent event) {
        jdbc.sql("""
                insert into indicator_publications (type, normalized, action, basis, reason, officer, officer_unit, at)
                values (:type, :normalized, :action, :basis, :reason, :officer, :unit, :at)""")
                .param("type", key.type().name())
                .param("normalized", key.normalized())
                .param("action", event.action().name())
                .param("basis", event.basis() == null ? null : event.basis().name())
                .param("reason", event.reason())
                .param("officer", event.officer())
                .param("unit", event.officerUnit())
                .param("at", Timestamp.from(event.at()))
                .update();
    }

    /** The publications and withdrawals of {@code key}, oldest first. */
    public List<PublicationEvent> history(IndicatorKey key) {
        return jdbc.sql("""
                select action, basis, reason, officer, officer_unit, at from indicator_publications
                where type = :type and normalized = :normalized order by id""")
                .param("type", key.type().name())
                .param("normalized", key.normalized())
                .query((rs, n) -> new PublicationEvent(PublicationEvent.Action.valueOf(rs.getString("action")),
                        rs.getString("basis") == null ? null : PublicationBasis.valueOf(rs.getString("basis")),
                        rs.getString("reason"), rs.getString("officer"), rs.getString("officer_unit"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    public void insertReview(UUID id, IndicatorKey key, String reason, String contact, Instant at) {
        jdbc.sql("""
                insert into indicator_reviews (id, type, normalized, reason, contact, requested_at)
                values (:id, :type, :normalized, :reason, :contact, :at)""")
                .param("id", id)
                .param("type", key.type().name())
                .param("normalized", key.normalized())
                .param("reason", reason)
                .param("contact", contact)
                .param("at", Timestamp.from(at))
                .update();
    }

    public Optional<ReviewRequest> findReviewForUpdate(UUID id) {
        return jdbc.sql("select * from indicator_reviews where id = :id for update")
                .param("id", id).query((rs, n) -> review(rs)).optional();
    }

    /** Closes an open review; false when it was closed already. */
    public boolean closeReview(UUID id, String state, String officer, String unit, String note, Instant at) {
        return jdbc.sql("""
                update indicator_reviews set state = :state, closed_by = :officer, closed_unit = :unit,
                       closing_note = :note, closed_at = :at
                where id = :id and state = 'OPEN'""")
                .param("id", id).param("state", state).param("officer", officer).param("unit", unit)
                .param("note", note).param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** ReviewRequest requests, newest first; only open ones unless {@code includeClosed}. */
    public List<ReviewRequest> reviews(boolean includeClosed, int limit, int offset) {
        return jdbc.sql("""
                select * from indicator_reviews where (:all or state = 'OPEN')
                order by requested_at desc, id limit :limit offset :offset""")
                .param("all", includeClosed).param("limit", limit).param("offset", offset)
                .query((rs, n) -> review(rs)).list();
    }

    private static ReviewRequest review(ResultSet rs) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new ReviewRequest(rs.getObject("id", UUID.class),
                new IndicatorKey(IndicatorType.valueOf(rs.getString("type")), rs.getString("normalized")),
                rs.getString("reason"), rs.getString("contact"), rs.getTimestamp("requested_at").toInstant(),
                rs.getString("state"), rs.getString("closed_by"), rs.getString("closing_note"),
                closed == null ? null : closed.toInstant());
    }
}
