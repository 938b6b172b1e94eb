package vn.lachan.tip.procedure.domain;

/** The grounds for not opening a case (Criminal Procedure Code 2015, Art. 157), in the order of its clauses. */
public enum NonProsecutionGround {
    NO_CRIMINAL_EVENT("Không có sự việc phạm tội", "No criminal event occurred"),
    NOT_A_CRIME("Hành vi không cấu thành tội phạm", "The act does not constitute a crime"),
    BELOW_CRIMINAL_AGE("Người thực hiện hành vi nguy hiểm cho xã hội chưa đến tuổi chịu trách nhiệm hình sự",
            "The person who committed the act is below the age of criminal responsibility"),
    ALREADY_ADJUDICATED("Người mà hành vi phạm tội của họ đã có bản án hoặc quyết định đình chỉ vụ án có hiệu lực pháp luật",
            "The act is already the subject of a final judgment or a final decision to discontinue the case"),
    LIMITATION_EXPIRED("Đã hết thời hiệu truy cứu trách nhiệm hình sự",
            "The limitation period for criminal prosecution has expired"),
    AMNESTIED("Tội phạm đã được đại xá", "The offence has been amnestied"),
    OFFENDER_DECEASED("Người thực hiện hành vi nguy hiểm cho xã hội đã chết, trừ trường hợp cần tái thẩm đối với người khác",
            "The person who committed the act has died, unless the matter must be reopened for others"),
    NO_VICTIM_REQUEST("Tội phạm quy định tại khoản 1 các điều 134, 135, 136, 138, 139, 141, 143, 155 và 156 của Bộ luật Hình sự"
            + " mà bị hại hoặc người đại diện của bị hại không yêu cầu khởi tố",
            "An offence under clause 1 of Penal Code Arts. 134, 135, 136, 138, 139, 141, 143, 155 or 156 whose victim"
            + " (or the victim's representative) did not ask for prosecution");

    private final String labelVi;
    private final String labelEn;

    NonProsecutionGround(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** The clause of Art. 157 that states this ground. */
    public int clause() {
        return ordinal() + 1;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }
}
