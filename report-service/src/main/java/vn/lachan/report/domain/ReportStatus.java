package vn.lachan.report.domain;

public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED
}
