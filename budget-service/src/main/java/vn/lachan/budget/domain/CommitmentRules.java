package vn.lachan.budget.domain;

import java.time.LocalDate;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.unit.UnitCodes;

/** What a commitment must satisfy before it is recorded. Field names are those of the contract. */
public final class CommitmentRules {

    static final int MAX_REFERENCE = 100;
    static final int MAX_DESCRIPTION = 2_000;

    private CommitmentRules() {
    }

    /** Checks {@code draft} against a line of {@code lineYear} on legal day {@code today}; answers the day committed. */
    public static LocalDate check(CommitmentDraft draft, int lineYear, LocalDate today) {
        Violations v = new Violations();
        UnitCodes.check(v, "commitment.unit", draft.unit());
        Amounts.check(v, "commitment.amount.dong", draft.amountDong());
        LocalDate day = BudgetDays.check(v, "commitment.committed_on", draft.committedOn(), lineYear, today);
        v.requireText("commitment.reference", draft.reference())
                .maxLength("commitment.reference", draft.reference(), MAX_REFERENCE);
        v.requireText("commitment.description", draft.description())
                .maxLength("commitment.description", draft.description(), MAX_DESCRIPTION);
        v.throwIfAny();
        return day;
    }
}
