package vn.lachan.cases.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.unit.UnitCodes;

/** What a freeze request and a bank's answer must satisfy. Field names are those of the contract. */
public final class FreezeRequestRules {

    static final Pattern ACCOUNT_NUMBER = Pattern.compile("[0-9]{6,19}");
    static final int MAX_HOLDER = 200;
    static final int MAX_REASON = 2000;
    static final int MAX_LAYER = 50;
    /** Clocks of banks' systems drift; a few minutes ahead is not "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private FreezeRequestRules() {
    }

    /** Checks a request the police send; throws with every violation found. */
    public static void check(FreezeRequestDraft draft) {
        Violations v = new Violations();
        caseId(v, draft.caseId());
        UnitCodes.check(v, "freeze_request.bank", draft.bank());
        accountNumber(v, draft.accountNumber());
        v.maxLength("freeze_request.account_holder", draft.accountHolder(), MAX_HOLDER);
        if (draft.amountRequested() == null) {
            v.add(FieldViolation.required("freeze_request.amount_requested"));
        } else if (!draft.amountRequested().isPositive()) {
            v.add("freeze_request.amount_requested.dong", "OUT_OF_RANGE",
                    "Số tiền đề nghị phong tỏa phải lớn hơn 0 đồng.", "The amount to freeze must be more than 0 đồng.");
        }
        layer(v, draft.layer());
        v.requireText("freeze_request.reason", draft.reason()).maxLength("freeze_request.reason", draft.reason(), MAX_REASON);
        v.throwIfAny();
    }

    /**
     * Checks the fields of a bank's answer to a request sent at {@code requestedAt}, given at {@code now};
     * throws with every violation found.
     */
    public static void check(BankResponse response, Instant requestedAt, Instant now) {
        Violations v = new Violations();
        switch (response) {
            case BankResponse.Acknowledge a -> { }
            case BankResponse.Hold hold -> {
                if (hold.amountHeld() == null) {
                    v.add(new FieldViolation("hold.amount_held", "REQUIRED",
                            "Trường này là bắt buộc: số tiền thực tế đã phong tỏa (0 nếu tài khoản không còn tiền).",
                            "This field is required: the amount actually held (0 if the account is empty)."));
                } else if (hold.amountHeld().isNegative()) {
                    v.add("hold.amount_held.dong", "OUT_OF_RANGE",
                            "Số tiền đã phong tỏa không được âm.", "The amount held cannot be negative.");
                }
                heldAt(v, hold.heldAt(), requestedAt, now);
            }
            case BankResponse.Reject reject -> v.requireText("reject.reason", reject.reason())
                    .maxLength("reject.reason", reject.reason(), MAX_REASON);
        }
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

    private static void accountNumber(Violations v, String number) {
        if (number == null || number.isBlank()) {
            v.add(FieldViolation.required("freeze_request.account_number"));
        } else if (!ACCOUNT_NUMBER.matcher(number).matches()) {
            v.add("freeze_request.account_number", "INVALID_FORMAT",
                    "Số tài khoản gồm 6 đến 19 chữ số, không có khoảng trắng hay dấu chấm.",
                    "An account number has 6 to 19 digits, without spaces or dots.");
        }
    }

    private static void layer(Violations v, int layer) {
        if (layer == 0) {
            v.add(new FieldViolation("freeze_request.layer", "REQUIRED",
                    "Trường này là bắt buộc: 1 = tài khoản nhận tiền đầu tiên của bị hại, 2 = tài khoản kế tiếp, …",
                    "This field is required: 1 = the first account that received the victim's money, 2 = the next, …"));
        } else if (layer < 1 || layer > MAX_LAYER) {
            v.add("freeze_request.layer", "OUT_OF_RANGE",
                    "Lớp tài khoản từ 1 đến " + MAX_LAYER + ".", "The layer must be between 1 and " + MAX_LAYER + ".");
        }
    }

    private static void heldAt(Violations v, Instant heldAt, Instant requestedAt, Instant now) {
        if (heldAt == null) {
            return;
        }
        if (heldAt.isAfter(now.plus(CLOCK_SKEW))) {
            v.add("hold.held_at", "IN_FUTURE", "Thời điểm không được ở tương lai.", "The time cannot be in the future.");
        } else if (heldAt.isBefore(requestedAt)) {
            v.add("hold.held_at", "BEFORE_REQUEST",
                    "Thời điểm phong tỏa không được trước lúc gửi yêu cầu.",
                    "The hold cannot be placed before the request was sent.");
        }
    }
}
