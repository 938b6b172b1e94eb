package vn.lachan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

/** While Redis fails, limits are counted in memory with the route's own rate and burst; they do not switch off. */
class FailSafeRateLimiterTest {

    final FailSafeRateLimiter limiter = new FailSafeRateLimiter(null, null, null);
    final RedisRateLimiter.Config config = new RedisRateLimiter.Config().setReplenishRate(1).setBurstCapacity(3)
            .setRequestedTokens(1);

    @Test
    void aCallerGetsItsBurstThenIsRefusedAndAnotherCallerIsCountedApart() {
        int allowed = 0;
        for (int i = 0; i < 10; i++) {
            if (limiter.allowedLocally("route.a", config)) {
                allowed++;
            }
        }
        assertThat(allowed).isBetween(3, 4); // the burst, and at most one token refilled meanwhile
        assertThat(limiter.allowedLocally("route.b", config)).isTrue();
    }

    @Test
    void forAMomentAfterRedisFailedLimitsAreCountedHereWithoutAskingRedis() {
        // this limiter has no Redis at all: asking it would fail, so every answer below comes from memory
        limiter.getConfig().put("route.d", config);
        limiter.redisAway();
        int allowed = 0;
        for (int i = 0; i < 10; i++) {
            var answer = limiter.isAllowed("route.d", "caller").block();
            assertThat(answer.getHeaders()).containsEntry(limiter.getRemainingHeader(), "-1");
            if (answer.isAllowed()) {
                allowed++;
            }
        }
        assertThat(allowed).isBetween(3, 4);
    }

    @Test
    void tokensComeBackAtTheRate() throws Exception {
        while (limiter.allowedLocally("route.c", config)) {
            // spend the burst
        }
        Thread.sleep(1_100);
        assertThat(limiter.allowedLocally("route.c", config)).isTrue();
    }
}
