package vn.lachan.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lachan.cases.domain.BankResponse;
import vn.lachan.cases.domain.FreezeClocks;
import vn.lachan.cases.domain.FreezeRequest;
import vn.lachan.cases.domain.TipFacts;
import vn.lachan.cases.domain.UrgentHold;
import vn.lachan.cases.domain.UrgentHoldAccess;
import vn.lachan.cases.domain.UrgentHoldDraft;
import vn.lachan.cases.domain.UrgentHoldRules;
import vn.lachan.cases.domain.UrgentHoldStatus;
import vn.lachan.cases.peer.TipLookup;
import vn.lachan.cases.store.CaseStore;
import vn.lachan.cases.store.UrgentHoldStore;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.unit.UnitRegistryClient;

/**
 * Urgent holds between the police and the banks, before any case; gRPC and REST both come here.
 *
 * <p>Sending spans three services and writes in one: the tip is read in tip-service (with the caller's token) and the
 * bank in the unit registry (report-service) first, outside any transaction; only then is the hold written, with its
 * audit record, in one transaction here. Either peer not answering: 503 and nothing written, the same request may be
 * sent again (with the same Idempotency-Key it returns the first hold if an earlier attempt got as far as writing).
 * The tip decided between the read and the write: the hold still stands, and the case's freeze request confirms it.
 */
@Service
public class UrgentHolds {

    static final String RECORD = "urgent_hold";
    static final String RESPOND = "RESPOND";
    static final String CONFIRM = "CONFIRM";
    static final List<String> SHOWN_FIELDS = List.of("account");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final UrgentHoldStore store;
    private final CaseStore cases;
    private final TipLookup tips;
    private final UnitRegistryClient units;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Clock clock;
    private final UrgentHoldSettings settings;
    private final FreezeClocks clocks;
    private final TransactionTemplate transaction;

    public UrgentHolds(UrgentHoldStore store, CaseStore cases, TipLookup tips, UnitRegistryClient units, AuditLog audit,
                       Idempotency idempotency, Clock clock, UrgentHoldSettings settings, FreezeSettings freeze,
                       PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.store = store;
        this.cases = cases;
        this.tips = tips;
        this.units = units;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
        this.settings = settings;
        this.clocks = new FreezeClocks(freeze.acknowledgeWithin(), freeze.holdWithin());
    }

    /**
     * Sends an urgent hold on a tip the caller may see in tip-service. With an idempotency key, a retry of the same
     * request returns the hold sent the first time; the same key with a different request is refused.
     */
    public UrgentHold send(UrgentHoldDraft draft, Optional<IdempotentRequest> idempotent, Caller caller) {
        UrgentHoldAccess.checkCreate(caller);
        UrgentHoldRules.check(draft, clock.instant(), settings.recentWithin());
        UUID tipId = UUID.fromString(draft.tipId());
        // a retry of a hold already written answers it, whatever became of the tip since (its case may confirm it now);
        // (replayOf refuses the key with a different request)
        Optional<String> replay = idempotent.flatMap(idempotency::replayOf);
        if (replay.isPresent()) {
            return shownTo(caller, store.find(UUID.fromString(replay.get())).orElseThrow());
        }
        // the peers first, holding no database connection: a tip out of the caller's sight is "not found"
        TipFacts tip = tips.find(tipId).orElseThrow(() -> new NotFoundException("tip", tipId.toString()));
        UrgentHoldRules.check(draft, tip);
        UrgentHoldRules.checkBank(draft.bank(), units.find(draft.bank()), LocalDate.ofInstant(clock.instant(), VIETNAM));
        return transaction.execute(status -> idempotency.once(idempotent, () -> write(tipId, draft, caller),
                sent -> sent.id().toString(), id -> shownTo(caller, store.find(UUID.fromString(id)).orElseThrow())));
    }

    private UrgentHold write(UUID tipId, UrgentHoldDraft draft, Caller caller) {
        if (!cases.casesHolding(List.of(tipId)).isEmpty()) {
            throw new ConflictException(
                    "Tin báo đã thuộc vụ án; tiền của vụ án được phong tỏa bằng lệnh phong tỏa (Điều 129 BLTTHS).",
                    "The tip is already in a case; a case's money is frozen by a freeze order (CPC Art. 129).");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UrgentHold sent = UrgentHold.send(UUID.randomUUID(), tipId, draft, now, settings.lapseAfter(), caller.name(),
                caller.unit());
        store.insert(sent);
        audit.record(caller, AuditLog.CREATE, RECORD, sent.id().toString(), List.of());
        return sent;
    }

    /** A hold the caller may see; to anyone else every hold is "not found". */
    public UrgentHold get(UUID id, Caller caller) {
        return shownTo(caller, store.find(id).filter(h -> UrgentHoldAccess.maySee(caller, h)).orElseThrow(() -> notFound(id)));
    }

    /** A page of the holds the caller may see: a bank's list holds only the holds addressed to it. */
    public List<UrgentHold> list(UUID tipId, String bank, UrgentHoldStatus status, int limit, int offset, Caller caller) {
        String scope = UrgentHoldAccess.listScope(caller);
        return store.list(tipId, bank, status, scope, clock.instant(), limit, offset).stream()
                .map(h -> shownTo(caller, h)).toList();
    }

    /**
     * Records the addressed bank's answer, with the hold's row locked so that answers happen one after another. The
     * same answer again answers the hold as it is; with an idempotency key a retry returns the first answer's hold.
     */
    @Transactional
    public UrgentHold respond(UUID id, BankResponse response, Optional<IdempotentRequest> idempotent, Caller caller) {
        return idempotency.once(idempotent, () -> {
            UrgentHold current = store.findForUpdate(id).filter(h -> UrgentHoldAccess.maySee(caller, h))
                    .orElseThrow(() -> notFound(id));
            UrgentHoldAccess.checkRespond(caller, current);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            UrgentHold.Answered answered = current.respond(response, now, caller.name());
            if (answered.changed()) {
                store.update(answered.hold());
                audit.record(caller, RESPOND, RECORD, id.toString(), response.changedFields());
            }
            return shownTo(caller, answered.hold());
        }, h -> h.id().toString(), hid -> shownTo(caller, store.find(UUID.fromString(hid)).orElseThrow()));
    }

    /**
     * Confirms the standing holds of the freeze request's case's tips on the same bank and account: called by {@link
     * FreezeRequests#send} in the freeze request's own transaction, so the request and the confirmation are written
     * together or not at all.
     */
    void confirmBy(FreezeRequest request, Collection<UUID> caseTips, Caller caller) {
        Instant now = request.requestedAt();
        for (UrgentHold hold : store.standingForUpdate(caseTips, request.bank(), now)) {
            if (hold.confirmableBy(caseTips, request.bank(), request.accountNumber(), now)) {
                store.update(hold.confirm(request.id(), now, caller.name()));
                audit.record(caller, CONFIRM, RECORD, hold.id().toString(),
                        List.of("status", "confirmed_by", "confirmed_at"));
            }
        }
    }

    public FreezeClocks clocks() {
        return clocks;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Every shown hold is audited with the account it showed before it is returned. */
    private UrgentHold shownTo(Caller caller, UrgentHold hold) {
        audit.record(caller, AuditLog.READ, RECORD, hold.id().toString(), SHOWN_FIELDS);
        return hold;
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("urgent hold", id.toString());
    }
}
