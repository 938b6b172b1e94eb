package vn.lachan.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.platform.api.RequestHashes;
import vn.lachan.cases.domain.Case;
import vn.lachan.cases.domain.CaseAccess;
import vn.lachan.cases.domain.CaseDraft;
import vn.lachan.cases.domain.CaseNumber;
import vn.lachan.cases.domain.CaseRules;
import vn.lachan.cases.store.CaseStore;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.time.LegalCalendarSource;
import vn.lachan.platform.time.LegalTime;

/** The case use cases; gRPC and REST both come here. */
@Service
public class Cases {

    static final String RECORD = "case";

    private final CaseStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final LegalCalendarSource calendars;

    public Cases(CaseStore store, AuditLog audit, Clock clock, LegalCalendarSource calendars) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.calendars = calendars;
    }

    /**
     * Opens a case and numbers it in the year it was opened. With an idempotency key, a retry of the same
     * request returns the case opened the first time; the same key with a different request is refused.
     * The opening is written to the audit log in the same transaction.
     */
    @Transactional
    public Case open(CaseDraft draft, Optional<String> idempotencyKey, Caller caller) {
        CaseAccess.checkOpen(caller);
        String actor = caller.name();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        CaseDraft facts = draft.openedAt() == null ? draft.openedAt(now) : draft.truncatedToMicros();
        CaseRules.check(facts, now);
        String hash = RequestHashes.of(draft);
        if (idempotencyKey.isPresent()) {
            store.lockIdempotencyKey(idempotencyKey.get());
            Optional<CaseStore.Keyed> earlier = store.findByIdempotencyKey(idempotencyKey.get());
            if (earlier.isPresent()) {
                return sameRequestOrRefuse(earlier.get(), hash);
            }
        }
        int year = LegalTime.legalDay(facts.openedAt()).getYear();
        Case opened = Case.open(UUID.randomUUID(), new CaseNumber(year, store.nextSequence(year)), facts, now, actor,
                calendars.current());
        store.insert(opened, idempotencyKey.orElse(null), hash);
        audit.record(caller, AuditLog.CREATE, RECORD, opened.id().toString(), List.of());
        return opened;
    }

    /** A case the caller may see; to anyone else every case is "not found", so its existence does not leak. */
    public Case get(UUID id, Caller caller) {
        if (!CaseAccess.maySee(caller)) {
            throw new NotFoundException("case", id.toString());
        }
        Case kase = store.find(id).orElseThrow(() -> new NotFoundException("case", id.toString()));
        return shownTo(caller, kase);
    }

    /** A page of cases for a caller who may see cases; refused to anyone else. */
    public List<Case> list(String unit, UUID tipId, int limit, int offset, Caller caller) {
        CaseAccess.checkList(caller);
        return store.list(unit, tipId, limit, offset).stream().map(kase -> shownTo(caller, kase)).toList();
    }

    /**
     * The case as shown to a caller who may see it. Its title may name suspects, so every shown title is
     * audited before it is returned; nothing is redacted yet (see {@link CaseAccess}).
     */
    private Case shownTo(Caller caller, Case kase) {
        audit.record(caller, AuditLog.READ, RECORD, kase.id().toString(), CaseAccess.PERSONAL_FIELDS);
        return kase;
    }

    private static Case sameRequestOrRefuse(CaseStore.Keyed earlier, String hash) {
        return RequestHashes.sameRequestOrRefuse(earlier.kase(), earlier.requestHash(), hash, "vụ án", "case");
    }
}
