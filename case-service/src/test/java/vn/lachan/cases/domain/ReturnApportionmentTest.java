package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lachan.cases.domain.ReturnApportionment.Held;
import vn.lachan.cases.domain.ReturnApportionment.Owed;
import vn.lachan.cases.domain.ReturnApportionment.Share;

class ReturnApportionmentTest {

    static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID V1 = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID V2 = UUID.fromString("00000000-0000-0000-0000-000000000002");
    static final UUID V3 = UUID.fromString("00000000-0000-0000-0000-000000000003");

    @Test
    void moneyThatCoversEveryClaimPaysEachInFull() {
        assertThat(ReturnApportionment.shares(1_000, new long[] {300, 200})).containsExactly(300, 200);
    }

    @Test
    void moneyShortOfTheClaimsIsSharedInProportionRoundedDown() {
        // 600 of 900 owed: two thirds each
        assertThat(ReturnApportionment.shares(600, new long[] {300, 600})).containsExactly(200, 400);
    }

    @Test
    void theDongLeftOverGoToTheLargestRemainders() {
        // 10 among three claims of 10: 3.33 each → 3, 3, 3 and one đồng left, to the earliest (all remainders equal)
        assertThat(ReturnApportionment.shares(10, new long[] {10, 10, 10})).containsExactly(4, 3, 3);
        // 100 among 1, 2, 4 (of 7): 14.28, 28.57, 57.14 → 14, 28, 57 and one left to the largest remainder (28.57)
        assertThat(ReturnApportionment.shares(100, new long[] {1_000, 2_000, 4_000})).containsExactly(14, 29, 57);
    }

    @Test
    void tiesOfRemaindersGoToTheEarliestClaim() {
        // 5 among four equal claims: 1.25 each → 1 each, one left over, to the first
        assertThat(ReturnApportionment.shares(5, new long[] {7, 7, 7, 7})).containsExactly(2, 1, 1, 1);
        assertThat(ReturnApportionment.shares(7, new long[] {7, 7, 7, 7})).containsExactly(2, 2, 2, 1);
    }

    @Test
    void nothingAvailableOrNothingOwedSharesNothing() {
        assertThat(ReturnApportionment.shares(0, new long[] {5, 6})).containsExactly(0, 0);
        assertThat(ReturnApportionment.shares(100, new long[] {0, 0})).containsExactly(0, 0);
        assertThat(ReturnApportionment.shares(100, new long[] {})).isEmpty();
    }

    @Test
    void billionsOfDongDoNotOverflow() {
        long[] shares = ReturnApportionment.shares(4_000_000_000_000_000L,
                new long[] {5_000_000_000_000_000L, 3_000_000_000_000_000L});
        assertThat(shares[0] + shares[1]).isEqualTo(4_000_000_000_000_000L);
        assertThat(shares).containsExactly(2_500_000_000_000_000L, 1_500_000_000_000_000L);
    }

    @Test
    void proRataPaysEachShareFromTheAccountsInOrder() {
        var shares = ReturnApportionment.apportion(ReturnRule.PRO_RATA,
                List.of(new Held(A, 300), new Held(B, 300)),
                List.of(new Owed(V1, A, 400), new Owed(V2, null, 800)));
        // 600 of 1200: 200 and 400; V1 from A, V2 from A's last 100 and B's 300
        assertThat(shares).containsExactly(new Share(A, V1, 200), new Share(A, V2, 100), new Share(B, V2, 300));
    }

    @Test
    void tracedSharesEachAccountOnlyAmongItsOwnVictims() {
        var shares = ReturnApportionment.apportion(ReturnRule.TRACED,
                List.of(new Held(A, 300), new Held(B, 1_000)),
                List.of(new Owed(V1, A, 400), new Owed(V2, A, 200), new Owed(V3, null, 800)));
        // A's 300 between V1 and V2 (400:200): 200, 100; B's money traced to nobody; V3 traced nowhere: nothing
        assertThat(shares).containsExactly(new Share(A, V1, 200), new Share(A, V2, 100));
    }

    @Test
    void tracedNeverGivesAVictimMoreThanOwedWhenTheAccountHoldsMore() {
        var shares = ReturnApportionment.apportion(ReturnRule.TRACED, List.of(new Held(A, 1_000)),
                List.of(new Owed(V1, A, 400)));
        assertThat(shares).containsExactly(new Share(A, V1, 400));
    }

    @Test
    void claimsAlreadyPaidInFullGetNothingMore() {
        var shares = ReturnApportionment.apportion(ReturnRule.PRO_RATA, List.of(new Held(A, 1_000)),
                List.of(new Owed(V1, A, 0), new Owed(V2, A, 100)));
        assertThat(shares).containsExactly(new Share(A, V2, 100));
    }

    /** Over many random cases: totals exact, never above what is held on any account or owed to any claim. */
    @Test
    void totalsReconcileOverManyRandomCases() {
        Random random = new Random(20261205);
        for (int round = 0; round < 5_000; round++) {
            int accounts = 1 + random.nextInt(4);
            List<Held> held = new ArrayList<>();
            for (int j = 0; j < accounts; j++) {
                held.add(new Held(new UUID(1, j), random.nextInt(3) == 0 ? 0 : randomAmount(random)));
            }
            int victims = 1 + random.nextInt(6);
            List<Owed> claims = new ArrayList<>();
            for (int i = 0; i < victims; i++) {
                UUID traced = random.nextBoolean() ? held.get(random.nextInt(accounts)).freezeRequestId() : null;
                claims.add(new Owed(new UUID(2, i), traced, random.nextInt(5) == 0 ? 0 : randomAmount(random)));
            }
            for (ReturnRule rule : ReturnRule.values()) {
                check(rule, held, claims, ReturnApportionment.apportion(rule, held, claims));
            }
        }
    }

    private static long randomAmount(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> 1 + random.nextInt(10);
            case 1 -> 1 + random.nextInt(1_000_000);
            default -> 1 + (random.nextLong() & Long.MAX_VALUE) % 1_000_000_000_000_000L;
        };
    }

    private static void check(ReturnRule rule, List<Held> held, List<Owed> claims, List<Share> shares) {
        Map<UUID, Long> fromAccount = new HashMap<>();
        Map<UUID, Long> toClaim = new HashMap<>();
        for (Share s : shares) {
            assertThat(s.amount()).isPositive();
            fromAccount.merge(s.freezeRequestId(), s.amount(), Math::addExact);
            toClaim.merge(s.claimId(), s.amount(), Math::addExact);
        }
        for (Held h : held) {
            assertThat(fromAccount.getOrDefault(h.freezeRequestId(), 0L)).isLessThanOrEqualTo(h.available());
        }
        for (Owed c : claims) {
            assertThat(toClaim.getOrDefault(c.claimId(), 0L)).isLessThanOrEqualTo(c.owed());
        }
        long paid = shares.stream().mapToLong(Share::amount).sum();
        if (rule == ReturnRule.PRO_RATA) {
            long available = held.stream().mapToLong(Held::available).sum();
            long owed = claims.stream().mapToLong(Owed::owed).sum();
            assertThat(paid).as("pro rata pays exactly min(held, owed)").isEqualTo(Math.min(available, owed));
            // rounded down by the rule, then at most one đồng more each
            if (available < owed) {
                for (Owed c : claims) {
                    long floor = java.math.BigInteger.valueOf(available).multiply(java.math.BigInteger.valueOf(c.owed()))
                            .divide(java.math.BigInteger.valueOf(owed)).longValueExact();
                    assertThat(toClaim.getOrDefault(c.claimId(), 0L)).isBetween(floor, floor + 1);
                }
            }
        } else {
            for (Held h : held) {
                long owedHere = claims.stream().filter(c -> h.freezeRequestId().equals(c.tracedTo()))
                        .mapToLong(Owed::owed).sum();
                assertThat(fromAccount.getOrDefault(h.freezeRequestId(), 0L))
                        .as("an account pays exactly min(held, owed to its victims)")
                        .isEqualTo(Math.min(h.available(), owedHere));
            }
            for (Owed c : claims) {
                if (c.tracedTo() == null) {
                    assertThat(toClaim).doesNotContainKey(c.claimId());
                }
            }
        }
    }
}
