package vn.lachan.budget.domain;

import vn.lachan.platform.money.Money;

/**
 * A year's plan from its history: what Appendix 2 planned, with the approved revisions and carry-forwards; and what
 * the year's lines plan now. They are equal after every change.
 */
public record YearPlan(int year, Money appendix, Money revisedUp, Money revisedDown, Money carriedIn, Money carriedOut,
        Money linesTotal, int approvedChanges) {

    public Money planned() {
        return appendix.plus(revisedUp).minus(revisedDown).plus(carriedIn).minus(carriedOut);
    }

    public boolean reconciled() {
        return planned().equals(linesTotal);
    }
}
