package vn.lachan.budget.domain;

import static vn.lachan.platform.security.Roles.BUDGET_APPROVER;
import static vn.lachan.platform.security.Roles.BUDGET_PLANNER;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.money.Money;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.unit.RegisteredUnit;
import vn.lachan.platform.unit.UnitCodes;

/**
 * Transfers, revisions and carry-forward: who may request and decide them, what a request must hold, and what an
 * approval moves. Money only ever leaves what is free: a line's plan that is neither allocated nor used, a unit's
 * allocation that is neither committed nor spent. What leaves one place arrives at another to the đồng, except
 * in a revision, which changes the year's plan on purpose.
 */
public final class ChangeRules {

    static final int MAX_NOTE = 2_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ChangeRules() {
    }

    public static void checkRequester(Caller caller) {
        if (!caller.has(BUDGET_PLANNER)) {
            throw new AccessDeniedException(
                    "Chỉ cán bộ lập kế hoạch kinh phí được đề nghị điều chuyển, điều chỉnh dự toán hoặc chuyển nguồn.",
                    "Only budget planners may request transfers, revisions or carry-forwards.");
        }
    }

    public static void checkDecider(Caller caller) {
        if (!caller.has(BUDGET_APPROVER)) {
            throw new AccessDeniedException(
                    "Chỉ người phê duyệt kinh phí được phê duyệt hoặc từ chối điều chuyển, điều chỉnh, chuyển nguồn.",
                    "Only budget approvers may approve or reject transfers, revisions and carry-forwards.");
        }
    }

    /** The request's own fields: nothing here needs the database. Every invalid field is told at once. */
    public static void checkDraft(ChangeDraft d) {
        Violations v = new Violations();
        String p = d.field();
        switch (d.kind()) {
            case TRANSFER -> {
                if (d.fromLineId() == null) {
                    v.add(FieldViolation.required(p + ".from_line_id"));
                }
                if (d.toLineId() == null) {
                    v.add(FieldViolation.required(p + ".to_line_id"));
                }
                if (d.fromUnit() != null) {
                    UnitCodes.check(v, p + ".from_unit", d.fromUnit());
                }
                if (d.toUnit() != null) {
                    UnitCodes.check(v, p + ".to_unit", d.toUnit());
                }
                if (d.fromLineId() != null && d.fromLineId().equals(d.toLineId())) {
                    if (d.fromUnit() == null || d.toUnit() == null) {
                        v.add(p + (d.fromUnit() == null ? ".from_unit" : ".to_unit"), "REQUIRED",
                                "Trong cùng một dòng kinh phí, điều chuyển là giữa phân bổ của hai đơn vị; tiền chưa "
                                        + "phân bổ của dòng thì đề nghị phân bổ.",
                                "Within one budget line a transfer moves money between two units' allocations; the "
                                        + "line's unallocated money is given by an allocation.");
                    } else if (d.fromUnit().equals(d.toUnit())) {
                        v.add(p + ".to_unit", "SAME_AS_SOURCE", "Nơi nhận trùng với nơi chuyển đi.",
                                "The target is the same as the source.");
                    }
                }
            }
            case REVISION -> {
                if ((d.fromLineId() == null) == (d.toLineId() == null)) {
                    v.add(p + ".direction", "REQUIRED", "Hãy chọn tăng (INCREASE) hoặc giảm (DECREASE) dự toán.",
                            "Choose whether the plan goes up (INCREASE) or down (DECREASE).");
                }
            }
            case CARRY_FORWARD -> UnitCodes.check(v, p + ".unit", d.fromUnit());
        }
        Amounts.check(v, p + ".amount.dong", d.amountDong());
        v.requireText(p + ".note", d.note()).maxLength(p + ".note", d.note(), MAX_NOTE);
        v.throwIfAny();
    }

    /**
     * A unit's allocation of a line is carried to the next year only once the line's year is over on the legal
     * calendar (Asia/Ho_Chi_Minh): until its last day the money may still be committed and spent in that year.
     * Requested earlier, the line is the field to correct.
     */
    public static void checkYearOver(int lineYear, LocalDate today) {
        if (!yearOver(lineYear, today)) {
            throw new ValidationException(new FieldViolation("line_id", "YEAR_NOT_OVER", yearNotOverVi(lineYear, today),
                    yearNotOverEn(lineYear, today)));
        }
    }

    /**
     * The unit that receives money must have existed in the receiving line's year, as the unit registry says: a
     * transfer's target unit, a carry-forward's own unit in the next year (a district ended in 2025 carries nothing
     * to 2026; its successor asks for its own allocation). A revision gives to no unit. Checked before any line is
     * locked, so the registry's deadline never holds a line's spenders up.
     *
     * @param receivingYear the year of the line that receives the money
     */
    public static void checkReceivingUnit(ChangeDraft d, int receivingYear,
                                          Function<String, Optional<RegisteredUnit>> units) {
        Violations v = new Violations();
        switch (d.kind()) {
            case TRANSFER -> {
                if (d.toUnit() != null) { // else to the line's money not yet allocated
                    UnitYears.check(v, d.field() + ".to_unit", d.toUnit(), receivingYear, units);
                }
            }
            case CARRY_FORWARD -> UnitYears.check(v, d.field() + ".unit", d.fromUnit(), receivingYear, units);
            default -> { }
        }
        v.throwIfAny();
    }

    /** Approving a carry-forward moves the money only once its year is over, whenever it was requested. */
    public static void checkApprovalAfterYear(BudgetChange change, LocalDate today) {
        if (change.kind() == ChangeKind.CARRY_FORWARD && !yearOver(change.year(), today)) {
            throw new ConflictException(yearNotOverVi(change.year(), today), yearNotOverEn(change.year(), today));
        }
    }

    static boolean yearOver(int year, LocalDate today) {
        return today.getYear() > year;
    }

    private static String yearNotOverVi(int year, LocalDate today) {
        return "Chỉ chuyển nguồn sang năm sau khi năm " + year + " đã kết thúc (hôm nay là " + DAY.format(today)
                + "); đến hết ngày 31/12/" + year + " số tiền vẫn được cam kết và chi trong năm " + year + ".";
    }

    private static String yearNotOverEn(int year, LocalDate today) {
        return "Unspent money is carried forward only once " + year + " is over (today is " + DAY.format(today)
                + "); until 31/12/" + year + " it may still be committed and spent in " + year + ".";
    }

    /**
     * The funding source whose money moves: the one named, or the source of the line the money leaves (arrives on,
     * for a revision up) when it has only one.
     */
    public static String source(ChangeDraft d, BudgetLine from, BudgetLine to, Set<String> knownSources) {
        String field = d.field() + ".funding_source";
        if (d.fundingSource() != null) {
            if (!knownSources.contains(d.fundingSource())) {
                throw new ValidationException(new FieldViolation(field, "UNKNOWN",
                        "Không có nguồn kinh phí " + d.fundingSource() + "; nguồn có: " + String.join(", ", knownSources) + ".",
                        "There is no funding source " + d.fundingSource() + "; the sources are "
                                + String.join(", ", knownSources) + "."));
            }
            if (from != null && from.funding().stream().noneMatch(f -> f.source().equals(d.fundingSource()))) {
                throw new ValidationException(new FieldViolation(field, "NOT_ON_LINE",
                        "Dòng kinh phí " + from.id() + " không có tiền từ nguồn " + d.fundingSource() + ".",
                        "Budget line " + from.id() + " has no money from source " + d.fundingSource() + "."));
            }
            return d.fundingSource();
        }
        BudgetLine base = from != null ? from : to;
        List<FundingShare> shares = base.funding().stream().filter(f -> f.amount().isPositive()).toList();
        if (shares.size() == 1) {
            return shares.getFirst().source();
        }
        throw new ValidationException(new FieldViolation(field, "REQUIRED",
                "Dòng kinh phí " + base.id() + " có tiền từ " + (shares.isEmpty() ? "không nguồn nào" : "nhiều nguồn")
                        + "; hãy chọn nguồn kinh phí.",
                "Budget line " + base.id() + " has money from " + (shares.isEmpty() ? "no source" : "several sources")
                        + "; name the funding source."));
    }

    /**
     * What approving the change moves now, in the order it is applied: money leaving a unit's allocation, leaving a
     * line's plan, arriving on a line's plan, arriving in a unit's allocation. Refused (409-like) when the source does
     * not have that much free money.
     *
     * @param from     the line money leaves, or null (a revision up)
     * @param fromUnit the unit's execution of {@code from} when money leaves an allocation, else null
     * @param to       the line money arrives on, or null (a revision down)
     * @param toUnit   the unit's execution of {@code to} when money arrives in an allocation, else null
     */
    public static List<Movement> movements(Money amount, String source, BudgetLine from, UnitExecution fromUnit,
            BudgetLine to, UnitExecution toUnit) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("amount must be positive");
        }
        boolean sameLine = from != null && to != null && from.id().equals(to.id());
        List<Movement> moves = new ArrayList<>();
        if (fromUnit != null) {
            Money free = fromUnit.available();
            if (amount.isGreaterThan(free)) {
                throw new ConflictException(
                        "Đơn vị " + fromUnit.unit() + " chỉ còn " + nonNegative(free).format() + " chưa cam kết, chưa chi "
                                + "trong phân bổ dòng " + from.id() + " (phân bổ " + fromUnit.allocated().format()
                                + "); không thể chuyển " + amount.format() + ".",
                        "Unit " + fromUnit.unit() + " has only " + nonNegative(free).format() + " neither committed nor "
                                + "spent of its allocation of line " + from.id() + " (allocated "
                                + fromUnit.allocated().format() + "); " + amount.format() + " cannot move.");
            }
            moves.add(new Movement(from.id(), fromUnit.unit(), null, Money.ZERO.minus(amount), fromUnit.allocated(),
                    fromUnit.allocated().minus(amount)));
        }
        if (from != null && !sameLine) {
            Money share = from.funding().stream().filter(f -> f.source().equals(source)).map(FundingShare::amount)
                    .findFirst().orElse(Money.ZERO);
            if (amount.isGreaterThan(share)) {
                throw new ConflictException(
                        "Nguồn " + source + " của dòng kinh phí " + from.id() + " chỉ có " + share.format()
                                + "; không thể chuyển " + amount.format() + ".",
                        "Source " + source + " of budget line " + from.id() + " holds only " + share.format() + "; "
                                + amount.format() + " cannot move.");
            }
            Money plannedAfter = from.planned().minus(amount);
            Money allocatedAfter = fromUnit == null ? from.allocated() : from.allocated().minus(amount);
            if (allocatedAfter.isGreaterThan(plannedAfter)) {
                throw new ConflictException(
                        "Dòng kinh phí " + from.id() + " chỉ còn " + nonNegative(from.unallocated()).format()
                                + " chưa phân bổ (dự toán " + from.planned().format() + ", đã phân bổ "
                                + from.allocated().format() + "); không thể chuyển " + amount.format() + ".",
                        "Budget line " + from.id() + " has only " + nonNegative(from.unallocated()).format()
                                + " not allocated (planned " + from.planned().format() + ", allocated "
                                + from.allocated().format() + "); " + amount.format() + " cannot move.");
            }
            if (from.used().isGreaterThan(plannedAfter)) {
                throw new ConflictException(
                        "Dòng kinh phí " + from.id() + " chỉ còn " + nonNegative(from.available()).format()
                                + " chưa cam kết, chưa chi; không thể chuyển " + amount.format() + ".",
                        "Budget line " + from.id() + " has only " + nonNegative(from.available()).format()
                                + " neither committed nor spent; " + amount.format() + " cannot move.");
            }
            moves.add(new Movement(from.id(), null, source, Money.ZERO.minus(amount), from.planned(), plannedAfter));
        }
        if (to != null && !sameLine) {
            moves.add(new Movement(to.id(), null, source, amount, to.planned(), to.planned().plus(amount)));
        }
        if (toUnit != null) {
            moves.add(new Movement(to.id(), toUnit.unit(), null, amount, toUnit.allocated(),
                    toUnit.allocated().plus(amount)));
        }
        return List.copyOf(moves);
    }

    /** {@code caller} may approve ({@code approve}) or reject {@code change} with {@code note}. */
    public static void checkDecision(Caller caller, BudgetChange change, boolean approve, String note) {
        checkDecider(caller);
        if (caller.name().equals(change.requestedBy())) {
            throw Decisions.ownRequest("Người đề nghị không được tự phê duyệt hoặc từ chối; cần người phê duyệt khác.",
                    "Whoever requested a change may not decide it; another approver must.");
        }
        if (change.status() != AllocationStatus.REQUESTED) {
            throw Decisions.alreadyDecided("Đề nghị này đã được " + (change.status() == AllocationStatus.APPROVED
                    ? "phê duyệt" : "từ chối") + " trước đó.",
                    "This change was already " + change.status().name().toLowerCase() + ".");
        }
        Violations v = new Violations();
        if (!approve) {
            v.requireText("note", note);
        }
        v.maxLength("note", note, MAX_NOTE);
        v.throwIfAny();
    }

    private static Money nonNegative(Money m) {
        return m.isNegative() ? Money.ZERO : m;
    }
}
