package vn.lachan.report.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A unit's report for one period, written on one version of its template ({@code templateAppliesTo},
 * {@code templateVersion}; null for reports from before templates).
 *
 * @param version  changes with every write; the ETag a caller sends back with its next change
 * @param revision 1, then 2… for corrections of an accepted report
 * @param history  the workflow's steps, oldest first
 */
public record Report(
        UUID id,
        String unit,
        ReportingPeriod period,
        ReportStatus status,
        List<Indicator> indicators,
        String narrative,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        String templateAppliesTo,
        Integer templateVersion,
        int version,
        int revision,
        String correctionReason,
        List<ReportEvent> history) {

    public Report {
        indicators = List.copyOf(indicators);
        history = List.copyOf(history);
    }

    public String etag() {
        return "r" + revision + "v" + version;
    }

    /** The same report after a change by someone at a moment (store bumps the version). */
    public Report changed(ReportStatus newStatus, List<Indicator> newIndicators, String newNarrative, Instant at,
                          String by) {
        return new Report(id, unit, period, newStatus, newIndicators, newNarrative, createdAt, createdBy, at, by,
                templateAppliesTo, templateVersion, version, revision, correctionReason, history);
    }
}
