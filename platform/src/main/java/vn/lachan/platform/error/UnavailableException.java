package vn.lachan.platform.error;

/** Another service this one needs did not answer; nothing was stored and the caller may retry. */
public final class UnavailableException extends LachanException {

    public UnavailableException(String service, Throwable cause) {
        super("Dịch vụ " + service + " tạm thời không phản hồi; vui lòng thử lại sau.",
                "The " + service + " did not answer; try again shortly.");
        initCause(cause);
    }
}
