package vn.lachan.cases.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.time.LegalTime;

/** What a victim's claim, a return decision and a bank's report of a return must satisfy. Field names are the contract's. */
public final class RestitutionRules {

    static final int MAX_NAME = 200;
    static final int MAX_REASON = 2_000;
    static final int MAX_DOCUMENT_NUMBER = 100;
    static final int MAX_REFERENCE = 100;
    /** Clocks drift; a few minutes ahead is not "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private RestitutionRules() {
    }

    /** Checks a claim the police add; throws with every violation found. */
    public static void check(VictimClaimDraft draft) {
        Violations v = new Violations();
        caseId(v, draft.caseId());
        v.requireText("victim_claim.victim_name", draft.victimName())
                .maxLength("victim_claim.victim_name", draft.victimName(), MAX_NAME);
        if (draft.accountNumber() == null || draft.accountNumber().isBlank()) {
            v.add(FieldViolation.required("victim_claim.account_number"));
        } else if (!FreezeRequestRules.ACCOUNT_NUMBER.matcher(draft.accountNumber()).matches()) {
            v.add("victim_claim.account_number", "INVALID_FORMAT",
                    "Số tài khoản gồm 6 đến 19 chữ số, không có khoảng trắng hay dấu chấm.",
                    "An account number has 6 to 19 digits, without spaces or dots.");
        }
        v.requireText("victim_claim.bank_name", draft.bankName())
                .maxLength("victim_claim.bank_name", draft.bankName(), MAX_NAME);
        if (draft.amountLost() == null) {
            v.add(FieldViolation.required("victim_claim.amount_lost"));
        } else if (!draft.amountLost().isPositive()) {
            v.add("victim_claim.amount_lost.dong", "OUT_OF_RANGE",
                    "Số tiền bị chiếm đoạt phải lớn hơn 0 đồng.", "The amount lost must be more than 0 đồng.");
        }
        if (draft.freezeRequestId() != null && !draft.freezeRequestId().isBlank()
                && CaseRules.uuid(draft.freezeRequestId()).isEmpty()) {
            v.add("victim_claim.freeze_request_id", "INVALID_FORMAT",
                    "Mã yêu cầu phong tỏa phải là UUID.", "A freeze request id must be a UUID.");
        }
        v.throwIfAny();
    }

    /**
     * The freeze request a claim is traced to: one of the same case, on the first layer (the account that received
     * the victim's own transfer). {@code found} is null when there is no such request the caller may see.
     */
    public static void checkTracedTo(FreezeRequest found, UUID caseId) {
        Violations v = new Violations();
        if (found == null || !found.caseId().equals(caseId)) {
            v.add("victim_claim.freeze_request_id", "NOT_IN_CASE",
                    "Yêu cầu phong tỏa này không thuộc vụ án.", "This freeze request is not one of the case's.");
        } else if (found.layer() != 1) {
            v.add("victim_claim.freeze_request_id", "NOT_FIRST_LAYER",
                    "Chỉ ghi yêu cầu phong tỏa tài khoản lớp 1 (tài khoản nhận tiền đầu tiên của bị hại).",
                    "Only a freeze request on a layer-1 account (the first to receive the victim's money) may be named.");
        }
        v.throwIfAny();
    }

    /** Checks a return decision on a case opened at {@code openedAt}, taken at {@code now}; answers its date. */
    public static LocalDate check(ReturnDecisionDraft draft, Instant openedAt, Instant now) {
        Violations v = new Violations();
        if (draft.rule() == null) {
            v.add(new FieldViolation("rule", "REQUIRED",
                    "Chọn cách chia: PRO_RATA (theo tỷ lệ thiệt hại) hoặc TRACED (theo dòng tiền đã truy vết).",
                    "Choose the rule: PRO_RATA (in proportion to the losses) or TRACED (by the traced money trail)."));
        }
        v.requireText("document_number", draft.documentNumber())
                .maxLength("document_number", draft.documentNumber(), MAX_DOCUMENT_NUMBER);
        v.requireText("reason", draft.reason()).maxLength("reason", draft.reason(), MAX_REASON);
        LocalDate day = null;
        if (draft.documentDate() == null || draft.documentDate().isBlank()) {
            v.add(FieldViolation.required("document_date"));
        } else {
            try {
                day = LocalDate.parse(draft.documentDate().trim());
                if (day.isAfter(LegalTime.legalDay(now.plus(CLOCK_SKEW)))) {
                    v.add("document_date", "IN_FUTURE", "Ngày quyết định không được ở tương lai.",
                            "The decision's date cannot be in the future.");
                } else if (day.isBefore(LegalTime.legalDay(openedAt))) {
                    v.add("document_date", "OUT_OF_RANGE", "Ngày quyết định không được trước ngày khởi tố vụ án.",
                            "The decision cannot be dated before the case was opened.");
                }
            } catch (DateTimeParseException e) {
                v.add("document_date", "INVALID_FORMAT", "Ngày phải theo dạng yyyy-MM-dd, ví dụ 2026-03-31.",
                        "A date is written yyyy-MM-dd, e.g. 2026-03-31.");
            }
        }
        v.throwIfAny();
        return day;
    }

    /** Checks a bank's report of a return decided at {@code decidedAt}, given at {@code now}. */
    public static void check(ReturnExecution execution, Instant decidedAt, Instant now) {
        Violations v = new Violations();
        if (execution.executedAt() == null) {
            v.add(FieldViolation.required("executed_at"));
        } else if (execution.executedAt().isAfter(now.plus(CLOCK_SKEW))) {
            v.add("executed_at", "IN_FUTURE", "Thời điểm không được ở tương lai.", "The time cannot be in the future.");
        } else if (execution.executedAt().isBefore(decidedAt)) {
            v.add("executed_at", "BEFORE_DECISION", "Không thể trả tiền trước khi có quyết định trả lại.",
                    "The money cannot have been paid before the return was decided.");
        }
        v.requireText("bank_reference", execution.bankReference())
                .maxLength("bank_reference", execution.bankReference(), MAX_REFERENCE);
        v.throwIfAny();
    }

    private static void caseId(Violations v, String caseId) {
        if (caseId == null || caseId.isBlank()) {
            v.add(FieldViolation.required("case_id"));
        } else if (CaseRules.uuid(caseId).isEmpty()) {
            v.add("case_id", "INVALID_FORMAT",
                    "Mã vụ án phải là UUID, ví dụ 3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c.",
                    "A case id must be a UUID, e.g. 3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c.");
        }
    }
}
