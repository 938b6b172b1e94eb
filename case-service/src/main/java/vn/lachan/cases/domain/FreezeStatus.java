package vn.lachan.cases.domain;

import java.util.Arrays;
import java.util.List;

/**
 * Where a freeze request stands. The bank's answers move it REQUESTED → ACKNOWLEDGED → HELD or REJECTED; a release
 * order (not a bank's answer) moves a HELD or ACKNOWLEDGED request to RELEASE_ORDERED, and the bank's report of the
 * release back to HELD (money still held) or to RELEASED. No answer of the bank is taken after HELD or REJECTED.
 */
public enum FreezeStatus {
    REQUESTED("đã gửi"),
    ACKNOWLEDGED("ngân hàng đã xác nhận"),
    HELD("đã phong tỏa"),
    REJECTED("ngân hàng đã từ chối"),
    RELEASE_ORDERED("đã có lệnh giải tỏa, chờ ngân hàng thực hiện"),
    RELEASED("đã giải tỏa");

    private final String vi;

    FreezeStatus(String vi) {
        this.vi = vi;
    }

    /** The status in Vietnamese, for messages. */
    public String vi() {
        return vi;
    }

    /** The bank may acknowledge only what it has not answered yet, and hold or reject until either is done. */
    public boolean mayMoveTo(FreezeStatus next) {
        return switch (this) {
            case REQUESTED -> next == ACKNOWLEDGED || next == HELD || next == REJECTED;
            case ACKNOWLEDGED -> next == HELD || next == REJECTED;
            case HELD, REJECTED, RELEASE_ORDERED, RELEASED -> false;
        };
    }

    /** A release order is issued only on a request that holds money, or that the bank acknowledged and holds nothing yet. */
    public boolean mayBeReleased() {
        return this == HELD || this == ACKNOWLEDGED;
    }

    /** Takes no further answer of the bank (a release order may still follow a hold). */
    public boolean isFinal() {
        return next().isEmpty();
    }

    /** The statuses this one may move to. */
    public List<FreezeStatus> next() {
        return Arrays.stream(values()).filter(this::mayMoveTo).toList();
    }
}
