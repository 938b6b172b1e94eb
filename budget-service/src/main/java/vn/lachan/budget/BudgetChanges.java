package vn.lachan.budget;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.budget.domain.AllocationStatus;
import vn.lachan.budget.domain.BudgetAccess;
import vn.lachan.budget.domain.BudgetChange;
import vn.lachan.budget.domain.BudgetLine;
import vn.lachan.budget.domain.ChangeDraft;
import vn.lachan.budget.domain.ChangeKind;
import vn.lachan.budget.domain.ChangeRules;
import vn.lachan.budget.domain.Movement;
import vn.lachan.budget.domain.UnitExecution;
import vn.lachan.budget.domain.UnitYears;
import vn.lachan.budget.domain.YearPlan;
import vn.lachan.budget.store.BudgetStore;
import vn.lachan.budget.store.ChangeStore;
import vn.lachan.budget.store.ExecutionStore;
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
import vn.lachan.platform.unit.UnitRegistryClient;

/**
 * Transfers, revisions and carry-forwards: requested by a planner, approved by another person. The lines a change
 * touches are locked (in the order of their ids, so two approvals never wait on each other) before anything is read,
 * so concurrent approvals, spending and allocations can never together take more than a line or a unit has; the
 * database's triggers refuse it as well. Every step is audited.
 */
@Service
public class BudgetChanges {

    static final String RECORD = "budget-change";

    private final ChangeStore store;
    private final BudgetStore lines;
    private final ExecutionStore execution;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Clock clock;
    private final UnitRegistryClient units;

    public BudgetChanges(ChangeStore store, BudgetStore lines, ExecutionStore execution, AuditLog audit,
            Idempotency idempotency, Clock clock, UnitRegistryClient units) {
        this.store = store;
        this.units = units;
        this.lines = lines;
        this.execution = execution;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /**
     * Requests a change. Refused at once, with the amount as the field to correct, when the source has not that much
     * free money now, although only the approval moves it; a carry-forward, with the line as the field, before the
     * line's year is over. A retry with the same idempotency key answers the change requested first.
     */
    @Transactional
    public BudgetChange request(ChangeDraft draft, Optional<IdempotentRequest> idempotent, Caller caller) {
        ChangeRules.checkRequester(caller);
        ChangeRules.checkDraft(draft);
        return idempotency.once(idempotent, () -> {
            receivingYear(draft).ifPresent(year -> ChangeRules.checkReceivingUnit(draft, year, units::find));
            Locked locked = lock(draft.kind(), draft.field(), draft.fromLineId(), draft.toLineId());
            if (draft.kind() == ChangeKind.CARRY_FORWARD) {
                ChangeRules.checkYearOver(locked.from().year(), today());
            }
            String source = ChangeRules.source(draft, locked.from(), locked.to(), store.sources());
            try {
                movements(locked, draft.fromUnit(), draft.kind() == ChangeKind.CARRY_FORWARD ? draft.fromUnit()
                        : draft.toUnit(), Money.dong(draft.amountDong()), source);
            } catch (ConflictException shortfall) {
                throw new ValidationException(new FieldViolation(draft.field() + ".amount.dong", "ABOVE_AVAILABLE",
                        shortfall.vi(), shortfall.en()));
            }
            BudgetLine yearOf = locked.from() != null ? locked.from() : locked.to();
            BudgetChange requested = new BudgetChange(UUID.randomUUID(), draft.kind(), yearOf.year(),
                    locked.from() == null ? null : locked.from().id(), draft.fromUnit(),
                    locked.to() == null ? null : locked.to().id(),
                    draft.kind() == ChangeKind.CARRY_FORWARD ? draft.fromUnit() : draft.toUnit(),
                    source, Money.dong(draft.amountDong()), draft.note().strip(), AllocationStatus.REQUESTED,
                    caller.name(), now(), null, null, null, List.of());
            store.insert(requested);
            audit.record(caller, AuditLog.CREATE, RECORD, requested.id().toString(),
                    List.of("kind", "from_line_id", "from_unit", "to_line_id", "to_unit", "funding_source", "amount", "note"));
            return requested;
        }, requested -> requested.id().toString(), id -> store.find(UUID.fromString(id)).orElseThrow());
    }

    /**
     * The year of the line that receives a change's money, read before the lines are locked (a line's year never
     * changes): a transfer's target line; a carry-forward's named line or else the next year. Empty when there is
     * no such line; the lock then refuses the request as it names it.
     */
    private Optional<Integer> receivingYear(ChangeDraft draft) {
        if (draft.toLineId() != null) {
            return lines.find(draft.toLineId()).map(BudgetLine::year);
        }
        if (draft.kind() == ChangeKind.CARRY_FORWARD && draft.fromLineId() != null) {
            return lines.find(draft.fromLineId()).map(from -> from.year() + 1);
        }
        return Optional.empty();
    }

    /**
     * Approves a requested change: the money moves now, under locks on its lines, or the approval is refused (a
     * carry-forward also before its year is over).
     */
    @Transactional
    public BudgetChange approve(UUID id, String note, Caller caller) {
        ChangeRules.checkDecider(caller);
        BudgetChange change = store.find(id).orElseThrow(() -> new NotFoundException("budget change", id.toString()));
        // the receiving unit again, before the lines are locked: it may have ended since the request
        if (change.toUnit() != null && change.kind() != ChangeKind.REVISION) {
            int receivingYear = change.kind() == ChangeKind.CARRY_FORWARD ? change.year() + 1 : change.year();
            UnitYears.checkAtApproval(change.toUnit(), receivingYear, units::find);
        }
        Locked locked = lock(change.kind(), null, change.fromLineId(), change.toLineId());
        change = store.find(id).orElseThrow(); // as it is now that its lines are locked
        ChangeRules.checkDecision(caller, change, true, note);
        ChangeRules.checkApprovalAfterYear(change, today());
        List<Movement> moves = movements(locked, change.fromUnit(), change.toUnit(), change.amount(),
                change.fundingSource());
        Instant now = now();
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (!store.decide(id, AllocationStatus.APPROVED, caller.name(), now, kept)) {
            throw decidedMeanwhile();
        }
        store.apply(change, moves, caller.name(), now, kept);
        audit.record(caller, "APPROVE", RECORD, id.toString(), List.of("status", "decision_note", "movements"));
        return store.find(id).orElseThrow();
    }

    /** Rejects a requested change, with the reason; nothing moves. */
    @Transactional
    public BudgetChange reject(UUID id, String reason, Caller caller) {
        ChangeRules.checkDecider(caller);
        BudgetChange change = store.find(id).orElseThrow(() -> new NotFoundException("budget change", id.toString()));
        ChangeRules.checkDecision(caller, change, false, reason);
        if (!store.decide(id, AllocationStatus.REJECTED, caller.name(), now(), reason.strip())) {
            throw decidedMeanwhile();
        }
        audit.record(caller, "REJECT", RECORD, id.toString(), List.of("status", "decision_note"));
        return store.find(id).orElseThrow();
    }

    /** One change; a spender of one unit finds only changes of that unit. */
    public BudgetChange get(UUID id, Caller caller) {
        BudgetAccess.checkRead(caller);
        String scope = BudgetAccess.scopeUnit(caller);
        return store.find(id).filter(c -> scope == null || c.touchesUnit(scope))
                .orElseThrow(() -> new NotFoundException("budget change", id.toString()));
    }

    /** The changes the caller may see, oldest first; a spender of one unit sees that unit's only. */
    public List<BudgetChange> list(int year, ChangeKind kind, AllocationStatus status, String lineId, String unit,
            Caller caller) {
        BudgetAccess.checkRead(caller);
        String scope = BudgetAccess.scopeUnit(caller);
        String wanted = unit == null || unit.isBlank() ? scope : unit.strip();
        if (scope != null && !scope.equals(wanted)) {
            return List.of();
        }
        return store.list(year == 0 ? null : year, kind, status, lineId == null || lineId.isBlank() ? null : lineId.strip(),
                wanted);
    }

    /** {@code year}'s plan reconciled with its history. */
    public YearPlan yearPlan(int year, Caller caller) {
        BudgetAccess.checkRead(caller);
        return store.yearPlan(year).orElseThrow(() -> new ValidationException(new FieldViolation("year",
                "NOT_A_PLAN_YEAR", "Năm phải là một năm của kế hoạch (2022–2026).",
                "The year must be one of the plan's (2022–2026).")));
    }

    /** The lines money leaves and arrives on, locked in the order of their ids, then read. */
    private record Locked(BudgetLine from, BudgetLine to) {
    }

    private Locked lock(ChangeKind kind, String field, String fromLineId, String toLineId) {
        String target = toLineId;
        if (kind == ChangeKind.CARRY_FORWARD && toLineId == null) {
            BudgetLine from = lines.find(fromLineId).orElseThrow(() -> new NotFoundException("budget line", fromLineId));
            target = lines.lines(from.year() + 1).stream().filter(l -> l.kind() == from.kind()).map(BudgetLine::id)
                    .findFirst().orElseThrow(() -> new ValidationException(new FieldViolation("line_id", "NO_NEXT_YEAR",
                            "Dòng " + fromLineId + " thuộc năm cuối của kế hoạch; không có năm sau để chuyển nguồn.",
                            "Line " + fromLineId + " is of the plan's last year; there is no next year to carry to.")));
        }
        Map<String, BudgetLine> locked = new TreeMap<>();
        if (fromLineId != null) {
            locked.put(fromLineId, null);
        }
        if (target != null) {
            locked.put(target, null);
        }
        for (String id : locked.keySet()) {
            locked.put(id, lines.lock(id).orElseThrow(() -> new NotFoundException("budget line", id)));
        }
        BudgetLine from = fromLineId == null ? null : locked.get(fromLineId);
        BudgetLine to = target == null ? null : locked.get(target);
        if (kind == ChangeKind.TRANSFER && from.year() != to.year()) {
            throw new ValidationException(new FieldViolation(field + ".to_line_id", "OTHER_YEAR",
                    "Chỉ điều chuyển giữa các dòng của cùng một năm (" + from.year() + "); sang năm sau là chuyển nguồn.",
                    "Transfers are between lines of one year (" + from.year() + "); to the next year, carry forward."));
        }
        return new Locked(from, to);
    }

    private List<Movement> movements(Locked locked, String fromUnit, String toUnit, Money amount, String source) {
        UnitExecution giving = fromUnit == null ? null : execution.unit(locked.from().id(), fromUnit);
        UnitExecution taking = toUnit == null ? null : execution.unit(locked.to().id(), toUnit);
        return ChangeRules.movements(amount, source, locked.from(), giving, locked.to(), taking);
    }

    private static ConflictException decidedMeanwhile() {
        return new ConflictException("Đề nghị vừa được người khác xử lý; hãy tải lại.",
                "The request was just decided by someone else; reload it.");
    }

    private LocalDate today() {
        return LegalTime.legalDay(clock.instant());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
