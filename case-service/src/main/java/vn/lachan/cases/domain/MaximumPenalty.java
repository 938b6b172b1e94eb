package vn.lachan.cases.domain;

/** The heaviest principal penalty a clause of the Penal Code allows; it fixes the crime category. */
public sealed interface MaximumPenalty {

    /** A fine or non-custodial reform (cải tạo không giam giữ), but no prison. */
    record NonCustodial() implements MaximumPenalty {
    }

    /** Prison for at most {@code years}. */
    record Prison(int years) implements MaximumPenalty {
        public Prison {
            if (years < 1 || years > 20) {
                throw new IllegalArgumentException("a prison term has 1 to 20 years: " + years);
            }
        }
    }

    /** Life imprisonment (tù chung thân); death would classify the same, and no article in scope carries it. */
    record Life() implements MaximumPenalty {
    }

    default CrimeCategory category() {
        return CrimeCategory.fixedBy(this);
    }
}
