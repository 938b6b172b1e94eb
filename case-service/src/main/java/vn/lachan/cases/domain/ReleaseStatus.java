package vn.lachan.cases.domain;

/** Where a release order stands: issued to the bank, or reported executed by it. */
public enum ReleaseStatus {
    ISSUED,
    EXECUTED
}
