package vn.lachan.platform.money;

/**
 * An exact amount of Vietnamese đồng. Whole đồng in a {@code long}: the đồng has no subunit in use,
 * and money never goes near floating point. Arithmetic throws rather than wrapping around.
 */
public record Money(long dong) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    private static final long ONE_MILLION = 1_000_000L;

    public static Money dong(long dong) {
        return new Money(dong);
    }

    /** The plan counts in millions of đồng ("Đơn vị tính: Triệu đồng"). */
    public static Money millions(long millions) {
        return new Money(Math.multiplyExact(millions, ONE_MILLION));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(dong, other.dong));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(dong, other.dong));
    }

    public boolean isPositive() {
        return dong > 0;
    }

    public boolean isNegative() {
        return dong < 0;
    }

    public boolean isGreaterThan(Money other) {
        return dong > other.dong;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(dong, other.dong);
    }

    /** As Vietnamese write it: {@code 7.150.000.000 đ}, thousands grouped with dots. */
    public String format() {
        String digits = Long.toString(dong);
        boolean negative = digits.startsWith("-");
        if (negative) {
            digits = digits.substring(1); // from the text, so Long.MIN_VALUE needs no Math.abs
        }
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3 + 3);
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        grouped.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            grouped.append('.').append(digits, i, i + 3);
        }
        return (negative ? "-" : "") + grouped + " đ";
    }

    @Override
    public String toString() {
        return format();
    }
}
