package vn.lachan.report.domain;

import java.time.Instant;

/** Where a unit's report reminders are e-mailed, and who set it when. */
public record ReportContact(String unit, String email, Instant updatedAt, String updatedBy) {
}
