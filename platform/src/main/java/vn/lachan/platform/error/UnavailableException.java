package vn.lachan.platform.error;

/** Another service this one needs did not answer; nothing was stored (unless the message says what was kept) and the caller may retry. */
public final class UnavailableException extends LachanException {

    public UnavailableException(String service, Throwable cause) {
        super("Dịch vụ " + service + " tạm thời không phản hồi; vui lòng thử lại sau.",
                "The " + service + " did not answer; try again shortly.");
        initCause(cause);
    }

    /** The same, telling the caller what was kept meanwhile and what happens next ({@code vi}, {@code en}). */
    public UnavailableException(String service, String vi, String en, Throwable cause) {
        super("Dịch vụ " + service + " tạm thời không phản hồi. " + vi, "The " + service + " did not answer. " + en);
        initCause(cause);
    }
}
