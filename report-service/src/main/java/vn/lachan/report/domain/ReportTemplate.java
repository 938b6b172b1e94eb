package vn.lachan.report.domain;

import java.time.Instant;
import java.util.List;

/**
 * A version of the indicators a kind of unit (or one unit) owes. Versions are never changed: an edit is a new
 * version, and a report keeps the version it was started on.
 *
 * @param appliesTo a unit kind of the registry or one unit's code
 */
public record ReportTemplate(String appliesTo, int version, List<TemplateIndicator> indicators, String narrativeHintVi,
                             String narrativeHintEn, String changeNote, Instant createdAt, String createdBy) {

    public ReportTemplate {
        indicators = List.copyOf(indicators);
    }
}
