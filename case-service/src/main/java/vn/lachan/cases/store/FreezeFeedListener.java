package vn.lachan.cases.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * One session-mode connection that LISTENs on {@code freeze_feed} (notified by the V25 trigger at commit) and reads the
 * banks' feed heads. Not thread-safe: one replica's wake-up thread owns it.
 */
public final class FreezeFeedListener implements AutoCloseable {

    static final String CHANNEL = "freeze_feed";

    private final Connection connection;
    private final PGConnection notifications;

    private FreezeFeedListener(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN " + CHANNEL);
        }
        this.notifications = connection.unwrap(PGConnection.class);
    }

    public static FreezeFeedListener open(String url, String user, String password) throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        try {
            return new FreezeFeedListener(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Every bank's last event's number. */
    public Map<String, Long> heads() throws SQLException {
        Map<String, Long> read = new HashMap<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select bank, last_seq from freeze_feed_heads")) {
            while (rows.next()) {
                read.put(rows.getString(1), rows.getLong(2));
            }
        }
        return read;
    }

    /** Returns at the first notification (one that came since the last call included) or after {@code atMost}. */
    public void awaitNotification(Duration atMost) throws SQLException {
        notifications.getNotifications((int) Math.max(1, atMost.toMillis()));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
