package vn.lachan.tip.intake.domain;

/** How a tip reached the police. */
public enum Channel {
    HOTLINE, MAILBOX, DUTY_DESK, WEB_PORTAL, EMAIL, WALK_IN, AGENCY_TRANSFER, BANK_REPORT
}
