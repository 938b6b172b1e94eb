package vn.lachan.budget.domain;

/** What a change of the plan does. */
public enum ChangeKind {
    /** Between two lines of one year, or between two units' allocations. */
    TRANSFER,
    /** A line's plan raised (only a target) or lowered (only a source). */
    REVISION,
    /** A unit's unspent allocation of a line to the same line of the next year. */
    CARRY_FORWARD
}
