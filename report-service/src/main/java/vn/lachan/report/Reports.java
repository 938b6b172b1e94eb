package vn.lachan.report;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.unit.UnitCodes;
import vn.lachan.report.domain.PeriodKind;
import vn.lachan.report.domain.Report;
import vn.lachan.report.domain.ReportStatus;
import vn.lachan.report.domain.ReportingPeriod;
import vn.lachan.report.peer.TipStatisticsClient;
import vn.lachan.report.store.ReportStore;

/** The report use cases; gRPC and REST both come here. */
@Service
public class Reports {

    private final ReportStore store;
    private final TipStatisticsClient tips;
    private final Clock clock;

    public Reports(ReportStore store, TipStatisticsClient tips, Clock clock) {
        this.store = store;
        this.tips = tips;
        this.clock = clock;
    }

    /**
     * Starts a unit's report for a period, pre-filled with tip counts from tip-service. A unit has one
     * report per period: asking again returns it unchanged.
     */
    @Transactional
    public Report start(String unit, int year, PeriodKind kind, String actor) {
        Violations v = new Violations();
        UnitCodes.check(v, "unit", unit);
        v.throwIfAny();
        ReportingPeriod period = ReportingPeriod.of(year, kind);
        var existing = store.find(unit, period);
        if (existing.isPresent()) {
            return existing.get();
        }
        // ask the peer before writing, so a failed call leaves nothing behind
        var counts = tips.counts(unit, period.windowFrom(), period.windowTo());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Report report = new Report(UUID.randomUUID(), unit, period, ReportStatus.DRAFT, counts.indicators(), "",
                now, actor, now, actor);
        store.insertIfAbsent(report);
        return store.find(unit, period).orElseThrow();
    }

    public Report get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("report", id.toString()));
    }

    public List<Report> list(String unit, Integer year, int limit, int offset) {
        return store.list(unit, year, limit, offset);
    }
}
