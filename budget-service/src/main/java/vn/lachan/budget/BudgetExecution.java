package vn.lachan.budget;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.budget.document.ExecutionWorkbook;
import vn.lachan.budget.domain.BudgetAccess;
import vn.lachan.budget.domain.BudgetLine;
import vn.lachan.budget.domain.Commitment;
import vn.lachan.budget.domain.CommitmentDraft;
import vn.lachan.budget.domain.CommitmentRules;
import vn.lachan.budget.domain.ExecutionTable;
import vn.lachan.budget.domain.RecordedCommitment;
import vn.lachan.budget.domain.SpendingControl;
import vn.lachan.budget.domain.UnitExecution;
import vn.lachan.budget.store.BudgetStore;
import vn.lachan.budget.store.ExecutionStore;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.money.Money;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.time.LegalTime;

/**
 * Commitments of units against their allocations, and the execution of the plan: per line, unit and year
 * plan → allocated → committed → spent → available, and by month against the plan.
 */
@Service
public class BudgetExecution {

    static final String COMMITMENT_RECORD = "commitment";
    /** The request's amount: where a refusal for want of money is told. */
    static final String AMOUNT_FIELD = "commitment.amount.dong";

    private final ExecutionStore store;
    private final BudgetStore lines;
    private final BudgetSettings settings;
    private final Idempotency idempotency;
    private final AuditLog audit;
    private final Clock clock;

    public BudgetExecution(ExecutionStore store, BudgetStore lines, BudgetSettings settings, Idempotency idempotency,
            AuditLog audit, Clock clock) {
        this.store = store;
        this.lines = lines;
        this.settings = settings;
        this.idempotency = idempotency;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a commitment of a unit against its allocation of a line, under the same controls and lock as
     * spending outside commitments: never above what the line plans, above the unit's allocation refused, from
     * the configured share on a warning. Retried with the same idempotency key, answers the first.
     */
    @Transactional
    public RecordedCommitment recordCommitment(String lineId, CommitmentDraft draft, Optional<IdempotentRequest> request,
            Caller caller) {
        BudgetAccess.checkSpend(caller);
        return idempotency.once(request, () -> record(lineId, draft, caller), r -> r.commitment().id().toString(),
                id -> retried(UUID.fromString(id)));
    }

    private RecordedCommitment record(String lineId, CommitmentDraft draft, Caller caller) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        BudgetLine line = lines.lock(lineId).orElseThrow(() -> new NotFoundException("budget line", lineId));
        LocalDate day = CommitmentRules.check(draft, line.year(), LegalTime.legalDay(now));
        BudgetAccess.checkSpendFor(caller, draft.unit());
        Money amount = Money.dong(draft.amountDong());
        line.refuseOverspending(AMOUNT_FIELD, amount);
        SpendingControl control = SpendingControl.assess(store.unit(lineId, draft.unit()), amount, settings.warnAtPercent());
        control.refuseAbove(AMOUNT_FIELD, lineId, draft.unit(), amount);
        Commitment commitment = new Commitment(UUID.randomUUID(), lineId, draft.unit(), amount, day,
                draft.reference().strip(), draft.description().strip(), Money.ZERO, now, caller.name());
        store.insert(commitment);
        audit.record(caller, AuditLog.CREATE, COMMITMENT_RECORD, commitment.id().toString(),
                List.of("unit", "amount", "reference"));
        return new RecordedCommitment(commitment, control);
    }

    /** Commitments the caller may see; a spender of one unit sees that unit's only. */
    public List<Commitment> commitments(int year, String lineId, String unit, Caller caller) {
        BudgetAccess.checkRead(caller);
        String scope = BudgetAccess.scopeUnit(caller);
        String wanted = blankToNull(unit) == null ? scope : unit;
        if (scope != null && !scope.equals(wanted)) {
            return List.of();
        }
        return store.list(year == 0 ? null : year, blankToNull(lineId), wanted);
    }

    /**
     * The execution of {@code year}'s lines (one line when {@code lineId} is given), with the units the caller
     * may see (one unit when {@code unit} is given, or when the caller sees only their own), and the months
     * against the plan, or against the unit's allocation when one unit is shown. A unit's report submitter reads
     * it too, for their own unit only (report-service pre-fills the unit's periodic report from it).
     */
    public ExecutionTable table(int year, String lineId, String unit, Caller caller) {
        return table(year, lineId, unit, null, caller);
    }

    /**
     * {@link #table(int, String, String, Caller)} with the units' rows and the months cut off after the legal day
     * {@code to} (ISO-8601, within the year; null or blank: the whole year), e.g. a report period's last day, so a
     * report shows what was committed and spent in its period, not what came after.
     */
    public ExecutionTable table(int year, String lineId, String unit, String to, Caller caller) {
        BudgetAccess.checkReadExecution(caller);
        LocalDate cutOff = cutOff(year, to);
        List<BudgetLine> ofYear = year == 0 ? List.of() : lines.lines(year);
        if (ofYear.isEmpty()) {
            throw new ValidationException(new FieldViolation("year", "NOT_A_PLAN_YEAR",
                    "Năm phải là một năm của kế hoạch (2022–2026).", "The year must be one of the plan's (2022–2026)."));
        }
        String line = blankToNull(lineId);
        List<BudgetLine> shown = ofYear.stream().filter(l -> line == null || l.id().equals(line)).toList();
        if (shown.isEmpty()) {
            throw new NotFoundException("budget line", lineId);
        }
        String scope = BudgetAccess.scopeUnit(caller);
        String wanted = blankToNull(unit) == null ? scope : unit;
        boolean nothingVisible = scope != null && !scope.equals(wanted);
        List<UnitExecution> units = nothingVisible ? List.of()
                : cutOff == null ? store.units(year, line, wanted) : store.units(year, line, wanted, cutOff);
        List<ExecutionTable.Row> rows = new ArrayList<>();
        for (BudgetLine l : shown) {
            rows.add(new ExecutionTable.Row(l, units.stream().filter(u -> u.lineId().equals(l.id())).toList()));
        }
        Money base = wanted == null
                ? shown.stream().map(BudgetLine::planned).reduce(Money.ZERO, Money::plus)
                : units.stream().map(UnitExecution::allocated).reduce(Money.ZERO, Money::plus);
        Money[] committed = new Money[12];
        Money[] spent = new Money[12];
        if (nothingVisible) {
            Arrays.fill(committed, Money.ZERO);
            Arrays.fill(spent, Money.ZERO);
        } else {
            committed = store.byMonth("commitments", year, line, wanted, cutOff);
            spent = store.byMonth("spendings", year, line, wanted, cutOff);
        }
        return new ExecutionTable(year, rows, ExecutionTable.months(committed, spent, base), base);
    }

    /**
     * {@link #table} as an Excel workbook, stamped with the time it was made: the budget's readers only (a report
     * submitter's own figures are in their report), same scope.
     */
    public Workbook workbook(int year, String lineId, String unit, Caller caller) {
        BudgetAccess.checkRead(caller);
        return new Workbook(ExecutionWorkbook.write(table(year, lineId, unit, caller), clock.instant()),
                ExecutionWorkbook.CONTENT_TYPE, ExecutionWorkbook.fileName(year, lineId, unit));
    }

    /** The cut-off day of an execution: a legal day of {@code year}, or null for the whole year. */
    private static LocalDate cutOff(int year, String to) {
        if (to == null || to.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(to.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(new FieldViolation("to", "INVALID_FORMAT",
                    "Ngày phải theo dạng yyyy-MM-dd, ví dụ 2025-06-14.", "A date is written yyyy-MM-dd, e.g. 2025-06-14."));
        }
        if (day.getYear() != year) {
            throw new ValidationException(new FieldViolation("to", "NOT_IN_YEAR",
                    "Ngày chốt số liệu phải thuộc năm " + year + ".", "The cut-off day must be in " + year + "."));
        }
        return day;
    }

    /** A workbook's bytes with its media type and the name a browser saves it under. */
    public record Workbook(byte[] bytes, String contentType, String fileName) {
    }

    private RecordedCommitment retried(UUID id) {
        Commitment earlier = store.find(id).orElseThrow();
        return new RecordedCommitment(earlier,
                SpendingControl.againstCommitment(store.unit(earlier.lineId(), earlier.unit())));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
