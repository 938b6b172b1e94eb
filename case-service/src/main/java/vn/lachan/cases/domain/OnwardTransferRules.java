package vn.lachan.cases.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.lachan.platform.account.BankAccounts;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.unit.UnitCodes;

/**
 * What a bank's report of onward transfers must satisfy. A report is one batch: every transfer is checked before any
 * is written, and one bad transfer refuses the whole report (nothing of it is written). Field names are the
 * contract's ({@code transfers[2].amount.dong}).
 */
public final class OnwardTransferRules {

    /** At most this many transfers in one report. */
    public static final int MAX_TRANSFERS = 200;
    static final int MAX_REFERENCE = 100;
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[0-9]{6,19}");

    private OnwardTransferRules() {
    }

    /**
     * Checks a report on {@code request}, at {@code now}: {@code arrivedAt} is when the money of the trail first
     * reached the request's account (the earliest transfer into it reported in the case; null when not known, e.g. the
     * victim's own transfer, whose time the case does not hold); {@code reported} the transfers already reported on
     * the request, by their reference. Answers the drafts not reported yet (the others are retries of the same
     * transaction); throws with every violation of the whole report otherwise.
     */
    public static List<OnwardTransferDraft> check(List<OnwardTransferDraft> drafts, FreezeRequest request,
                                                  Instant arrivedAt, Instant now,
                                                  Map<String, OnwardTransfer> reported) {
        Violations v = new Violations();
        if (drafts == null || drafts.isEmpty()) {
            v.add(new FieldViolation("transfers", "REQUIRED",
                    "Cần ít nhất một giao dịch chuyển tiếp (số tiền, thời điểm, tài khoản và ngân hàng nhận).",
                    "At least one onward transfer is required (amount, time, receiving account and bank)."));
            v.throwIfAny();
        }
        if (drafts.size() > MAX_TRANSFERS) {
            v.add("transfers", "TOO_MANY", "Tối đa " + MAX_TRANSFERS + " giao dịch trong một lần báo.",
                    "At most " + MAX_TRANSFERS + " transfers in one report.");
            v.throwIfAny();
        }
        Set<String> references = new HashSet<>();
        List<OnwardTransferDraft> fresh = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            OnwardTransferDraft d = drafts.get(i);
            String at = "transfers[" + i + "]";
            if (d == null) {
                v.add(FieldViolation.required(at));
                continue;
            }
            int before = v.list().size();
            amount(v, at, d);
            time(v, at, d.transferredAt(), arrivedAt, now);
            account(v, at, d);
            bank(v, at, d.toBank());
            if (d.reference() == null || d.reference().isBlank()) {
                v.add(new FieldViolation(at + ".reference", "REQUIRED",
                        "Trường này là bắt buộc: mã giao dịch của ngân hàng (để báo lại không bị tính hai lần).",
                        "This field is required: the bank's transaction reference (so a repeated report is not counted twice)."));
            } else {
                v.maxLength(at + ".reference", d.reference(), MAX_REFERENCE);
                if (!references.add(d.reference().trim())) {
                    v.add(at + ".reference", "DUPLICATE", "Mã giao dịch này đã có ở một giao dịch khác trong cùng lần báo.",
                            "This reference is already given to another transfer of the same report.");
                }
            }
            if (v.list().size() > before) {
                continue;
            }
            if (BankAccounts.ofBankUnit(d.toBank(), d.toAccountNumber()).equals(TrailAccounts.of(request))) {
                v.add(at + ".to_account_number", "SAME_ACCOUNT",
                        "Tài khoản nhận trùng với chính tài khoản đang bị yêu cầu phong tỏa.",
                        "The receiving account is the account the freeze request is about.");
                continue;
            }
            OnwardTransfer earlier = reported.get(d.reference().trim());
            if (earlier == null) {
                fresh.add(d);
            } else if (!earlier.sameAs(d)) {
                v.add(at + ".reference", "REUSED",
                        "Mã giao dịch này đã được báo với nội dung khác; giao dịch đã báo không sửa được.",
                        "This reference was already reported with other facts; a reported transfer is not changed.");
            }
        }
        v.throwIfAny();
        return fresh;
    }

    private static void amount(Violations v, String at, OnwardTransferDraft d) {
        if (d.amount() == null) {
            v.add(new FieldViolation(at + ".amount", "REQUIRED", "Trường này là bắt buộc: số tiền chuyển, đồng.",
                    "This field is required: the amount transferred, in đồng."));
        } else if (!d.amount().isPositive()) {
            v.add(at + ".amount.dong", "OUT_OF_RANGE", "Số tiền chuyển phải lớn hơn 0 đồng.",
                    "The amount transferred must be more than 0 đồng.");
        }
    }

    private static void time(Violations v, String at, Instant time, Instant arrivedAt, Instant now) {
        String field = at + ".transferred_at";
        if (time == null) {
            v.add(new FieldViolation(field, "REQUIRED", "Trường này là bắt buộc: thời điểm tiền rời tài khoản.",
                    "This field is required: when the money left the account."));
        } else if (time.isAfter(now.plus(FreezeRequestRules.CLOCK_SKEW))) {
            v.add(field, "IN_FUTURE", "Thời điểm không được ở tương lai.", "The time cannot be in the future.");
        } else if (arrivedAt != null && time.isBefore(arrivedAt)) {
            v.add(field, "BEFORE_ARRIVAL",
                    "Tiền không thể chuyển đi trước khi đến tài khoản (tiền đến lúc " + arrivedAt + ").",
                    "The money cannot leave the account before it arrived (it arrived at " + arrivedAt + ").");
        }
    }

    private static void account(Violations v, String at, OnwardTransferDraft d) {
        String field = at + ".to_account_number";
        if (d.toAccountNumber() == null || d.toAccountNumber().isBlank()) {
            v.add(FieldViolation.required(field));
        } else if (!ACCOUNT_NUMBER.matcher(d.toAccountNumber()).matches()) {
            v.add(field, "INVALID_FORMAT", "Số tài khoản gồm 6 đến 19 chữ số, không có khoảng trắng hay dấu chấm.",
                    "An account number has 6 to 19 digits, without spaces or dots.");
        }
    }

    private static void bank(Violations v, String at, String bank) {
        String field = at + ".to_bank";
        int before = v.list().size();
        UnitCodes.check(v, field, bank);
        if (v.list().size() == before && !BankAccounts.isBankUnit(bank)) {
            v.add(field, "NOT_A_BANK", "Mã đơn vị không phải chi nhánh ngân hàng (ví dụ vcb-dong-thap).",
                    "The unit code is not a bank's branch (e.g. vcb-dong-thap).");
        }
    }
}
