package vn.lachan.tip.procedure.domain;

/** The grounds for suspending the handling of a tip (Criminal Procedure Code 2015, Art. 148(1), as amended in 2021). */
public enum SuspensionGround {
    AWAITING_EXPERT_EXAMINATION('a', "Đã trưng cầu giám định nhưng chưa có kết quả",
            "Expert examination requested, result pending"),
    AWAITING_VALUATION('a', "Đã yêu cầu định giá tài sản nhưng chưa có kết quả",
            "Asset valuation requested, result pending"),
    AWAITING_FOREIGN_LEGAL_ASSISTANCE('a', "Đã yêu cầu nước ngoài tương trợ tư pháp nhưng chưa có kết quả",
            "Mutual legal assistance requested from abroad, answer pending"),
    AWAITING_DOCUMENTS('b', "Đã yêu cầu cung cấp tài liệu, đồ vật quan trọng có ý nghĩa quyết định đối với việc khởi tố"
            + " hoặc không khởi tố nhưng chưa có kết quả",
            "Documents or objects decisive for the decision requested, not yet provided"),
    FORCE_MAJEURE('c', "Không thể kết thúc việc kiểm tra, xác minh vì lý do bất khả kháng do thiên tai, dịch bệnh",
            "Verification cannot be completed because of force majeure (natural disaster, epidemic)");

    private final char point;
    private final String labelVi;
    private final String labelEn;

    SuspensionGround(char point, String labelVi, String labelEn) {
        this.point = point;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** The point (điểm) of Art. 148(1) that states this ground. */
    public char point() {
        return point;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }
}
