package vn.lachan.budget;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.budget.domain.Allocation;
import vn.lachan.budget.domain.AllocationDraft;
import vn.lachan.budget.domain.AllocationRules;
import vn.lachan.budget.domain.AllocationStatus;
import vn.lachan.budget.domain.BudgetAccess;
import vn.lachan.budget.domain.BudgetLine;
import vn.lachan.budget.domain.UnitYears;
import vn.lachan.budget.store.AllocationStore;
import vn.lachan.budget.store.BudgetStore;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.money.Money;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.unit.UnitRegistryClient;

/**
 * Allocations of the lines to the implementing units. The line's row is locked whenever an allocation may
 * start to count (request and approval), so two approvals at the same moment cannot together allocate
 * more than the line plans; a database trigger refuses it as well.
 */
@Service
public class BudgetAllocations {

    static final String RECORD = "allocation";

    private final AllocationStore store;
    private final BudgetStore lines;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Clock clock;
    private final UnitRegistryClient units;

    public BudgetAllocations(AllocationStore store, BudgetStore lines, AuditLog audit, Idempotency idempotency,
                             Clock clock, UnitRegistryClient units) {
        this.store = store;
        this.units = units;
        this.idempotency = idempotency;
        this.lines = lines;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Requests an allocation of {@code lineId}. Refused at once when the line has not that much left to
     * allocate, although only the approval makes it count. A retry with the same idempotency key (the caller's,
     * per operation: the platform's) answers the allocation requested first; the key with another request is 409.
     * The unit must have existed in the line's year, as the unit registry says (report-service; 503 and nothing
     * written when it does not answer).
     */
    @Transactional
    public Allocation request(String lineId, AllocationDraft draft, Optional<IdempotentRequest> idempotent,
                              Caller caller) {
        AllocationRules.checkRequester(caller);
        int year = lines.find(lineId).orElseThrow(() -> new NotFoundException("budget line", lineId)).year();
        AllocationRules.checkDraft(draft);
        // the registry is asked before the line is locked: its deadline never holds the line's spenders up
        Violations unit = new Violations();
        UnitYears.check(unit, "allocation.unit", draft.unit(), year, units::find);
        unit.throwIfAny();
        BudgetLine line = lines.lock(lineId).orElseThrow(() -> new NotFoundException("budget line", lineId));
        return idempotency.once(idempotent, () -> {
            Money amount = Money.dong(draft.amountDong());
            try {
                line.refuseOverAllocation(amount);
            } catch (ConflictException aboveLine) { // in a request, the amount is the field to correct
                throw new ValidationException(new FieldViolation("allocation.amount.dong", "ABOVE_LINE",
                        aboveLine.vi(), aboveLine.en()));
            }
            Instant now = now();
            Allocation requested = new Allocation(UUID.randomUUID(), lineId, draft.unit(), amount,
                    draft.note().strip(), AllocationStatus.REQUESTED, caller.name(), now, null, null, null);
            store.insert(requested);
            audit.record(caller, AuditLog.CREATE, RECORD, requested.id().toString(), List.of("unit", "amount", "note"));
            return requested;
        }, requested -> requested.id().toString(), id -> store.find(UUID.fromString(id)).orElseThrow());
    }

    /** Approves a requested allocation, under a lock on its line: refused if the line has not that much left. */
    @Transactional
    public Allocation approve(UUID id, String note, Caller caller) {
        AllocationRules.checkDecider(caller);
        Allocation allocation = store.find(id).orElseThrow(() -> new NotFoundException("allocation", id.toString()));
        // the registry again, before the line is locked: the unit may have ended since the request
        UnitYears.checkAtApproval(allocation.unit(), lines.find(allocation.lineId()).orElseThrow().year(), units::find);
        BudgetLine line = lines.lock(allocation.lineId()).orElseThrow();
        allocation = store.find(id).orElseThrow(); // as it is now that its line is locked
        AllocationRules.checkDecision(caller, allocation, true, note);
        line.refuseOverAllocation(allocation.amount());
        return decide(allocation, AllocationStatus.APPROVED, note, caller);
    }

    @Transactional
    public Allocation reject(UUID id, String reason, Caller caller) {
        AllocationRules.checkDecider(caller);
        Allocation allocation = store.find(id).orElseThrow(() -> new NotFoundException("allocation", id.toString()));
        AllocationRules.checkDecision(caller, allocation, false, reason);
        return decide(allocation, AllocationStatus.REJECTED, reason, caller);
    }

    /** Allocations the caller may see; a spender of one unit sees that unit's only. */
    public List<Allocation> list(int year, String lineId, String unit, AllocationStatus status, Caller caller) {
        BudgetAccess.checkRead(caller);
        String scope = BudgetAccess.scopeUnit(caller);
        String wanted = unit == null || unit.isBlank() ? scope : unit;
        if (scope != null && !scope.equals(wanted)) {
            return List.of();
        }
        return store.list(year == 0 ? null : year, lineId == null || lineId.isBlank() ? null : lineId, wanted, status);
    }

    private Allocation decide(Allocation allocation, AllocationStatus to, String note, Caller caller) {
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (!store.decide(allocation.id(), to, caller.name(), now(), kept)) {
            throw new ConflictException("Phân bổ vừa được người khác xử lý; hãy tải lại.",
                    "The allocation was just decided by someone else; reload it.");
        }
        audit.record(caller, to == AllocationStatus.APPROVED ? "APPROVE" : "REJECT", RECORD,
                allocation.id().toString(), List.of("status", "decision_note"));
        return store.find(allocation.id()).orElseThrow();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
    }
}
