package vn.lachan.cases.domain;

/**
 * Where an urgent hold stands. The bank's answers move it REQUESTED → ACKNOWLEDGED → HELD or REJECTED (HELD or REJECTED
 * straight from REQUESTED too); a confirming freeze request moves a REQUESTED, ACKNOWLEDGED or HELD hold to CONFIRMED.
 * LAPSED is never stored: a hold not REJECTED or CONFIRMED whose expiry has passed is LAPSED, read from the clock
 * ({@link UrgentHold#statusAt}).
 */
public enum UrgentHoldStatus {
    REQUESTED("đã gửi"),
    ACKNOWLEDGED("ngân hàng đã xác nhận"),
    HELD("ngân hàng đã tạm dừng"),
    REJECTED("ngân hàng đã từ chối"),
    LAPSED("đã hết hiệu lực"),
    CONFIRMED("đã được lệnh phong tỏa xác nhận");

    private final String vi;

    UrgentHoldStatus(String vi) {
        this.vi = vi;
    }

    public String vi() {
        return vi;
    }

    /** Takes no answer of the bank and no confirmation any more. */
    public boolean isFinal() {
        return this == REJECTED || this == LAPSED || this == CONFIRMED;
    }
}
