package vn.lachan.tip.procedure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.UnavailableException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.idempotency.Idempotency;
import vn.lachan.platform.idempotency.IdempotentRequest;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.time.LegalCalendar;
import vn.lachan.platform.time.LegalCalendarSource;
import vn.lachan.platform.time.LegalTime;
import vn.lachan.tip.intake.TipChanged;
import vn.lachan.tip.intake.domain.Tip;
import vn.lachan.tip.intake.domain.TipAccess;
import vn.lachan.tip.intake.store.TipStore;
import vn.lachan.tip.procedure.domain.CaseRef;
import vn.lachan.tip.procedure.domain.ExtensionRequest;
import vn.lachan.tip.procedure.domain.Outcome;
import vn.lachan.tip.procedure.domain.PendingProsecution;
import vn.lachan.tip.procedure.domain.PendingTip;
import vn.lachan.tip.procedure.domain.ProcedureStep;
import vn.lachan.tip.procedure.domain.StatusChange;
import vn.lachan.tip.procedure.domain.TipDeadlines;
import vn.lachan.tip.procedure.domain.TipDecisionAccess;
import vn.lachan.tip.procedure.domain.TipProcedure;
import vn.lachan.tip.procedure.peer.CaseOpener;
import vn.lachan.tip.procedure.store.PendingProsecutionStore;
import vn.lachan.tip.procedure.store.TipProcedureStore;

/**
 * Deadlines, extensions and decisions of tips; gRPC and REST both come here. Every change is one row of the tip's
 * history, written with the tip's new status and deadline and its audit entry in one transaction, with the tip's
 * row locked so that changes to one tip happen one after another.
 *
 * <p>"Prosecute" spans two services. First a transaction records the prosecution as pending (PendingProsecution);
 * then case-service opens the case, outside any transaction, under an idempotency key made from the tip's id; then
 * one transaction records the decision with its case and removes the pending row. Whatever fails in between —
 * case-service down, its answer lost, tip-service stopped — the pending row stays, and ProsecutionReconciler
 * completes it with tip-service's own account and the same key: the tip ends with exactly one case, recorded, and
 * no case is left without its tip's decision. case-service refusing the case (a field, the unit, a tip already in
 * another case) removes the pending row: the tip stays undecided and the officer is told why.
 */
@Service
public class TipDecisions {

    static final String RECORD = "tip";
    static final String DECIDE = "DECIDE";
    static final String EXTEND = "EXTEND";
    static final String RESUME = "RESUME";
    static final String NOTIFY_PROCURACY = "NOTIFY_PROCURACY";
    /** case-service refused the case of a pending prosecution: the decision was not taken. */
    static final String PROSECUTION_REFUSED = "PROSECUTION_REFUSED";
    private static final List<String> DECIDE_FIELDS = List.of("status", "outcome", "case_id");
    private static final Logger log = LoggerFactory.getLogger(TipDecisions.class);

    private final TipStore tips;
    private final TipProcedureStore store;
    private final CaseOpener cases;
    private final AuditLog audit;
    private final Clock clock;
    private final LegalCalendarSource calendars;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Idempotency idempotency;
    private final PendingProsecutionStore pending;
    private final Duration reconcileAfter;

    public TipDecisions(TipStore tips, TipProcedureStore store, CaseOpener cases, AuditLog audit, Clock clock,
                        PlatformTransactionManager transactions, ApplicationEventPublisher events,
                        LegalCalendarSource calendars, Idempotency idempotency, PendingProsecutionStore pending,
                        ProsecutionSettings settings) {
        this.tips = tips;
        this.pending = pending;
        this.reconcileAfter = settings.reconcileAfter();
        this.idempotency = idempotency;
        this.store = store;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.calendars = calendars;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    /** The legal day it is now, in Asia/Ho_Chi_Minh. */
    public LocalDate today() {
        return LegalTime.legalDay(clock.instant());
    }

    /** The legal calendar deadlines are counted on now. */
    public LegalCalendar calendar() {
        return calendars.current();
    }

    /** Where a tip the caller was already allowed to see stands. */
    public TipProcedure procedureOf(Tip tip) {
        return new TipProcedure(tip, store.history(tip.id()), calendar());
    }

    /** The tip's decision to prosecute whose case is not opened yet, if there is one. */
    public Optional<PendingProsecution> pendingProsecution(UUID tipId) {
        return pending.find(tipId);
    }

    /** Where each of several tips stands, in their order. */
    public List<TipProcedure> proceduresOf(List<Tip> shown) {
        Map<UUID, List<StatusChange>> histories = store.histories(shown.stream().map(Tip::id).toList());
        LegalCalendar calendar = calendar();
        return shown.stream().map(t -> new TipProcedure(t, histories.getOrDefault(t.id(), List.of()), calendar)).toList();
    }

    /** Decides the tip; for "prosecute" the case is opened in case-service. */
    public void decide(UUID id, Outcome outcome, Optional<IdempotentRequest> idempotent, Caller caller) {
        TipDecisionAccess.checkDecide(caller);
        // a retry of a prosecution still pending goes on to complete it; any other retry answers the tip as it is
        if (isReplay(idempotent) && pending.find(id).isEmpty()) {
            return;
        }
        TipProcedure before = procedure(id, caller);
        LocalDate today = today();
        before.checkDecision(outcome, today);
        if (!(outcome instanceof Outcome.Prosecute p)) {
            change(id, idempotent, caller, DECIDE, DECIDE_FIELDS, current -> {
                refuseWhilePending(id, null);
                return current.decide(outcome, null, today);
            });
            return;
        }
        Optional<PendingProsecution> begun = beginProsecution(id, withDefaults(p, id, caller), idempotent, caller, today);
        if (begun.isEmpty()) {
            return; // a retry of a request already kept: the tip as it stands answers it
        }
        PendingProsecution pending = begun.get();
        CaseRef kase;
        try {
            kase = cases.open(pending, CaseOpener.As.OFFICER);
        } catch (ValidationException | AccessDeniedException | ConflictException refused) {
            // the officer is told why; like any refused request it leaves nothing behind, not even an audit entry
            forgetProsecution(pending);
            idempotent.ifPresent(idempotency::forget); // nothing was decided: a retry is refused the same way
            throw refused;
        } catch (UnavailableException down) {
            throw new UnavailableException("case-service",
                    "Quyết định khởi tố đã được ghi nhận; vụ án sẽ được tự động mở và ghi vào tin báo khi dịch vụ hoạt"
                            + " động lại. Gửi lại yêu cầu cũng an toàn.",
                    "The decision to prosecute is kept; the case will be opened and recorded on the tip automatically"
                            + " when it is back. Sending the request again is safe.", down);
        }
        completeProsecution(pending, kase, caller);
    }

    /**
     * Records the prosecution as pending before case-service is asked, with the tip's row locked (a concurrent
     * decision waits, then finds it), and answers the officer's Idempotency-Key with the tip: the decision is kept
     * from here on. A retry under that key, or of the same prosecution under another key (or none), finds the row
     * and drives it again; empty when the retry finds it recorded already. A prosecution with other details, or
     * another decision, is refused while it is pending.
     */
    private Optional<PendingProsecution> beginProsecution(UUID id, Outcome.Prosecute prosecute,
                                                          Optional<IdempotentRequest> idempotent, Caller caller,
                                                          LocalDate today) {
        return transaction.execute(tx -> {
            store.lockTip(id);
            Optional<PendingProsecution> earlier = pending.find(id);
            if (idempotent.isPresent() && idempotency.claim(idempotent.get()).isPresent()) {
                // this request was kept before: drive its prosecution if still pending, else it is answered
                return earlier;
            }
            idempotent.ifPresent(k -> idempotency.complete(k, id.toString()));
            if (earlier.isPresent()) {
                refuseWhilePending(id, prosecute);
                if (!earlier.get().decidedBy().equals(caller.name())) {
                    // case-service records the deciding officer; another officer's token may not name them
                    throw new ConflictException("Quyết định khởi tố tin báo này của " + earlier.get().decidedBy()
                            + " đang được hoàn tất tự động; không cần gửi lại.",
                            "This tip's prosecution decided by " + earlier.get().decidedBy()
                                    + " is being completed automatically; no need to send it again.");
                }
                return earlier;
            }
            procedureOf(tips.find(id).orElseThrow()).checkDecision(prosecute, today);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            PendingProsecution begun = new PendingProsecution(id, prosecute, caller.name(), caller.unit(), now, 0, null);
            pending.insert(begun, now.plus(reconcileAfter));
            return Optional.of(begun);
        });
    }

    /**
     * Records the decision with the case case-service opened for it, and removes the pending prosecution, in one
     * transaction; the officer who decided is the decision's actor, {@code caller} (the officer or tip-service's
     * account) the audit entry's (the officer's key was answered when the prosecution was kept). A decision already
     * recorded with this case (a concurrent attempt) leaves nothing to do.
     */
    public void completeProsecution(PendingProsecution prosecution, CaseRef kase, Caller caller) {
        Caller officer = new Caller(prosecution.decidedBy(), prosecution.decidedBy(), prosecution.decidedUnit(),
                Set.of());
        LocalDate today = today();
        change(prosecution.tipId(), Optional.empty(), caller, officer, DECIDE, DECIDE_FIELDS,
                () -> pending.delete(prosecution.tipId()), current -> {
            if (current.kase().filter(kase::equals).isPresent()) {
                return null;
            }
            return current.decide(prosecution.prosecute(), kase, today);
        });
    }

    /**
     * case-service refused the case for good: the pending prosecution is removed (the tip stays undecided, its
     * deadline running) and the refusal is in the audit log, with the reason in the service's log.
     */
    public void abandonProsecution(PendingProsecution prosecution, String reason, Caller caller) {
        transaction.executeWithoutResult(tx -> {
            store.lockTip(prosecution.tipId());
            pending.delete(prosecution.tipId());
            audit.record(caller, PROSECUTION_REFUSED, RECORD, prosecution.tipId().toString(), List.of("outcome"));
        });
        log.warn("case-service refused the case of tip {} decided by {} ({}): {}", prosecution.tipId(),
                prosecution.decidedBy(), prosecution.decidedUnit(), reason);
    }

    /** Removes a pending prosecution case-service refused while its officer waited for the answer. */
    private void forgetProsecution(PendingProsecution prosecution) {
        transaction.executeWithoutResult(tx -> {
            store.lockTip(prosecution.tipId());
            pending.delete(prosecution.tipId());
        });
    }

    /** While a prosecution is pending, only a retry of that same prosecution ({@code retry}) goes on. */
    private void refuseWhilePending(UUID id, Outcome.Prosecute retry) {
        pending.find(id).filter(p -> retry == null || !p.sameCase(retry)).ifPresent(p -> {
            Outcome.Prosecute c = p.prosecute();
            throw new ConflictException(
                    "Quyết định khởi tố tin báo này (Điều " + c.penalCodeArticle() + " khoản " + c.clause()
                            + ", đơn vị chủ trì " + c.leadUnit() + ") của " + p.decidedBy()
                            + " đang chờ case-service mở vụ án; không thể quyết định khác cho đến khi xong.",
                    "The decision to prosecute this tip (article " + c.penalCodeArticle() + ", clause " + c.clause()
                            + ", lead unit " + c.leadUnit() + ") by " + p.decidedBy()
                            + " is waiting for case-service to open the case; no other decision until it is done.");
        });
    }

    /** Extends the decision deadline: first by the handling police, then once by the procuracy. */
    public void extend(UUID id, ExtensionRequest request, Optional<IdempotentRequest> idempotent, Caller caller) {
        TipProcedure before = procedure(id, caller);
        // a retry is checked before the role: after the first extension the next one would be the procuracy's
        if (isReplay(idempotent)) {
            return;
        }
        TipDecisionAccess.checkExtend(caller, before.nextExtension());
        LocalDate today = today();
        change(id, idempotent, caller, EXTEND, List.of("status", "decision_due", "extensions"), current -> {
            TipDecisionAccess.checkExtend(caller, current.nextExtension());
            return current.extend(request, today);
        });
    }

    /** Resumes a suspended tip; a decision is then due within one month. */
    public void resume(UUID id, String note, Optional<IdempotentRequest> idempotent, Caller caller) {
        TipDecisionAccess.checkResume(caller);
        if (isReplay(idempotent)) {
            return;
        }
        procedure(id, caller);
        LocalDate today = today();
        change(id, idempotent, caller, RESUME, List.of("status", "decision_due"),
                current -> current.resume(note, today));
    }

    /** Records when the procuracy was notified of the tip ({@code notifiedAt} null: now). */
    public void recordProcuracyNotified(UUID id, Instant notifiedAt, String documentNumber,
                                        Optional<IdempotentRequest> idempotent, Caller caller) {
        TipDecisionAccess.checkRecordNotification(caller);
        if (isReplay(idempotent)) {
            return;
        }
        procedure(id, caller);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant at = notifiedAt == null ? null : notifiedAt.truncatedTo(ChronoUnit.MICROS);
        change(id, idempotent, caller, NOTIFY_PROCURACY, List.of("procuracy_notified_at"),
                current -> current.notifyProcuracy(at, documentNumber, now));
    }

    /** Undecided tips overdue or due within 7 days of {@code today}, or whose procuracy notification is late. */
    public List<PendingTip> overdue(String unit, LocalDate today, int limit, int offset, Caller caller) {
        TipDecisionAccess.checkListOverdue(caller);
        return store.pending(today.plusDays(TipDeadlines.DUE_SOON_DAYS),
                TipDeadlines.notificationLateIfReceivedBefore(calendar(), today), TipAccess.scopeUnit(caller, unit), limit, offset);
    }

    /**
     * Records the step {@code next} answers for the tip as it stands with its row locked (null: nothing to
     * record), its new status and deadline, the audit entry and the idempotency key, all or nothing.
     */
    private void change(UUID id, Optional<IdempotentRequest> idempotent, Caller caller, String action,
                        List<String> fields, Function<TipProcedure, ProcedureStep> next) {
        change(id, idempotent, caller, caller, action, fields, () -> { }, next);
    }

    /**
     * The same, the step's actor being {@code recordedAs} (the officer who decided) and the audit's {@code caller},
     * running {@code first} in the transaction as soon as the tip is locked, whatever follows.
     */
    private void change(UUID id, Optional<IdempotentRequest> idempotent, Caller caller, Caller recordedAs,
                        String action, List<String> fields, Runnable first, Function<TipProcedure, ProcedureStep> next) {
        try {
            transaction.executeWithoutResult(tx -> {
                store.lockTip(id);
                first.run();
                // a retry racing the first attempt waits here for it to end, then finds its key recorded
                if (idempotent.isPresent() && idempotency.claim(idempotent.get()).isPresent()) {
                    return;
                }
                TipProcedure current = procedureOf(tips.find(id).orElseThrow());
                ProcedureStep step = next.apply(current);
                if (step != null) {
                    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    StatusChange change = new StatusChange(step, current.status(), current.statusAfter(step), now,
                            recordedAs.name(), recordedAs.unit());
                    store.append(id, change, current.with(change).decisionDue());
                    audit.record(caller, action, RECORD, id.toString(), fields);
                    if (change.from() != change.to()) {
                        events.publishEvent(new TipChanged(id)); // the scam check tells decided tips apart
                    }
                }
                idempotent.ifPresent(r -> idempotency.complete(r, id.toString()));
            });
        } catch (DuplicateKeyException e) {
            // a unique rule of the history held against a concurrent change
            throw new ConflictException("Yêu cầu trùng với một thay đổi khác vừa được ghi nhận; hãy tải lại tin báo.",
                    "The request clashes with another change just recorded; reload the tip.");
        }
    }

    /** A tip the caller may see; one they may not see is "not found", so its existence does not leak. */
    private TipProcedure procedure(UUID id, Caller caller) {
        return procedureOf(tips.find(id).filter(t -> TipAccess.maySee(caller, t))
                .orElseThrow(() -> new NotFoundException("tip", id.toString())));
    }

    /**
     * Whether this request was recorded already under its Idempotency-Key (the platform's): then the retry answers
     * the tip as it is, without opening a case or checking the procedure again. The same key for another request is
     * refused (409). The authoritative check is the key's claim in the change's transaction.
     */
    private boolean isReplay(Optional<IdempotentRequest> idempotent) {
        return idempotent.flatMap(idempotency::replayOf).isPresent();
    }

    /** The case's lead unit is the deciding officer's and its title names the tip, unless the caller says. */
    private static Outcome.Prosecute withDefaults(Outcome.Prosecute p, UUID tipId, Caller caller) {
        return new Outcome.Prosecute(p.penalCodeArticle(), p.clause(),
                p.leadUnit() == null ? caller.unit() : p.leadUnit(),
                p.caseTitle() == null ? "Vụ án khởi tố từ tin báo " + tipId : p.caseTitle());
    }
}
