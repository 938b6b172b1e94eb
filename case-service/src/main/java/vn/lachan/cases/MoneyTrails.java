package vn.lachan.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.cases.domain.Case;
import vn.lachan.cases.domain.CaseAccess;
import vn.lachan.cases.domain.FreezeRequest;
import vn.lachan.cases.domain.FreezeRequestAccess;
import vn.lachan.cases.domain.MoneyTrail;
import vn.lachan.cases.domain.OnwardTransfer;
import vn.lachan.cases.domain.OnwardTransferDraft;
import vn.lachan.cases.domain.OnwardTransferRules;
import vn.lachan.cases.domain.RestitutionAccess;
import vn.lachan.cases.domain.TrailAccess;
import vn.lachan.cases.domain.TrailAccounts;
import vn.lachan.cases.domain.TrailLeads;
import vn.lachan.cases.store.CaseStore;
import vn.lachan.cases.store.FreezeRequestStore;
import vn.lachan.cases.store.RestitutionStore;
import vn.lachan.cases.store.TrailStore;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.security.Caller;

/** The money trail of cases, and the banks' reports of onward transfers; gRPC and REST both come here. */
@Service
public class MoneyTrails {

    static final String RECORD = "money_trail";
    static final String REPORT_ONWARD = "REPORT_ONWARD_TRANSFERS";
    /** More freeze requests than a case ever has; the trail reads them all. */
    private static final int ALL_REQUESTS = 100_000;

    private final TrailStore trails;
    private final FreezeRequestStore requests;
    private final RestitutionStore restitution;
    private final CaseStore cases;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Clock clock;

    public MoneyTrails(TrailStore trails, FreezeRequestStore requests, RestitutionStore restitution, CaseStore cases,
                       AuditLog audit, Idempotency idempotency, Clock clock) {
        this.trails = trails;
        this.requests = requests;
        this.restitution = restitution;
        this.cases = cases;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /**
     * The trail of a case the caller may read (anyone else: "not found"), with the leads to the other cases the caller
     * may read; the accounts' numbers only to those who may see them ({@link TrailAccess#maySeeAccounts}). The reading
     * is audited, with the account fields it showed.
     */
    @Transactional
    public MoneyTrail trail(UUID caseId, Caller caller) {
        Case kase = cases.find(caseId).filter(c -> CaseAccess.maySee(caller, c, c.courtUnit()))
                .orElseThrow(() -> new NotFoundException("case", caseId.toString()));
        boolean showVictims = RestitutionAccess.mayReadVictim(caller);
        MoneyTrail trail = MoneyTrail.build(kase.id(), restitution.claims(caseId),
                requests.list(caseId, null, null, null, null, ALL_REQUESTS, 0), trails.ofCase(caseId), showVictims);
        Map<UUID, Optional<Case>> others = new HashMap<>();
        var leads = TrailLeads.visible(caseId, trail.beneficiaryKeys(), trails.elsewhere(caseId, trail.beneficiaryKeys()),
                id -> others.computeIfAbsent(id, cases::find)
                        .filter(c -> CaseAccess.maySee(caller, c, c.courtUnit())).isPresent(),
                id -> others.get(id).orElseThrow().number().toString());
        boolean showAccounts = TrailAccess.maySeeAccounts(caller);
        audit.record(caller, AuditLog.READ, RECORD, caseId.toString(), showVictims ? TrailAccess.WITH_VICTIMS
                : showAccounts ? TrailAccess.ACCOUNT_FIELDS : List.of());
        return showAccounts ? trail.withLeads(leads) : trail.withLeads(leads).withAccountsWithheld();
    }

    /**
     * The addressed bank's report of transfers that left the account of a request, in one transaction with the
     * request's row locked: every transfer is checked before any is written, and any bad one refuses the whole
     * report. Transfers already reported under their reference with the same facts are retries, not counted again.
     * Answers every transfer reported on the request.
     */
    @Transactional
    public List<OnwardTransfer> reportOnward(UUID id, List<OnwardTransferDraft> drafts,
                                             Optional<IdempotentRequest> idempotent, Caller caller) {
        UUID reportedOn = idempotency.once(idempotent, () -> {
            FreezeRequest request = requests.findForUpdate(id).filter(r -> FreezeRequestAccess.maySee(caller, r))
                    .orElseThrow(() -> notFound(id));
            TrailAccess.checkReportOnward(caller, request);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Map<String, OnwardTransfer> reported = trails.ofRequest(id).stream()
                    .collect(Collectors.toMap(OnwardTransfer::reference, t -> t));
            Instant arrived = trails.arrivedAt(request.caseId(), TrailAccounts.of(request)).orElse(null);
            List<OnwardTransferDraft> fresh = OnwardTransferRules.check(drafts, request, arrived, now, reported);
            if (!fresh.isEmpty()) {
                trails.insert(fresh.stream()
                        .map(d -> OnwardTransfer.report(UUID.randomUUID(), request, d, now, caller.name())).toList());
                audit.record(caller, REPORT_ONWARD, FreezeRequests.RECORD, id.toString(), List.of("onward_transfers"));
            }
            return id;
        }, UUID::toString, UUID::fromString);
        return trails.ofRequest(reportedOn);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("freeze request", id.toString());
    }
}
