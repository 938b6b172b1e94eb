package vn.lachan.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.cases.domain.Case;
import vn.lachan.cases.domain.CaseAccess;
import vn.lachan.cases.domain.CaseDraft;
import vn.lachan.cases.domain.CaseEvent;
import vn.lachan.cases.domain.CaseFlags;
import vn.lachan.cases.domain.CaseMove;
import vn.lachan.cases.domain.CaseNumber;
import vn.lachan.cases.domain.CaseProcedure;
import vn.lachan.cases.domain.CaseRules;
import vn.lachan.cases.domain.Opener;
import vn.lachan.cases.store.CaseStore;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Roles;
import vn.lachan.platform.time.LegalCalendarSource;
import vn.lachan.platform.time.LegalTime;

/** The case use cases; gRPC and REST both come here. */
@Service
public class Cases {

    static final String RECORD = "case";
    static final String STEP = "UPDATE";

    private final CaseStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final LegalCalendarSource calendars;
    private final Idempotency idempotency;

    public Cases(CaseStore store, AuditLog audit, Clock clock, LegalCalendarSource calendars, Idempotency idempotency) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.calendars = calendars;
        this.idempotency = idempotency;
    }

    /**
     * Opens a case and numbers it in the year it was opened. With an idempotency key, a retry of the same
     * request returns the case opened the first time; the same key with a different request is refused.
     * The opening is written to the audit log in the same transaction. {@code decidedBy} (null: the caller) is the
     * officer recorded as the opener; tip-service's account names the officer who decided the tip (CaseAccess).
     */
    @Transactional
    public Case open(CaseDraft draft, Opener decidedBy, Optional<IdempotentRequest> idempotent, Caller caller) {
        Opener opener = CaseAccess.checkOpen(caller, decidedBy, draft.tipIds(),
                draft.tipIds().size() == 1 && idempotent.map(IdempotentRequest::key)
                        .filter(key -> key.equals(tipKey(draft.tipIds().getFirst()))).isPresent());
        String actor = opener.name();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        CaseDraft facts = draft.openedAt() == null ? draft.openedAt(now) : draft.truncatedToMicros();
        CaseRules.check(facts, now, opener.unit());
        // a retry racing the first attempt waits for it, so it takes no second case number
        return idempotency.once(idempotent, () -> {
            refuseTipsInAnotherCase(facts.tipIds(), caller); // after the replay: the first attempt holds them now
            int year = LegalTime.legalDay(facts.openedAt()).getYear();
            Case opened = Case.open(UUID.randomUUID(), new CaseNumber(year, store.nextSequence(year)), facts, now, actor,
                    calendars.current());
            store.insert(opened);
            audit.record(caller, AuditLog.CREATE, RECORD, opened.id().toString(), List.of());
            return opened;
        }, opened -> opened.id().toString(), id -> store.find(UUID.fromString(id)).orElseThrow());
    }

    /** The platform's key of the case opened from the tip {@code tipId}; null when it is no tip id. */
    private static String tipKey(String tipId) {
        try {
            return IdempotencyKeys.caseOfTip(UUID.fromString(tipId));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A tip is in at most one case. The case holding it is named only to a caller who may see that case; to anyone
     * else it is "another case", so a case of another unit does not leak through its tips.
     */
    private void refuseTipsInAnotherCase(List<String> tipIds, Caller caller) {
        List<UUID> ids = tipIds.stream().map(UUID::fromString).toList();
        var holding = store.casesHolding(ids);
        if (holding.isEmpty()) {
            return;
        }
        Violations v = new Violations();
        for (int i = 0; i < ids.size(); i++) {
            Case other = holding.get(ids.get(i));
            if (other != null) {
                boolean named = CaseAccess.maySee(caller, other, other.courtUnit());
                v.add("case.tip_ids[" + i + "]", "ALREADY_IN_CASE",
                        "Tin báo này đã thuộc " + (named ? "vụ án " + other.number() : "một vụ án khác")
                                + "; mỗi tin báo chỉ thuộc một vụ án.",
                        "This tip is already in " + (named ? "case " + other.number() : "another case")
                                + "; a tip belongs to one case at most.");
            }
        }
        v.throwIfAny();
    }

    /** The legal day it is now, in Asia/Ho_Chi_Minh. */
    public java.time.LocalDate today() {
        return LegalTime.legalDay(clock.instant());
    }

    /** A case the caller may see; to anyone else every case is "not found", so its existence does not leak. */
    public Case get(UUID id, Caller caller) {
        Case kase = store.find(id).filter(c -> CaseAccess.maySee(caller, c, c.courtUnit()))
                .orElseThrow(() -> new NotFoundException("case", id.toString()));
        return shownTo(caller, kase);
    }

    /** A case with its history, as {@link #get} shows it. */
    public CaseProcedure procedure(UUID id, Caller caller) {
        Case kase = get(id, caller);
        return new CaseProcedure(kase, store.events(id), calendars.current());
    }

    /** A case just opened (or found again by a retry) with its history, as GetCase answers it. */
    public CaseProcedure withHistory(Case kase) {
        return new CaseProcedure(kase, store.events(kase.id()), calendars.current());
    }

    /** A page of the cases in the caller's scope; refused to those who may see none. */
    public List<Case> list(String unit, UUID tipId, int limit, int offset, Caller caller) {
        CaseAccess.Scope scope = CaseAccess.scope(caller);
        return store.list(scope, unit, tipId, limit, offset).stream().map(kase -> shownTo(caller, kase)).toList();
    }

    /** Moves the case to its next stage, by the role and unit that own the move (Criminal Procedure Code). */
    @Transactional
    public CaseProcedure move(UUID id, CaseMove move, CaseProcedure.Step step, String courtUnit,
                              Optional<IdempotentRequest> request, Caller caller) {
        return step(id, request, caller, (current, now) -> {
            if (move != null) {
                CaseAccess.checkActs(caller, move.role(), current.kase(), current.courtUnit().orElse(null));
            }
            return current.move(move, step, courtUnit, caller, now);
        });
    }

    /** The investigation agency's written request to the procuracy for more time (Art. 172(2)). */
    @Transactional
    public CaseProcedure requestExtension(UUID id, int months, CaseProcedure.Step step,
                                          Optional<IdempotentRequest> request, Caller caller) {
        return step(id, request, caller, (current, now) -> {
            CaseAccess.checkActs(caller, caller.has(Roles.POLICE_LEADER) ? Roles.POLICE_LEADER : Roles.INVESTIGATOR,
                    current.kase(), null);
            return current.requestExtension(months, step, caller, now);
        });
    }

    /** The supervising procuracy approves (for at most the months the Code allows) or refuses the request. */
    @Transactional
    public CaseProcedure decideExtension(UUID id, boolean approve, int months, CaseProcedure.Step step,
                                         Optional<IdempotentRequest> request, Caller caller) {
        return step(id, request, caller, (current, now) -> {
            CaseAccess.checkActs(caller, Roles.PROCURATOR, current.kase(), null);
            return current.decideExtension(approve, months, step, caller, now);
        });
    }

    /**
     * Changes the flags: the investigating police leader, the supervising procuracy or the trial court; a mobile
     * trial is the court's to decide.
     */
    @Transactional
    public CaseProcedure setFlags(UUID id, CaseFlags flags, String reason, Optional<IdempotentRequest> request,
                                  Caller caller) {
        return step(id, request, caller, (current, now) -> {
            String court = current.courtUnit().orElse(null);
            boolean mobileChanged = flags != null && flags.mobileTrial() != current.flags().mobileTrial();
            String role = mobileChanged || caller.has(Roles.JUDGE) ? Roles.JUDGE
                    : caller.has(Roles.PROCURATOR) ? Roles.PROCURATOR : Roles.POLICE_LEADER;
            CaseAccess.checkActs(caller, role, current.kase(), court);
            return current.setFlags(flags, reason, caller, now);
        });
    }

    /** What a step makes of the case as it stands, at {@code now}. */
    interface StepRule {
        CaseEvent apply(CaseProcedure current, Instant now);
    }

    /**
     * One step on a case: the case row locked, the caller allowed to see it (else "not found"), the rule applied,
     * the entry appended and the case row brought up to date, audited, all in one transaction; a retry with the
     * same Idempotency-Key answers the case as it is without a second entry.
     */
    private CaseProcedure step(UUID id, Optional<IdempotentRequest> request, Caller caller, StepRule rule) {
        return idempotency.once(request, () -> {
            Case kase = store.findForUpdate(id).filter(c -> CaseAccess.maySee(caller, c, c.courtUnit()))
                    .orElseThrow(() -> new NotFoundException("case", id.toString()));
            List<CaseEvent> events = store.events(id);
            CaseProcedure current = new CaseProcedure(kase, events, calendars.current());
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            CaseEvent event = rule.apply(current, now);
            CaseProcedure after = current.with(event);
            store.append(id, events.size() + 1, event);
            Case updated = kase.after(after, now, caller.name());
            store.update(updated);
            audit.record(caller, STEP, RECORD, id.toString(), List.of(event.kind().name()));
            return new CaseProcedure(shownTo(caller, updated), after.events(), after.calendar());
        }, p -> p.kase().id().toString(), earlier -> procedure(UUID.fromString(earlier), caller));
    }

    /**
     * The case as shown to a caller who may see it. Its title may name suspects: shown only to those who may read it
     * and then audited before it is returned; withheld from the others, whose read is audited without it.
     */
    private Case shownTo(Caller caller, Case kase) {
        if (CaseAccess.mayReadTitle(caller)) {
            audit.record(caller, AuditLog.READ, RECORD, kase.id().toString(), CaseAccess.PERSONAL_FIELDS);
            return kase;
        }
        audit.record(caller, AuditLog.READ, RECORD, kase.id().toString(), List.of());
        return kase.withoutTitle();
    }
}
