package vn.lachan.tip.indicators.domain;

import java.time.Instant;

/** One publication or withdrawal of a value by an officer; kept forever, in order. */
public record PublicationEvent(Action action, PublicationBasis basis, String reason, String officer,
                               String officerUnit, Instant at) {

    public enum Action {
        PUBLISH, WITHDRAW
    }
}
