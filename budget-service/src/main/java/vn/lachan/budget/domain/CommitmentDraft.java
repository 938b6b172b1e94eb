package vn.lachan.budget.domain;

/**
 * What a unit says about a commitment (a contract, an order) against its allocation of a line. Texts as given.
 *
 * @param reference the contract's or order's number, e.g. {@code 12/2025/HĐ-CAT}
 */
public record CommitmentDraft(String unit, long amountDong, String committedOn, String reference, String description) {
}
