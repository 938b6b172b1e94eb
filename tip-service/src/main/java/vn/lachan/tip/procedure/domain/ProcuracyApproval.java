package vn.lachan.tip.procedure.domain;

import java.time.LocalDate;

/** The procuracy's approval of a second extension (Art. 147(3)): who approved, and the document that says so. */
public record ProcuracyApproval(String approver, String documentNumber, LocalDate documentDate) {
}
