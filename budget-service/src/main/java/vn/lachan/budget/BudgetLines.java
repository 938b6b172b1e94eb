package vn.lachan.budget;

import vn.lachan.platform.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.budget.domain.BudgetAccess;
import vn.lachan.budget.domain.BudgetLine;
import vn.lachan.budget.domain.BudgetTable;
import vn.lachan.budget.domain.Spending;
import vn.lachan.budget.domain.SpendingDraft;
import vn.lachan.budget.domain.SpendingRules;
import vn.lachan.budget.domain.Commitment;
import vn.lachan.budget.domain.RecordedSpending;
import vn.lachan.budget.domain.SpendingControl;
import vn.lachan.budget.domain.UnitExecution;
import vn.lachan.budget.store.BudgetStore;
import vn.lachan.budget.store.ExecutionStore;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.time.LegalTime;

/** The budget use cases; gRPC and REST both come here. */
@Service
public class BudgetLines {

    static final String SPENDING_RECORD = "spending";
    /** The request's amount: where a refusal for want of money is told. */
    static final String AMOUNT_FIELD = "spending.amount.dong";

    private final BudgetStore store;
    private final ExecutionStore execution;
    private final BudgetSettings settings;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Clock clock;

    public BudgetLines(BudgetStore store, ExecutionStore execution, BudgetSettings settings, AuditLog audit,
                       Idempotency idempotency, Clock clock) {
        this.store = store;
        this.idempotency = idempotency;
        this.execution = execution;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The lines of {@code year}, or of every year when it is 0, with their totals. */
    public BudgetTable list(int year, Caller caller) {
        BudgetAccess.checkRead(caller);
        return new BudgetTable(store.lines(year == 0 ? null : year));
    }

    public BudgetLine get(String id, Caller caller) {
        BudgetAccess.checkRead(caller);
        return store.find(id).orElseThrow(() -> new NotFoundException("budget line", id));
    }

    /**
     * Records spending of a unit against its allocation of a line, directly or against one of its commitments.
     * Refused when the line would use more than it plans (no override lifts that) or, spent directly, when the
     * unit would use more than its allocation (both errors of {@code spending.amount.dong}); from the configured
     * share of the allocation it passes with a warning. The line stays locked until commit, so concurrent spendings on it cannot overspend together.
     * With an idempotency key (the caller's own, per operation: the platform's), a retry of the same request
     * returns the spending recorded the first time; the same key with a different request is refused (409).
     *
     * <p>A caller who may not spend at all learns nothing about the request; the unit is checked once
     * the fields are valid, and before a retry is answered, so nobody replays another unit's spending.
     * Another unit's commitment is not found. The recorded spending is audited in the same transaction.
     */
    @Transactional
    public RecordedSpending recordSpending(String lineId, SpendingDraft draft, Optional<IdempotentRequest> idempotent,
            Caller caller) {
        BudgetAccess.checkSpend(caller);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        BudgetLine line = store.lock(lineId).orElseThrow(() -> new NotFoundException("budget line", lineId));
        LocalDate spentOn = SpendingRules.check(draft, line.year(), LegalTime.legalDay(now));
        BudgetAccess.checkSpendFor(caller, draft.unit());
        return idempotency.once(idempotent, () -> record(line, draft, spentOn, now, caller),
                recorded -> recorded.spending().id().toString(),
                id -> retried(store.findSpending(UUID.fromString(id)).orElseThrow()));
    }

    private RecordedSpending record(BudgetLine line, SpendingDraft draft, LocalDate spentOn, Instant now, Caller caller) {
        String lineId = line.id();
        String actor = caller.name();
        Money amount = Money.dong(draft.amountDong());
        UnitExecution unit = execution.unit(lineId, draft.unit());
        SpendingControl control;
        UUID commitmentId = null;
        if (draft.againstCommitment()) {
            commitmentId = UUID.fromString(draft.commitmentId()); // well formed: the rules checked it
            Commitment commitment = commitmentOf(commitmentId, lineId, draft.unit());
            if (amount.isGreaterThan(commitment.open())) {
                throw new ValidationException(new FieldViolation(AMOUNT_FIELD, "ABOVE_COMMITMENT",
                        "Số tiền " + amount.format() + " vượt phần chưa chi " + commitment.open().format()
                                + " của cam kết " + commitment.reference() + ".",
                        "The amount " + amount.format() + " exceeds the " + commitment.open().format()
                                + " not yet spent of commitment " + commitment.reference() + "."));
            }
            control = SpendingControl.againstCommitment(unit);
        } else {
            line.refuseOverspending(AMOUNT_FIELD, amount);
            control = SpendingControl.assess(unit, amount, settings.warnAtPercent());
            control.refuseAbove(AMOUNT_FIELD, lineId, draft.unit(), amount);
        }
        Spending spending = new Spending(UUID.randomUUID(), lineId, draft.unit(), amount, spentOn,
                draft.description().strip(), commitmentId, now, actor, now, actor);
        store.insert(spending);
        audit.record(caller, AuditLog.CREATE, SPENDING_RECORD, spending.id().toString(), List.of());
        return new RecordedSpending(spending, control);
    }

    /** A commitment of {@code unit} on {@code lineId}; any other (another unit's too) is not found. */
    private Commitment commitmentOf(UUID id, String lineId, String unit) {
        return execution.find(id).filter(c -> c.lineId().equals(lineId) && c.unit().equals(unit))
                .orElseThrow(() -> new NotFoundException("commitment", id.toString()));
    }

    private RecordedSpending retried(Spending earlier) {
        return new RecordedSpending(earlier,
                SpendingControl.againstCommitment(execution.unit(earlier.lineId(), earlier.unit())));
    }
}
