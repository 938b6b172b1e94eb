package vn.lachan.budget.domain;

/** A commitment as recorded, with where the unit's use of its allocation stands after it (for the warning). */
public record RecordedCommitment(Commitment commitment, SpendingControl control) {
}
