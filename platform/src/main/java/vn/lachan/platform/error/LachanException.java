package vn.lachan.platform.error;

/** A failure the caller caused or may act on, with its message in Vietnamese and English. */
public abstract sealed class LachanException extends RuntimeException
        permits ValidationException, NotFoundException, ConflictException, ReusedKeyException,
        AccessDeniedException, UnavailableException, StaleVersionException {

    private final String vi;

    protected LachanException(String vi, String en) {
        super(en);
        this.vi = vi;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return getMessage();
    }
}
