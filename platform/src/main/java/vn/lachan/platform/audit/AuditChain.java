package vn.lachan.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The audit log's hash chain, recomputed here independently of the database's own functions (migration
 * {@code V0_3__audit_chain.sql}): each entry's hash is SHA-256 of the previous entry's hash (empty before the first)
 * followed by the entry's text, every part written as its UTF-8 length, ':', itself and ';'. Changing an entry, or
 * inserting or removing one, breaks the chain at that entry; cutting off the newest entries is caught by anchors,
 * heads written outside the database ({@link AuditAnchor}).
 */
public final class AuditChain {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private AuditChain() {
    }

    /** A head of the chain: the latest entry's id and hash (id 0 and the empty hash for an empty log). */
    public record Head(long id, byte[] hash) {

        public String hex() {
            return HEX.formatHex(hash);
        }

        public static Head of(long id, String hex) {
            return new Head(id, HEX.parseHex(hex.strip().toLowerCase(Locale.ROOT)));
        }
    }

    /**
     * What a verification found.
     *
     * @param firstBroken the first entry that does not fit (or the anchor the log no longer holds); 0 when intact
     */
    public record Result(boolean intact, long checked, long firstBroken, String problemVi, String problemEn, Head head) {
    }

    /** The text of an entry that its hash covers. */
    static String text(long id, Instant at, String actor, String actorUnit, String action, String recordType,
                       String recordId, List<String> fields, String requestId) {
        StringBuilder text = new StringBuilder();
        part(text, Long.toString(id));
        part(text, AT.format(at));
        part(text, actor);
        part(text, actorUnit);
        part(text, action);
        part(text, recordType);
        part(text, recordId);
        part(text, Integer.toString(fields.size()));
        fields.forEach(field -> part(text, field));
        part(text, requestId);
        return text.toString();
    }

    private static void part(StringBuilder text, String value) {
        text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append(';');
    }

    static byte[] hash(byte[] previous, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Walks the whole log in id order on {@code connection} and checks every link and hash, then that each anchor is
     * still an entry of the chain with the same hash.
     */
    public static Result verify(Connection connection, List<Head> anchors) throws SQLException {
        Map<Long, Head> wanted = new TreeMap<>();
        anchors.forEach(anchor -> wanted.put(anchor.id(), anchor));
        byte[] previous = new byte[0];
        long checked = 0;
        long lastId = 0;
        Result broken = null;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // lets the driver fetch in batches instead of reading the log at once
        try (PreparedStatement query = connection.prepareStatement("""
                select id, at, actor, actor_unit, action, record_type, record_id, fields, request_id, prev_hash, hash
                from audit_log order by id""")) {
            query.setFetchSize(1_000);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    byte[] prev = rs.getBytes("prev_hash");
                    byte[] stored = rs.getBytes("hash");
                    byte[] expected = hash(previous, text(id, rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                            rs.getString("actor_unit"), rs.getString("action"), rs.getString("record_type"),
                            rs.getString("record_id"), List.of((String[]) rs.getArray("fields").getArray()),
                            rs.getString("request_id")));
                    checked++;
                    if (!Arrays.equals(prev, previous)) {
                        broken = new Result(false, checked, id,
                                "Mục " + id + " không nối tiếp mục trước nó: có mục bị xóa, chèn hoặc sửa ngay trước.",
                                "Entry " + id + " does not follow the entry before it: one was removed, inserted or changed just before.",
                                null);
                        break;
                    }
                    if (!Arrays.equals(stored, expected)) {
                        broken = new Result(false, checked, id, "Nội dung mục " + id + " đã bị thay đổi.",
                                "Entry " + id + " was changed.", null);
                        break;
                    }
                    Head anchor = wanted.remove(id);
                    if (anchor != null && !Arrays.equals(anchor.hash(), stored)) {
                        broken = new Result(false, checked, id,
                                "Mục " + id + " khác với mốc đã ghi bên ngoài cơ sở dữ liệu: chuỗi đã bị viết lại.",
                                "Entry " + id + " differs from the head anchored outside the database: the chain was rewritten.",
                                null);
                        break;
                    }
                    previous = stored;
                    lastId = id;
                }
            }
        } finally {
            connection.commit();
            connection.setAutoCommit(autoCommit);
        }
        Head head = new Head(lastId, previous);
        if (broken != null) {
            return new Result(false, broken.checked(), broken.firstBroken(), broken.problemVi(), broken.problemEn(), head);
        }
        Optional<Head> missing = wanted.values().stream().findFirst();
        if (missing.isPresent()) {
            long id = missing.get().id();
            return new Result(false, checked, id,
                    "Mục " + id + " đã ghi làm mốc bên ngoài không còn trong nhật ký: các mục cuối đã bị xóa.",
                    "Entry " + id + ", anchored outside the database, is no longer in the log: the newest entries were removed.",
                    head);
        }
        return new Result(true, checked, 0, "", "", head);
    }
}
