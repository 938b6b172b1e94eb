package vn.lachan.cases.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * How a return decision shares the money held among the victims, exactly to the đồng.
 *
 * <p>The sharing rule ({@link #shares}): when the money available covers what the claims are still owed, each claim
 * gets what it is owed; otherwise claim i gets floor(available × owed_i / total owed) đồng, and the đồng left over
 * (fewer than the claims) go one each to the claims with the largest remainders of that division, the earliest claim
 * first among equal remainders. So the shares add up to exactly min(available, total owed), and no claim gets more than
 * it is owed.
 *
 * <p>{@link ReturnRule#PRO_RATA}: all the money held on the case is shared among all the claims; each claim's share is
 * then paid from the held accounts taken in order, each account's money given to the claims in order until it is spent
 * (so no account pays out more than it holds). {@link ReturnRule#TRACED}: each account's money is shared by the same
 * rule among the claims traced to it (their first transfer went to it); a claim traced to no held account gets nothing.
 *
 * <p>Plain Java: no Spring, SQL or gRPC.
 */
public final class ReturnApportionment {

    private ReturnApportionment() {
    }

    /** Money held on a freeze request and not yet decided for return, in đồng (0 or more); in the order to pay from. */
    public record Held(UUID freezeRequestId, long available) {
        public Held {
            Objects.requireNonNull(freezeRequestId);
            if (available < 0) {
                throw new IllegalArgumentException("available money is never negative");
            }
        }
    }

    /**
     * A claim and what it is still owed (lost − already decided), in đồng (0 or more); {@code tracedTo} is the freeze
     * request of its first transfer, or null. Claims come earliest first: the order breaks ties.
     */
    public record Owed(UUID claimId, UUID tracedTo, long owed) {
        public Owed {
            Objects.requireNonNull(claimId);
            if (owed < 0) {
                throw new IllegalArgumentException("what a claim is owed is never negative");
            }
        }
    }

    /** An amount (more than 0 đồng) to pay from the money held on a freeze request to a claim. */
    public record Share(UUID freezeRequestId, UUID claimId, long amount) {
    }

    /** The payments the rule makes of {@code held} for {@code claims}; those of 0 đồng are left out. */
    public static List<Share> apportion(ReturnRule rule, List<Held> held, List<Owed> claims) {
        return switch (rule) {
            case PRO_RATA -> proRata(held, claims);
            case TRACED -> traced(held, claims);
        };
    }

    private static List<Share> proRata(List<Held> held, List<Owed> claims) {
        long available = held.stream().mapToLong(Held::available).reduce(0, Math::addExact);
        long[] shares = shares(available, claims.stream().mapToLong(Owed::owed).toArray());
        // pay each claim's share from the accounts in order, each spent before the next
        List<Share> out = new ArrayList<>();
        int account = 0;
        long left = held.isEmpty() ? 0 : held.getFirst().available();
        for (int i = 0; i < claims.size(); i++) {
            long due = shares[i];
            while (due > 0) {
                while (left == 0) {
                    account++;
                    left = held.get(account).available();
                }
                long paid = Math.min(due, left);
                out.add(new Share(held.get(account).freezeRequestId(), claims.get(i).claimId(), paid));
                due -= paid;
                left -= paid;
            }
        }
        return out;
    }

    private static List<Share> traced(List<Held> held, List<Owed> claims) {
        List<Share> out = new ArrayList<>();
        for (Held h : held) {
            List<Owed> tracedHere = claims.stream().filter(c -> h.freezeRequestId().equals(c.tracedTo())).toList();
            long[] shares = shares(h.available(), tracedHere.stream().mapToLong(Owed::owed).toArray());
            for (int i = 0; i < tracedHere.size(); i++) {
                if (shares[i] > 0) {
                    out.add(new Share(h.freezeRequestId(), tracedHere.get(i).claimId(), shares[i]));
                }
            }
        }
        return out;
    }

    /**
     * The sharing rule: {@code available} đồng shared among claims owed {@code owed}, in proportion, rounded down, the
     * đồng left over to the largest remainders (ties: the lower index). Adds up to min(available, Σ owed); share i
     * ≤ owed i.
     */
    public static long[] shares(long available, long[] owed) {
        if (available < 0) {
            throw new IllegalArgumentException("available money is never negative");
        }
        long total = 0;
        for (long o : owed) {
            if (o < 0) {
                throw new IllegalArgumentException("what a claim is owed is never negative");
            }
            total = Math.addExact(total, o);
        }
        if (available >= total) {
            return owed.clone();
        }
        // available < total here, so total > 0; the products exceed a long for large sums, hence BigInteger
        BigInteger a = BigInteger.valueOf(available);
        BigInteger t = BigInteger.valueOf(total);
        long[] shares = new long[owed.length];
        long[] remainders = new long[owed.length];
        long given = 0;
        for (int i = 0; i < owed.length; i++) {
            BigInteger[] qr = a.multiply(BigInteger.valueOf(owed[i])).divideAndRemainder(t);
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1].longValueExact();
            given += shares[i];
        }
        long leftover = available - given; // fewer than the claims with a remainder: each rounding lost less than 1
        int[] order = IntStream.range(0, owed.length).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> remainders[i]).reversed()
                        .thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < leftover; k++) {
            shares[order[k]]++;
        }
        return shares;
    }
}
