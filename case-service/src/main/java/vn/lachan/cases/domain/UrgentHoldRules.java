package vn.lachan.cases.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.unit.RegisteredUnit;
import vn.lachan.platform.unit.UnitCodes;

/** What an urgent hold and a bank's answer to it must satisfy. Field names are those of the contract. */
public final class UrgentHoldRules {

    /**
     * A normalised bank account or e-wallet indicator as tip-service writes it (IndicatorNormalizer): {@code
     * BANKCODE:digits} or {@code PROVIDER:id}.
     */
    static final Pattern ACCOUNT = Pattern.compile("[A-Z][A-Z0-9]{1,19}:[A-Za-z0-9+._@\\-]{3,64}");
    static final int MAX_REASON = 2000;
    static final Duration CLOCK_SKEW = FreezeRequestRules.CLOCK_SKEW;
    /** The registry's kind of a bank (report-service's units.tsv). */
    public static final String BANK = "bank";

    private UrgentHoldRules() {
    }

    /**
     * Checks the fields of a hold the police send at {@code now}: the money must have moved within {@code recentWithin}
     * (the golden hour; older money is traced in a case). Throws with every violation found.
     */
    public static void check(UrgentHoldDraft draft, Instant now, Duration recentWithin) {
        Violations v = new Violations();
        if (draft.tipId() == null || draft.tipId().isBlank()) {
            v.add(FieldViolation.required("tip_id"));
        } else if (CaseRules.uuid(draft.tipId()).isEmpty()) {
            v.add("tip_id", "INVALID_FORMAT", "Mã tin báo phải là UUID, ví dụ 3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c.",
                    "A tip id must be a UUID, e.g. 3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c.");
        }
        UnitCodes.check(v, "urgent_hold.bank", draft.bank());
        if (draft.account() == null || draft.account().isBlank()) {
            v.add(new FieldViolation("urgent_hold.account", "REQUIRED",
                    "Trường này là bắt buộc: tài khoản hoặc ví nhận tiền, như tin báo ghi (ví dụ VCB:0011004123456).",
                    "This field is required: the receiving account or e-wallet as the tip names it (e.g. VCB:0011004123456)."));
        } else if (!ACCOUNT.matcher(draft.account()).matches()) {
            v.add("urgent_hold.account", "INVALID_FORMAT",
                    "Tài khoản ghi dạng đã chuẩn hóa của tin báo: MÃNGÂNHÀNG:số tài khoản (VCB:0011004123456) hoặc VÍ:mã ví (MOMO:+84912345678).",
                    "Write the account as the tip normalises it: BANKCODE:number (VCB:0011004123456) or WALLET:id (MOMO:+84912345678).");
        }
        if (draft.amountRequested() == null) {
            v.add(FieldViolation.required("urgent_hold.amount_requested"));
        } else if (!draft.amountRequested().isPositive()) {
            v.add("urgent_hold.amount_requested.dong", "OUT_OF_RANGE",
                    "Số tiền đề nghị tạm dừng phải lớn hơn 0 đồng.", "The amount to suspend must be more than 0 đồng.");
        }
        if (draft.transferredAt() == null) {
            v.add(FieldViolation.required("urgent_hold.transferred_at"));
        } else if (draft.transferredAt().isAfter(now.plus(CLOCK_SKEW))) {
            v.add("urgent_hold.transferred_at", "IN_FUTURE", "Thời điểm không được ở tương lai.",
                    "The time cannot be in the future.");
        } else if (draft.transferredAt().isBefore(now.minus(recentWithin))) {
            v.add("urgent_hold.transferred_at", "NOT_RECENT",
                    "Tiền chuyển quá " + recentWithin.toHours() + " giờ trước: yêu cầu tạm dừng khẩn cấp chỉ dành cho tiền vừa chuyển;"
                            + " hãy khởi tố vụ án và ra lệnh phong tỏa.",
                    "The money moved more than " + recentWithin.toHours() + " hours ago: an urgent hold is for money that"
                            + " moved recently; open a case and issue a freeze order.");
        }
        v.requireText("urgent_hold.reason", draft.reason()).maxLength("urgent_hold.reason", draft.reason(), MAX_REASON);
        v.throwIfAny();
    }

    /**
     * Checks the hold against its tip as tip-service shows it to the sender: a tip already decided or in a case takes
     * no urgent hold (a case's money is frozen by a freeze request); the account must be one the tip names; the amount
     * at most the tip's loss.
     */
    public static void check(UrgentHoldDraft draft, TipFacts tip) {
        if (tip.caseId() != null || !tip.undecided()) {
            throw new ConflictException(
                    "Tin báo đã được quyết định hoặc đã thuộc vụ án; tiền của vụ án được phong tỏa bằng lệnh phong tỏa (Điều 129 BLTTHS).",
                    "The tip is decided or already in a case; a case's money is frozen by a freeze order (CPC Art. 129).");
        }
        Violations v = new Violations();
        if (!tip.accounts().contains(draft.account())) {
            v.add("urgent_hold.account", "NOT_IN_TIP",
                    "Tin báo không ghi tài khoản hoặc ví này; chọn một tài khoản, ví trong các dấu hiệu của tin báo.",
                    "The tip names no such account or e-wallet; choose one of the tip's indicators.");
        }
        if (tip.loss() == null || !tip.loss().isPositive()) {
            v.add("urgent_hold.amount_requested.dong", "NO_LOSS",
                    "Tin báo chưa ghi thiệt hại; không thể đề nghị tạm dừng số tiền nào.",
                    "The tip records no loss; no amount can be suspended.");
        } else if (draft.amountRequested().isGreaterThan(tip.loss())) {
            v.add("urgent_hold.amount_requested.dong", "ABOVE_LOSS",
                    "Số tiền đề nghị tạm dừng không được lớn hơn thiệt hại ghi trong tin báo (" + tip.loss().dong() + " đồng).",
                    "The amount cannot exceed the tip's loss (" + tip.loss().dong() + " đồng).");
        }
        v.throwIfAny();
    }

    /** The addressed unit must be a bank of the registry existing {@code today}; {@code unit} empty: unknown code. */
    public static void checkBank(String code, Optional<RegisteredUnit> unit, LocalDate today) {
        Violations v = new Violations();
        if (unit.isEmpty()) {
            v.add(RegisteredUnit.unknown("urgent_hold.bank", code));
        } else if (!BANK.equals(unit.get().kind())) {
            v.add("urgent_hold.bank", "NOT_A_BANK", "Đơn vị " + code + " không phải ngân hàng; chỉ gửi yêu cầu tạm dừng cho ngân hàng.",
                    "Unit " + code + " is not a bank; urgent holds are sent to banks only.");
        } else if (!unit.get().existedOn(today)) {
            v.add("urgent_hold.bank", "UNIT_ENDED", "Ngân hàng " + code + " không còn tồn tại trong danh mục đơn vị.",
                    "Bank " + code + " no longer exists in the unit registry.");
        }
        v.throwIfAny();
    }

    /**
     * Checks a bank's answer given at {@code now}: a hold is at most the amount asked, not negative, not in the future,
     * not before the request nor before the bank's own acknowledgement; a rejection has a reason.
     */
    public static void check(BankResponse response, UrgentHold hold, Instant now) {
        Violations v = new Violations();
        switch (response) {
            case BankResponse.Acknowledge a -> { }
            case BankResponse.Hold h -> {
                if (h.amountHeld() == null) {
                    v.add(new FieldViolation("hold.amount_held", "REQUIRED",
                            "Trường này là bắt buộc: số tiền thực tế đã tạm dừng (0 nếu tài khoản không còn tiền).",
                            "This field is required: the amount actually held (0 if the account is empty)."));
                } else if (h.amountHeld().isNegative()) {
                    v.add("hold.amount_held.dong", "OUT_OF_RANGE", "Số tiền đã tạm dừng không được âm.",
                            "The amount held cannot be negative.");
                } else if (h.amountHeld().isGreaterThan(hold.amountRequested())) {
                    v.add("hold.amount_held.dong", "ABOVE_REQUESTED",
                            "Số tiền tạm dừng không được lớn hơn số tiền đề nghị (" + hold.amountRequested().dong() + " đồng).",
                            "The amount held cannot exceed the amount asked (" + hold.amountRequested().dong() + " đồng).");
                }
                Instant held = h.heldAt();
                if (held != null) {
                    if (held.isAfter(now.plus(CLOCK_SKEW))) {
                        v.add("hold.held_at", "IN_FUTURE", "Thời điểm không được ở tương lai.", "The time cannot be in the future.");
                    } else if (held.isBefore(hold.requestedAt())) {
                        v.add("hold.held_at", "BEFORE_REQUEST", "Thời điểm tạm dừng không được trước lúc gửi yêu cầu.",
                                "The hold cannot be placed before the request was sent.");
                    } else if (hold.acknowledgedAt() != null && held.isBefore(hold.acknowledgedAt())) {
                        v.add("hold.held_at", "BEFORE_ACKNOWLEDGED",
                                "Thời điểm tạm dừng không được trước lúc ngân hàng xác nhận yêu cầu.",
                                "The hold cannot be placed before the bank acknowledged the request.");
                    }
                }
            }
            case BankResponse.Reject r -> v.requireText("reject.reason", r.reason()).maxLength("reject.reason", r.reason(),
                    MAX_REASON);
        }
        v.throwIfAny();
    }
}
