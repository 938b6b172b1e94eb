package vn.lachan.platform.audit;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lachan.platform.grpc.RequestIds;
import vn.lachan.platform.security.Caller;

/**
 * Writes who read or changed which record, and which fields. A change is logged in the transaction
 * of the change; a read is logged before the data is returned, so an unlogged read cannot happen. The database
 * chains every entry to the one before by hash ({@link AuditChain}).
 */
public class AuditLog {

    public static final String READ = "READ";
    public static final String CREATE = "CREATE";

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Caller caller, String action, String recordType, String recordId, List<String> fields) {
        jdbc.sql("""
                insert into audit_log (actor, actor_unit, action, record_type, record_id, fields, request_id)
                values (:actor, :unit, :action, :type, :id, :fields, :requestId)""")
                .param("actor", caller.name())
                .param("unit", caller.unit())
                .param("action", action)
                .param("type", recordType)
                .param("id", recordId)
                .param("fields", fields.toArray(String[]::new))
                .param("requestId", RequestIds.current())
                .update();
    }

    /**
     * The same entry for each of {@code recordIds}, in their order, in one statement: a list's reads of personal data
     * cost one write, not one per row shown (each entry still joins the chain on its own).
     */
    public void recordEach(Caller caller, String action, String recordType, List<String> recordIds, List<String> fields) {
        if (recordIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into audit_log (actor, actor_unit, action, record_type, record_id, fields, request_id)
                select :actor, :unit, :action, :type, r.id, :fields, :requestId
                from unnest(cast(:ids as text[])) with ordinality as r(id, n)
                order by r.n""")
                .param("actor", caller.name())
                .param("unit", caller.unit())
                .param("action", action)
                .param("type", recordType)
                .param("ids", recordIds.toArray(String[]::new))
                .param("fields", fields.toArray(String[]::new))
                .param("requestId", RequestIds.current())
                .update();
    }

    /** Entries newest first, optionally of one record or one actor. */
    public List<AuditEntry> list(String recordId, String actor, int limit, int offset) {
        return jdbc.sql("""
                select id, at, actor, actor_unit, action, record_type, record_id, fields, request_id, hash from audit_log
                where (cast(:recordId as text) is null or record_id = :recordId)
                  and (cast(:actor as text) is null or actor = :actor)
                order by id desc limit :limit offset :offset""")
                .param("recordId", recordId).param("actor", actor).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), rs.getString("actor_unit"), rs.getString("action"),
                        rs.getString("record_type"), rs.getString("record_id"),
                        List.of((String[]) rs.getArray("fields").getArray()), rs.getString("request_id"),
                        HexFormat.of().formatHex(rs.getBytes("hash"))))
                .list();
    }

    public record AuditEntry(long id, Instant at, String actor, String actorUnit, String action,
                             String recordType, String recordId, List<String> fields, String requestId, String hash) {
    }
}
