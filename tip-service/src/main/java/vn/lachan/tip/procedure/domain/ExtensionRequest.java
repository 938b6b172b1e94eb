package vn.lachan.tip.procedure.domain;

/**
 * What a caller asks for when extending a tip's deadline, as written: the day (ISO-8601, null for the longest
 * allowed), the reason, and for the second extension the procuracy's approval (null when not given).
 */
public record ExtensionRequest(String until, String reason, Approval approval) {

    /** The approval as written; its date is ISO-8601 text. */
    public record Approval(String approver, String documentNumber, String documentDate) {
    }
}
