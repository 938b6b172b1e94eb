package vn.lachan.report;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.unit.UnitCodes;
import vn.lachan.report.domain.PeriodKind;
import vn.lachan.report.domain.Report;
import vn.lachan.report.domain.ReportAccess;
import vn.lachan.report.domain.ReportStatus;
import vn.lachan.report.domain.ReportingDuty;
import vn.lachan.report.domain.ReportingPeriod;
import vn.lachan.report.domain.Unit;
import vn.lachan.report.domain.UnitRegistry;
import vn.lachan.report.peer.TipStatisticsClient;
import vn.lachan.report.store.ReportStore;

/** The report use cases; gRPC and REST both come here. */
@Service
public class Reports {

    private final ReportStore store;
    private final TipStatisticsClient tips;
    private final AuditLog audit;
    private final Clock clock;
    private final UnitRegistry units;

    public Reports(ReportStore store, TipStatisticsClient tips, AuditLog audit, Clock clock, UnitRegistry units) {
        this.units = units;
        this.store = store;
        this.tips = tips;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts a unit's report for a period, pre-filled with tip counts from tip-service. A unit has one
     * report per period: asking again returns it unchanged.
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
        // ask the peer (with the caller's own token) before writing, so a failed call leaves nothing behind
        // actual figures only to the day before the due date; the rest of a yearly window is estimated (ReportingPeriod)
        var counts = tips.counts(unit, period.windowFrom(), period.actualTo());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Report report = new Report(UUID.randomUUID(), unit, period, ReportStatus.DRAFT, counts.indicators(), "",
                now, actor, now, actor);
        if (store.insertIfAbsent(report)) {
            audit.record(caller, AuditLog.CREATE, "report", report.id().toString(), List.of());
        }
        return store.find(unit, period).orElseThrow();
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

    public List<Report> list(String unit, Integer year, int limit, int offset, Caller caller) {
        return store.list(ReportAccess.scopeUnit(caller, unit), year, limit, offset);
    }
}
