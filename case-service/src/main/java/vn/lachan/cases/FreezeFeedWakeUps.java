package vn.lachan.cases;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;
import vn.lachan.cases.store.FreezeFeedListener;
import vn.lachan.cases.store.FreezeFeedStore;

/**
 * Wakes the feed streams of this replica when their bank's feed has a new event, whichever replica wrote it: one
 * connection per replica LISTENs on {@code freeze_feed} (the V25 trigger notifies at commit) and reads the banks' heads
 * on every notification and at least every {@link FeedSettings#pollEvery()}; when that connection cannot be opened the
 * heads are polled through the pool instead. Streams never trust a wake-up for content: they read their events from
 * PostgreSQL after their cursor, so a lost or early wake-up delays at most, and loses nothing.
 *
 * <p>When the application context closes (before the gRPC server's graceful shutdown begins), every stream is told to
 * end, so that clients reconnect to another replica at once instead of waiting out the shutdown grace period.
 */
@Component
public class FreezeFeedWakeUps implements SmartLifecycle, ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(FreezeFeedWakeUps.class);
    /** How long the heads are polled through the pool before LISTEN is tried again. */
    static final Duration LISTEN_RETRY = Duration.ofSeconds(30);

    /** Why {@link #await} returned. */
    public enum Wake { NEWER, QUIET, STOPPING }

    private final FreezeFeedStore store;
    private final FeedSettings settings;
    private final Map<String, Long> heads = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final AtomicInteger streams = new AtomicInteger();
    private volatile boolean stopping;
    private volatile boolean listening;
    private volatile Thread listener;

    public FreezeFeedWakeUps(FreezeFeedStore store, FeedSettings settings, MeterRegistry meters) {
        this.store = store;
        this.settings = settings;
        Gauge.builder("lachan.feed.streams", streams, AtomicInteger::get)
                .description("Banks' feed streams open on this replica").register(meters);
    }

    /**
     * Waits until the bank's feed has an event after {@code after}, the service stops, {@code gone} says the stream
     * ended, or {@code atMost} passed.
     */
    public Wake await(String bank, long after, Duration atMost, BooleanSupplier gone) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        lock.lock();
        try {
            while (true) {
                if (stopping) {
                    return Wake.STOPPING;
                }
                if (heads.getOrDefault(bank, 0L) > after) {
                    return Wake.NEWER;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || gone.getAsBoolean()) {
                    return Wake.QUIET;
                }
                changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Wakes every waiting stream to look at its own state again (one ended, or may send again). */
    public void nudge() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public boolean stopping() {
        return stopping;
    }

    /** Whether the replica is LISTENing (false: it polls through the pool). */
    public boolean listening() {
        return listening;
    }

    public void opened() {
        streams.incrementAndGet();
    }

    public void closed() {
        streams.decrementAndGet();
    }

    /** Takes the heads read; wakes the streams if a bank's feed moved on. */
    void advance(Map<String, Long> read) {
        boolean moved = false;
        for (var head : read.entrySet()) {
            Long known = heads.get(head.getKey());
            if (known == null || known < head.getValue()) {
                heads.put(head.getKey(), head.getValue());
                moved = true;
            }
        }
        if (moved) {
            nudge();
        }
    }

    /** Whether the calling thread is the wake-up thread of the running service (a stopped one's ends). */
    private boolean current() {
        return !stopping && listener == Thread.currentThread();
    }

    private void watchHeads() {
        while (current()) {
            try (var listener = FreezeFeedListener.open(settings.listenUrl(), settings.listenUser(),
                    settings.listenPassword())) {
                listening = true;
                while (current()) {
                    advance(listener.heads());
                    listener.awaitNotification(settings.pollEvery());
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (current()) {
                    Thread.interrupted(); // an interrupt meant for a stopped thread: this one goes on
                    log.warn("The banks' feed cannot LISTEN ({}); polling the feed heads every {} for {}", e.toString(),
                            settings.pollEvery(), LISTEN_RETRY);
                    pollFor(LISTEN_RETRY);
                }
            }
        }
        listening = false;
    }

    private void pollFor(Duration period) {
        long until = System.nanoTime() + period.toNanos();
        while (current() && System.nanoTime() < until) {
            try {
                advance(store.heads());
            } catch (RuntimeException e) {
                log.debug("Reading the feed heads failed: {}", e.toString());
            }
            try {
                TimeUnit.MILLISECONDS.sleep(settings.pollEvery().toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        stopping = true;
        nudge();
    }

    @Override
    public void start() {
        stopping = false;
        Thread started = Thread.ofVirtual().name("freeze-feed-wake-ups").unstarted(this::watchHeads);
        listener = started;
        started.start();
    }

    @Override
    public void stop() {
        stopping = true;
        nudge();
        Thread running = listener;
        if (running != null) {
            running.interrupt();
        }
        listener = null;
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }
}
