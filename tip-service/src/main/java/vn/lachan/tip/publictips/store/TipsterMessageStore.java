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

    /** Adds {@code message}; the message stored, with the id assigned here. */
    public TipsterMessage add(TipsterMessage message) {
        return jdbc.sql("""
                insert into tip_messages (tip_id, author, body, at, officer, officer_unit)
                values (:tip, :author, :body, :at, :officer, :unit)
                returning\s""" + COLUMNS)
                .param("tip", message.tipId())
                .param("author", message.author().name())
                .param("body", message.text())
                .param("at", Timestamp.from(message.at()))
                .param("officer", message.officer())
                .param("unit", message.officerUnit())
                .query((rs, n) -> map(rs))
                .single();
    }

    public Optional<TipsterMessage> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from tip_messages where id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
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
