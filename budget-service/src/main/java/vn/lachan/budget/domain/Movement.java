package vn.lachan.budget.domain;

import vn.lachan.platform.money.Money;

/**
 * What an approved change did to one line's plan ({@code unit} null, {@code source} the funding source whose share
 * moved) or to one unit's allocation of a line ({@code source} null), to the đồng.
 */
public record Movement(String lineId, String unit, String source, Money delta, Money before, Money after) {

    public Movement {
        if (!after.equals(before.plus(delta))) {
            throw new IllegalArgumentException("after must be before + delta");
        }
    }

    public boolean ofPlan() {
        return unit == null;
    }
}
