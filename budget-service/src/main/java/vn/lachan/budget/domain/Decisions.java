package vn.lachan.budget.domain;

import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;

/**
 * The two rules every decision of the budget shares (an allocation, a change, an override): never by the one who
 * asked (four eyes), and only once. Broken, each is an error of the field {@value #FIELD}, the decided request's id
 * in the path, with its code, in both languages, so a caller reads it as any other field error.
 */
public final class Decisions {

    /** The request's id in the path ({@code /api/v1/budget/allocations/{id}:approve}). */
    public static final String FIELD = "id";
    /** The one who asked decides it. */
    public static final String OWN_REQUEST = "OWN_REQUEST";
    /** It was approved or rejected before. */
    public static final String ALREADY_DECIDED = "ALREADY_DECIDED";

    private Decisions() {
    }

    public static ValidationException ownRequest(String vi, String en) {
        return new ValidationException(new FieldViolation(FIELD, OWN_REQUEST, vi, en));
    }

    public static ValidationException alreadyDecided(String vi, String en) {
        return new ValidationException(new FieldViolation(FIELD, ALREADY_DECIDED, vi, en));
    }
}
