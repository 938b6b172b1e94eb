package vn.lachan.report.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import vn.lachan.platform.error.Violations;

/**
 * A reporting period of the plan, with its data window (Decree 09/2019: from 15 December of the
 * previous year to 14 June, or to 14 December) and the day the report is due.
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
