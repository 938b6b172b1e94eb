package vn.lachan.tip.rewards.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.tip.rewards.domain.Reward;
import vn.lachan.tip.rewards.domain.RewardStatus;

/** Rewards for tips (table tip_rewards). Each step is a conditional update, so two leaders cannot both take it. */
@Repository
public class RewardStore {

    private static final String COLUMNS = """
            r.id, r.tip_id, r.amount_dong, r.reason, r.status, r.proposed_by, r.proposed_by_unit, r.proposed_at,
            r.decided_by, r.decided_at, r.decision_note, r.paid_by, r.paid_at, r.payment_reference, r.spending_id,
            r.budget_line_id, r.paid_by_unit""";

    private final JdbcClient jdbc;

    public RewardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a proposed reward. */
    public void insert(Reward reward) {
        jdbc.sql("""
                insert into tip_rewards (id, tip_id, amount_dong, reason, status, proposed_by, proposed_by_unit,
                    proposed_at)
                values (:id, :tip, :amount, :reason, :status, :by, :unit, :at)""")
                .param("id", reward.id())
                .param("tip", reward.tipId())
                .param("amount", reward.amountDong())
                .param("reason", reward.reason())
                .param("status", reward.status().name())
                .param("by", reward.proposedBy())
                .param("unit", reward.proposedByUnit())
                .param("at", Timestamp.from(reward.proposedAt()))
                .update();
    }

    public Optional<Reward> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from tip_rewards r where r.id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** Approves or rejects a proposed reward; false when it is no longer proposed. */
    public boolean decide(UUID id, RewardStatus to, String by, Instant at, String note) {
        return jdbc.sql("""
                update tip_rewards set status = :to, decided_by = :by, decided_at = :at, decision_note = :note
                where id = :id and status = 'PROPOSED'""")
                .param("id", id).param("to", to.name()).param("by", by).param("at", Timestamp.from(at))
                .param("note", note)
                .update() == 1;
    }

    /** The reward with its row locked until the transaction ends. */
    public Optional<Reward> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from tip_rewards r where r.id = :id for update")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /**
     * Keeps the payment being started on an approved reward: the details budget-service is asked to record.
     * False when the reward is not approved or has a payment under way already.
     */
    public boolean startPayment(UUID id, String reference, Instant at, String lineId, String unit) {
        return jdbc.sql("""
                update tip_rewards set payment_reference = :reference, paid_at = :at, budget_line_id = :line,
                    paid_by_unit = :unit
                where id = :id and status = 'APPROVED' and payment_reference is null""")
                .param("id", id).param("reference", reference).param("at", Timestamp.from(at)).param("line", lineId)
                .param("unit", unit)
                .update() == 1;
    }

    /** Forgets a payment budget-service refused (it recorded nothing): the reward is approved, unpaid, again. */
    public boolean abandonPayment(UUID id, String reference) {
        return jdbc.sql("""
                update tip_rewards set payment_reference = null, paid_at = null, budget_line_id = null,
                    paid_by_unit = null
                where id = :id and status = 'APPROVED' and payment_reference = :reference""")
                .param("id", id).param("reference", reference)
                .update() == 1;
    }

    /** The payment under way was recorded by budget-service as {@code spendingId}: the reward is paid. */
    public boolean completePayment(UUID id, String by, UUID spendingId) {
        return jdbc.sql("""
                update tip_rewards set status = 'PAID', paid_by = :by, spending_id = :spending
                where id = :id and status = 'APPROVED' and payment_reference is not null""")
                .param("id", id).param("by", by).param("spending", spendingId)
                .update() == 1;
    }

    /** Rewards newest first, optionally of one tip, in one state, of tips received by one unit (null: any). */
    public List<Reward> list(UUID tipId, RewardStatus status, String unit, int limit, int offset) {
        return jdbc.sql("select " + COLUMNS + """
                 from tip_rewards r join tips t on t.id = r.tip_id
                where (cast(:tip as text) is null or r.tip_id = cast(:tip as uuid))
                  and (cast(:status as text) is null or r.status = :status)
                  and (cast(:unit as text) is null or t.receiving_unit = :unit)
                order by r.proposed_at desc, r.id limit :limit offset :offset""")
                .param("tip", tipId == null ? null : tipId.toString())
                .param("status", status == null ? null : status.name())
                .param("unit", unit)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> map(rs))
                .list();
    }

    /** Every reward of a tip, oldest first. */
    public List<Reward> ofTip(UUID tipId) {
        return jdbc.sql("select " + COLUMNS + " from tip_rewards r where r.tip_id = :tip order by r.proposed_at, r.id")
                .param("tip", tipId)
                .query((rs, n) -> map(rs))
                .list();
    }

    private static Reward map(ResultSet rs) throws SQLException {
        return new Reward(
                rs.getObject("id", UUID.class),
                rs.getObject("tip_id", UUID.class),
                rs.getLong("amount_dong"),
                rs.getString("reason"),
                RewardStatus.valueOf(rs.getString("status")),
                rs.getString("proposed_by"),
                rs.getString("proposed_by_unit"),
                rs.getTimestamp("proposed_at").toInstant(),
                rs.getString("decided_by"),
                instant(rs.getTimestamp("decided_at")),
                rs.getString("decision_note"),
                rs.getString("paid_by"),
                instant(rs.getTimestamp("paid_at")),
                rs.getString("payment_reference"),
                rs.getObject("spending_id", UUID.class),
                rs.getString("budget_line_id"),
                rs.getString("paid_by_unit"));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
