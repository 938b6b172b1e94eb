package vn.lachan.cases.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of a bank's feed of freeze requests.
 *
 * @param bank           the addressed bank's unit code
 * @param seq            its place in the bank's feed: 1, 2, 3, … in commit order, without gaps
 * @param releaseOrderId the release order of a {@link FeedEventKind#RELEASE_ORDERED}, else null
 */
public record FeedEvent(String bank, long seq, FeedEventKind kind, UUID freezeRequestId, UUID releaseOrderId,
                        Instant occurredAt) {

    public FeedCursor cursor() {
        return new FeedCursor(seq);
    }
}
