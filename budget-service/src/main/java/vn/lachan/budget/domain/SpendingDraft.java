package vn.lachan.budget.domain;

/**
 * What a caller says about spending against a line. Texts are as given (the day too, so the rules
 * can tell "not given" from "not a date").
 *
 * @param commitmentId the commitment the money is spent against, or empty when spent directly
 */
public record SpendingDraft(
        String unit,
        long amountDong,
        String spentOn,
        String description,
        String commitmentId) {

    public SpendingDraft {
        commitmentId = commitmentId == null ? "" : commitmentId.strip();
    }

    /** Spending directly against the unit's allocation. */
    public SpendingDraft(String unit, long amountDong, String spentOn, String description) {
        this(unit, amountDong, spentOn, description, "");
    }

    public boolean againstCommitment() {
        return !commitmentId.isEmpty();
    }
}
