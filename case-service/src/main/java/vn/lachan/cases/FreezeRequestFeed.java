package vn.lachan.cases;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Service;
import vn.lachan.cases.domain.FeedCursor;
import vn.lachan.cases.domain.FeedEvent;
import vn.lachan.cases.domain.FreezeFeedAccess;
import vn.lachan.cases.domain.FreezeRequest;
import vn.lachan.cases.store.FreezeFeedStore;
import vn.lachan.platform.security.Caller;

/**
 * A bank's feed of the freeze requests addressed to it: the events after a cursor, from PostgreSQL, each with its
 * request as the bank may see it (read through {@link FreezeRequests#get}, so audited like any read).
 */
@Service
public class FreezeRequestFeed {

    private final FreezeFeedStore store;
    private final FreezeRequests requests;
    private final FreezeFeedWakeUps wakeUps;
    private final FeedSettings settings;

    public FreezeRequestFeed(FreezeFeedStore store, FreezeRequests requests, FreezeFeedWakeUps wakeUps,
                             FeedSettings settings) {
        this.store = store;
        this.requests = requests;
        this.wakeUps = wakeUps;
        this.settings = settings;
    }

    /** A bank watching its own feed from a cursor. */
    public record Watch(Caller caller, String bank, FeedCursor from) {
    }

    /** An event and its request as shown to the bank now. */
    public record Delivery(FeedEvent event, FreezeRequest request) {
    }

    /**
     * Opens the caller's bank's feed after {@code after} (empty: from its first event). Only a bank may, and only a
     * cursor its own feed gave is taken; nothing is read or written for a refused call.
     */
    public Watch watch(Caller caller, String after) {
        String bank = FreezeFeedAccess.bankOf(caller);
        FeedCursor cursor = FeedCursor.parse(after);
        return new Watch(caller, bank, cursor.checkWithin(store.head(bank)));
    }

    /** The next events of the watched feed after {@code cursor}, oldest first; empty when there is none yet. */
    public List<Delivery> next(Watch watch, FeedCursor cursor) {
        return store.after(watch.bank(), cursor.seq(), settings.batch()).stream()
                .map(event -> {
                    if (!FreezeFeedAccess.belongs(watch.caller(), event)) {
                        // the query reads one bank's rows; this guards the rule, whatever the query becomes
                        throw new IllegalStateException("an event of another bank in the feed of " + watch.bank());
                    }
                    return new Delivery(event, requests.get(event.freezeRequestId(), watch.caller()));
                })
                .toList();
    }

    /** Waits for an event after {@code cursor}, the service stopping, the stream ending, or {@code atMost}. */
    public FreezeFeedWakeUps.Wake await(Watch watch, FeedCursor cursor, Duration atMost, BooleanSupplier gone)
            throws InterruptedException {
        return wakeUps.await(watch.bank(), cursor.seq(), atMost, gone);
    }

    public FreezeFeedWakeUps wakeUps() {
        return wakeUps;
    }

    public Duration heartbeatEvery() {
        return settings.heartbeatEvery();
    }
}
