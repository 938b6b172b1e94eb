package vn.lachan.report.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A unit's report for one period. */
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
        String updatedBy) {
}
