package vn.lachan.tip.procedure;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.ServiceAccount;
import vn.lachan.tip.procedure.domain.CaseRef;
import vn.lachan.tip.procedure.domain.PendingProsecution;
import vn.lachan.tip.procedure.peer.CaseOpener;
import vn.lachan.tip.procedure.store.PendingProsecutionStore;

/**
 * Completes the prosecutions whose officer's call did not finish (TipDecisions): every so often it takes the pending
 * rows that are due, asks case-service again with tip-service's own account and the tip's key (the same case comes
 * back if the first call opened it), and records the decision. case-service still away: the row waits longer each
 * time (doubling, at most {@link PendingProsecution#MAX_BACKOFF}). case-service refusing the case: the row is
 * removed and the tip stays undecided. Several pods share the rows: each takes its own (SKIP LOCKED lease).
 */
@Component
public class ProsecutionReconciler {

    private static final Logger log = LoggerFactory.getLogger(ProsecutionReconciler.class);
    private static final int BATCH = 20;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final PendingProsecutionStore pending;
    private final CaseOpener cases;
    private final TipDecisions decisions;
    private final Clock clock;
    private final Duration firstRetry;
    private final Caller self;

    public ProsecutionReconciler(PendingProsecutionStore pending, CaseOpener cases, TipDecisions decisions,
                                 Clock clock, ServiceAccount account, MeterRegistry meters,
                                 ProsecutionSettings settings) {
        this.pending = pending;
        this.cases = cases;
        this.decisions = decisions;
        this.clock = clock;
        this.firstRetry = settings.retryEvery();
        this.self = new Caller(account.clientId(), account.clientId(), Caller.SYSTEM_UNIT, Set.of());
        Gauge.builder("lachan.tips.prosecutions.pending", pending::count)
                .description("Prosecutions decided whose case is not opened yet").register(meters);
    }

    @Scheduled(initialDelayString = "${lachan.tips.prosecutions.retry-every:30s}",
            fixedDelayString = "${lachan.tips.prosecutions.retry-every:30s}")
    void scheduled() {
        try {
            completeDue();
        } catch (RuntimeException e) {
            log.warn("pending prosecutions: this round failed, the next one tries again", e);
        }
    }

    /** One round: every pending prosecution due now gets one attempt. Returns how many were recorded. */
    public int completeDue() {
        int recorded = 0;
        Instant now = clock.instant();
        for (PendingProsecution p : pending.takeDue(now, now.plus(LEASE), BATCH)) {
            if (complete(p)) {
                recorded++;
            }
        }
        return recorded;
    }

    private boolean complete(PendingProsecution p) {
        CaseRef kase;
        try {
            kase = cases.open(p, CaseOpener.As.TIP_SERVICE);
        } catch (ValidationException | AccessDeniedException | ConflictException refused) {
            decisions.abandonProsecution(p, refused.getMessage(), self);
            return false;
        } catch (RuntimeException failed) {
            Instant next = PendingProsecution.nextAttempt(clock.instant(), p.attempts(), firstRetry);
            pending.retryAt(p.tipId(), next, String.valueOf(failed.getMessage()));
            log.info("pending prosecution of tip {}: attempt {} failed ({}); next at {}", p.tipId(), p.attempts(),
                    failed.getMessage(), next);
            return false;
        }
        decisions.completeProsecution(p, kase, self);
        log.info("pending prosecution of tip {} completed with case {}", p.tipId(), kase.number());
        return true;
    }
}
