package vn.lachan.tip.publictips.domain;

import java.time.Instant;
import java.util.List;
import vn.lachan.tip.indicators.domain.Indicator;
import vn.lachan.tip.intake.domain.Channel;
import vn.lachan.tip.intake.domain.SourceKind;
import vn.lachan.tip.intake.domain.TipDraft;

/**
 * A tip as a citizen files it on the public portal. The police route it: it is always a denunciation through the
 * web portal, received by the provincial police. Absent values are null (texts, times); {@code reporter} and
 * {@code victim} are {@link Contact#NONE} when not given, and a filing without a reporter is anonymous.
 */
public record PublicFiling(
        Contact reporter,
        Contact victim,
        String modusOperandi,
        String narrative,
        long lossDong,
        Instant lastTransferAt,
        List<Indicator> indicators) {

    public static final String RECEIVING_UNIT = "cong-an-tinh";
    /** The modus operandi of a filing whose citizen did not pick one. */
    public static final String UNCLASSIFIED = "OTHER";

    public PublicFiling {
        reporter = reporter == null ? Contact.NONE : reporter;
        victim = victim == null ? Contact.NONE : victim;
        modusOperandi = modusOperandi == null || modusOperandi.isBlank() ? UNCLASSIFIED : modusOperandi.strip();
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public boolean anonymous() {
        return reporter.isEmpty();
    }

    /** The tip's facts, received at {@code receivedAt}. */
    public TipDraft draft(Instant receivedAt) {
        return new TipDraft(receivedAt, Channel.WEB_PORTAL, SourceKind.DENUNCIATION, RECEIVING_UNIT, modusOperandi,
                narrative, lossDong, lastTransferAt, indicators);
    }

    public PublicFiling with(Contact checkedReporter, Contact checkedVictim, List<Indicator> checkedIndicators) {
        return new PublicFiling(checkedReporter, checkedVictim, modusOperandi, narrative, lossDong, lastTransferAt,
                checkedIndicators);
    }
}
