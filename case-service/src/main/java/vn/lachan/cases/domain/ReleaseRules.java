package vn.lachan.cases.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.money.Money;
import vn.lachan.platform.time.LegalTime;

/**
 * What a release order (lệnh giải tỏa) and the bank's report of it must satisfy. Field names are the contract's.
 *
 * <p>The money: an order releases at most what may still be released — the amount held, minus what was already
 * decided to be returned to victims (return instructions), minus what earlier orders released — so released money
 * and returned money never overlap, to the đồng. A request acknowledged but not yet held has nothing to release in
 * đồng: its order (amount 0) lifts the request itself.
 */
public final class ReleaseRules {

    static final int MAX_DOCUMENT_NUMBER = 100;
    static final int MAX_REASON = 2_000;
    /** Clocks drift; a few minutes ahead is not "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private ReleaseRules() {
    }

    /** The order's amount in đồng and its date, once checked. */
    public record Checked(long amount, LocalDate documentDate) {
    }

    /** Checks the order's own fields (before anything is read or locked); throws with every violation found. */
    public static void checkFields(ReleaseOrderDraft draft) {
        Violations v = new Violations();
        fields(v, draft);
        if (draft.amount() != null && draft.amount().isNegative()) {
            v.add("amount.dong", "OUT_OF_RANGE", "Số tiền giải tỏa không được âm.", "The amount to release cannot be negative.");
        }
        if (draft.documentDate() != null && !draft.documentDate().isBlank()) {
            date(v, draft.documentDate());
        }
        v.throwIfAny();
    }

    /**
     * Checks an order on a request that holds money ({@code held}) or holds nothing yet, with {@code releasable} đồng
     * that may still be released, on a case opened at {@code openedAt}, issued at {@code now}.
     */
    public static Checked check(ReleaseOrderDraft draft, boolean held, long releasable, Instant openedAt, Instant now) {
        Violations v = new Violations();
        fields(v, draft);
        long amount = 0;
        if (held) {
            amount = draft.amount() == null ? releasable : draft.amount().dong();
            if (releasable <= 0) {
                v.add("amount", "NOTHING_TO_RELEASE",
                        "Không còn tiền để giải tỏa: số tiền phong tỏa đã được quyết định trả lại cho bị hại hoặc đã giải tỏa hết.",
                        "There is nothing left to release: the money held was all decided for return to victims or released.");
            } else if (amount <= 0) {
                v.add("amount.dong", "OUT_OF_RANGE", "Số tiền giải tỏa phải lớn hơn 0 đồng.",
                        "The amount to release must be more than 0 đồng.");
            } else if (amount > releasable) {
                v.add("amount.dong", "MORE_THAN_HELD",
                        "Số tiền giải tỏa vượt quá số còn được giải tỏa: " + Money.dong(releasable).format()
                                + " (số đang phong tỏa trừ số đã quyết định trả lại bị hại và đã giải tỏa).",
                        "The amount exceeds what may still be released: " + Money.dong(releasable).format()
                                + " (held, less what was decided for return to victims and already released).");
            }
        } else if (draft.amount() != null && draft.amount().dong() != 0) {
            v.add("amount.dong", "NOTHING_HELD",
                    "Ngân hàng chưa phong tỏa tiền trên yêu cầu này: lệnh giải tỏa hủy cả yêu cầu, không ghi số tiền.",
                    "The bank holds nothing on this request yet: the order lifts the whole request; give no amount.");
        }
        LocalDate day = null;
        if (draft.documentDate() != null && !draft.documentDate().isBlank()) {
            day = date(v, draft.documentDate());
            if (day != null && day.isAfter(LegalTime.legalDay(now.plus(CLOCK_SKEW)))) {
                v.add("document_date", "IN_FUTURE", "Ngày ra lệnh không được ở tương lai.",
                        "The order's date cannot be in the future.");
            } else if (day != null && day.isBefore(LegalTime.legalDay(openedAt))) {
                v.add("document_date", "OUT_OF_RANGE", "Ngày ra lệnh không được trước ngày khởi tố vụ án.",
                        "The order cannot be dated before the case was opened.");
            }
        }
        v.throwIfAny();
        return new Checked(amount, day);
    }

    /** Checks the bank's report of {@code order}, given at {@code now}; throws with every violation found. */
    public static void check(ReleaseExecution execution, ReleaseOrder order, Instant now) {
        Violations v = new Violations();
        if (execution.releasedAt() == null) {
            v.add(FieldViolation.required("released_at"));
        } else if (execution.releasedAt().isAfter(now.plus(CLOCK_SKEW))) {
            v.add("released_at", "IN_FUTURE", "Thời điểm không được ở tương lai.", "The time cannot be in the future.");
        } else if (execution.releasedAt().isBefore(order.orderedAt())) {
            v.add("released_at", "BEFORE_ORDER", "Không thể giải tỏa trước khi có lệnh giải tỏa.",
                    "The money cannot have been released before the release order.");
        }
        if (execution.amountReleased() == null) {
            v.add(new FieldViolation("amount_released", "REQUIRED",
                    "Trường này là bắt buộc: số tiền đã giải tỏa theo lệnh (" + order.amount().format() + ").",
                    "This field is required: the amount released by the order (" + order.amount().format() + ")."));
        } else if (!execution.amountReleased().equals(order.amount())) {
            v.add("amount_released.dong", "NOT_THE_ORDER",
                    "Số tiền đã giải tỏa phải đúng số trong lệnh giải tỏa: " + order.amount().format() + ".",
                    "The amount released must be the order's: " + order.amount().format() + ".");
        }
        v.throwIfAny();
    }

    private static void fields(Violations v, ReleaseOrderDraft draft) {
        v.requireText("document_number", draft.documentNumber())
                .maxLength("document_number", draft.documentNumber(), MAX_DOCUMENT_NUMBER);
        v.requireText("reason", draft.reason()).maxLength("reason", draft.reason(), MAX_REASON);
        if (draft.documentDate() == null || draft.documentDate().isBlank()) {
            v.add(FieldViolation.required("document_date"));
        }
    }

    private static LocalDate date(Violations v, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            v.add("document_date", "INVALID_FORMAT", "Ngày phải theo dạng yyyy-MM-dd, ví dụ 2026-03-31.",
                    "A date is written yyyy-MM-dd, e.g. 2026-03-31.");
            return null;
        }
    }
}
