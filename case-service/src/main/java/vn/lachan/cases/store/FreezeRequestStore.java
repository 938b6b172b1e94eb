package vn.lachan.cases.store;

import vn.lachan.platform.money.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.cases.domain.FreezeRequest;
import vn.lachan.cases.domain.FreezeStatus;

/** Freeze requests and the banks' answers, in PostgreSQL. */
@Repository
public class FreezeRequestStore {

    private static final String COLUMNS = """
            id, case_id, bank, account_number, account_holder, amount_requested, layer, reason, status,
            requested_at, acknowledged_at, held_at, amount_held, rejected_at, rejection_reason,
            created_by, updated_at, updated_by""";

    private final JdbcClient jdbc;

    public FreezeRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(FreezeRequest r) {
        jdbc.sql("""
                insert into freeze_requests (id, case_id, bank, account_number, account_holder, amount_requested, layer,
                    reason, status, requested_at, created_by, updated_at, updated_by)
                values (:id, :caseId, :bank, :number, :holder, :amount, :layer, :reason, :status, :requestedAt,
                    :createdBy, :updatedAt, :updatedBy)""")
                .param("id", r.id())
                .param("caseId", r.caseId())
                .param("bank", r.bank())
                .param("number", r.accountNumber())
                .param("holder", r.accountHolder())
                .param("amount", r.amountRequested().dong())
                .param("layer", r.layer())
                .param("reason", r.reason())
                .param("status", r.status().name())
                .param("requestedAt", Timestamp.from(r.requestedAt()))
                .param("createdBy", r.createdBy())
                .param("updatedAt", Timestamp.from(r.updatedAt()))
                .param("updatedBy", r.updatedBy())
                .update();
    }

    /** Records the bank's answer: the status and what came with it. */
    public void update(FreezeRequest r) {
        jdbc.sql("""
                update freeze_requests set status = :status, acknowledged_at = :acknowledgedAt, held_at = :heldAt,
                    amount_held = :amountHeld, rejected_at = :rejectedAt, rejection_reason = :rejection,
                    updated_at = :updatedAt, updated_by = :updatedBy
                where id = :id""")
                .param("id", r.id())
                .param("status", r.status().name())
                .param("acknowledgedAt", timestamp(r.acknowledgedAt()))
                .param("heldAt", timestamp(r.heldAt()))
                .param("amountHeld", r.amountHeld() == null ? null : r.amountHeld().dong())
                .param("rejectedAt", timestamp(r.rejectedAt()))
                .param("rejection", r.rejectionReason())
                .param("updatedAt", Timestamp.from(r.updatedAt()))
                .param("updatedBy", r.updatedBy())
                .update();
    }


    public Optional<FreezeRequest> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from freeze_requests where id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** The request with its row locked until the transaction ends, so answers to it happen one after another. */
    public Optional<FreezeRequest> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from freeze_requests where id = :id for update")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /**
     * A page of requests, most recently sent first. Each filter is null for all; {@code scopeBank} is the bank
     * the caller is confined to, applied on top of the {@code bank} the caller asked for.
     */
    /**
     * The cut-offs of the service-level clocks: a request still REQUESTED and sent before {@code acknowledgeBy}, or
     * still ACKNOWLEDGED and sent before {@code holdBy}, is overdue (FreezeClocks, in SQL).
     */
    public record Overdue(Instant acknowledgeBy, Instant holdBy) {
    }

    private static final String OVERDUE = """
            ((status = 'REQUESTED' and requested_at < :ackBy) or (status = 'ACKNOWLEDGED' and requested_at < :holdBy))""";

    public List<FreezeRequest> list(UUID caseId, String bank, FreezeStatus status, Overdue overdue, String scopeBank,
                                    int limit, int offset) {
        return jdbc.sql("select " + COLUMNS + " from freeze_requests " + """
                where (cast(:caseId as uuid) is null or case_id = :caseId)
                  and (cast(:bank as text) is null or bank = :bank)
                  and (cast(:status as text) is null or status = :status)
                  and (cast(:scope as text) is null or bank = :scope)
                  and (not :overdue or""" + OVERDUE + """
                )
                order by requested_at desc, id limit :limit offset :offset""")
                .param("overdue", overdue != null)
                .param("ackBy", Timestamp.from(overdue == null ? Instant.EPOCH : overdue.acknowledgeBy()))
                .param("holdBy", Timestamp.from(overdue == null ? Instant.EPOCH : overdue.holdBy()))
                .param("caseId", caseId)
                .param("bank", bank)
                .param("status", status == null ? null : status.name())
                .param("scope", scopeBank)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> map(rs))
                .list();
    }

    public long countOverdue(Overdue overdue) {
        return jdbc.sql("select count(*) from freeze_requests where " + OVERDUE)
                .param("ackBy", Timestamp.from(overdue.acknowledgeBy()))
                .param("holdBy", Timestamp.from(overdue.holdBy()))
                .query(Long.class).single();
    }

    private static FreezeRequest map(ResultSet rs) throws SQLException {
        long held = rs.getLong("amount_held");
        Money amountHeld = rs.wasNull() ? null : Money.dong(held);
        return new FreezeRequest(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("bank"),
                rs.getString("account_number"),
                rs.getString("account_holder"),
                Money.dong(rs.getLong("amount_requested")),
                rs.getInt("layer"),
                rs.getString("reason"),
                FreezeStatus.valueOf(rs.getString("status")),
                instant(rs, "requested_at"),
                instant(rs, "acknowledged_at"),
                instant(rs, "held_at"),
                amountHeld,
                instant(rs, "rejected_at"),
                rs.getString("rejection_reason"),
                rs.getString("created_by"),
                instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
