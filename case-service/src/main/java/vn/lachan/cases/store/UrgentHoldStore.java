package vn.lachan.cases.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.cases.domain.UrgentHold;
import vn.lachan.cases.domain.UrgentHoldStatus;
import vn.lachan.platform.money.Money;

/** Urgent holds and the banks' answers to them, in PostgreSQL. */
@Repository
public class UrgentHoldStore {

    private static final String COLUMNS = """
            id, tip_id, bank, account, amount_requested, transferred_at, reason, status, requested_at, expires_at,
            acknowledged_at, held_at, amount_held, rejected_at, rejection_reason, confirmed_by, confirmed_at,
            created_by, created_unit, updated_at, updated_by""";

    private final JdbcClient jdbc;

    public UrgentHoldStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UrgentHold h) {
        jdbc.sql("""
                insert into urgent_holds (id, tip_id, bank, account, amount_requested, transferred_at, reason, status,
                    requested_at, expires_at, created_by, created_unit, updated_at, updated_by)
                values (:id, :tipId, :bank, :account, :amount, :transferredAt, :reason, :status, :requestedAt,
                    :expiresAt, :createdBy, :createdUnit, :updatedAt, :updatedBy)""")
                .param("id", h.id())
                .param("tipId", h.tipId())
                .param("bank", h.bank())
                .param("account", h.account())
                .param("amount", h.amountRequested().dong())
                .param("transferredAt", Timestamp.from(h.transferredAt()))
                .param("reason", h.reason())
                .param("status", h.status().name())
                .param("requestedAt", Timestamp.from(h.requestedAt()))
                .param("expiresAt", Timestamp.from(h.expiresAt()))
                .param("createdBy", h.createdBy())
                .param("createdUnit", h.createdUnit())
                .param("updatedAt", Timestamp.from(h.updatedAt()))
                .param("updatedBy", h.updatedBy())
                .update();
    }

    /** Records the bank's answer or the confirmation: the status and what came with it. */
    public void update(UrgentHold h) {
        jdbc.sql("""
                update urgent_holds set status = :status, acknowledged_at = :acknowledgedAt, held_at = :heldAt,
                    amount_held = :amountHeld, rejected_at = :rejectedAt, rejection_reason = :rejection,
                    confirmed_by = :confirmedBy, confirmed_at = :confirmedAt, updated_at = :updatedAt,
                    updated_by = :updatedBy
                where id = :id""")
                .param("id", h.id())
                .param("status", h.status().name())
                .param("acknowledgedAt", timestamp(h.acknowledgedAt()))
                .param("heldAt", timestamp(h.heldAt()))
                .param("amountHeld", h.amountHeld() == null ? null : h.amountHeld().dong())
                .param("rejectedAt", timestamp(h.rejectedAt()))
                .param("rejection", h.rejectionReason())
                .param("confirmedBy", h.confirmedBy())
                .param("confirmedAt", timestamp(h.confirmedAt()))
                .param("updatedAt", Timestamp.from(h.updatedAt()))
                .param("updatedBy", h.updatedBy())
                .update();
    }

    public Optional<UrgentHold> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from urgent_holds where id = :id").param("id", id)
                .query((rs, n) -> map(rs)).optional();
    }

    /** The hold with its row locked until the transaction ends, so answers to it happen one after another. */
    public Optional<UrgentHold> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from urgent_holds where id = :id for update").param("id", id)
                .query((rs, n) -> map(rs)).optional();
    }

    /**
     * The holds of {@code tipIds} on {@code bank} still standing at {@code now} (neither rejected, confirmed nor past
     * their expiry), locked until the transaction ends: the ones a freeze request on that bank may confirm.
     */
    public List<UrgentHold> standingForUpdate(Collection<UUID> tipIds, String bank, Instant now) {
        if (tipIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from urgent_holds where tip_id in (:tips) and bank = :bank"
                        + " and status not in ('REJECTED', 'CONFIRMED') and expires_at > :now order by requested_at for update")
                .param("tips", tipIds).param("bank", bank).param("now", Timestamp.from(now))
                .query((rs, n) -> map(rs)).list();
    }

    /**
     * A page of holds, most recently sent first. Each filter is null for all; {@code status} is the status as it stands
     * at {@code now} (LAPSED: expired and neither rejected nor confirmed); {@code scopeBank} is the bank the caller is
     * confined to, applied on top of the {@code bank} asked for.
     */
    public List<UrgentHold> list(UUID tipId, String bank, UrgentHoldStatus status, String scopeBank, Instant now,
                                 int limit, int offset) {
        String byStatus = status == null ? "true"
                : status == UrgentHoldStatus.LAPSED ? "(status not in ('REJECTED', 'CONFIRMED') and expires_at <= :now)"
                : status == UrgentHoldStatus.REJECTED || status == UrgentHoldStatus.CONFIRMED ? "status = :status"
                : "(status = :status and expires_at > :now)";
        return jdbc.sql("select " + COLUMNS + " from urgent_holds " + """
                where (cast(:tipId as uuid) is null or tip_id = :tipId)
                  and (cast(:bank as text) is null or bank = :bank)
                  and (cast(:scope as text) is null or bank = :scope)
                """ + " and " + byStatus + " order by requested_at desc, id limit :limit offset :offset")
                .param("tipId", tipId)
                .param("bank", bank)
                .param("scope", scopeBank)
                .param("status", status == null ? "" : status.name())
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> map(rs))
                .list();
    }

    private static UrgentHold map(ResultSet rs) throws SQLException {
        long held = rs.getLong("amount_held");
        Money amountHeld = rs.wasNull() ? null : Money.dong(held);
        return new UrgentHold(
                rs.getObject("id", UUID.class),
                rs.getObject("tip_id", UUID.class),
                rs.getString("bank"),
                rs.getString("account"),
                Money.dong(rs.getLong("amount_requested")),
                instant(rs, "transferred_at"),
                rs.getString("reason"),
                UrgentHoldStatus.valueOf(rs.getString("status")),
                instant(rs, "requested_at"),
                instant(rs, "expires_at"),
                instant(rs, "acknowledged_at"),
                instant(rs, "held_at"),
                amountHeld,
                instant(rs, "rejected_at"),
                rs.getString("rejection_reason"),
                rs.getObject("confirmed_by", UUID.class),
                instant(rs, "confirmed_at"),
                rs.getString("created_by"),
                rs.getString("created_unit"),
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
