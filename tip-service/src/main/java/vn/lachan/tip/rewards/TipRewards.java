package vn.lachan.tip.rewards;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.security.Caller;
import vn.lachan.tip.intake.domain.TipAccess;
import vn.lachan.tip.intake.store.TipStore;
import vn.lachan.tip.rewards.domain.Reward;
import vn.lachan.tip.rewards.domain.RewardRules;
import vn.lachan.tip.rewards.domain.RewardStatus;
import vn.lachan.tip.rewards.store.RewardStore;

/** Rewards (thưởng nóng) for valuable tips: proposed, approved or rejected, paid; every step audited. */
@Service
public class TipRewards {

    static final String RECORD = "reward";

    private final RewardStore store;
    private final TipStore tips;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Idempotency idempotency;

    public TipRewards(RewardStore store, TipStore tips, AuditLog audit, Clock clock, PlatformTransactionManager transactions,
                      Idempotency idempotency) {
        this.store = store;
        this.idempotency = idempotency;
        this.tips = tips;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Proposes a reward for a tip; a retry with the same idempotency key (the caller's, per operation: the
     * platform's) answers the reward proposed first, the key with another request is refused (409).
     */
    public Reward propose(UUID tipId, long amountDong, String reason, Optional<IdempotentRequest> idempotent,
                          Caller caller) {
        RewardRules.checkPropose(caller, amountDong, reason);
        tips.find(tipId).filter(t -> TipAccess.maySee(caller, t))
                .orElseThrow(() -> new NotFoundException("tip", tipId.toString()));
        return transaction.execute(tx -> idempotency.once(idempotent, () -> {
            Reward proposed = new Reward(UUID.randomUUID(), tipId, amountDong, reason.strip(), RewardStatus.PROPOSED,
                    caller.name(), caller.unit(), now(), null, null, null, null, null, null);
            store.insert(proposed);
            audit.record(caller, AuditLog.CREATE, RECORD, proposed.id().toString(), List.of("amount", "reason", "status"));
            return proposed;
        }, proposed -> proposed.id().toString(), id -> store.find(UUID.fromString(id)).orElseThrow()));
    }

    public Reward approve(UUID id, String note, Caller caller) {
        return decide(id, RewardStatus.APPROVED, note, caller);
    }

    public Reward reject(UUID id, String reason, Caller caller) {
        return decide(id, RewardStatus.REJECTED, reason, caller);
    }

    /** Records that an approved reward was paid, at {@code paidAt} (null: now). */
    public Reward markPaid(UUID id, String paymentReference, Instant paidAt, Caller caller) {
        Reward reward = visible(id, caller);
        Instant now = now();
        Instant at = paidAt == null ? now : paidAt.truncatedTo(ChronoUnit.MICROS);
        RewardRules.checkPay(caller, reward, paymentReference, at, now);
        return transaction.execute(tx -> {
            if (!store.pay(id, caller.name(), at, paymentReference.strip())) {
                throw changedMeanwhile();
            }
            audit.record(caller, "PAY", RECORD, id.toString(), List.of("status", "paid_at", "payment_reference"));
            return store.find(id).orElseThrow();
        });
    }

    /** Rewards newest first, of tips the caller may see. */
    public List<Reward> list(UUID tipId, RewardStatus status, int limit, int offset, Caller caller) {
        RewardRules.checkList(caller);
        return store.list(tipId, status, TipAccess.scopeUnit(caller, null), limit, offset);
    }

    private Reward decide(UUID id, RewardStatus to, String note, Caller caller) {
        Reward reward = visible(id, caller);
        boolean approve = to == RewardStatus.APPROVED;
        RewardRules.checkDecide(caller, reward, approve, note);
        String kept = note == null || note.isBlank() ? null : note.strip();
        return transaction.execute(tx -> {
            if (!store.decide(id, to, caller.name(), now(), kept)) {
                throw changedMeanwhile();
            }
            audit.record(caller, approve ? "APPROVE" : "REJECT", RECORD, id.toString(), List.of("status", "decision_note"));
            return store.find(id).orElseThrow();
        });
    }

    /** A reward of a tip the caller may see; any other is "not found". */
    private Reward visible(UUID id, Caller caller) {
        return store.find(id)
                .filter(r -> tips.find(r.tipId()).filter(t -> TipAccess.maySee(caller, t)).isPresent())
                .orElseThrow(() -> new NotFoundException("reward", id.toString()));
    }

    private static ConflictException changedMeanwhile() {
        return new ConflictException("Khen thưởng vừa được người khác xử lý; hãy tải lại.",
                "The reward was just handled by someone else; reload it.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
