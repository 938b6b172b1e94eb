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
import vn.lachan.report.domain.ReportingPeriod;
import vn.lachan.report.peer.TipStatisticsClient;
import vn.lachan.report.store.ReportStore;

/** The report use cases; gRPC and REST both come here. */
@Service
public class Reports {

    private final ReportStore store;
    private final TipStatisticsClient tips;
    private final AuditLog audit;
    private final Clock clock;

    public Reports(ReportStore store, TipStatisticsClient tips, AuditLog audit, Clock clock) {
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
        var existing = store.find(unit, period);
        if (existing.isPresent()) {
            return existing.get();
        }
        // ask the peer (with the caller's own token) before writing, so a failed call leaves nothing behind
        var counts = tips.counts(unit, period.windowFrom(), period.windowTo());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Report report = new Report(UUID.randomUUID(), unit, period, ReportStatus.DRAFT, counts.indicators(), "",
                now, actor, now, actor);
        if (store.insertIfAbsent(report)) {
            audit.record(caller, AuditLog.CREATE, "report", report.id().toString(), List.of());
        }
        return store.find(unit, period).orElseThrow();
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
