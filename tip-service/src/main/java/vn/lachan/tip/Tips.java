package vn.lachan.tip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.time.DateRanges;
import vn.lachan.platform.time.LegalTime;
import vn.lachan.tip.domain.Tip;
import vn.lachan.tip.domain.TipDeadlines;
import vn.lachan.tip.domain.TipDraft;
import vn.lachan.tip.domain.TipRules;
import vn.lachan.tip.domain.TipStatistics;
import vn.lachan.tip.domain.TipStatus;
import vn.lachan.tip.store.TipStore;

/** The tip use cases; gRPC and REST both come here. */
@Service
public class Tips {

    private final TipStore store;
    private final Clock clock;

    public Tips(TipStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Receives a tip. With an idempotency key, a retry of the same request returns the tip stored the
     * first time; the same key with a different request is refused.
     */
    @Transactional
    public Tip receive(TipDraft draft, Optional<String> idempotencyKey, String actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        TipDraft facts = draft.receivedAt() == null ? draft.receivedAt(now) : draft.truncatedToMicros();
        TipRules.check(facts, now, store.modusOperandiCodes());
        String hash = hashOf(draft);
        if (idempotencyKey.isPresent()) {
            Optional<TipStore.Keyed> earlier = store.findByIdempotencyKey(idempotencyKey.get());
            if (earlier.isPresent()) {
                return sameRequestOrRefuse(earlier.get(), hash);
            }
        }
        Tip tip = new Tip(UUID.randomUUID(), facts, TipStatus.RECEIVED, TipDeadlines.decisionDue(facts.receivedAt()),
                now, actor, now, actor);
        store.insert(tip, idempotencyKey.orElse(null), hash);
        // a concurrent retry with the same key may have won the insert; answer with what is stored
        return idempotencyKey.map(key -> sameRequestOrRefuse(store.findByIdempotencyKey(key).orElseThrow(), hash))
                .orElse(tip);
    }

    public Tip get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("tip", id.toString()));
    }

    public List<Tip> list(String unit, int limit, int offset) {
        return store.list(unit, limit, offset);
    }

    public TipStatistics statistics(DateRanges.Range range, String unit) {
        return store.statistics(LegalTime.startOf(range.from()), LegalTime.startOf(range.to().plusDays(1)), unit);
    }

    private static Tip sameRequestOrRefuse(TipStore.Keyed earlier, String hash) {
        if (!hash.equals(earlier.requestHash())) {
            throw new ConflictException(
                    "Idempotency-Key này đã được dùng cho một tin báo khác.",
                    "This Idempotency-Key was already used for a different tip.");
        }
        return earlier.tip();
    }

    private static String hashOf(TipDraft draft) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(draft.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
