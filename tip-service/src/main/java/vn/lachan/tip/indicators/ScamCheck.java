package vn.lachan.tip.indicators;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.lachan.platform.error.Violations;
import vn.lachan.tip.indicators.domain.IndicatorKey;
import vn.lachan.tip.indicators.domain.IndicatorReports;
import vn.lachan.tip.indicators.domain.IndicatorRules;
import vn.lachan.tip.indicators.domain.IndicatorType;
import vn.lachan.tip.indicators.domain.ScamCheckAnswer;
import vn.lachan.tip.indicators.store.IndicatorStore;
import vn.lachan.tip.indicators.store.ScamCheckIndex;
import vn.lachan.tip.intake.TipChanged;

/**
 * The public scam check: did the police verify that scammers use this phone number, account or site? Answered
 * from the Redis index, which holds only verified values;
 * PostgreSQL, the source of truth, answers while the index is being rebuilt (after Redis restarted empty)
 * or when Redis cannot be reached, so the check never fails for want of Redis.
 */
@Service
public class ScamCheck {

    private static final Logger log = LoggerFactory.getLogger(ScamCheck.class);
    private static final int BATCH = 500;

    private final IndicatorStore store;
    private final ScamCheckIndex index;
    private final Duration freshFor;
    private final Duration lockFor;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    public ScamCheck(IndicatorStore store, ScamCheckIndex index, ScamCheckSettings settings) {
        this.store = store;
        this.index = index;
        this.freshFor = settings.rebuildEvery();
        this.lockFor = settings.rebuildLock();
    }

    /** What the platform knows about {@code value}, with field errors on {@code type} and {@code value}. */
    public ScamCheckAnswer check(IndicatorType type, String value) {
        Violations v = new Violations();
        String normalized = IndicatorRules.normalize(v, "type", "value", type, value);
        v.throwIfAny();
        IndicatorKey key = new IndicatorKey(type, normalized);
        return ScamCheckAnswer.of(normalized, reportsOf(key));
    }

    private IndicatorReports reportsOf(IndicatorKey key) {
        try {
            ScamCheckIndex.Lookup found = index.lookup(key);
            if (!found.fresh()) {
                rebuildInBackground();
            }
            if (found.ready()) {
                return found.reports().orElse(IndicatorReports.NONE);
            }
        } catch (DataAccessException e) {
            log.warn("Scam-check index unreachable; answering from PostgreSQL: {}", e.getMessage());
        }
        return store.reports(key);
    }

    /** After a tip is received or decided, its indicators are read again from PostgreSQL into the index. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onTipChanged(TipChanged event) {
        try {
            reread(store.keysOf(event.tipId()));
        } catch (DataAccessException e) {
            // the tip is stored; the next rebuild (at most rebuild-every later) brings the index up to date
            log.warn("Scam-check index not updated for tip {}: {}", event.tipId(), e.getMessage());
        }
    }

    /** After an officer published or withdrew a value, it is read again from PostgreSQL into the index. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onPublicationChanged(IndicatorPublished event) {
        try {
            reread(Set.of(event.key()));
        } catch (DataAccessException e) {
            log.warn("Scam-check index not updated for a published value: {}", e.getMessage());
        }
    }

    /**
     * Writes what PostgreSQL says of {@code keys} into the index; values nothing was verified about are left out
     * unless the index has a hash for them already (they never get one), so mentions leave no trace in Redis.
     */
    private void reread(Collection<IndicatorKey> keys) {
        Map<IndicatorKey, IndicatorReports> readings = new LinkedHashMap<>();
        keys.forEach(key -> {
            IndicatorReports reports = store.reports(key);
            if (reports.version() > 0) {
                readings.put(key, reports);
            }
        });
        index.put(readings);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        rebuildInBackground();
    }

    /** Rebuilds the index from PostgreSQL on a virtual thread, unless this replica is at it already. */
    void rebuildInBackground() {
        if (rebuilding.compareAndSet(false, true)) {
            Thread.ofVirtual().name("scam-check-rebuild").start(() -> {
                try {
                    rebuild();
                } finally {
                    rebuilding.set(false);
                }
            });
        }
    }

    /**
     * Copies every indicator's reports from PostgreSQL into the index, if this replica gets the lock (another
     * one rebuilding meanwhile is enough). True when the index was marked complete.
     */
    boolean rebuild() {
        try {
            Optional<String> lock = index.lock(lockFor);
            if (lock.isEmpty()) {
                return false;
            }
            try {
                Map<IndicatorKey, IndicatorReports> batch = new LinkedHashMap<>();
                long[] written = {0};
                store.eachReports((key, reports) -> {
                    batch.put(key, reports);
                    if (batch.size() == BATCH) {
                        index.put(batch);
                        written[0] += batch.size();
                        batch.clear();
                    }
                });
                index.put(batch);
                written[0] += batch.size();
                boolean finished = index.finish(lock.get(), freshFor);
                long dropped = finished ? index.dropOtherVersions() : 0;
                log.info("Scam-check index rebuilt from PostgreSQL: {} indicators{}{}", written[0],
                        finished ? "" : "; the lock was lost meanwhile, so it is not marked complete",
                        dropped == 0 ? "" : "; " + dropped + " keys of older versions dropped");
                return finished;
            } catch (RuntimeException e) {
                index.unlock(lock.get());
                throw e;
            }
        } catch (DataAccessException e) {
            log.warn("Scam-check index not rebuilt: {}", e.getMessage());
            return false;
        }
    }
}
