package vn.lachan.report.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.MonthDay;
import vn.lachan.platform.error.Violations;

/**
 * A reporting period of the plan, with its data window (Decree 09/2019: from 15 December of the
 * previous year to 14 June, or to 14 December) and the day the report is due.
 *
 * <p>The yearly clash: the plan wants the yearly report before 15 November, but Decree 09's yearly window runs to
 * 14 December. Rule: a report holds <b>actual figures to the day before the due date</b> (14 November); the rest of the
 * window (15 November – 14 December) is <b>estimated</b>, flagged as such, and <b>corrected in the next report</b> (the
 * following half-year report restates the estimated month with actual figures). The six-monthly window ends on the
 * last on-time day, so a six-monthly report has no estimated part.
 */
public record ReportingPeriod(int year, PeriodKind kind) {

    public static final int FIRST_YEAR = 2022;
    public static final int LAST_YEAR = 2026;
    private static final MonthDay WINDOW_START = MonthDay.of(12, 15);

    /** Checks a period given by a caller; field names are those of the contract. */
    public static ReportingPeriod of(int year, PeriodKind kind) {
        Violations v = new Violations();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            v.add("period.year", "OUT_OF_RANGE",
                    "Kế hoạch áp dụng từ năm " + FIRST_YEAR + " đến " + LAST_YEAR + ".",
                    "The plan runs from " + FIRST_YEAR + " to " + LAST_YEAR + ".");
        }
        if (kind == null) {
            v.add("period.kind", "REQUIRED", "Chọn kỳ báo cáo: HALF_YEAR (6 tháng) hoặc YEAR (năm).",
                    "Choose the period: HALF_YEAR or YEAR.");
        }
        v.throwIfAny();
        return new ReportingPeriod(year, kind);
    }

    /** Every period of the plan, in time order. */
    public static List<ReportingPeriod> all() {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            periods.add(new ReportingPeriod(year, PeriodKind.HALF_YEAR));
            periods.add(new ReportingPeriod(year, PeriodKind.YEAR));
        }
        return periods;
    }

    /** Last day of actual figures: the day before the due date, or the window's end if that comes first. */
    public LocalDate actualTo() {
        return windowTo().isBefore(due()) ? windowTo() : due();
    }

    /** Whether part of the window lies after the due date and is estimated (the yearly report). */
    public boolean hasEstimatedPart() {
        return actualTo().isBefore(windowTo());
    }

    /** First estimated day, when {@link #hasEstimatedPart()}. */
    public LocalDate estimatedFrom() {
        return actualTo().plusDays(1);
    }

    /** The period whose report corrects this one's estimate: the next six-monthly report (null after the plan). */
    public ReportingPeriod correctedBy() {
        if (!hasEstimatedPart() || year == LAST_YEAR) {
            return null;
        }
        return new ReportingPeriod(year + 1, PeriodKind.HALF_YEAR);
    }

    public LocalDate windowFrom() {
        return WINDOW_START.atYear(year - 1);
    }

    public LocalDate windowTo() {
        return kind == PeriodKind.HALF_YEAR ? LocalDate.of(year, 6, 14) : LocalDate.of(year, 12, 14);
    }

    /** The last day a report is on time: the day before 15 June or 15 November. */
    public LocalDate due() {
        return kind == PeriodKind.HALF_YEAR ? LocalDate.of(year, 6, 14) : LocalDate.of(year, 11, 14);
    }
}
