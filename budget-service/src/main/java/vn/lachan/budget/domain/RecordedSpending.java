package vn.lachan.budget.domain;

/** Spending as recorded, with where the unit's use of its allocation stands after it (for the warning). */
public record RecordedSpending(Spending spending, SpendingControl control) {
}
