package vn.lachan.cases.domain;

/** How a return decision shares the money held among the victims' claims ({@link ReturnApportionment}). */
public enum ReturnRule {
    /** All the money held on the case, shared among all the claims in proportion to what each is still owed. */
    PRO_RATA,
    /** The money held on each account, shared only among the claims whose first transfer went to that account. */
    TRACED
}
