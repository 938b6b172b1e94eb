package vn.lachan.budget.domain;

/** What a planner asks for: a unit, an amount in đồng, and what it is for. Texts as given. */
public record AllocationDraft(String unit, long amountDong, String note) {
}
