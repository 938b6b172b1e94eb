package vn.lachan.cases.domain;

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
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.time.LegalCalendar;
import vn.lachan.platform.time.LegalTime;
import vn.lachan.platform.unit.UnitCodes;

/**
 * Where a case stands in the criminal procedure, derived from its history: its stage, the investigation's time
 * limit with the procuracy's extensions (Art. 172, 174), a pending request for an extension, its flags and the
 * court it was sent to. Each rule for a next step answers the entry to record or throws a
 * {@link ValidationException} naming the fields that are wrong; who may take the step is {@link CaseAccess}'s.
 *
 * @param kase     the case as opened
 * @param events   its history after opening, oldest first
 * @param calendar the legal calendar its time limits are counted on (Art. 134)
 */
public record CaseProcedure(Case kase, List<CaseEvent> events, LegalCalendar calendar) {

    static final int MAX_REASON = 2_000;
    static final int MAX_DOCUMENT_NUMBER = 100;
    /** Clocks drift; a few minutes ahead is not "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public CaseProcedure {
        events = List.copyOf(events);
    }

    /** A step asked for, as written: texts unchecked, dates as ISO-8601 text, absent values null or 0. */
    public record Step(String reason, String documentNumber, String documentDate) {
    }

    /** The investigation's time limit as it stands. */
    public record Limit(InvestigationLimits.Phase phase, LocalDate due, int extensionsGranted,
                        Optional<CaseEvent> pendingRequest, int returns) {
    }

    // ---- where the case stands

    public Stage stage() {
        return events.stream().map(CaseEvent::to).reduce((a, b) -> b).orElse(Stage.INVESTIGATION);
    }

    public CaseFlags flags() {
        return events.stream().filter(e -> e.kind() == CaseEvent.Kind.FLAGS_CHANGED).map(CaseEvent::flags)
                .reduce((a, b) -> b).orElse(CaseFlags.NONE);
    }

    /** The court the case was sent to by its indictment, if it was. */
    public Optional<String> courtUnit() {
        return events.stream().filter(e -> e.move() == CaseMove.INDICT).map(CaseEvent::courtUnit)
                .reduce((a, b) -> b);
    }

    public Limit limit() {
        CrimeCategory category = kase.offence().category();
        var phase = InvestigationLimits.Phase.ORIGINAL;
        LocalDate due = calendar.plusMonths(LegalTime.legalDay(kase.openedAt()),
                InvestigationLimits.months(phase, category));
        int granted = 0;
        int returns = 0;
        CaseEvent pending = null;
        for (CaseEvent e : events) {
            switch (e.kind()) {
                case EXTENSION_REQUESTED -> pending = e;
                case EXTENSION_APPROVED -> {
                    due = calendar.plusMonths(due, e.months());
                    granted++;
                    pending = null;
                }
                case EXTENSION_REFUSED -> pending = null;
                case FLAGS_CHANGED, FREEZE_RELEASE_ORDERED, FREEZE_RELEASE_REPORTED -> { }
                case MOVED -> {
                    pending = null;
                    LocalDate day = LegalTime.legalDay(e.at());
                    switch (e.move()) {
                        case RESUME_INVESTIGATION -> {
                            phase = InvestigationLimits.Phase.RESUMED;
                            due = calendar.plusMonths(day, InvestigationLimits.months(phase, category));
                            granted = 0;
                        }
                        case RETURN_FOR_SUPPLEMENTARY_INVESTIGATION -> {
                            phase = InvestigationLimits.Phase.SUPPLEMENTARY;
                            due = calendar.plusMonths(day, InvestigationLimits.months(phase, category));
                            granted = 0;
                            returns++;
                        }
                        default -> { }
                    }
                }
            }
        }
        return new Limit(phase, stage().investigating() ? due : null, granted, Optional.ofNullable(pending), returns);
    }

    /** The last day of the investigation, while it runs; empty when suspended or over. */
    public Optional<LocalDate> investigationDue() {
        return Optional.ofNullable(limit().due());
    }

    public boolean isInvestigationOverdue(LocalDate today) {
        return investigationDue().map(today::isAfter).orElse(false);
    }

    /** Every entry, oldest first. */
    public List<CaseEvent> history() {
        return events;
    }

    public CaseProcedure with(CaseEvent event) {
        List<CaseEvent> more = new ArrayList<>(events);
        more.add(event);
        return new CaseProcedure(kase, more, calendar);
    }

    // ---- moving the case on

    /**
     * The move to record. {@code move} null, a move that cannot start from the current stage, a missing reason,
     * document number or date, a date in the future or before the last entry, and an indictment without a court
     * are field errors.
     */
    public CaseEvent move(CaseMove move, Step step, String courtUnit, Caller caller, Instant now) {
        Violations v = new Violations();
        Stage stage = stage();
        if (move == null) {
            String allowed = Arrays.stream(CaseMove.values()).filter(m -> m.startsFrom(stage)).map(Enum::name)
                    .collect(Collectors.joining(", "));
            v.add("move", "REQUIRED", "Chọn bước tố tụng; từ giai đoạn hiện tại được: " + allowed + ".",
                    "Choose a step; from the current stage: " + allowed + ".");
            v.throwIfAny();
        }
        if (!move.startsFrom(stage)) {
            v.add("move", "OUT_OF_ORDER",
                    "Vụ án đang ở giai đoạn " + stage + "; bước " + move + " chỉ làm được từ " + move.from() + " ("
                            + move.article() + " BLTTHS).",
                    "The case is in " + stage + "; " + move + " can only be taken from " + move.from() + " ("
                            + move.article().replace("Điều", "Art.") + " CPC).");
        }
        if (move == CaseMove.RETURN_FOR_SUPPLEMENTARY_INVESTIGATION && limit().returns() >= InvestigationLimits.MAX_RETURNS) {
            v.add("move", "LIMIT_REACHED",
                    "Viện kiểm sát chỉ được trả hồ sơ để điều tra bổ sung tối đa 02 lần (Điều 245).",
                    "The procuracy may return a file for supplementary investigation at most twice (Art. 245).");
        }
        LocalDate documentDate = documented(v, step, now);
        String court = null;
        if (move == CaseMove.INDICT) {
            if (courtUnit == null || courtUnit.isBlank()) {
                v.add(FieldViolation.required("court_unit"));
            } else if (!courtUnit.startsWith("toa-an-")) {
                UnitCodes.check(v, "court_unit", courtUnit);
                v.add("court_unit", "NOT_A_COURT", "Đơn vị nhận hồ sơ truy tố phải là một Tòa án (toa-an-…).",
                        "An indictment goes to a court unit (toa-an-…).");
            } else {
                UnitCodes.check(v, "court_unit", courtUnit);
                court = courtUnit;
            }
        } else if (courtUnit != null && !courtUnit.isBlank()) {
            v.add("court_unit", "NOT_ALLOWED", "Chỉ bản cáo trạng mới chuyển hồ sơ đến Tòa án.",
                    "Only an indictment sends the case to a court.");
        }
        v.throwIfAny();
        return new CaseEvent(CaseEvent.Kind.MOVED, move, stage, move.to(), now, caller.name(), caller.unit(),
                step.reason().trim(), step.documentNumber().trim(), documentDate, 0, court, null);
    }

    // ---- extending the investigation (Art. 172(2), 174(1))

    /**
     * The most months the next extension of the current limit may have, or 0 when no more may be granted (the limit
     * of the case's crime category and phase, Art. 172(2), 174): what forms offer, so the Code lives here only.
     */
    public int nextExtensionMaxMonths() {
        Limit limit = limit();
        List<Integer> caps = InvestigationLimits.extensions(limit.phase(), kase.offence().category());
        return limit.extensionsGranted() < caps.size() ? caps.get(limit.extensionsGranted()) : 0;
    }

    /** The investigation agency's written request to the procuracy, at least 10 days before the limit ends. */
    public CaseEvent requestExtension(int months, Step step, Caller caller, Instant now) {
        Violations v = new Violations();
        Limit limit = limit();
        LocalDate today = LegalTime.legalDay(now);
        if (!stage().investigating()) {
            v.add("id", "OUT_OF_ORDER", "Chỉ gia hạn điều tra khi vụ án đang được điều tra (giai đoạn " + stage() + ").",
                    "An investigation can only be extended while it runs (the case is in " + stage() + ").");
            v.throwIfAny();
        }
        if (limit.pendingRequest().isPresent()) {
            v.add("id", "ALREADY_PENDING", "Đã có văn bản đề nghị gia hạn đang chờ Viện kiểm sát quyết định.",
                    "A request for an extension is already waiting for the procuracy.");
        }
        List<Integer> caps = InvestigationLimits.extensions(limit.phase(), kase.offence().category());
        if (limit.extensionsGranted() >= caps.size()) {
            v.add("id", "LIMIT_REACHED", caps.isEmpty()
                            ? "Thời hạn điều tra này không được gia hạn (Điều 172, 174)."
                            : "Đã gia hạn đủ " + caps.size() + " lần cho loại tội phạm này (Điều 172, 174).",
                    caps.isEmpty()
                            ? "This investigation limit cannot be extended (Art. 172, 174)."
                            : "All " + caps.size() + " extensions for this category were granted (Art. 172, 174).");
        } else {
            int cap = caps.get(limit.extensionsGranted());
            if (months < 1 || months > cap) {
                v.add("months", "OUT_OF_RANGE", "Lần gia hạn này tối đa " + cap + " tháng.",
                        "This extension is at most " + cap + " months.");
            }
        }
        LocalDate latest = limit.due().minusDays(InvestigationLimits.REQUEST_DAYS_BEFORE);
        if (today.isAfter(latest)) {
            v.add("id", "TOO_LATE",
                    "Văn bản đề nghị gia hạn phải gửi chậm nhất 10 ngày trước khi hết hạn điều tra ("
                            + limit.due().format(DAY) + "), tức là đến " + latest.format(DAY) + " (Điều 172 khoản 2).",
                    "The request must reach the procuracy at least 10 days before the limit ends ("
                            + limit.due().format(DAY) + "), i.e. by " + latest.format(DAY) + " (Art. 172(2)).");
        }
        LocalDate documentDate = documented(v, step, now);
        v.throwIfAny();
        return new CaseEvent(CaseEvent.Kind.EXTENSION_REQUESTED, null, stage(), stage(), now, caller.name(),
                caller.unit(), step.reason().trim(), step.documentNumber().trim(), documentDate, months, null, null);
    }

    /** The procuracy's decision on the pending request: approved for at most the months the law allows, or refused. */
    public CaseEvent decideExtension(boolean approve, int months, Step step, Caller caller, Instant now) {
        Violations v = new Violations();
        Limit limit = limit();
        if (limit.pendingRequest().isEmpty() || !stage().investigating()) {
            v.add("id", "NOTHING_PENDING", "Không có văn bản đề nghị gia hạn điều tra nào đang chờ quyết định.",
                    "No request for an extension is waiting for a decision.");
            v.throwIfAny();
        }
        LocalDate documentDate = documented(v, step, now);
        if (approve) {
            List<Integer> caps = InvestigationLimits.extensions(limit.phase(), kase.offence().category());
            int cap = limit.extensionsGranted() < caps.size() ? caps.get(limit.extensionsGranted()) : 0;
            if (months < 1 || months > cap) {
                v.add("months", "OUT_OF_RANGE", "Lần gia hạn này tối đa " + cap + " tháng (Điều 172 khoản 2).",
                        "This extension is at most " + cap + " months (Art. 172(2)).");
            }
            if (documentDate != null && documentDate.isAfter(limit.due())) {
                v.add("document_date", "TOO_LATE", "Quyết định gia hạn phải có trước khi hết hạn điều tra ("
                                + limit.due().format(DAY) + ").",
                        "The extension must be decided before the limit ends (" + limit.due().format(DAY) + ").");
            }
        } else if (months != 0) {
            v.add("months", "NOT_ALLOWED", "Từ chối gia hạn thì không ghi số tháng.", "A refusal carries no months.");
        }
        v.throwIfAny();
        return new CaseEvent(approve ? CaseEvent.Kind.EXTENSION_APPROVED : CaseEvent.Kind.EXTENSION_REFUSED, null,
                stage(), stage(), now, caller.name(), caller.unit(), step.reason().trim(),
                step.documentNumber().trim(), documentDate, approve ? months : 0, null, null);
    }

    // ---- flags

    /** The new flags with the reason for the change; a change of nothing is refused. */
    public CaseEvent setFlags(CaseFlags flags, String reason, Caller caller, Instant now) {
        Violations v = new Violations();
        if (flags == null) {
            v.add(FieldViolation.required("flags"));
            v.throwIfAny();
        }
        if (flags.equals(flags())) {
            v.add("flags", "UNCHANGED", "Các đánh dấu không thay đổi.", "The flags are unchanged.");
        }
        if (stage() == Stage.CLOSED || stage() == Stage.DROPPED) {
            v.add("id", "OUT_OF_ORDER", "Vụ án đã kết thúc; không đổi đánh dấu được.",
                    "The case is over; its flags cannot change.");
        }
        v.requireText("reason", reason).maxLength("reason", reason, MAX_REASON);
        v.throwIfAny();
        return new CaseEvent(CaseEvent.Kind.FLAGS_CHANGED, null, stage(), stage(), now, caller.name(), caller.unit(),
                reason.trim(), null, null, 0, null, flags);
    }

    // ----

    /** Checks reason, document number and date; answers the date when it is good. */
    private LocalDate documented(Violations v, Step step, Instant now) {
        v.requireText("reason", step.reason()).maxLength("reason", step.reason(), MAX_REASON);
        v.requireText("document_number", step.documentNumber())
                .maxLength("document_number", step.documentNumber(), MAX_DOCUMENT_NUMBER);
        if (step.documentDate() == null || step.documentDate().isBlank()) {
            v.add(FieldViolation.required("document_date"));
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(step.documentDate().trim());
        } catch (DateTimeParseException e) {
            v.add("document_date", "INVALID_FORMAT", "Ngày phải theo dạng yyyy-MM-dd, ví dụ 2026-03-31.",
                    "A date is written yyyy-MM-dd, e.g. 2026-03-31.");
            return null;
        }
        LocalDate today = LegalTime.legalDay(now.plus(CLOCK_SKEW));
        // the freeze requests' release entries do not move the procedure: a decision may be dated before them
        LocalDate earliest = events.stream().filter(e -> e.kind().procedural()).reduce((a, b) -> b)
                .map(e -> LegalTime.legalDay(e.at())).orElse(LegalTime.legalDay(kase.openedAt()));
        if (day.isAfter(today)) {
            v.add("document_date", "IN_FUTURE", "Ngày văn bản không được ở tương lai.",
                    "The document's date cannot be in the future.");
        } else if (day.isBefore(earliest)) {
            v.add("document_date", "OUT_OF_RANGE",
                    "Ngày văn bản không được trước bước trước đó (" + earliest.format(DAY) + ").",
                    "The document cannot be dated before the previous step (" + earliest.format(DAY) + ").");
        }
        return day;
    }
}
