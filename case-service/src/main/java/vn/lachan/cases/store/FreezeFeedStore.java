package vn.lachan.cases.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.cases.domain.FeedEvent;
import vn.lachan.cases.domain.FeedEventKind;

/**
 * The banks' feeds of freeze requests (V25): the events are written by triggers on freeze_requests and release_orders,
 * in the writing transaction; this only reads them.
 */
@Repository
public class FreezeFeedStore {

    private final JdbcClient jdbc;

    public FreezeFeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The bank's events numbered after {@code seq}, oldest first, at most {@code limit}. */
    public List<FeedEvent> after(String bank, long seq, int limit) {
        return jdbc.sql("""
                select bank, seq, kind, freeze_request_id, release_order_id, occurred_at from freeze_feed_events
                where bank = :bank and seq > :seq order by seq limit :limit""")
                .param("bank", bank).param("seq", seq).param("limit", limit)
                .query((rs, row) -> new FeedEvent(rs.getString("bank"), rs.getLong("seq"),
                        FeedEventKind.valueOf(rs.getString("kind")), rs.getObject("freeze_request_id", UUID.class),
                        rs.getObject("release_order_id", UUID.class), rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    /** The number of the bank's last event, 0 before its first. */
    public long head(String bank) {
        return jdbc.sql("select coalesce((select last_seq from freeze_feed_heads where bank = :bank), 0)")
                .param("bank", bank).query(Long.class).single();
    }

    /** Every bank's last event's number. */
    public Map<String, Long> heads() {
        Map<String, Long> heads = new HashMap<>();
        jdbc.sql("select bank, last_seq from freeze_feed_heads")
                .query(rs -> {
                    heads.put(rs.getString("bank"), rs.getLong("last_seq"));
                });
        return heads;
    }
}
