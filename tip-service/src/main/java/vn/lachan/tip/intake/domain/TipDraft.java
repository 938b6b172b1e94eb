package vn.lachan.tip.intake.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.lachan.tip.indicators.domain.Indicator;
import vn.lachan.tip.indicators.domain.IndicatorRules;

/**
 * What a caller says about a new tip. Absent values are null (enums, times, texts) so the rules can
 * tell "not given" from "given wrong". Indicators are as given until {@link IndicatorRules} has
 * checked them, then carry their canonical values. {@code petitioningUnit} is the state body filing a
 * {@link SourceKind#PETITION} (null otherwise).
 */
public record TipDraft(
        Instant receivedAt,
        Channel channel,
        SourceKind sourceKind,
        String receivingUnit,
        String modusOperandi,
        String narrative,
        long lossDong,
        Instant lastTransferAt,
        List<Indicator> indicators,
        String petitioningUnit) {

    public TipDraft {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** A draft naming no petitioning body. */
    public TipDraft(Instant receivedAt, Channel channel, SourceKind sourceKind, String receivingUnit,
                    String modusOperandi, String narrative, long lossDong, Instant lastTransferAt,
                    List<Indicator> indicators) {
        this(receivedAt, channel, sourceKind, receivingUnit, modusOperandi, narrative, lossDong, lastTransferAt, indicators,
                null);
    }

    /** A draft without indicators. */
    public TipDraft(Instant receivedAt, Channel channel, SourceKind sourceKind, String receivingUnit,
                    String modusOperandi, String narrative, long lossDong, Instant lastTransferAt) {
        this(receivedAt, channel, sourceKind, receivingUnit, modusOperandi, narrative, lossDong, lastTransferAt, List.of());
    }

    /** The same draft received at {@code at}, for tips whose caller did not say when. */
    public TipDraft receivedAt(Instant at) {
        return new TipDraft(at, channel, sourceKind, receivingUnit, modusOperandi, narrative, lossDong, lastTransferAt,
                indicators, petitioningUnit);
    }

    /** The same draft with its times at the microsecond precision they are stored with. */
    public TipDraft truncatedToMicros() {
        return new TipDraft(micros(receivedAt), channel, sourceKind, receivingUnit, modusOperandi, narrative, lossDong,
                micros(lastTransferAt), indicators, petitioningUnit);
    }

    /** The same draft with {@code checked} indicators, e.g. those {@link IndicatorRules} normalised. */
    public TipDraft withIndicators(List<Indicator> checked) {
        return new TipDraft(receivedAt, channel, sourceKind, receivingUnit, modusOperandi, narrative, lossDong,
                lastTransferAt, checked, petitioningUnit);
    }

    private static Instant micros(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }
}
