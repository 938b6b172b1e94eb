package vn.lachan.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.cases.domain.Case;
import vn.lachan.cases.domain.CaseAccess;
import vn.lachan.cases.domain.FreezeRequest;
import vn.lachan.cases.domain.RestitutionAccess;
import vn.lachan.cases.domain.RestitutionRules;
import vn.lachan.cases.domain.ReturnApportionment;
import vn.lachan.cases.domain.ReturnDecision;
import vn.lachan.cases.domain.ReturnDecisionDraft;
import vn.lachan.cases.domain.ReturnExecution;
import vn.lachan.cases.domain.ReturnInstruction;
import vn.lachan.cases.domain.ReturnStatus;
import vn.lachan.cases.domain.VictimClaim;
import vn.lachan.cases.domain.VictimClaimDraft;
import vn.lachan.cases.store.CaseStore;
import vn.lachan.cases.store.FreezeRequestStore;
import vn.lachan.cases.store.RestitutionStore;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.security.Caller;

/**
 * Money back to victims: their claims on a case, the return decisions that apportion the money held among them
 * ({@link ReturnApportionment}), and the banks' reports that they paid; gRPC and REST both come here.
 */
@Service
public class Restitutions {

    static final String CLAIM = "victim_claim";
    static final String DECISION = "return_decision";
    static final String INSTRUCTION = "return_instruction";
    static final String REPORT = "REPORT_EXECUTED";

    private final RestitutionStore store;
    private final CaseStore cases;
    private final FreezeRequestStore freezeRequests;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Clock clock;

    public Restitutions(RestitutionStore store, CaseStore cases, FreezeRequestStore freezeRequests, AuditLog audit,
                        Idempotency idempotency, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.freezeRequests = freezeRequests;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /**
     * Adds a victim's claim to a case. The case's row is locked, so a claim and a return decision on the same case
     * happen one after the other. With an idempotency key a retry answers the claim added the first time.
     */
    @Transactional
    public VictimClaim addClaim(VictimClaimDraft draft, Optional<IdempotentRequest> idempotent, Caller caller) {
        RestitutionAccess.checkAddClaim(caller);
        RestitutionRules.check(draft);
        UUID caseId = UUID.fromString(draft.caseId());
        return idempotency.once(idempotent, () -> {
            visibleCaseLocked(caseId, caller);
            UUID tracedTo = null;
            if (draft.freezeRequestId() != null && !draft.freezeRequestId().isBlank()) {
                tracedTo = UUID.fromString(draft.freezeRequestId());
                RestitutionRules.checkTracedTo(freezeRequests.find(tracedTo).orElse(null), caseId);
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            VictimClaim added = VictimClaim.add(UUID.randomUUID(), caseId, draft, tracedTo, now, caller.name());
            store.insert(added);
            audit.record(caller, AuditLog.CREATE, CLAIM, added.id().toString(), List.of());
            return added;
        }, added -> added.id().toString(), id -> shownTo(caller, store.findClaim(UUID.fromString(id)).orElseThrow()));
    }

    /** The claims of a case the caller may see and read claims of, earliest first. */
    public List<VictimClaim> claims(UUID caseId, Caller caller) {
        visibleCase(caseId, caller);
        RestitutionAccess.checkReadClaims(caller);
        return store.claims(caseId).stream().map(c -> shownTo(caller, c)).toList();
    }

    /**
     * Decides a return on a case by the competent person of its stage, with the case's row locked so that the money
     * held and the claims do not change under the decision: what is held and not yet decided is apportioned among what
     * the claims are still owed, into one instruction per (freeze request, claim) addressed to the request's bank, all
     * stored and audited in one transaction. Nothing to return is a field error and writes nothing.
     */
    @Transactional
    public ReturnDecision decide(ReturnDecisionDraft draft, Optional<IdempotentRequest> idempotent, Caller caller) {
        UUID caseId = UUID.fromString(draft.caseId());
        return idempotency.once(idempotent, () -> {
            Case kase = visibleCaseLocked(caseId, caller);
            CaseAccess.checkActs(caller, RestitutionAccess.decider(kase.stage()), kase, kase.courtUnit());
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            LocalDate documentDate = RestitutionRules.check(draft, kase.openedAt(), now);
            List<VictimClaim> claims = store.claims(caseId);
            List<ReturnApportionment.Held> held = store.held(caseId);
            var shares = ReturnApportionment.apportion(draft.rule(), held, claims.stream()
                    .map(c -> new ReturnApportionment.Owed(c.id(), c.freezeRequestId(), c.owed().dong())).toList());
            if (shares.isEmpty()) {
                throw new ValidationException(new FieldViolation("rule", "NOTHING_TO_RETURN",
                        "Không có tiền để trả lại theo cách chia này: cần tiền đang phong tỏa chưa quyết định trả và "
                                + "yêu cầu của bị hại chưa được trả đủ" + (draft.rule() == vn.lachan.cases.domain.ReturnRule.TRACED
                                ? " (theo dòng tiền: bị hại phải gắn với tài khoản đang phong tỏa)." : "."),
                        "There is nothing to return by this rule: it needs money held and not yet decided, and claims "
                                + "not yet paid in full" + (draft.rule() == vn.lachan.cases.domain.ReturnRule.TRACED
                                ? " (traced: a victim must be traced to a held account)." : ".")));
            }
            UUID decisionId = UUID.randomUUID();
            Map<UUID, FreezeRequest> accounts = new HashMap<>();
            Map<UUID, VictimClaim> byId = new HashMap<>();
            claims.forEach(c -> byId.put(c.id(), c));
            List<ReturnInstruction> instructions = new ArrayList<>();
            for (var share : shares) {
                FreezeRequest account = accounts.computeIfAbsent(share.freezeRequestId(),
                        id -> freezeRequests.find(id).orElseThrow());
                VictimClaim claim = byId.get(share.claimId());
                instructions.add(new ReturnInstruction(UUID.randomUUID(), caseId, decisionId, account.id(),
                        account.bank(), account.accountNumber(), claim.id(), claim.victimName(), claim.accountNumber(),
                        claim.bankName(), vn.lachan.platform.money.Money.dong(share.amount()), draft.rule(),
                        draft.documentNumber().trim(), documentDate, now, ReturnStatus.DECIDED, null, null, null, null));
            }
            ReturnDecision decision = new ReturnDecision(decisionId, caseId, draft.rule(), draft.documentNumber().trim(),
                    documentDate, draft.reason().trim(), now, caller.name(), instructions);
            store.insert(decision);
            audit.record(caller, AuditLog.CREATE, DECISION, decisionId.toString(), List.of());
            return shownTo(caller, decision);
        }, d -> d.id().toString(), id -> shownTo(caller, store.findDecision(UUID.fromString(id)).orElseThrow()));
    }

    /**
     * A page of instructions the caller may see, most recently decided first: a bank's holds only those addressed to
     * it; judges and auditors list those of a case they may see.
     */
    public List<ReturnInstruction> instructions(UUID caseId, ReturnStatus status, int limit, int offset,
                                                Caller caller) {
        boolean readsTheCase = false;
        if (caseId != null && !caller.has(vn.lachan.platform.security.Roles.BANK_LIAISON)) {
            visibleCase(caseId, caller);
            readsTheCase = true;
        }
        String scope = RestitutionAccess.listScope(caller, readsTheCase).orElse(null);
        return store.instructions(caseId, status, scope, limit, offset).stream().map(i -> shownTo(caller, i)).toList();
    }

    /**
     * The addressed bank's report that it paid, with the instruction's row locked. The same report again answers the
     * instruction as it is (audited as a read); a different one is a conflict. Another bank's is "not found".
     */
    @Transactional
    public ReturnInstruction reportExecuted(UUID id, ReturnExecution execution, Caller caller) {
        ReturnInstruction current = store.findInstructionForUpdate(id)
                .filter(i -> RestitutionAccess.maySee(caller, i))
                .orElseThrow(() -> new NotFoundException("return instruction", id.toString()));
        RestitutionAccess.checkReport(caller, current);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var reported = current.report(execution, now, caller.name());
        if (reported.changed()) {
            store.executed(reported.instruction());
            audit.record(caller, REPORT, INSTRUCTION, id.toString(), List.of("status", "executed_at", "bank_reference"));
        }
        return shownTo(caller, reported.instruction());
    }

    private Case visibleCase(UUID caseId, Caller caller) {
        return cases.find(caseId).filter(c -> CaseAccess.maySee(caller, c, c.courtUnit()))
                .orElseThrow(() -> new NotFoundException("case", caseId.toString()));
    }

    private Case visibleCaseLocked(UUID caseId, Caller caller) {
        return cases.findForUpdate(caseId).filter(c -> CaseAccess.maySee(caller, c, c.courtUnit()))
                .orElseThrow(() -> new NotFoundException("case", caseId.toString()));
    }

    /** The claim as shown to the caller: the victim's data withheld unless they may see it; audited either way. */
    private VictimClaim shownTo(Caller caller, VictimClaim claim) {
        if (RestitutionAccess.mayReadVictim(caller)) {
            audit.record(caller, AuditLog.READ, CLAIM, claim.id().toString(), RestitutionAccess.PERSONAL_FIELDS);
            return claim;
        }
        audit.record(caller, AuditLog.READ, CLAIM, claim.id().toString(), List.of());
        return claim.withoutPersonalData();
    }

    private ReturnInstruction shownTo(Caller caller, ReturnInstruction instruction) {
        if (RestitutionAccess.mayReadVictim(caller, instruction)) {
            audit.record(caller, AuditLog.READ, INSTRUCTION, instruction.id().toString(),
                    RestitutionAccess.PERSONAL_FIELDS);
            return instruction;
        }
        audit.record(caller, AuditLog.READ, INSTRUCTION, instruction.id().toString(), List.of());
        return instruction.withoutPersonalData();
    }

    private ReturnDecision shownTo(Caller caller, ReturnDecision decision) {
        return decision.withInstructions(decision.instructions().stream().map(i -> shownTo(caller, i)).toList());
    }
}
