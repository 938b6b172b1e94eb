package vn.lachan.tip.domain;

public enum TipStatus {
    RECEIVED, VERIFYING, PROSECUTED, NOT_PROSECUTED, SUSPENDED
}
