package vn.lachan.tip.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.time.DateRanges;
import vn.lachan.platform.time.LegalCalendarSource;
import vn.lachan.platform.time.LegalTime;
import vn.lachan.platform.unit.UnitRegistryClient;
import vn.lachan.tip.indicators.domain.IndicatorRules;
import vn.lachan.tip.intake.domain.LinkedTip;
import vn.lachan.tip.intake.domain.Tip;
import vn.lachan.tip.intake.domain.TipAccess;
import vn.lachan.tip.intake.domain.TipDraft;
import vn.lachan.tip.intake.domain.TipRules;
import vn.lachan.tip.intake.domain.TipStatistics;
import vn.lachan.tip.intake.domain.TipStatus;
import vn.lachan.tip.intake.store.TipStore;
import vn.lachan.tip.procedure.domain.TipDeadlines;

/** The tip use cases; gRPC and REST both come here. */
@Service
public class Tips {

    static final String RECORD = "tip";
    static final List<String> PERSONAL_FIELDS = List.of("narrative", "indicators");
    /** What a read of a linked tip shows of it: the indicator values it shares with the tip read. */
    static final List<String> LINKED_FIELDS = List.of("shared_indicators");
    /** A tip shows at most this many linked tips, the newest. */
    static final int MAX_LINKED = 200;

    private final TipStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final LegalCalendarSource calendars;
    private final ApplicationEventPublisher events;
    private final UnitRegistryClient units;
    private final Idempotency idempotency;
    private final TransactionTemplate transaction;

    public Tips(TipStore store, AuditLog audit, Clock clock, ApplicationEventPublisher events, UnitRegistryClient units,
                LegalCalendarSource calendars, Idempotency idempotency, PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.store = store;
        this.idempotency = idempotency;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.calendars = calendars;
        this.events = events;
    }

    /**
     * Receives a tip. With an idempotency key (the caller's own, per operation: the platform's), a retry of the same
     * request returns the tip stored the first time; the same key with a different request is refused (409). The
     * draft is checked before the transaction begins: a petition's lookup in the unit registry (up to its deadline
     * when report-service is slow) holds no database connection.
     */
    public Tip receive(TipDraft draft, Optional<IdempotentRequest> idempotent, Caller caller) {
        TipAccess.checkReceive(caller, draft.receivingUnit());
        String actor = caller.name();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        TipDraft facts = draft.receivedAt() == null ? draft.receivedAt(now) : draft.truncatedToMicros();
        IndicatorRules.Checked indicators = IndicatorRules.check("tip.indicators", facts.indicators());
        try {
            TipRules.check(facts, now, store.modusOperandiCodes(), units::find);
        } catch (ValidationException e) {
            throw indicators.addedTo(e);
        }
        indicators.throwIfAny();
        facts = facts.withIndicators(indicators.indicators());
        TipDraft checked = facts;
        return transaction.execute(status -> idempotency.once(idempotent, () -> {
            Tip tip = new Tip(UUID.randomUUID(), checked, TipStatus.RECEIVED,
                    TipDeadlines.decisionDue(calendars.current(), checked.receivedAt()), now, actor, now, actor);
            store.insert(tip);
            audit.record(caller, AuditLog.CREATE, RECORD, tip.id().toString(), List.of());
            events.publishEvent(new TipChanged(tip.id()));
            return tip;
        }, tip -> tip.id().toString(), id -> store.find(UUID.fromString(id)).orElseThrow()));
    }

    /** A tip the caller may see; one they may not see is "not found", so its existence does not leak. */
    public Tip get(UUID id, Caller caller) {
        Tip tip = store.find(id).filter(t -> TipAccess.maySee(caller, t))
                .orElseThrow(() -> new NotFoundException("tip", id.toString()));
        return shownTo(caller, tip);
    }

    /**
     * The other tips naming an indicator {@code tip} names, those the caller may see, newest first; the values
     * they share only for callers who may see personal data, each such read of a linked tip audited like a read of
     * that tip.
     */
    public List<LinkedTip> linkedTo(Tip tip, Caller caller) {
        // cases sharing an indicator (from case-service) are to be linked here too
        boolean personal = TipAccess.maySeeNarrative(caller);
        List<LinkedTip> shown = store.linkedTo(tip.id(), MAX_LINKED).stream()
                .filter(linked -> TipAccess.maySee(caller, linked.tip()))
                .map(linked -> LinkedTip.of(linked.tip(), linked.sharedIndicators()))
                .map(linked -> personal ? linked : linked.withoutPersonalData())
                .toList();
        if (personal) {
            shown.stream().filter(linked -> !linked.sharedIndicators().isEmpty()).forEach(linked -> audit.record(
                    caller, AuditLog.READ, RECORD, linked.tipId().toString(), LINKED_FIELDS));
        }
        return shown;
    }

    public List<Tip> list(String unit, int limit, int offset, Caller caller) {
        List<Tip> tips = store.list(TipAccess.scopeUnit(caller, unit), limit, offset);
        if (TipAccess.maySeeNarrative(caller)) {
            // each tip's read audited, in one write for the page (a write per tip cost ~40 ms each, durably)
            audit.recordEach(caller, AuditLog.READ, RECORD, tips.stream().map(tip -> tip.id().toString()).toList(),
                    PERSONAL_FIELDS);
            return tips;
        }
        return tips.stream().map(Tip::withoutPersonalData).toList();
    }

    /**
     * Counts of the tips received in {@code range} (legal days), of {@code unit} or all units the caller may see: by
     * modus operandi, channel, source kind, the decision they stand under today and how many are overdue today.
     * All counts come from one snapshot of the database, so they agree with each other.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public TipStatistics statistics(DateRanges.Range range, String unit, Caller caller) {
        return store.statistics(LegalTime.startOf(range.from()), LegalTime.startOf(range.to().plusDays(1)),
                TipAccess.scopeUnit(caller, unit), LegalTime.legalDay(clock.instant()));
    }

    /** The tip with personal data removed unless the caller may see it; every shown narrative is audited. */
    private Tip shownTo(Caller caller, Tip tip) {
        if (TipAccess.maySeeNarrative(caller)) {
            audit.record(caller, AuditLog.READ, RECORD, tip.id().toString(), PERSONAL_FIELDS);
            return tip;
        }
        return tip.withoutPersonalData();
    }
}
