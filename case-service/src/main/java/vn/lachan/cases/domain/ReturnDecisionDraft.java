package vn.lachan.cases.domain;

/** A return decision as written: the rule (null: not given), the document's number, date (ISO-8601 text) and reason. */
public record ReturnDecisionDraft(String caseId, ReturnRule rule, String documentNumber, String documentDate,
                                  String reason) {
}
