package vn.lachan.tip.rewards.domain;

/** PROPOSED → APPROVED → PAID, or PROPOSED → REJECTED. */
public enum RewardStatus {
    PROPOSED("đã được đề xuất", "proposed"),
    APPROVED("đã được phê duyệt", "approved"),
    REJECTED("đã bị từ chối", "rejected"),
    PAID("đã được chi trả", "paid");

    private final String labelVi;
    private final String labelEn;

    RewardStatus(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }
}
