package vn.lachan.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Spring Cloud Gateway's Redis rate limiter lets every request through when Redis fails (unreachable, or full and
 * refusing writes), which would turn rate limiting off exactly when someone is flooding it. This one counts in this
 * replica's memory instead while Redis fails, with the same rate and burst, so limits hold per replica. The memory is
 * bounded: past {@link #MAX_CALLERS} callers counted at once, new ones are refused until old buckets go idle.
 */
@Component
public class FailSafeRateLimiter extends RedisRateLimiter {

    static final int MAX_CALLERS = 100_000;
    private static final Logger log = LoggerFactory.getLogger(FailSafeRateLimiter.class);

    /** How long limits are counted in memory only, after Redis failed, before Redis is asked again. */
    static final Duration ASK_REDIS_AGAIN_AFTER = Duration.ofSeconds(3);

    private final Map<String, Bucket> local = new ConcurrentHashMap<>();
    private final AtomicLong redisAwayUntil = new AtomicLong();
    private final Clock clock;

    public FailSafeRateLimiter(ReactiveStringRedisTemplate redis,
                               @Qualifier(RedisRateLimiter.REDIS_SCRIPT_NAME) RedisScript<List<Long>> script,
                               ConfigurationService configuration) {
        super(redis, script, configuration);
        this.clock = Clock.systemUTC();
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        Config config = getConfig().getOrDefault(routeId, new Config().setReplenishRate(1).setBurstCapacity(1));
        if (clock.millis() < redisAwayUntil.get()) {
            // Redis failed a moment ago: count here without waiting for its timeout on every request
            return Mono.just(new Response(allowedLocally(routeId + "." + id, config), getHeaders(config, -1L)));
        }
        return super.isAllowed(routeId, id).map(answer -> {
            // the parent answers "allowed, -1 remaining" when Redis failed
            if (!"-1".equals(answer.getHeaders().get(getRemainingHeader()))) {
                return answer;
            }
            redisAway();
            return new Response(allowedLocally(routeId + "." + id, config), answer.getHeaders());
        });
    }

    /**
     * Redis did not answer: for {@link #ASK_REDIS_AGAIN_AFTER} every limit is counted in this replica's memory without
     * asking it (each request would otherwise wait for the Redis timeout, 2 s, during an outage), then the next request
     * asks Redis again.
     */
    void redisAway() {
        redisAwayUntil.set(clock.millis() + ASK_REDIS_AGAIN_AFTER.toMillis());
    }

    /** Whether {@code answer} was counted in this replica's memory because Redis did not answer. */
    public static boolean countedLocally(Response answer, RedisRateLimiter limiter) {
        return "-1".equals(answer.getHeaders().get(limiter.getRemainingHeader()));
    }

    boolean allowedLocally(String key, Config config) {
        long now = clock.millis();
        if (local.size() >= MAX_CALLERS) {
            local.values().removeIf(b -> b.idleSince(now) > 60_000);
            if (local.size() >= MAX_CALLERS && !local.containsKey(key)) {
                log.warn("Rate limits counted in memory for {} callers; refusing new ones until Redis is back", MAX_CALLERS);
                return false;
            }
        }
        return local.computeIfAbsent(key, k -> new Bucket(config.getBurstCapacity(), now))
                .take(config.getReplenishRate(), config.getBurstCapacity(), config.getRequestedTokens(), now);
    }

    /** A token bucket: {@code rate} tokens a second, at most {@code burst}. */
    static final class Bucket {
        private double tokens;
        private long at;

        Bucket(long burst, long now) {
            this.tokens = burst;
            this.at = now;
        }

        synchronized boolean take(int rate, long burst, int requested, long now) {
            tokens = Math.min(burst, tokens + (now - at) / 1000.0 * rate);
            at = now;
            if (tokens >= requested) {
                tokens -= requested;
                return true;
            }
            return false;
        }

        synchronized long idleSince(long now) {
            return now - at;
        }
    }
}
