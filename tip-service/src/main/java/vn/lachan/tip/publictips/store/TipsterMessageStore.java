package vn.lachan.tip.publictips.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.tip.publictips.domain.TipsterMessage;

/** The threads between public tips' tipsters and the police (table tip_messages, append-only). */
@Repository
public class TipsterMessageStore {

    private static final String COLUMNS = "id, tip_id, author, body, at, officer, officer_unit";

    private final JdbcClient jdbc;

    public TipsterMessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds {@code message} (its id is assigned here) unless its author already sent one under the same idempotency
     * key; the message stored, or empty when the key was taken.
     */
    public Optional<TipsterMessage> add(TipsterMessage message, String idempotencyKey, String requestHash) {
        return jdbc.sql("""
                insert into tip_messages (tip_id, author, body, at, officer, officer_unit, idempotency_key, request_hash)
                values (:tip, :author, :body, :at, :officer, :unit, :key, :hash)
                on conflict (tip_id, author, idempotency_key) where idempotency_key is not null do nothing
                returning\s""" + COLUMNS)
                .param("tip", message.tipId())
                .param("author", message.author().name())
                .param("body", message.text())
                .param("at", Timestamp.from(message.at()))
                .param("officer", message.officer())
                .param("unit", message.officerUnit())
                .param("key", idempotencyKey)
                .param("hash", requestHash)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** The message an author sent under an idempotency key, with the hash of the request that sent it. */
    public Optional<Keyed> findByIdempotencyKey(UUID tipId, TipsterMessage.Author author, String key) {
        return jdbc.sql("select " + COLUMNS + ", request_hash from tip_messages"
                        + " where tip_id = :tip and author = :author and idempotency_key = :key")
                .param("tip", tipId)
                .param("author", author.name())
                .param("key", key)
                .query((rs, n) -> new Keyed(map(rs), rs.getString("request_hash")))
                .optional();
    }

    public record Keyed(TipsterMessage message, String requestHash) {
    }

    /** The tip's thread, oldest first. */
    public List<TipsterMessage> thread(UUID tipId) {
        return jdbc.sql("select " + COLUMNS + " from tip_messages where tip_id = :tip order by id")
                .param("tip", tipId)
                .query((rs, n) -> map(rs))
                .list();
    }

    public long count(UUID tipId, TipsterMessage.Author author) {
        return jdbc.sql("select count(*) from tip_messages where tip_id = :tip and author = :author")
                .param("tip", tipId)
                .param("author", author.name())
                .query(Long.class)
                .single();
    }

    private static TipsterMessage map(ResultSet rs) throws SQLException {
        return new TipsterMessage(rs.getLong("id"), rs.getObject("tip_id", UUID.class),
                TipsterMessage.Author.valueOf(rs.getString("author")), rs.getString("body"),
                rs.getTimestamp("at").toInstant(), rs.getString("officer"), rs.getString("officer_unit"));
    }
}
