package vn.lachan.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a case's history: who did what, in which unit, when, why and under which document.
 *
 * @param kind           what happened
 * @param move           the stage move, for {@link Kind#MOVED}
 * @param from           the stage before
 * @param to             the stage after (the same as {@code from} when the stage did not change)
 * @param at             when it was recorded
 * @param actor          who recorded it
 * @param actorUnit      the unit they acted for
 * @param reason         why
 * @param documentNumber the decision's number (số quyết định), when there is one
 * @param documentDate   the decision's date
 * @param months         the months of an extension asked or granted
 * @param courtUnit      the court an indictment sends the case to
 * @param flags          the flags after a change of flags
 */
public record CaseEvent(
        Kind kind,
        CaseMove move,
        Stage from,
        Stage to,
        Instant at,
        String actor,
        String actorUnit,
        String reason,
        String documentNumber,
        LocalDate documentDate,
        int months,
        String courtUnit,
        CaseFlags flags) {

    public enum Kind {
        MOVED, EXTENSION_REQUESTED, EXTENSION_APPROVED, EXTENSION_REFUSED, FLAGS_CHANGED
    }

    public CaseEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorUnit, "actorUnit");
    }
}
