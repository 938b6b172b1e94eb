package vn.lachan.kase;

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
import vn.lachan.kase.domain.Case;
import vn.lachan.kase.domain.CaseDraft;
import vn.lachan.kase.domain.CaseNumber;
import vn.lachan.kase.domain.CaseRules;
import vn.lachan.kase.store.CaseStore;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.time.LegalTime;

/** The case use cases; gRPC and REST both come here. */
@Service
public class Cases {

    private final CaseStore store;
    private final Clock clock;

    public Cases(CaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Opens a case and numbers it in the year it was opened. With an idempotency key, a retry of the same
     * request returns the case opened the first time; the same key with a different request is refused.
     */
    @Transactional
    public Case open(CaseDraft draft, Optional<String> idempotencyKey, String actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        CaseDraft facts = draft.openedAt() == null ? draft.openedAt(now) : draft.truncatedToMicros();
        CaseRules.check(facts, now);
        String hash = hashOf(draft);
        if (idempotencyKey.isPresent()) {
            store.lockIdempotencyKey(idempotencyKey.get());
            Optional<CaseStore.Keyed> earlier = store.findByIdempotencyKey(idempotencyKey.get());
            if (earlier.isPresent()) {
                return sameRequestOrRefuse(earlier.get(), hash);
            }
        }
        int year = LegalTime.legalDay(facts.openedAt()).getYear();
        Case opened = Case.open(UUID.randomUUID(), new CaseNumber(year, store.nextSequence(year)), facts, now, actor);
        store.insert(opened, idempotencyKey.orElse(null), hash);
        return opened;
    }

    public Case get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("case", id.toString()));
    }

    public List<Case> list(String unit, UUID tipId, int limit, int offset) {
        return store.list(unit, tipId, limit, offset);
    }

    private static Case sameRequestOrRefuse(CaseStore.Keyed earlier, String hash) {
        if (!hash.equals(earlier.requestHash())) {
            throw new ConflictException(
                    "Idempotency-Key này đã được dùng cho một vụ án khác.",
                    "This Idempotency-Key was already used for a different case.");
        }
        return earlier.kase();
    }

    private static String hashOf(CaseDraft draft) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(draft.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
