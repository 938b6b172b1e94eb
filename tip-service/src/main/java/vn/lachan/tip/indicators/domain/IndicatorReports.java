package vn.lachan.tip.indicators.domain;

import java.util.Optional;

/**
 * What the police verified about one indicator: how many tips naming it were decided "prosecute", and the latest
 * of the officers' publications and withdrawals of it (empty when there was none). Nothing about tips still being
 * verified is kept here, so nothing of it can reach the public check. Both figures only grow (a decision is final,
 * publications are appended), so of two readings the one with the larger {@link #version()} is the later.
 */
public record IndicatorReports(long prosecuted, long publications, Optional<PublicationEvent.Action> lastAction,
                               Optional<PublicationBasis> lastBasis) {

    public static final IndicatorReports NONE = new IndicatorReports(0, 0, Optional.empty(), Optional.empty());

    public long version() {
        return prosecuted + publications;
    }

    /** Why the value is answered REPORTED; empty when it is not. */
    public Optional<PublicationBasis> basis() {
        if (lastAction.isPresent()) {
            return lastAction.get() == PublicationEvent.Action.PUBLISH ? lastBasis : Optional.empty();
        }
        return prosecuted > 0 ? Optional.of(PublicationBasis.PROSECUTION) : Optional.empty();
    }

    /** An officer withdrew it and nobody published it again since. */
    public boolean withdrawn() {
        return lastAction.filter(a -> a == PublicationEvent.Action.WITHDRAW).isPresent();
    }
}
