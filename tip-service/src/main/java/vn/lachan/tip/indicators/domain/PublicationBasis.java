package vn.lachan.tip.indicators.domain;

/** Why the public scam check answers a value as reported: each is a verification by the police or a bank. */
public enum PublicationBasis {
    /** An officer verified it and marked it publishable. */
    OFFICER_VERIFIED,
    /** A bank holds money on the account on a freeze request of the police. */
    BANK_HOLD,
    /** A tip naming it was decided "prosecute" (khởi tố). */
    PROSECUTION
}
