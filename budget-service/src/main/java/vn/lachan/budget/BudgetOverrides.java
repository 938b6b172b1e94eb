package vn.lachan.budget;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.budget.domain.AllocationStatus;
import vn.lachan.budget.domain.BudgetAccess;
import vn.lachan.budget.domain.BudgetLine;
import vn.lachan.budget.domain.OverrideRules;
import vn.lachan.budget.domain.Spending;
import vn.lachan.budget.domain.SpendingControl;
import vn.lachan.budget.domain.SpendingDraft;
import vn.lachan.budget.domain.SpendingOverride;
import vn.lachan.budget.domain.SpendingRules;
import vn.lachan.budget.store.BudgetStore;
import vn.lachan.budget.store.ExecutionStore;
import vn.lachan.budget.store.OverrideStore;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.money.Money;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.time.LegalTime;

/**
 * Spending above a unit's allocation: the spender asks, an approver who is another person allows it with a
 * reason (the spending is then recorded, in the same transaction and under the line's lock) or refuses it.
 * Every step is audited. What a line plans is never exceeded, override or not.
 */
@Service
public class BudgetOverrides {

    static final String RECORD = "spending-override";
    static final String OVERRIDE = "OVERRIDE";

    private final OverrideStore store;
    private final BudgetStore lines;
    private final ExecutionStore execution;
    private final BudgetSettings settings;
    private final Idempotency idempotency;
    private final AuditLog audit;
    private final Clock clock;

    public BudgetOverrides(OverrideStore store, BudgetStore lines, ExecutionStore execution, BudgetSettings settings,
            Idempotency idempotency, AuditLog audit, Clock clock) {
        this.store = store;
        this.lines = lines;
        this.execution = execution;
        this.settings = settings;
        this.idempotency = idempotency;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Asks to spend above the unit's allocation. Refused when the spending fits the allocation (record it
     * directly), when it is against a commitment (which holds its money already) or when the line has not that
     * much left. A retry with the same idempotency key answers the first request.
     */
    @Transactional
    public SpendingOverride request(String lineId, SpendingDraft draft, Optional<IdempotentRequest> request, Caller caller) {
        BudgetAccess.checkSpend(caller);
        return idempotency.once(request, () -> ask(lineId, draft, caller), o -> o.id().toString(),
                id -> store.find(UUID.fromString(id)).orElseThrow());
    }

    private SpendingOverride ask(String lineId, SpendingDraft draft, Caller caller) {
        Instant now = now();
        BudgetLine line = lines.lock(lineId).orElseThrow(() -> new NotFoundException("budget line", lineId));
        LocalDate day = SpendingRules.check(draft, line.year(), LegalTime.legalDay(now));
        if (draft.againstCommitment()) {
            throw new ValidationException(new FieldViolation("spending.commitment_id", "NOT_ALLOWED",
                    "Chi theo cam kết không cần cho phép vượt: cam kết đã giữ tiền của nó.",
                    "Spending against a commitment needs no override: the commitment holds its money."));
        }
        BudgetAccess.checkSpendFor(caller, draft.unit());
        Money amount = Money.dong(draft.amountDong());
        line.refuseOverspending(BudgetLines.AMOUNT_FIELD, amount);
        SpendingControl control = SpendingControl.assess(execution.unit(lineId, draft.unit()), amount,
                settings.warnAtPercent());
        if (control.level() != SpendingControl.Level.ABOVE) {
            throw new ConflictException("Khoản chi nằm trong phân bổ của đơn vị; hãy ghi khoản chi trực tiếp.",
                    "The spending fits the unit's allocation; record it directly.");
        }
        SpendingOverride requested = new SpendingOverride(UUID.randomUUID(), lineId, draft.unit(), amount, day,
                draft.description().strip(), AllocationStatus.REQUESTED, caller.name(), now, null, null, null, null);
        store.insert(requested);
        audit.record(caller, AuditLog.CREATE, RECORD, requested.id().toString(), List.of("unit", "amount"));
        return requested;
    }

    /**
     * Allows the spending: records it, under a lock on its line, which is refused if the line has not that much
     * left now. Never by the one who asked; the reason is required.
     */
    @Transactional
    public SpendingOverride approve(UUID id, String reason, Caller caller) {
        OverrideRules.checkDecider(caller);
        SpendingOverride asked = store.find(id).orElseThrow(() -> new NotFoundException("spending override", id.toString()));
        BudgetLine line = lines.lock(asked.lineId()).orElseThrow();
        asked = store.find(id).orElseThrow(); // as it is now that its line is locked
        OverrideRules.checkDecision(caller, asked, reason);
        line.refuseOverspending(asked.amount());
        Instant now = now();
        Spending spending = new Spending(UUID.randomUUID(), asked.lineId(), asked.unit(), asked.amount(), asked.spentOn(),
                asked.description(), null, now, asked.requestedBy(), now, caller.name());
        lines.insert(spending);
        if (!store.decide(id, AllocationStatus.APPROVED, caller.name(), now, reason.strip(), spending.id())) {
            throw decidedMeanwhile();
        }
        lines.linkOverride(spending.id(), id);
        audit.record(caller, OVERRIDE, RECORD, id.toString(), List.of("status", "reason", "spending_id"));
        audit.record(caller, AuditLog.CREATE, BudgetLines.SPENDING_RECORD, spending.id().toString(), List.of());
        return store.find(id).orElseThrow();
    }

    /** Refuses the spending, with the reason; nothing is recorded. */
    @Transactional
    public SpendingOverride reject(UUID id, String reason, Caller caller) {
        OverrideRules.checkDecider(caller);
        SpendingOverride asked = store.find(id).orElseThrow(() -> new NotFoundException("spending override", id.toString()));
        OverrideRules.checkDecision(caller, asked, reason);
        if (!store.decide(id, AllocationStatus.REJECTED, caller.name(), now(), reason.strip(), null)) {
            throw decidedMeanwhile();
        }
        audit.record(caller, "REJECT", RECORD, id.toString(), List.of("status", "reason"));
        return store.find(id).orElseThrow();
    }

    /** The approval queue and its history; a spender of one unit sees that unit's only. */
    public List<SpendingOverride> list(int year, String unit, AllocationStatus status, Caller caller) {
        BudgetAccess.checkRead(caller);
        String scope = BudgetAccess.scopeUnit(caller);
        String wanted = unit == null || unit.isBlank() ? scope : unit;
        if (scope != null && !scope.equals(wanted)) {
            return List.of();
        }
        return store.list(year == 0 ? null : year, wanted, status);
    }

    private static ConflictException decidedMeanwhile() {
        return new ConflictException("Đề nghị vừa được người khác xử lý; hãy tải lại.",
                "The request was just decided by someone else; reload it.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
