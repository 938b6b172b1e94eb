package vn.lachan.tip.indicators;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lachan.tip.indicators.domain.IndicatorNormalizer;
import vn.lachan.tip.indicators.domain.Renormalized;
import vn.lachan.tip.indicators.store.IndicatorRenormalizationStore;
import vn.lachan.tip.indicators.store.IndicatorRenormalizationStore.Stored;

/**
 * When the normaliser changes ({@link IndicatorNormalizer#VERSION}), the values stored under the older one are
 * normalised again, so tips keep linking and the scam check keeps finding what the police verified: tips' indicators
 * from the values as written, publications and review requests from their canonical form (all they keep). A value
 * the newer normaliser refuses is kept as it was. It runs at start-up, before the scam-check index is rebuilt (whose
 * keys carry the version, so the index is rebuilt from the rewritten values), in one transaction, once per version
 * (replicas wait for each other and find it done), and rewriting an already canonical value changes nothing.
 */
@Service
public class IndicatorRenormalization implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndicatorRenormalization.class);

    /** What one run did; {@code ran} is false when the version was applied already. */
    public record Outcome(boolean ran, long changed, long kept) {
    }

    private final IndicatorRenormalizationStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public IndicatorRenormalization(IndicatorRenormalizationStore store, PlatformTransactionManager transactions,
                                    Clock clock) {
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            Outcome outcome = renormalize();
            if (outcome.ran()) {
                log.info("Indicators normalised again for normaliser version {}: {} rows changed, {} values kept as they"
                        + " were (refused by the newer normaliser)", IndicatorNormalizer.VERSION, outcome.changed(),
                        outcome.kept());
            }
        } catch (DataAccessException e) {
            // the service still answers; values stored under the older normaliser link and match as before until then
            log.error("Indicators not normalised again for normaliser version {}; the next start retries: {}",
                    IndicatorNormalizer.VERSION, e.getMessage());
        }
    }

    public Outcome renormalize() {
        return transaction.execute(tx -> {
            if (store.lockAndCheck(IndicatorNormalizer.VERSION)) {
                return new Outcome(false, 0, 0);
            }
            long changed = 0;
            long kept = 0;
            for (Stored stored : store.tipIndicators()) {
                Renormalized now = Renormalized.of(stored.type(), stored.source(), stored.normalized());
                if (now instanceof Renormalized.Changed(String normalized)) {
                    changed += store.rewriteTipIndicators(stored, normalized);
                } else if (now instanceof Renormalized.Refused) {
                    kept++;
                }
            }
            for (Stored stored : store.publishedValues()) {
                Renormalized now = Renormalized.of(stored.type(), stored.normalized(), stored.normalized());
                if (now instanceof Renormalized.Changed(String normalized)) {
                    changed += store.rewritePublishedValue(stored, normalized);
                } else if (now instanceof Renormalized.Refused) {
                    kept++;
                }
            }
            store.recordVersion(IndicatorNormalizer.VERSION, clock.instant(), changed, kept);
            return new Outcome(true, changed, kept);
        });
    }
}
