package vn.lachan.tip.intake.domain;

public enum TipStatus {
    RECEIVED, VERIFYING, PROSECUTED, NOT_PROSECUTED, SUSPENDED
}
