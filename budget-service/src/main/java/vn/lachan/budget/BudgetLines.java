package vn.lachan.budget;

import vn.lachan.platform.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.platform.api.RequestHashes;
import vn.lachan.budget.domain.BudgetAccess;
import vn.lachan.budget.domain.BudgetLine;
import vn.lachan.budget.domain.BudgetTable;
import vn.lachan.budget.domain.Spending;
import vn.lachan.budget.domain.SpendingDraft;
import vn.lachan.budget.domain.SpendingRules;
import vn.lachan.budget.store.BudgetStore;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.time.LegalTime;

/** The budget use cases; gRPC and REST both come here. */
@Service
public class BudgetLines {

    static final String SPENDING_RECORD = "spending";

    private final BudgetStore store;
    private final AuditLog audit;
    private final Clock clock;

    public BudgetLines(BudgetStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The lines of {@code year}, or of every year when it is 0, with their totals. */
    public BudgetTable list(int year, Caller caller) {
        BudgetAccess.checkRead(caller);
        return new BudgetTable(store.lines(year == 0 ? null : year));
    }

    public BudgetLine get(String id, Caller caller) {
        BudgetAccess.checkRead(caller);
        return store.find(id).orElseThrow(() -> new NotFoundException("budget line", id));
    }

    /**
     * Records spending against a line, refused when it would overspend the line. The line stays locked
     * until commit, so concurrent spendings on it cannot overspend together. With an idempotency key, a
     * retry of the same request returns the spending recorded the first time; the same key with a
     * different request is refused.
     *
     * <p>A caller who may not spend at all learns nothing about the request; the unit is checked once
     * the fields are valid, and before a retry is answered, so nobody replays another unit's spending.
     * The recorded spending is audited in the same transaction.
     */
    @Transactional
    public Spending recordSpending(String lineId, SpendingDraft draft, Optional<String> idempotencyKey, Caller caller) {
        BudgetAccess.checkSpend(caller);
        String actor = caller.name();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        BudgetLine line = store.lock(lineId).orElseThrow(() -> new NotFoundException("budget line", lineId));
        LocalDate spentOn = SpendingRules.check(draft, line.year(), LegalTime.legalDay(now));
        BudgetAccess.checkSpendFor(caller, draft.unit());
        String hash = RequestHashes.of(lineId, draft);
        if (idempotencyKey.isPresent()) {
            Optional<BudgetStore.Keyed> earlier = store.findByIdempotencyKey(idempotencyKey.get());
            if (earlier.isPresent()) {
                return sameRequestOrRefuse(earlier.get(), hash);
            }
        }
        Money amount = Money.dong(draft.amountDong());
        line.refuseOverspending(amount);
        Spending spending = new Spending(UUID.randomUUID(), lineId, draft.unit(), amount, spentOn, draft.description(),
                now, actor, now, actor);
        if (store.insert(spending, idempotencyKey.orElse(null), hash)) {
            audit.record(caller, AuditLog.CREATE, SPENDING_RECORD, spending.id().toString(), List.of());
        }
        // the same key may have been used at once on another line, which is not locked; answer with what is stored
        return idempotencyKey.map(key -> sameRequestOrRefuse(store.findByIdempotencyKey(key).orElseThrow(), hash))
                .orElse(spending);
    }

    private static Spending sameRequestOrRefuse(BudgetStore.Keyed earlier, String hash) {
        return RequestHashes.sameRequestOrRefuse(earlier.spending(), earlier.requestHash(), hash, "khoản chi", "spending");
    }
}
