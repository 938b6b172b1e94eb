package vn.lachan.cases.domain;

/** What happened to a bank's freeze request, as its feed tells it. */
public enum FeedEventKind {
    /** The police sent the bank a new freeze request. */
    REQUEST_SENT,
    /** A release order was issued on one of the bank's requests. */
    RELEASE_ORDERED
}
