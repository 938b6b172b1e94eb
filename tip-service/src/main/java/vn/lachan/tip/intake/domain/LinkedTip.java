package vn.lachan.tip.intake.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Another tip naming an indicator a tip names, and the canonical values the two share. */
public record LinkedTip(UUID tipId, String receivingUnit, Instant receivedAt, String modusOperandi, TipStatus status,
                        List<String> sharedIndicators) {

    public LinkedTip {
        sharedIndicators = List.copyOf(sharedIndicators);
    }

    public static LinkedTip of(Tip tip, List<String> shared) {
        return new LinkedTip(tip.id(), tip.facts().receivingUnit(), tip.facts().receivedAt(), tip.facts().modusOperandi(),
                tip.status(), shared);
    }

    /** The link without the shared values, for viewers who may not see personal data. */
    public LinkedTip withoutPersonalData() {
        return new LinkedTip(tipId, receivingUnit, receivedAt, modusOperandi, status, List.of());
    }
}
