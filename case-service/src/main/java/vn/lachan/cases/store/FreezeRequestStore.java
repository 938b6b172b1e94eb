package vn.lachan.cases.store;

import vn.lachan.platform.money.Money;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.cases.domain.FreezeRequest;
import vn.lachan.cases.domain.FreezeStatus;
import vn.lachan.cases.domain.ReleaseOrder;
import vn.lachan.cases.domain.ReleaseStatus;

/** Freeze requests, the banks' answers and the release orders lifting them, in PostgreSQL. */
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
                .optional()
                .map(this::withOrders);
    }

    /** The request with its row locked until the transaction ends, so answers to it happen one after another. */
    public Optional<FreezeRequest> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from freeze_requests where id = :id for update")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional()
                .map(this::withOrders);
    }

    /** A release order just issued, with the request's new status (one transaction: both or neither). */
    public void insert(ReleaseOrder o, FreezeRequest after) {
        jdbc.sql("""
                insert into release_orders (id, freeze_request_id, case_id, bank, amount, document_number, document_date,
                    reason, ordered_at, ordered_by, ordered_by_unit, procuracy_unit, procuracy_informed_at, status)
                values (:id, :requestId, :caseId, :bank, :amount, :number, :date, :reason, :orderedAt, :orderedBy,
                    :orderedByUnit, :procuracy, :informedAt, :status)""")
                .param("id", o.id())
                .param("requestId", o.freezeRequestId())
                .param("caseId", o.caseId())
                .param("bank", o.bank())
                .param("amount", o.amount().dong())
                .param("number", o.documentNumber())
                .param("date", Date.valueOf(o.documentDate()))
                .param("reason", o.reason())
                .param("orderedAt", Timestamp.from(o.orderedAt()))
                .param("orderedBy", o.orderedBy())
                .param("orderedByUnit", o.orderedByUnit())
                .param("procuracy", o.procuracyUnit())
                .param("informedAt", Timestamp.from(o.procuracyInformedAt()))
                .param("status", o.status().name())
                .update();
        update(after);
    }

    /** The bank's report of a release order, with the request's new status. */
    public void executed(ReleaseOrder o, FreezeRequest after) {
        jdbc.sql("""
                update release_orders set status = :status, released_at = :releasedAt, amount_released = :amount,
                    reported_at = :reportedAt, reported_by = :reportedBy
                where id = :id and status = 'ISSUED'""")
                .param("id", o.id())
                .param("status", o.status().name())
                .param("releasedAt", Timestamp.from(o.releasedAt()))
                .param("amount", o.amountReleased().dong())
                .param("reportedAt", Timestamp.from(o.reportedAt()))
                .param("reportedBy", o.reportedBy())
                .update();
        update(after);
    }

    /**
     * What may still be released from the request: the amount held, less what return decisions gave victims from it
     * and what release orders (issued or executed) released; 0 when nothing is held.
     */
    public long releasable(UUID id) {
        return jdbc.sql("""
                select coalesce(f.amount_held, 0)
                       - coalesce((select sum(i.amount) from return_instructions i where i.freeze_request_id = f.id), 0)
                       - coalesce((select sum(o.amount) from release_orders o where o.freeze_request_id = f.id), 0)
                from freeze_requests f where f.id = :id""")
                .param("id", id)
                .query(Long.class).single();
    }

    private FreezeRequest withOrders(FreezeRequest r) {
        return attachOrders(List.of(r)).getFirst();
    }

    /** The requests with their release orders, earliest first, read in one query. */
    private List<FreezeRequest> attachOrders(List<FreezeRequest> requests) {
        if (requests.isEmpty()) {
            return requests;
        }
        Map<UUID, List<ReleaseOrder>> byRequest = new HashMap<>();
        jdbc.sql("""
                select id, freeze_request_id, case_id, bank, amount, document_number, document_date, reason, ordered_at,
                       ordered_by, ordered_by_unit, procuracy_unit, procuracy_informed_at, status, released_at,
                       amount_released, reported_at, reported_by
                from release_orders where freeze_request_id in (:ids) order by ordered_at, id""")
                .param("ids", requests.stream().map(FreezeRequest::id).toList())
                .query((rs, n) -> order(rs))
                .list()
                .forEach(o -> byRequest.computeIfAbsent(o.freezeRequestId(), k -> new ArrayList<>()).add(o));
        return requests.stream().map(r -> byRequest.containsKey(r.id()) ? new FreezeRequest(r.id(), r.caseId(),
                r.bank(), r.accountNumber(), r.accountHolder(), r.amountRequested(), r.layer(), r.reason(), r.status(),
                r.requestedAt(), r.acknowledgedAt(), r.heldAt(), r.amountHeld(), r.rejectedAt(), r.rejectionReason(),
                r.createdBy(), r.updatedAt(), r.updatedBy(), byRequest.get(r.id())) : r).toList();
    }

    private static ReleaseOrder order(ResultSet rs) throws SQLException {
        long released = rs.getLong("amount_released");
        Money amountReleased = rs.wasNull() ? null : Money.dong(released);
        return new ReleaseOrder(
                rs.getObject("id", UUID.class),
                rs.getObject("freeze_request_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("bank"),
                Money.dong(rs.getLong("amount")),
                rs.getString("document_number"),
                rs.getDate("document_date").toLocalDate(),
                rs.getString("reason"),
                instant(rs, "ordered_at"),
                rs.getString("ordered_by"),
                rs.getString("ordered_by_unit"),
                rs.getString("procuracy_unit"),
                instant(rs, "procuracy_informed_at"),
                ReleaseStatus.valueOf(rs.getString("status")),
                instant(rs, "released_at"),
                amountReleased,
                instant(rs, "reported_at"),
                rs.getString("reported_by"));
    }

    /**
     * A page of requests, most recently sent first. Each filter is null for all; {@code scopeBank} is the bank
     * the caller is confined to, applied on top of the {@code bank} the caller asked for.
     */
    /**
     * The cut-offs of the service-level clocks: a request still REQUESTED and sent before {@code acknowledgeBy}, or
     * still ACKNOWLEDGED and sent before {@code holdBy}, or with a release order issued before {@code holdBy} and not
     * executed, is overdue (FreezeClocks, in SQL).
     */
    public record Overdue(Instant acknowledgeBy, Instant holdBy) {
    }

    private static final String OVERDUE = """
            ((status = 'REQUESTED' and requested_at < :ackBy) or (status = 'ACKNOWLEDGED' and requested_at < :holdBy)
             or (status = 'RELEASE_ORDERED' and exists (select 1 from release_orders o
                  where o.freeze_request_id = freeze_requests.id and o.status = 'ISSUED' and o.ordered_at < :holdBy)))""";

    public List<FreezeRequest> list(UUID caseId, String bank, FreezeStatus status, Overdue overdue, String scopeBank,
                                    int limit, int offset) {
        var page = jdbc.sql("select " + COLUMNS + " from freeze_requests " + """
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
        return attachOrders(page);
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
                rs.getString("updated_by"),
                List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
