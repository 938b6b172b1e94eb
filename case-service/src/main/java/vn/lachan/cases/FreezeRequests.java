package vn.lachan.cases;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.cases.domain.BankResponse;
import vn.lachan.cases.domain.Case;
import vn.lachan.cases.domain.CaseAccess;
import vn.lachan.cases.domain.CaseEvent;
import vn.lachan.cases.domain.FreezeClocks;
import vn.lachan.cases.domain.FreezeRequest;
import vn.lachan.cases.domain.FreezeRequestAccess;
import vn.lachan.cases.domain.FreezeRequestDraft;
import vn.lachan.cases.domain.FreezeRequestRules;
import vn.lachan.cases.domain.FreezeStatus;
import vn.lachan.cases.domain.ReleaseExecution;
import vn.lachan.cases.domain.ReleaseOrderDraft;
import vn.lachan.cases.domain.ReleaseRules;
import vn.lachan.cases.store.CaseStore;
import vn.lachan.cases.store.FreezeRequestStore;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.security.Caller;

/** Freeze requests between the police and the banks; gRPC and REST both come here. */
@Service
public class FreezeRequests {

    static final String RECORD = "freeze_request";
    static final String RESPOND = "RESPOND";
    static final String ORDER_RELEASE = "ORDER_RELEASE";
    static final String REPORT_RELEASED = "REPORT_RELEASED";

    private final FreezeRequestStore store;
    private final CaseStore cases;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Clock clock;
    private final FreezeClocks clocks;
    private final UrgentHolds urgentHolds;

    public FreezeRequests(FreezeRequestStore store, CaseStore cases, AuditLog audit, Idempotency idempotency,
                          Clock clock, FreezeSettings settings, MeterRegistry meters, UrgentHolds urgentHolds) {
        this.urgentHolds = urgentHolds;
        this.clocks = new FreezeClocks(settings.acknowledgeWithin(), settings.holdWithin());
        // the escalation to the operators: an alert fires while it is above 0 (k8s/components/monitoring)
        Gauge.builder("lachan.freeze.requests.overdue", this::overdueCount)
                .description("Freeze requests with a service-level clock past due and the bank's answer not given")
                .register(meters);
        this.store = store;
        this.cases = cases;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /**
     * Sends a freeze request for an account of a case to the bank holding it. With an idempotency key, a retry
     * of the same request returns the request sent the first time; the same key with a different request is
     * refused. The sending is written to the audit log in the same transaction.
     */
    @Transactional
    public FreezeRequest send(FreezeRequestDraft draft, Optional<IdempotentRequest> idempotent, Caller caller) {
        FreezeRequestAccess.checkCreate(caller);
        FreezeRequestRules.check(draft);
        UUID caseId = UUID.fromString(draft.caseId());
        return idempotency.once(idempotent, () -> {
            // a case out of the sender's scope (another police unit's) is "not found", as when reading it
            Case kase = cases.find(caseId).filter(c -> CaseAccess.maySee(caller, c, c.courtUnit()))
                    .orElseThrow(() -> new NotFoundException("case", caseId.toString()));
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
            FreezeRequest sent = FreezeRequest.send(UUID.randomUUID(), caseId, draft, now, caller.name());
            store.insert(sent);
            audit.record(caller, AuditLog.CREATE, RECORD, sent.id().toString(), List.of());
            // the freeze order takes over the urgent holds of the case's tips on this bank and account (same transaction)
            urgentHolds.confirmBy(sent, kase.tipIds(), caller);
            return sent;
        }, sent -> sent.id().toString(), id -> shownTo(caller, store.find(UUID.fromString(id)).orElseThrow()));
    }

    /** A request the caller may see; to anyone else every request is "not found", so its existence does not leak. */
    public FreezeRequest get(UUID id, Caller caller) {
        return shownTo(caller, store.find(id).filter(r -> FreezeRequestAccess.maySee(caller, r))
                .orElseThrow(() -> notFound(id)));
    }

    /**
     * A page of the requests the caller may see: a bank's list holds only the requests addressed to it. {@code
     * overdue}: only those with a service-level clock past due and its step not done.
     */
    public List<FreezeRequest> list(UUID caseId, String bank, FreezeStatus status, boolean overdue, int limit,
                                    int offset, Caller caller) {
        String scope = FreezeRequestAccess.listScope(caller);
        Instant now = clock.instant();
        var due = overdue ? new FreezeRequestStore.Overdue(now.minus(clocks.acknowledgeWithin()),
                now.minus(clocks.holdWithin())) : null;
        return store.list(caseId, bank, status, due, scope, limit, offset).stream()
                .map(r -> shownTo(caller, r)).toList();
    }

    /** The service-level clocks requests are answered against. */
    public FreezeClocks clocks() {
        return clocks;
    }

    /** Now, as the clocks count it. */
    public Instant now() {
        return clock.instant();
    }

    /** How many requests, of every bank, have a clock past due with its step not done (the operators' alert). */
    public long overdueCount() {
        Instant now = clock.instant();
        return store.countOverdue(new FreezeRequestStore.Overdue(now.minus(clocks.acknowledgeWithin()),
                now.minus(clocks.holdWithin())));
    }

    /**
     * Records the addressed bank's answer, with the request's row locked so that answers happen one after
     * another; the change is audited in the same transaction.
     */
    @Transactional
    public FreezeRequest respond(UUID id, BankResponse response, Caller caller) {
        FreezeRequest current = store.findForUpdate(id).filter(r -> FreezeRequestAccess.maySee(caller, r))
                .orElseThrow(() -> notFound(id));
        FreezeRequestAccess.checkRespond(caller, current);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        FreezeRequest answered = current.respond(response, now, caller.name());
        store.update(answered);
        audit.record(caller, RESPOND, RECORD, id.toString(), response.changedFields());
        return shownTo(caller, answered);
    }

    /**
     * Issues a release order (lệnh giải tỏa) on a request, by a police leader of the unit leading its case or above
     * it. The case's row is locked first (as a return decision locks it), then the request's, so that the money a
     * release takes and the money a return decision shares never overlap; the order, the request's new status and the
     * audit record are written in one transaction, with the case's procuracy recorded as informed. With an idempotency
     * key a retry answers the request as it is, without a second order.
     */
    @Transactional
    public FreezeRequest release(UUID id, ReleaseOrderDraft draft, Optional<IdempotentRequest> idempotent,
                                 Caller caller) {
        FreezeRequest seen = store.find(id).filter(r -> FreezeRequestAccess.maySee(caller, r))
                .orElseThrow(() -> notFound(id));
        FreezeRequestAccess.checkReleaser(caller);
        ReleaseRules.checkFields(draft);
        return idempotency.once(idempotent, () -> {
            // a request of a case out of the leader's scope is "not found", as the case is
            Case kase = cases.findForUpdate(seen.caseId()).filter(c -> CaseAccess.maySee(caller, c, c.courtUnit()))
                    .orElseThrow(() -> notFound(id));
            FreezeRequestAccess.checkRelease(caller, kase);
            FreezeRequest current = store.findForUpdate(id).orElseThrow(() -> notFound(id));
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            FreezeRequest ordered = current.release(draft, store.releasable(id), kase, UUID.randomUUID(), now,
                    caller.name(), caller.unit());
            store.insert(ordered.releaseOrders().getLast(), ordered);
            // the case's history records the order, in this transaction, under the case's lock taken above
            cases.appendNext(kase.id(), CaseEvent.releaseOrdered(ordered.releaseOrders().getLast(), kase.stage()));
            audit.record(caller, ORDER_RELEASE, RECORD, id.toString(), List.of("status", "release_orders"));
            return shownTo(caller, ordered);
        }, r -> r.id().toString(), rid -> shownTo(caller, store.find(UUID.fromString(rid)).orElseThrow()));
    }

    /**
     * The addressed bank's report that it executed the release order waiting on a request, with the case's and the
     * request's rows locked; the report is entered in the case's history in the same transaction. The same report again answers the request as it is (audited as a read); a different one, or one with no
     * order waiting, is a conflict. Another bank's request is "not found".
     */
    @Transactional
    public FreezeRequest reportReleased(UUID id, ReleaseExecution execution, Optional<IdempotentRequest> idempotent,
                                        Caller caller) {
        return idempotency.once(idempotent, () -> {
            FreezeRequest seen = store.find(id).filter(r -> FreezeRequestAccess.maySee(caller, r))
                    .orElseThrow(() -> notFound(id));
            // the case's row first, then the request's, in the order release takes them: the history's entries are
            // numbered one after another
            Case kase = cases.findForUpdate(seen.caseId()).orElseThrow(() -> notFound(id));
            FreezeRequest current = store.findForUpdate(id).orElseThrow(() -> notFound(id));
            FreezeRequestAccess.checkReportReleased(caller, current);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            var reported = current.reportReleased(execution, now, caller.name());
            if (reported.changed()) {
                store.executed(reported.order(), reported.request());
                cases.appendNext(kase.id(), CaseEvent.releaseReported(reported.order(), kase.stage(), caller.unit()));
                audit.record(caller, REPORT_RELEASED, RECORD, id.toString(),
                        List.of("status", "released_at", "amount_released"));
            }
            return shownTo(caller, reported.request());
        }, r -> r.id().toString(), rid -> shownTo(caller, store.find(UUID.fromString(rid)).orElseThrow()));
    }

    /**
     * The request as shown to a caller who may see it: the account holder withheld unless the caller may see it.
     * Every shown request is audited, with the personal fields it showed, before it is returned.
     */
    private FreezeRequest shownTo(Caller caller, FreezeRequest request) {
        if (FreezeRequestAccess.maySeeAccountHolder(caller, request)) {
            audit.record(caller, AuditLog.READ, RECORD, request.id().toString(), FreezeRequestAccess.PERSONAL_FIELDS);
            return request;
        }
        audit.record(caller, AuditLog.READ, RECORD, request.id().toString(), FreezeRequestAccess.ACCOUNT_FIELDS);
        return request.withoutAccountHolder();
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("freeze request", id.toString());
    }
}
