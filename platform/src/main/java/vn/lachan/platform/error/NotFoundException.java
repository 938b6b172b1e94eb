package vn.lachan.platform.error;

/** The record does not exist, or the caller may not know that it does. */
public final class NotFoundException extends LachanException {

    public NotFoundException(String what, String id) {
        super("Không tìm thấy " + what + " " + id + ".", "No " + what + " " + id + " was found.");
    }

    /** The same, naming the record in each language ({@code whatVi}, {@code whatEn}). */
    public NotFoundException(String whatVi, String whatEn, String id) {
        super("Không tìm thấy " + whatVi + " " + id + ".", "No " + whatEn + " " + id + " was found.");
    }
}
