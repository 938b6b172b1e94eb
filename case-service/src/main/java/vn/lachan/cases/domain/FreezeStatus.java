package vn.lachan.cases.domain;

import java.util.Arrays;
import java.util.List;

/** Where a freeze request stands. HELD and REJECTED are final. */
public enum FreezeStatus {
    REQUESTED("đã gửi"),
    ACKNOWLEDGED("ngân hàng đã xác nhận"),
    HELD("đã phong tỏa"),
    REJECTED("ngân hàng đã từ chối");

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
            case HELD, REJECTED -> false;
        };
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** The statuses this one may move to. */
    public List<FreezeStatus> next() {
        return Arrays.stream(values()).filter(this::mayMoveTo).toList();
    }
}
