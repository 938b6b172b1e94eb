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
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.security.Caller;
import vn.lachan.tip.intake.domain.TipAccess;
import vn.lachan.tip.intake.store.TipStore;
import vn.lachan.tip.rewards.domain.Reward;
import vn.lachan.tip.rewards.domain.RewardRules;
import vn.lachan.tip.rewards.domain.RewardStatus;
import vn.lachan.tip.rewards.peer.BudgetPayer;
import vn.lachan.tip.rewards.store.RewardStore;

/** Rewards (thưởng nóng) for valuable tips: proposed, approved or rejected, paid from the budget; every step audited. */
@Service
public class TipRewards {

    static final String RECORD = "reward";

    private final RewardStore store;
    private final TipStore tips;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Idempotency idempotency;
    private final BudgetPayer budget;

    public TipRewards(RewardStore store, TipStore tips, AuditLog audit, Clock clock, PlatformTransactionManager transactions,
                      Idempotency idempotency, BudgetPayer budget) {
        this.store = store;
        this.budget = budget;
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
                    caller.name(), caller.unit(), now(), null, null, null, null, null, null, null, null, null);
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

    /**
     * Pays an approved reward from the plan's budget, at {@code paidAt} (null: now), against the caller's unit's
     * allocation of that year's MANAGEMENT line. Budget first, then the reward:
     * <ol>
     * <li>the payment is kept on the reward as under way (voucher, time, line, unit), in its own transaction;</li>
     * <li>budget-service records the spending ({@link BudgetPayer}, the platform's key
     *     {@code lachan:reward:<id>:pay});</li>
     * <li>the reward is marked PAID with the spending's id, audited.</li>
     * </ol>
     * Half-way failures: when budget-service refuses (no money, no line for the year, a field it rejects), it recorded
     * nothing, the payment under way is forgotten and the reward stays APPROVED, unpaid, with the refusal as a field
     * error. When budget-service cannot be reached or does not answer in time (its outcome unknown), or tip-service
     * stops after budget-service recorded the spending, the payment stays under way: a retry — by this accountant or
     * another of the unit, with the same voucher — sends budget-service the very same request under the same key,
     * gets the spending recorded the first time, and marks the reward paid. The reward is never paid twice.
     */
    public Reward pay(UUID id, String paymentReference, Instant paidAt, Caller caller) {
        Reward reward = visible(id, caller);
        Instant now = now();
        Instant at = paidAt == null ? null : paidAt.truncatedTo(ChronoUnit.MICROS);
        RewardRules.checkPay(caller, reward, paymentReference, at == null ? now : at, now);
        String reference = paymentReference.strip();
        Reward underWay = transaction.execute(tx -> {
            Reward current = store.lock(id).orElseThrow();
            RewardRules.checkPay(caller, current, reference, at == null ? now : at, now);
            if (current.paymentUnderWay()) {
                RewardRules.checkSamePayment(current, reference, at);
                return current;
            }
            Instant when = at == null ? now : at;
            store.startPayment(id, reference, when, BudgetPayer.lineOf(when), caller.unit());
            return store.find(id).orElseThrow();
        });
        UUID spending;
        try {
            spending = budget.pay(underWay);
        } catch (ValidationException refused) {
            // budget-service recorded nothing: the reward is approved and unpaid, as before
            transaction.executeWithoutResult(tx -> store.abandonPayment(id, underWay.paymentReference()));
            throw refused;
        }
        return transaction.execute(tx -> {
            if (!store.completePayment(id, caller.name(), spending)) {
                // a concurrent retry of the same payment completed it meanwhile
                Reward current = store.find(id).orElseThrow();
                if (current.status() == RewardStatus.PAID && spending.equals(current.spendingId())) {
                    return current;
                }
                throw changedMeanwhile();
            }
            audit.record(caller, "PAY", RECORD, id.toString(), List.of("status", "paid_at", "payment_reference",
                    "spending_id", "budget_line_id", "paid_by_unit"));
            return store.find(id).orElseThrow();
        });
    }

    /** Rewards newest first, of tips the caller may see (the police's accountant: every reward, to pay them). */
    public List<Reward> list(UUID tipId, RewardStatus status, int limit, int offset, Caller caller) {
        RewardRules.checkList(caller);
        return store.list(tipId, status, RewardRules.mayPay(caller) ? null : TipAccess.scopeUnit(caller, null), limit,
                offset);
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

    /** A reward of a tip the caller may see, or any reward for the police's accountant; any other is "not found". */
    private Reward visible(UUID id, Caller caller) {
        return store.find(id)
                .filter(r -> RewardRules.mayPay(caller)
                        || tips.find(r.tipId()).filter(t -> TipAccess.maySee(caller, t)).isPresent())
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
