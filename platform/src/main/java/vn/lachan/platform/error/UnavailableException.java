package vn.lachan.platform.error;

/** Another service this one needs did not answer; nothing was stored (unless the message says what was kept) and the caller may retry. */
public final class UnavailableException extends LachanException {

    public UnavailableException(String service, Throwable cause) {
        super("Dịch vụ " + service + " tạm thời không phản hồi; vui lòng thử lại sau.",
                "The " + service + " did not answer; try again shortly.");
        initCause(cause);
    }

    private UnavailableException(String vi, String en, Throwable cause) {
        super(vi, en);
        initCause(cause);
    }

    /**
     * This service's own database did not answer (restarting, failing over, out of connections): the transaction was
     * rolled back or never began, so nothing was stored, and the same request may be sent again.
     */
    public static UnavailableException database(Throwable cause) {
        return new UnavailableException(
                "Cơ sở dữ liệu tạm thời không phản hồi; chưa có gì được ghi. Vui lòng gửi lại yêu cầu sau ít giây.",
                "The database did not answer; nothing was stored. Send the request again in a few seconds.", cause);
    }

    /**
     * Another service refused this service's own question (e.g. it did not accept the token passed on): a fault of
     * the platform's set-up, not of the caller's request; nothing was stored and the caller may retry later.
     */
    public static UnavailableException refused(String service, Throwable cause) {
        return new UnavailableException(
                "Dịch vụ " + service + " từ chối câu hỏi của hệ thống; chưa có gì được ghi. Vui lòng thử lại sau; "
                        + "nếu vẫn lỗi, báo quản trị hệ thống.",
                "The " + service + " refused the platform's question; nothing was stored. Try again later and, if it "
                        + "persists, tell the administrators.", cause);
    }

    /** The same, telling the caller what was kept meanwhile and what happens next ({@code vi}, {@code en}). */
    public UnavailableException(String service, String vi, String en, Throwable cause) {
        super("Dịch vụ " + service + " tạm thời không phản hồi. " + vi, "The " + service + " did not answer. " + en);
        initCause(cause);
    }
}
