package vn.lachan.budget.domain;

/** REQUESTED → APPROVED, or REQUESTED → REJECTED. Only approved allocations count. */
public enum AllocationStatus {
    REQUESTED, APPROVED, REJECTED
}
