package vn.lachan.platform.idempotency;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Forgets callers' idempotency keys once no client can still be retrying with them ({@code lachan.idempotency.retention},
 * 30 days unless set), so the table does not grow for ever. The platform's own keys (scope {@code platform}: a tip's
 * case, a reward's payment) are kept: they stand between a late retry across two services and a second case or
 * payment. A key still being claimed (no result yet) is never removed. Deletes in small batches, hourly.
 */
public class IdempotencyRetention implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyRetention.class);
    static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final Duration retention;
    private final Duration every;
    private ScheduledExecutorService timer;

    public IdempotencyRetention(JdbcClient jdbc, Duration retention, Duration every) {
        if (retention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("lachan.idempotency.retention must be at least a day: " + retention);
        }
        this.jdbc = jdbc;
        this.retention = retention;
        this.every = every;
    }

    /** Deletes the callers' keys older than the retention; how many. */
    public int forgetOld() {
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql("""
                    delete from idempotency_keys where ctid in (
                        select ctid from idempotency_keys
                        where scope <> :platform and result is not null
                          and created_at < now() - make_interval(secs => :seconds)
                        limit :batch)""")
                    .param("platform", IdempotentRequest.PLATFORM_SCOPE).param("seconds", retention.toSeconds())
                    .param("batch", BATCH)
                    .update();
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            log.info("forgot {} idempotency keys older than {}", total, retention);
        }
        return total;
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("idempotency-retention").factory());
        timer.scheduleWithFixedDelay(() -> {
            try {
                forgetOld();
            } catch (DataAccessException e) {
                log.warn("old idempotency keys not removed: {}", e.getMessage());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null && !timer.isShutdown();
    }
}
