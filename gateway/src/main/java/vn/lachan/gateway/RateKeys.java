package vn.lachan.gateway;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Citizens' addresses are never kept as they are: a rate limit counts a keyed hash (HMAC-SHA-256) of the address
 * under a random key of the day. Every gateway replica uses the same key, kept in Redis for two days and then gone,
 * so yesterday's counters cannot be tied back to addresses by anyone who reads Redis later. While Redis cannot be
 * reached a replica draws its own key of the day, and limits go on with it.
 */
@Component
public class RateKeys {

    private static final Logger log = LoggerFactory.getLogger(RateKeys.class);
    static final String PREFIX = "lachan:gateway:rate-key:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReactiveStringRedisTemplate redis;
    private final Clock clock;
    private final Map<LocalDate, byte[]> keys = new ConcurrentHashMap<>();
    /** This replica's own key of the day while Redis is away, and until when Redis is not asked again. */
    private final Map<LocalDate, byte[]> ownKeys = new ConcurrentHashMap<>();
    private volatile Instant askRedisAfter = Instant.MIN;

    @org.springframework.beans.factory.annotation.Autowired
    public RateKeys(ReactiveStringRedisTemplate redis) {
        this(redis, Clock.systemUTC());
    }

    RateKeys(ReactiveStringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** The address as a rate limit counts it: a keyed hash, 128 bits in base64url. */
    public Mono<String> hashOf(String address) {
        return keyOfToday().map(key -> hash(key, address));
    }

    static String hash(byte[] key, String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(address.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private Mono<byte[]> keyOfToday() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        byte[] known = keys.get(today);
        if (known != null) {
            return Mono.just(known);
        }
        if (clock.instant().isBefore(askRedisAfter)) {
            return Mono.just(ownKey(today));
        }
        String drawn = Base64.getEncoder().encodeToString(random());
        String name = PREFIX + today;
        return redis.opsForValue().setIfAbsent(name, drawn, Duration.ofDays(2))
                .then(redis.opsForValue().get(name))
                .map(text -> Base64.getDecoder().decode(text))
                .timeout(Duration.ofSeconds(2))
                .map(key -> {
                    keys.keySet().removeIf(day -> day.isBefore(today));
                    byte[] kept = keys.putIfAbsent(today, key);
                    return kept == null ? key : kept;
                })
                .switchIfEmpty(Mono.error(new IllegalStateException("the key vanished")))
                .onErrorResume(e -> {
                    log.warn("Rate-limit key of the day not shared through Redis ({}); this replica uses its own for a minute",
                            e.toString());
                    askRedisAfter = clock.instant().plusSeconds(60);
                    return Mono.just(ownKey(today));
                });
    }

    private byte[] ownKey(LocalDate today) {
        ownKeys.keySet().removeIf(day -> day.isBefore(today));
        return ownKeys.computeIfAbsent(today, day -> random());
    }

    private static byte[] random() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }
}
