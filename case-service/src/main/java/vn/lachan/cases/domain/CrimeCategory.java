package vn.lachan.cases.domain;

/** Crime category of the Penal Code (Art. 9), fixed by the heaviest penalty of the clause charged. */
public enum CrimeCategory {
    /** Ít nghiêm trọng: a fine, non-custodial reform or up to 3 years in prison. */
    LESS_SERIOUS,
    /** Nghiêm trọng: more than 3, up to 7 years. */
    SERIOUS,
    /** Rất nghiêm trọng: more than 7, up to 15 years. */
    VERY_SERIOUS,
    /** Đặc biệt nghiêm trọng: more than 15 years, life imprisonment or death. */
    PARTICULARLY_SERIOUS;

    public static CrimeCategory fixedBy(MaximumPenalty maximum) {
        return switch (maximum) {
            case MaximumPenalty.NonCustodial n -> LESS_SERIOUS;
            case MaximumPenalty.Prison p when p.years() <= 3 -> LESS_SERIOUS;
            case MaximumPenalty.Prison p when p.years() <= 7 -> SERIOUS;
            case MaximumPenalty.Prison p when p.years() <= 15 -> VERY_SERIOUS;
            case MaximumPenalty.Prison p -> PARTICULARLY_SERIOUS;
            case MaximumPenalty.Life l -> PARTICULARLY_SERIOUS;
        };
    }
}
