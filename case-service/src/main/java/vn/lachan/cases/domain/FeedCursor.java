package vn.lachan.cases.domain;

import java.util.regex.Pattern;
import vn.lachan.platform.error.Violations;

/**
 * Where a bank's system stands in its feed: the number of the last event it processed ({@link #START}, 0, before the
 * first). Written as its digits; the caller treats it as opaque and gives back what the feed gave it.
 */
public record FeedCursor(long seq) {

    public static final FeedCursor START = new FeedCursor(0);
    static final String FIELD = "after";
    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,18}");

    public FeedCursor {
        if (seq < 0) {
            throw new IllegalArgumentException("a cursor is 0 or more: " + seq);
        }
    }

    /**
     * The cursor a caller sent: empty for the start of the feed, else the digits of an event's number (no sign, no
     * leading zero, within a long). Anything else is a field error of {@code after}.
     */
    public static FeedCursor parse(String after) {
        if (after == null || after.isEmpty()) {
            return START;
        }
        if (DIGITS.matcher(after).matches()) {
            try {
                return new FeedCursor(Long.parseLong(after));
            } catch (NumberFormatException tooLarge) {
                // 19 digits above Long.MAX_VALUE: no feed gets there
            }
        }
        new Violations().add(FIELD, "INVALID_CURSOR",
                "Con trỏ không hợp lệ: hãy gửi lại đúng con trỏ (cursor) của sự kiện cuối cùng đã xử lý, hoặc để trống để nhận từ đầu.",
                "Invalid cursor: send back the cursor of the last event you processed as it was given, or nothing to start from the beginning.")
                .throwIfAny();
        throw new AssertionError("unreachable");
    }

    /**
     * A cursor beyond the last event of the caller's bank was never given by that bank's feed (another bank's, or made
     * up): refused, rather than silently skipping the events up to it once the feed gets there.
     */
    public FeedCursor checkWithin(long lastSeq) {
        if (seq > lastSeq) {
            new Violations().add(FIELD, "UNKNOWN_CURSOR",
                    "Con trỏ này không do luồng sự kiện của ngân hàng bạn cấp.",
                    "This cursor was not given by your bank's feed.").throwIfAny();
        }
        return this;
    }

    public boolean isBefore(long lastSeq) {
        return seq < lastSeq;
    }

    public String text() {
        return Long.toString(seq);
    }
}
