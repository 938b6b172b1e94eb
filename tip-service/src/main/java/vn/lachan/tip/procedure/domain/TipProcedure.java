package vn.lachan.tip.procedure.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.time.LegalCalendar;
import vn.lachan.platform.time.LegalTime;
import vn.lachan.platform.unit.UnitCodes;
import vn.lachan.tip.intake.domain.Tip;
import vn.lachan.tip.intake.domain.TipStatus;

/**
 * Where a tip stands between receipt and decision (Criminal Procedure Code 2015, Arts. 146–149, 157): its
 * deadlines, extensions, notification of the procuracy and decision, all derived from its history. Each rule
 * for a next step answers the step to record, or throws with what is wrong: a {@link ConflictException} when
 * the tip's state does not allow it, a {@link ValidationException} naming the fields otherwise.
 *
 * @param tip      the tip as stored
 * @param changes  its recorded changes, oldest first (the receipt is not among them)
 * @param calendar the legal calendar its deadlines are counted on (Art. 134)
 */
public record TipProcedure(Tip tip, List<StatusChange> changes, LegalCalendar calendar) {

    static final int MAX_NOTE = 2_000;
    static final int MAX_REASONS = 5_000;
    static final int MAX_CASE_TITLE = 500;
    static final int MAX_DOCUMENT_NUMBER = 100;
    /** Clocks of callers drift; a few minutes ahead is not "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public TipProcedure {
        changes = List.copyOf(changes);
    }

    /** On the calendar shipped with the platform. */
    public TipProcedure(Tip tip, List<StatusChange> changes) {
        this(tip, changes, LegalCalendar.shipped());
    }

    // ---- where the tip stands

    public TipStatus status() {
        return changes.isEmpty() ? tip.status() : changes.getLast().to();
    }

    public LocalDate receiptDay() {
        return LegalTime.legalDay(tip.facts().receivedAt());
    }

    /** Every change, oldest first, starting with the receipt. */
    public List<StatusChange> history() {
        List<StatusChange> all = new ArrayList<>(changes.size() + 1);
        all.add(StatusChange.receipt(tip));
        all.addAll(changes);
        return all;
    }

    public LocalDate notificationDue() {
        return TipDeadlines.notificationDue(calendar, tip.facts().receivedAt());
    }

    public Optional<ProcedureStep.ProcuracyNotified> notification() {
        return steps(ProcedureStep.ProcuracyNotified.class).stream().findFirst();
    }

    public List<ProcedureStep.Extended> extensions() {
        return steps(ProcedureStep.Extended.class);
    }

    public Optional<LocalDate> extendedUntil() {
        return extensions().stream().map(ProcedureStep.Extended::until).reduce((first, second) -> second);
    }

    /** The day a decision is due: 20 days after receipt, or as last extended, or one month after resumption. */
    public LocalDate decisionDue() {
        LocalDate due = TipDeadlines.decisionDue(calendar, tip.facts().receivedAt());
        for (StatusChange change : changes) {
            switch (change.step()) {
                case ProcedureStep.Extended e -> due = e.until();
                case ProcedureStep.Resumed r -> due = r.due();
                default -> { }
            }
        }
        return due;
    }

    /** The final decision (prosecute or not prosecute), if made. */
    public Optional<StatusChange> finalDecision() {
        return changes.stream()
                .filter(c -> c.step() instanceof ProcedureStep.Decided d && d.outcome().isFinal())
                .findFirst();
    }

    /** The suspension the tip is under, unless it was resumed since. */
    public Optional<StatusChange> suspension() {
        Optional<StatusChange> current = Optional.empty();
        for (StatusChange change : changes) {
            if (change.step() instanceof ProcedureStep.Decided d && d.outcome() instanceof Outcome.Suspend) {
                current = Optional.of(change);
            } else if (change.step() instanceof ProcedureStep.Resumed) {
                current = Optional.empty();
            }
        }
        return current;
    }

    /** The decision the tip stands under: its final decision, else a suspension not yet resumed. */
    public Optional<StatusChange> outcome() {
        return finalDecision().or(this::suspension);
    }

    public Optional<CaseRef> kase() {
        return finalDecision().map(c -> ((ProcedureStep.Decided) c.step()).kase());
    }

    public boolean wasResumed() {
        return !steps(ProcedureStep.Resumed.class).isEmpty();
    }

    /** Neither decided nor suspended, and the day the decision was due is over. */
    public boolean isDecisionOverdue(LocalDate today) {
        return finalDecision().isEmpty() && suspension().isEmpty()
                && TipDeadlines.hasPassed(decisionDue(), today);
    }

    /** The procuracy has not been notified and the 3 days for it are over. */
    public boolean isNotificationOverdue(LocalDate today) {
        return notification().isEmpty() && TipDeadlines.hasPassed(notificationDue(), today);
    }

    /** The status the tip takes on {@code step}. */
    public TipStatus statusAfter(ProcedureStep step) {
        return switch (step) {
            case ProcedureStep.Extended e -> TipStatus.VERIFYING;
            case ProcedureStep.Resumed r -> TipStatus.VERIFYING;
            case ProcedureStep.Decided d -> d.outcome().status();
            case ProcedureStep.ProcuracyNotified n -> status();
            case ProcedureStep.Received r -> TipStatus.RECEIVED;
        };
    }

    /** This procedure with one more change. */
    public TipProcedure with(StatusChange change) {
        List<StatusChange> more = new ArrayList<>(changes);
        more.add(change);
        return new TipProcedure(tip, more, calendar);
    }

    // ---- deciding (Art. 147(1), 148, 157)

    /**
     * Checks that {@code outcome} may be decided on {@code today}, before anything is done about it (such as
     * opening a case).
     */
    public void checkDecision(Outcome outcome, LocalDate today) {
        if (outcome == null) {
            String allowed = "prosecute, not_prosecute, suspend";
            throw new ValidationException(new FieldViolation("outcome", "REQUIRED",
                    "Chọn đúng một quyết định: " + allowed + ".", "Choose exactly one decision: " + allowed + "."));
        }
        refuseSecondDecision(outcome);
        if (suspension().isPresent()) {
            if (outcome instanceof Outcome.Suspend) {
                throw new ConflictException("Việc giải quyết tin báo đã đang tạm đình chỉ.", "The tip is already suspended.");
            }
            throw new ConflictException(
                    "Việc giải quyết tin báo đang tạm đình chỉ; hãy phục hồi (Điều 149) trước khi quyết định.",
                    "The tip is suspended; resume it (Art. 149) before deciding.");
        }
        if (outcome instanceof Outcome.Suspend && !TipDeadlines.hasPassed(decisionDue(), today)) {
            String due = decisionDue().format(DAY);
            throw new ConflictException(
                    "Chỉ được tạm đình chỉ khi đã hết thời hạn giải quyết (hạn " + due + ", Điều 148).",
                    "A tip may be suspended only once its deadline has passed (due " + due + ", Art. 148).");
        }
        Violations v = new Violations();
        switch (outcome) {
            case Outcome.Prosecute p -> {
                positive(v, "prosecute.penal_code_article", p.penalCodeArticle());
                positive(v, "prosecute.clause", p.clause());
                if (p.leadUnit() != null) {
                    UnitCodes.check(v, "prosecute.lead_unit", p.leadUnit());
                }
                v.maxLength("prosecute.case_title", p.caseTitle(), MAX_CASE_TITLE);
            }
            case Outcome.NotProsecute n -> {
                if (n.ground() == null) {
                    v.add(required("not_prosecute.ground", NonProsecutionGround.values()));
                }
                v.requireText("not_prosecute.reasons", n.reasons())
                        .maxLength("not_prosecute.reasons", n.reasons(), MAX_REASONS);
            }
            case Outcome.Suspend s -> {
                if (s.ground() == null) {
                    v.add(required("suspend.ground", SuspensionGround.values()));
                }
                v.maxLength("suspend.note", s.note(), MAX_NOTE);
            }
        }
        v.throwIfAny();
    }

    /** The decision to record; {@code kase} is the case opened for "prosecute" and null otherwise. */
    public ProcedureStep.Decided decide(Outcome outcome, CaseRef kase, LocalDate today) {
        checkDecision(outcome, today);
        if ((outcome instanceof Outcome.Prosecute) != (kase != null)) {
            throw new IllegalArgumentException("a case goes with \"prosecute\" and only with it");
        }
        return new ProcedureStep.Decided(outcome, kase);
    }

    private void refuseSecondDecision(Outcome outcome) {
        Optional<StatusChange> earlier = finalDecision();
        if (earlier.isEmpty()) {
            return;
        }
        var decided = (ProcedureStep.Decided) earlier.get().step();
        String day = LegalTime.legalDay(earlier.get().at()).format(DAY);
        if (decided.outcome() instanceof Outcome.Prosecute && outcome instanceof Outcome.Prosecute) {
            throw new ConflictException(
                    "Tin báo đã được quyết định khởi tố vụ án " + decided.kase().number() + " ngày " + day
                            + "; không thể khởi tố lần hai.",
                    "This tip was already decided \"prosecute\" (case " + decided.kase().number() + ") on " + day
                            + "; it cannot be prosecuted twice.");
        }
        String[] what = switch (decided.outcome()) {
            case Outcome.Prosecute p -> new String[] {"khởi tố vụ án " + decided.kase().number(),
                "prosecute, case " + decided.kase().number()};
            case Outcome.NotProsecute n -> new String[] {"không khởi tố vụ án", "not prosecute"};
            case Outcome.Suspend s -> throw new IllegalStateException("a suspension is not final");
        };
        throw new ConflictException(
                "Tin báo đã có quyết định cuối cùng (" + what[0] + ") ngày " + day + "; mỗi tin báo chỉ có một quyết định.",
                "This tip already has its final decision (" + what[1] + ") made on " + day + "; a tip has exactly one.");
    }

    // ---- extending (Art. 147(3))

    /** Which extension the next one would be: 1 (by the handling body) or 2 (by the procuracy). */
    public int nextExtension() {
        return extensions().size() + 1;
    }

    public ProcedureStep.Extended extend(ExtensionRequest request, LocalDate today) {
        if (finalDecision().isPresent()) {
            throw new ConflictException("Tin báo đã có quyết định; không còn thời hạn để gia hạn.",
                    "The tip is decided; there is no deadline left to extend.");
        }
        if (suspension().isPresent()) {
            throw new ConflictException("Việc giải quyết tin báo đang tạm đình chỉ; không gia hạn được.",
                    "The tip is suspended; its deadline cannot be extended.");
        }
        if (wasResumed()) {
            throw new ConflictException(
                    "Sau khi phục hồi, thời hạn giải quyết tiếp là 01 tháng (Điều 149) và không được gia hạn.",
                    "After resumption the tip must be decided within one month (Art. 149); that cannot be extended.");
        }
        int number = nextExtension();
        if (number > 2) {
            throw new ConflictException(
                    "Thời hạn đã được gia hạn hai lần, lần hai do Viện kiểm sát (Điều 147 khoản 3); không thể gia hạn thêm.",
                    "The deadline was already extended twice, the second time by the procuracy (Art. 147(3)); "
                            + "it cannot be extended again.");
        }
        LocalDate due = decisionDue();
        if (number == 1 && TipDeadlines.hasPassed(due, today)) {
            throw new ConflictException(
                    "Thời hạn giải quyết đã hết ngày " + due.format(DAY) + "; không thể gia hạn thời hạn đã hết.",
                    "The deadline ended on " + due.format(DAY) + "; a deadline that has passed cannot be extended.");
        }
        LocalDate latest = number == 1
                ? TipDeadlines.latestExtension(calendar, tip.facts().receivedAt())
                : TipDeadlines.latestProcuracyExtension(calendar, due);
        Violations v = new Violations();
        LocalDate until = request.until() == null || request.until().isBlank() ? latest : date(v, "until", request.until());
        if (until != null && !until.isAfter(due)) {
            v.add("until", "OUT_OF_RANGE",
                    "Ngày gia hạn phải sau hạn hiện tại (" + due.format(DAY) + ").",
                    "The new day must be after the current deadline (" + due.format(DAY) + ").");
        } else if (until != null && until.isAfter(latest)) {
            v.add("until", "OUT_OF_RANGE", number == 1
                            ? "Cơ quan giải quyết chỉ được gia hạn đến " + latest.format(DAY)
                                    + " (không quá 02 tháng kể từ ngày tiếp nhận, Điều 147 khoản 3)."
                            : "Viện kiểm sát chỉ được gia hạn thêm không quá 02 tháng, đến " + latest.format(DAY)
                                    + " (Điều 147 khoản 3).",
                    number == 1
                            ? "The handling body may extend to " + latest.format(DAY)
                                    + " at the latest (2 months after receipt, Art. 147(3))."
                            : "The procuracy may extend by at most 2 more months, to " + latest.format(DAY)
                                    + " (Art. 147(3)).");
        }
        v.requireText("reason", request.reason()).maxLength("reason", request.reason(), MAX_NOTE);
        ProcuracyApproval approval = null;
        if (number == 1 && request.approval() != null) {
            v.add("procuracy_approval", "NOT_ALLOWED",
                    "Lần gia hạn đầu do cơ quan giải quyết quyết định, không kèm phê chuẩn của Viện kiểm sát.",
                    "The first extension is the handling body's own; it carries no procuracy approval.");
        } else if (number == 2) {
            approval = approval(v, request.approval(), due, today);
        }
        v.throwIfAny();
        return new ProcedureStep.Extended(number, until, request.reason(), approval);
    }

    private ProcuracyApproval approval(Violations v, ExtensionRequest.Approval given, LocalDate due, LocalDate today) {
        var a = given == null ? new ExtensionRequest.Approval(null, null, null) : given;
        v.requireText("procuracy_approval.approver", a.approver())
                .maxLength("procuracy_approval.approver", a.approver(), MAX_DOCUMENT_NUMBER);
        v.requireText("procuracy_approval.document_number", a.documentNumber())
                .maxLength("procuracy_approval.document_number", a.documentNumber(), MAX_DOCUMENT_NUMBER);
        LocalDate day = null;
        if (a.documentDate() == null || a.documentDate().isBlank()) {
            v.add(FieldViolation.required("procuracy_approval.document_date"));
        } else {
            day = date(v, "procuracy_approval.document_date", a.documentDate());
        }
        if (day != null && day.isAfter(today)) {
            v.add("procuracy_approval.document_date", "IN_FUTURE", "Ngày văn bản không được ở tương lai.",
                    "The document's date cannot be in the future.");
        } else if (day != null && day.isBefore(receiptDay())) {
            v.add("procuracy_approval.document_date", "OUT_OF_RANGE",
                    "Ngày văn bản không được trước ngày tiếp nhận tin báo (" + receiptDay().format(DAY) + ").",
                    "The document cannot be dated before the tip was received (" + receiptDay().format(DAY) + ").");
        } else if (day != null && day.isAfter(due)) {
            v.add("procuracy_approval.document_date", "OUT_OF_RANGE",
                    "Viện kiểm sát phải gia hạn trước khi hết thời hạn (" + due.format(DAY) + ").",
                    "The procuracy must extend before the deadline ends (" + due.format(DAY) + ").");
        }
        return new ProcuracyApproval(a.approver(), a.documentNumber(), day);
    }

    // ---- resuming (Art. 149)

    public ProcedureStep.Resumed resume(String note, LocalDate today) {
        if (suspension().isEmpty()) {
            throw new ConflictException("Tin báo không ở trạng thái tạm đình chỉ; không có gì để phục hồi.",
                    "The tip is not suspended; there is nothing to resume.");
        }
        new Violations().maxLength("note", note, MAX_NOTE).throwIfAny();
        return new ProcedureStep.Resumed(TipDeadlines.dueAfterResumption(calendar, today), note);
    }

    // ---- notifying the procuracy (Art. 146)

    /** The notification to record; {@code notifiedAt} null means now. */
    public ProcedureStep.ProcuracyNotified notifyProcuracy(Instant notifiedAt, String documentNumber, Instant now) {
        var earlier = notification();
        if (earlier.isPresent()) {
            String at = LegalTime.legalDay(earlier.get().notifiedAt()).format(DAY);
            throw new ConflictException("Đã ghi nhận việc thông báo Viện kiểm sát ngày " + at + ".",
                    "The procuracy's notification was already recorded, on " + at + ".");
        }
        Instant at = notifiedAt == null ? now : notifiedAt;
        Violations v = new Violations();
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            v.add("notified_at", "IN_FUTURE", "Thời điểm không được ở tương lai.", "The time cannot be in the future.");
        } else if (at.isBefore(tip.facts().receivedAt())) {
            v.add("notified_at", "OUT_OF_RANGE", "Không thể thông báo trước khi tiếp nhận tin báo.",
                    "The procuracy cannot have been notified before the tip was received.");
        }
        v.maxLength("document_number", documentNumber, MAX_DOCUMENT_NUMBER);
        v.throwIfAny();
        return new ProcedureStep.ProcuracyNotified(at, documentNumber);
    }

    // ----

    private <S extends ProcedureStep> List<S> steps(Class<S> type) {
        return changes.stream().map(StatusChange::step).filter(type::isInstance).map(type::cast).toList();
    }

    private static void positive(Violations v, String field, int value) {
        if (value <= 0) {
            v.add(FieldViolation.required(field));
        }
    }

    private static LocalDate date(Violations v, String field, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            v.add(field, "INVALID_FORMAT", "Ngày phải theo dạng yyyy-MM-dd, ví dụ 2026-03-31.",
                    "A date is written yyyy-MM-dd, e.g. 2026-03-31.");
            return null;
        }
    }

    private static FieldViolation required(String field, Enum<?>[] allowed) {
        String names = Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", "));
        return new FieldViolation(field, "REQUIRED",
                "Trường này là bắt buộc; cho phép: " + names + ".", "This field is required; allowed: " + names + ".");
    }
}
