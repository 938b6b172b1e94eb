package vn.lachan.report.domain;

public enum PeriodKind {
    /** Six-monthly report, due before 15 June. */
    HALF_YEAR,
    /** Yearly report, due before 15 November. */
    YEAR
}
