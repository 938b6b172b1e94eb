package vn.lachan.tip.publictips.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One message between a public tip's tipster and the police.
 *
 * @param officer     who replied for the police; null for the tipster's messages
 * @param officerUnit their unit; null for the tipster's messages
 */
public record TipsterMessage(long id, UUID tipId, Author author, String text, Instant at, String officer,
                             String officerUnit) {

    public enum Author {
        TIPSTER, OFFICER
    }

    /** As the tipster sees it: the police answer as one, without the officer's name. */
    public TipsterMessage forTipster() {
        return new TipsterMessage(id, tipId, author, text, at, null, null);
    }
}
