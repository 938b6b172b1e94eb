package vn.lachan.platform.error;

/** The request is well-formed but not allowed in the record's current state. */
public final class ConflictException extends LachanException {

    public ConflictException(String vi, String en) {
        super(vi, en);
    }
}
