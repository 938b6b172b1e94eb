package vn.lachan.budget.domain;

import java.math.BigInteger;
import vn.lachan.platform.money.Money;

/** Shares as whole hundredths of a percent (basis points), computed exactly, shown the Vietnamese way: {@code 90,5 %}. */
public final class Percent {

    private Percent() {
    }

    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);

    /**
     * {@code part} as hundredths of a percent of {@code whole}, rounded toward zero; 0 when whole is 0 or less,
     * held within a {@code long} for absurd shares.
     */
    public static long basisPoints(Money part, Money whole) {
        if (whole.dong() <= 0) {
            return 0;
        }
        BigInteger bp = BigInteger.valueOf(part.dong()).multiply(BigInteger.valueOf(10_000))
                .divide(BigInteger.valueOf(whole.dong()));
        return bp.max(MIN).min(MAX).longValueExact();
    }

    /** E.g. 9050 → {@code 90,5 %}, 10000 → {@code 100 %}, 1 → {@code 0,01 %}. */
    public static String format(long basisPoints) {
        String sign = basisPoints < 0 ? "-" : "";
        long abs = Math.abs(basisPoints);
        long whole = abs / 100;
        long hundredths = abs % 100;
        if (hundredths == 0) {
            return sign + whole + " %";
        }
        String decimals = hundredths % 10 == 0 ? Long.toString(hundredths / 10) : String.format("%02d", hundredths);
        return sign + whole + "," + decimals + " %";
    }
}
