package vn.lachan.devstack;

/** Something a person must fix before the stack can start, said in one line. */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
