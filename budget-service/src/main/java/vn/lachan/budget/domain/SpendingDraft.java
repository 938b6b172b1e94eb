package vn.lachan.budget.domain;

/**
 * What a caller says about spending against a line. Texts are as given (the day too, so the rules
 * can tell "not given" from "not a date").
 */
public record SpendingDraft(
        String unit,
        long amountDong,
        String spentOn,
        String description) {
}
