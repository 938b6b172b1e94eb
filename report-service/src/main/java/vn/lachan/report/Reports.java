package vn.lachan.report;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.StaleVersionException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.unit.UnitCodes;
import vn.lachan.report.domain.BudgetFigures;
import vn.lachan.report.domain.CaseCounts;
import vn.lachan.report.domain.Indicator;
import vn.lachan.report.domain.IndicatorEntry;
import vn.lachan.report.domain.PeriodKind;
import vn.lachan.report.domain.Report;
import vn.lachan.report.domain.ReportAccess;
import vn.lachan.report.domain.ReportEvent;
import vn.lachan.report.domain.ReportForm;
import vn.lachan.report.domain.ReportStatus;
import vn.lachan.report.domain.ReportTemplate;
import vn.lachan.report.domain.ReportWorkflow;
import vn.lachan.report.domain.ReportingDuty;
import vn.lachan.report.domain.ReportingPeriod;
import vn.lachan.report.domain.TipCounts;
import vn.lachan.report.domain.Unit;
import vn.lachan.report.domain.UnitRegistry;
import vn.lachan.report.peer.BudgetExecutionClient;
import vn.lachan.report.peer.CaseStatisticsClient;
import vn.lachan.report.peer.TipStatisticsClient;
import vn.lachan.report.store.ReportStore;

/** The report use cases; gRPC and REST both come here. */
@Service
public class Reports {

    private final ReportStore store;
    private final TipStatisticsClient tips;
    private final BudgetExecutionClient budget;
    private final CaseStatisticsClient cases;
    private final AuditLog audit;
    private final Clock clock;
    private final UnitRegistry units;
    private final Templates templates;

    public Reports(ReportStore store, TipStatisticsClient tips, BudgetExecutionClient budget, CaseStatisticsClient cases,
                   AuditLog audit, Clock clock, UnitRegistry units, Templates templates) {
        this.budget = budget;
        this.cases = cases;
        this.units = units;
        this.templates = templates;
        this.store = store;
        this.tips = tips;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts a unit's report for a period on the current version of its template, pre-filled with what other
     * services know (tip counts from tip-service, case figures from case-service, the unit's budget of the year up to
     * the period's last actual day from budget-service). A unit has one
     * report per period: asking again returns it unchanged. The peers are asked first, then one local write: when a
     * peer does not answer the caller gets 503 naming it and nothing is written, so asking again is safe.
     */
    @Transactional
    public Report start(String unit, int year, PeriodKind kind, Caller caller) {
        Violations v = new Violations();
        UnitCodes.check(v, "unit", unit);
        v.throwIfAny();
        ReportAccess.checkStart(caller, unit);
        String actor = caller.name();
        ReportingPeriod period = ReportingPeriod.of(year, kind);
        checkUnitOwes(unit, period);
        var existing = store.find(unit, period);
        if (existing.isPresent()) {
            return existing.get();
        }
        ReportTemplate template = templates.forUnit(units.find(unit).orElseThrow()).orElseThrow(() ->
                new ValidationException(new FieldViolation("unit", "NO_TEMPLATE",
                        "Chưa có mẫu báo cáo cho đơn vị " + unit + "; quản trị viên cần tạo mẫu trước.",
                        "There is no report template for unit " + unit + "; an administrator must create one first.")));
        List<Indicator> prefilled = prefilled(template, unit, period);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Report report = new Report(UUID.randomUUID(), unit, period, ReportStatus.DRAFT,
                prefilled, "", now, actor, now, actor,
                template.appliesTo(), template.version(), 1, 1, null, List.of());
        if (store.insertIfAbsent(report)) {
            store.insertEvent(report.id(), new ReportEvent(ReportEvent.CREATE, null, ReportStatus.DRAFT, actor,
                    caller.unit(), now, ""));
            audit.record(caller, AuditLog.CREATE, "report", report.id().toString(), List.of());
        }
        return store.find(unit, period).orElseThrow();
    }

    /**
     * A new report's indicators from its template, with what the peers say now (with the caller's own token). The
     * peers are asked before anything is written, so a failed call leaves nothing behind: the caller gets 503 naming
     * the peer. Actual figures run only to the day before the due date; the rest of a yearly window is estimated
     * ({@link ReportingPeriod#actualTo()}).
     */
    private List<Indicator> prefilled(ReportTemplate template, String unit, ReportingPeriod period) {
        Optional<TipCounts> counts = ReportForm.needsTips(template)
                ? Optional.of(tips.counts(unit, period.windowFrom(), period.actualTo())) : Optional.empty();
        Optional<CaseCounts> caseCounts = ReportForm.needsCases(template)
                ? Optional.of(cases.counts(unit, period.windowFrom(), period.actualTo())) : Optional.empty();
        // the unit's execution of the period's budget year, committed and spent up to the period's last actual day
        Optional<BudgetFigures> figures = ReportForm.needsBudget(template)
                ? Optional.of(budget.figures(unit, period.year(), period.actualTo())) : Optional.empty();
        return ReportForm.indicators(template, counts, figures, caseCounts);
    }

    /**
     * Reads a draft's or returned report's pre-filled figures again (the unit's submitters), with the same template
     * version it was started on: a figure the unit overrode with a reason keeps its value and reason, figures the unit
     * typed stay, the others take what the sources say now. An explicit step, not a side effect of reading: a read
     * never changes a report nor fails because a peer is down, and the unit sees when its figures moved (a new etag,
     * an event in the history). The peers are asked first; one of them down is a 503 naming it with nothing written.
     * Submitted and accepted reports never change.
     */
    @Transactional
    public Report refresh(UUID id, String etag, Caller caller) {
        return step(id, etag, ReportEvent.REFRESH, caller, report -> {
            ReportAccess.checkWrite(caller, report);
            ReportWorkflow.requireState(report, ReportEvent.REFRESH, ReportStatus.DRAFT, ReportStatus.RETURNED);
            checkEtag(report, etag); // a stale etag is refused before the peers are asked
            if (report.templateAppliesTo() == null) {
                throw new ConflictException("Báo cáo này được lập trước khi có mẫu báo cáo; không có số liệu tự động để cập nhật.",
                        "This report predates the report templates; it has no pre-filled figures to refresh.");
            }
            ReportTemplate template = templates.get(report.templateAppliesTo(), report.templateVersion());
            var fresh = prefilled(template, report.unit(), report.period());
            return new Change(report.status(), ReportForm.refreshed(report.indicators(), fresh), report.narrative(), "");
        });
    }

    /**
     * Which units owe a period follows the registry as of that period: a unit reports for a period when it existed on
     * at least one day of the period's data window (so a district, ended 30 June 2025, still owes the 2025 yearly
     * report for its first half-year, and a commune formed on 1 July 2025 owes nothing for 2024).
     */
    private void checkUnitOwes(String unit, ReportingPeriod period) {
        var known = units.find(unit);
        if (known.isEmpty()) {
            new Violations().add("unit", "UNKNOWN", "Không có đơn vị " + unit + " trong danh mục đơn vị.",
                    "There is no unit " + unit + " in the unit registry.").throwIfAny();
        }
        if (!ReportingDuty.mayFile(units, unit, period)) {
            new Violations().add("unit", "NOT_IN_PERIOD",
                    "Đơn vị " + unit + " không tồn tại trong kỳ " + period.windowFrom() + " – " + period.windowTo() + ".",
                    "Unit " + unit + " did not exist in the period " + period.windowFrom() + " – " + period.windowTo() + ".")
                    .throwIfAny();
        }
    }

    /** A period with the units that owe its report. */
    public record PeriodDuty(ReportingPeriod period, List<Unit> expected) {
    }

    /** The periods of the plan (of one year when given) with the units that owe each; any signed-in caller. */
    public List<PeriodDuty> periods(Integer year) {
        if (year != null && (year < ReportingPeriod.FIRST_YEAR || year > ReportingPeriod.LAST_YEAR)) {
            new Violations().add("year", "OUT_OF_RANGE",
                    "Kế hoạch áp dụng từ năm " + ReportingPeriod.FIRST_YEAR + " đến " + ReportingPeriod.LAST_YEAR + ".",
                    "The plan runs from " + ReportingPeriod.FIRST_YEAR + " to " + ReportingPeriod.LAST_YEAR + ".")
                    .throwIfAny();
        }
        return ReportingPeriod.all().stream().filter(p -> year == null || p.year() == year)
                .map(p -> new PeriodDuty(p, ReportingDuty.expected(units, p))).toList();
    }

    /** A report the caller may see; another unit's report is "not found" to them. */
    public Report get(UUID id, Caller caller) {
        return store.find(id).filter(r -> ReportAccess.maySee(caller, r))
                .orElseThrow(() -> new NotFoundException("report", id.toString()));
    }

    public List<Report> list(String unit, Integer year, ReportStatus status, int limit, int offset, Caller caller) {
        return store.list(ReportAccess.scopeUnit(caller, unit), year, status, limit, offset);
    }

    /** Enters figures and free text in a draft or returned report (the unit's submitters). */
    @Transactional
    public Report update(UUID id, String etag, List<IndicatorEntry> entries, String narrative, Caller caller) {
        return step(id, etag, ReportEvent.UPDATE, caller, report -> {
            ReportAccess.checkWrite(caller, report);
            ReportWorkflow.requireState(report, ReportEvent.UPDATE, ReportStatus.DRAFT, ReportStatus.RETURNED);
            Violations v = new Violations();
            var indicators = ReportWorkflow.apply(report.indicators(), entries, v);
            String text = narrative == null ? report.narrative() : narrative.strip();
            v.maxLength("narrative", text, ReportWorkflow.MAX_NARRATIVE);
            v.throwIfAny();
            return new Change(report.status(), indicators, text, "");
        });
    }

    /** Sends a report to the provincial police; every missing required indicator is listed. */
    @Transactional
    public Report submit(UUID id, String etag, Caller caller) {
        return step(id, etag, ReportEvent.SUBMIT, caller, report -> {
            ReportAccess.checkWrite(caller, report);
            ReportWorkflow.requireState(report, ReportEvent.SUBMIT, ReportStatus.DRAFT, ReportStatus.RETURNED);
            Violations v = new Violations();
            ReportWorkflow.checkComplete(report.indicators(), v);
            v.throwIfAny();
            return new Change(ReportStatus.SUBMITTED, report.indicators(), report.narrative(), "");
        });
    }

    /** Sends a submitted report back to its unit with what to fix (reviewers at the provincial police). */
    @Transactional
    public Report returnToUnit(UUID id, String etag, String comment, Caller caller) {
        return step(id, etag, ReportEvent.RETURN, caller, report -> {
            ReportAccess.checkReview(caller);
            ReportWorkflow.requireState(report, ReportEvent.RETURN, ReportStatus.SUBMITTED);
            new Violations().requireText("comment", comment).maxLength("comment", comment, 5000).throwIfAny();
            return new Change(ReportStatus.RETURNED, report.indicators(), report.narrative(), comment.strip());
        });
    }

    /** Accepts a submitted report (reviewers at the provincial police); it is then locked for good. */
    @Transactional
    public Report accept(UUID id, String etag, String comment, Caller caller) {
        return step(id, etag, ReportEvent.ACCEPT, caller, report -> {
            ReportAccess.checkReview(caller);
            ReportWorkflow.requireState(report, ReportEvent.ACCEPT, ReportStatus.SUBMITTED);
            new Violations().maxLength("comment", comment, 5000).throwIfAny();
            return new Change(ReportStatus.ACCEPTED, report.indicators(), report.narrative(),
                    comment == null ? "" : comment.strip());
        });
    }

    /**
     * Opens a correction of an accepted report: a new revision, a draft copied from it, with the reason. The accepted
     * revision is not touched and counts until the correction is accepted.
     */
    @Transactional
    public Report correct(UUID id, String etag, String reason, Caller caller) {
        Report accepted = get(id, caller);
        ReportAccess.checkWrite(caller, accepted);
        ReportWorkflow.requireState(accepted, ReportEvent.CORRECT, ReportStatus.ACCEPTED);
        new Violations().requireText("reason", reason).maxLength("reason", reason, 2000).throwIfAny();
        checkEtag(accepted, etag);
        var latest = store.find(accepted.unit(), accepted.period()).orElseThrow();
        if (latest.revision() != accepted.revision()) {
            throw new ConflictException("Đã có bản đính chính (lần " + latest.revision() + ") đang mở cho báo cáo này.",
                    "A correction (revision " + latest.revision() + ") of this report is already open.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Report correction = new Report(UUID.randomUUID(), accepted.unit(), accepted.period(), ReportStatus.DRAFT,
                accepted.indicators(), accepted.narrative(), now, caller.name(), now, caller.name(),
                accepted.templateAppliesTo(), accepted.templateVersion(), 1, accepted.revision() + 1, reason.strip(),
                List.of());
        if (!store.insertIfAbsent(correction)) {
            throw staleVersion(accepted);
        }
        store.insertEvent(correction.id(), new ReportEvent(ReportEvent.CORRECT, ReportStatus.ACCEPTED,
                ReportStatus.DRAFT, caller.name(), caller.unit(), now, reason.strip()));
        audit.record(caller, ReportEvent.CORRECT, "report", correction.id().toString(), List.of("revision"));
        return store.find(correction.id()).orElseThrow();
    }

    /** What a workflow step changes. */
    private record Change(ReportStatus status, List<Indicator> indicators, String narrative, String comment) {
    }

    /**
     * One workflow step on the current version: the rule checks who and what, then a stale etag is refused with
     * nothing written. (A retry with the same Idempotency-Key is answered by the platform's idempotency at the edge.)
     */
    private Report step(UUID id, String etag, String action, Caller caller,
                        Function<Report, Change> rule) {
        Report report = get(id, caller);
        Change change = rule.apply(report);
        checkEtag(report, etag);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Report changed = report.changed(change.status(), change.indicators(), change.narrative(), now, caller.name());
        if (!store.update(changed, report.version())) {
            throw staleVersion(store.find(id).orElse(report));
        }
        store.insertEvent(id, new ReportEvent(action, report.status(), change.status(), caller.name(), caller.unit(),
                now, change.comment()));
        audit.record(caller, action, "report", id.toString(), List.of("status", "indicators", "narrative"));
        return store.find(id).orElseThrow();
    }

    private static void checkEtag(Report report, String etag) {
        if (etag == null || etag.isBlank()) {
            throw new ValidationException(new FieldViolation("etag", "REQUIRED",
                    "Gửi kèm etag của báo cáo (lấy từ lần đọc gần nhất) để không ghi đè thay đổi của người khác.",
                    "Send the report's etag (from your last read) so that nobody's change is overwritten."));
        }
        if (!report.etag().equals(etag.trim())) {
            throw staleVersion(report);
        }
    }

    private static StaleVersionException staleVersion(Report current) {
        return new StaleVersionException(
                "Báo cáo đã được người khác thay đổi (" + current.updatedBy() + "); tải lại rồi làm tiếp. Không có gì được ghi.",
                "The report was changed by someone else (" + current.updatedBy() + "); reload and try again. Nothing was written.");
    }
}
