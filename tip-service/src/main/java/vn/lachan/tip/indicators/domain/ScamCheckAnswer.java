package vn.lachan.tip.indicators.domain;

import java.time.LocalDate;

/**
 * The public answer about one indicator: its canonical value, status, and how often and since when it was
 * reported. No tip, unit or person. A value found {@link ScamCheckStatus#NOT_FOUND} shows no count or
 * dates, so a groundless report looks like no report.
 */
public record ScamCheckAnswer(String normalized, ScamCheckStatus status, long reportCount, LocalDate firstReportedOn,
                              LocalDate lastReportedOn) {

    public static ScamCheckAnswer of(String normalized, IndicatorReports reports) {
        ScamCheckStatus status = ScamCheckStatus.of(reports);
        if (status == ScamCheckStatus.NOT_FOUND) {
            return new ScamCheckAnswer(normalized, status, 0, null, null);
        }
        return new ScamCheckAnswer(normalized, status, reports.count(), reports.firstReportedOn(),
                reports.lastReportedOn());
    }
}
