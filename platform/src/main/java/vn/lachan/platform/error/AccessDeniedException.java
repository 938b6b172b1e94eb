package vn.lachan.platform.error;

/** The caller is known but may not do this. */
public final class AccessDeniedException extends LachanException {

    public AccessDeniedException(String vi, String en) {
        super(vi, en);
    }
}
