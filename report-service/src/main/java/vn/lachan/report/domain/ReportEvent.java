package vn.lachan.report.domain;

import java.time.Instant;

/** One step of a report's workflow, with the reviewer's comment or the correction's reason. */
public record ReportEvent(String action, ReportStatus from, ReportStatus to, String actor, String actorUnit, Instant at,
                          String comment) {

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String SUBMIT = "SUBMIT";
    public static final String RETURN = "RETURN";
    public static final String ACCEPT = "ACCEPT";
    public static final String CORRECT = "CORRECT";
    /** The pre-filled figures of a draft or returned report read again from their sources. */
    public static final String REFRESH = "REFRESH";
}
