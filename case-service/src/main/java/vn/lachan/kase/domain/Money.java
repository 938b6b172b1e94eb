package vn.lachan.kase.domain;

/**
 * An exact amount of Vietnamese đồng: whole đồng in a {@code long}, never floating point. The same idea as
 * budget-service's {@code Money}; move both to the platform when a third service needs arithmetic on money.
 */
public record Money(long dong) {

    public static Money dong(long dong) {
        return new Money(dong);
    }

    public boolean isPositive() {
        return dong > 0;
    }

    public boolean isNegative() {
        return dong < 0;
    }
}
