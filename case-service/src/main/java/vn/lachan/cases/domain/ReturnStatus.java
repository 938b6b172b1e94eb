package vn.lachan.cases.domain;

/** Where a return instruction stands: decided, then reported paid by its bank (final). */
public enum ReturnStatus {
    DECIDED, EXECUTED
}
