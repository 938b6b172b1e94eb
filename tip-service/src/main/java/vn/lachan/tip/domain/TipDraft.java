package vn.lachan.tip.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What a caller says about a new tip. Absent values are null (enums, times, texts) so the rules can
 * tell "not given" from "given wrong".
 */
public record TipDraft(
        Instant receivedAt,
        Channel channel,
        SourceKind sourceKind,
        String receivingUnit,
        String modusOperandi,
        String narrative,
        long lossDong,
        Instant lastTransferAt) {

    /** The same draft received at {@code at}, for tips whose caller did not say when. */
    public TipDraft receivedAt(Instant at) {
        return new TipDraft(at, channel, sourceKind, receivingUnit, modusOperandi, narrative, lossDong, lastTransferAt);
    }

    /** The same draft with its times at the microsecond precision they are stored with. */
    public TipDraft truncatedToMicros() {
        return new TipDraft(micros(receivedAt), channel, sourceKind, receivingUnit, modusOperandi, narrative, lossDong,
                micros(lastTransferAt));
    }

    private static Instant micros(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }
}
