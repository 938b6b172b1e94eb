package vn.lachan.tip.indicators.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;
import vn.lachan.tip.indicators.domain.IndicatorKey;
import vn.lachan.tip.indicators.domain.IndicatorNormalizer;
import vn.lachan.tip.indicators.domain.IndicatorReports;
import vn.lachan.tip.indicators.domain.PublicationBasis;
import vn.lachan.tip.indicators.domain.PublicationEvent;
import vn.lachan.tip.indicators.domain.ScamCheckStatus;

/**
 * The scam-check index in Redis: one hash per value the police verified or withdrew (prosecuted tips, publications,
 * the latest publication's action and basis, status), a copy of what PostgreSQL says, so the public check is
 * answered without touching the database. Values only mentioned in tips have no hash: Redis holds nothing that
 * tells which values are being looked at.
 * <p>
 * Every write is a reading of PostgreSQL, kept only if it is not older than what the hash holds (see
 * {@link IndicatorReports#version()}), so replicas writing at once, and a rebuild running while tips arrive,
 * never put an old reading over a newer one. The {@code ready} key says the index is complete: it is set by a
 * rebuild that held the lock from start to end, and disappears with everything else when Redis restarts empty.
 */
@Repository
public class ScamCheckIndex {

    /** Every key of the index, of any version. */
    static final String KEYSPACE = "lachan:tip:scam-check:";
    /** The keys carry the normaliser's version, so values normalised again are indexed afresh, not beside old ones. */
    static final String PREFIX = KEYSPACE + "v2:n" + IndicatorNormalizer.VERSION + ":";
    static final String READY = PREFIX + "ready";
    static final String FRESH = PREFIX + "fresh";
    static final String LOCK = PREFIX + "rebuild-lock";
    private static final int FIELDS = 6;

    /** KEYS: hashes; ARGV: FIELDS values per hash. Writes a hash unless it holds a newer version. */
    private static final RedisScript<Long> PUT = RedisScript.of("""
            for i, key in ipairs(KEYS) do
              local at = (i - 1) * %d
              local held = tonumber(redis.call('HGET', key, 'version') or '-1')
              if tonumber(ARGV[at + 1]) >= held then
                redis.call('HSET', key, 'version', ARGV[at + 1], 'prosecuted', ARGV[at + 2],
                  'publications', ARGV[at + 3], 'action', ARGV[at + 4], 'basis', ARGV[at + 5], 'status', ARGV[at + 6])
              end
            end
            return #KEYS""".formatted(FIELDS), Long.class);

    /** KEYS: ready, fresh, the hash. Answers whether the index is ready, whether it is fresh, then the hash. */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> LOOKUP = RedisScript.of("""
            local answer = {redis.call('EXISTS', KEYS[1]), redis.call('EXISTS', KEYS[2])}
            for _, v in ipairs(redis.call('HGETALL', KEYS[3])) do table.insert(answer, v) end
            return answer""", List.class);

    /** KEYS: lock, ready, fresh; ARGV: token, seconds fresh. Marks the index ready if the lock is still ours. */
    private static final RedisScript<Long> FINISH = RedisScript.of("""
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
            redis.call('SET', KEYS[2], '1')
            redis.call('SET', KEYS[3], '1', 'EX', ARGV[2])
            redis.call('DEL', KEYS[1])
            return 1""", Long.class);

    private static final RedisScript<Long> UNLOCK = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0""", Long.class);

    private final StringRedisTemplate redis;

    public ScamCheckIndex(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /**
     * What the index holds for {@code key}.
     *
     * @param ready   the index is complete, so an absent hash means nothing about the value was verified
     * @param fresh   it was rebuilt recently enough
     * @param reports the hash, if there is one
     */
    public record Lookup(boolean ready, boolean fresh, Optional<IndicatorReports> reports) {
    }

    public Lookup lookup(IndicatorKey key) {
        List<?> answer = redis.execute(LOOKUP, List.of(READY, FRESH, hash(key)));
        boolean ready = answer != null && Long.valueOf(1).equals(answer.get(0));
        boolean fresh = answer != null && Long.valueOf(1).equals(answer.get(1));
        if (answer == null || answer.size() <= 2) {
            return new Lookup(ready, fresh, Optional.empty());
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 2; i + 1 < answer.size(); i += 2) {
            fields.put(String.valueOf(answer.get(i)), String.valueOf(answer.get(i + 1)));
        }
        return new Lookup(ready, fresh, Optional.of(new IndicatorReports(
                Long.parseLong(fields.getOrDefault("prosecuted", "0")), Long.parseLong(fields.getOrDefault("publications", "0")),
                text(fields.get("action")).map(PublicationEvent.Action::valueOf),
                text(fields.get("basis")).map(PublicationBasis::valueOf))));
    }

    /** Writes readings of PostgreSQL, each unless the index already holds a newer one. */
    public void put(Map<IndicatorKey, IndicatorReports> readings) {
        if (readings.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        readings.forEach((key, reports) -> {
            keys.add(hash(key));
            values.addAll(List.of(Long.toString(reports.version()), Long.toString(reports.prosecuted()),
                    Long.toString(reports.publications()), reports.lastAction().map(Enum::name).orElse(""),
                    reports.lastBasis().map(Enum::name).orElse(""), ScamCheckStatus.of(reports).name()));
        });
        redis.execute(PUT, keys, values.toArray());
    }

    /** Takes the rebuild lock for {@code hold}, so one replica rebuilds; its token, or empty if another holds it. */
    public Optional<String> lock(Duration hold) {
        String token = UUID.randomUUID().toString();
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(LOCK, token, hold)) ? Optional.of(token) : Optional.empty();
    }

    /**
     * Marks the index complete and fresh for {@code freshFor}, and releases the lock; false (and nothing marked)
     * if the lock was lost meanwhile, e.g. to a restart of Redis that emptied the index halfway.
     */
    public boolean finish(String token, Duration freshFor) {
        return Long.valueOf(1).equals(redis.execute(FINISH, List.of(LOCK, READY, FRESH), token,
                Long.toString(Math.max(1, freshFor.toSeconds()))));
    }

    public void unlock(String token) {
        redis.execute(UNLOCK, List.of(LOCK), token);
    }

    /** Deletes the keys of older versions of the index (their values may be in older canonical forms); how many. */
    public long dropOtherVersions() {
        List<String> stale = new ArrayList<>();
        try (Cursor<String> keys = redis.scan(ScanOptions.scanOptions().match(KEYSPACE + "*").count(1000).build())) {
            keys.forEachRemaining(key -> {
                if (!key.startsWith(PREFIX)) {
                    stale.add(key);
                }
            });
        }
        long dropped = 0;
        for (int i = 0; i < stale.size(); i += 500) {
            Long n = redis.unlink(stale.subList(i, Math.min(stale.size(), i + 500)));
            dropped += n == null ? 0 : n;
        }
        return dropped;
    }

    static String hash(IndicatorKey key) {
        return PREFIX + "i:" + key.type().name() + ":" + key.normalized();
    }

    private static Optional<String> text(String field) {
        return field == null || field.isEmpty() ? Optional.empty() : Optional.of(field);
    }
}
