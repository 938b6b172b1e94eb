package vn.lachan.cases.domain;

import java.time.LocalDate;
import vn.lachan.platform.money.Money;

/**
 * A unit's case figures in a window of legal days (both days included), for its periodic report: cases it (or a unit
 * below it) opened, freeze requests sent on those cases, the money banks held on them and the money
 * they reported returned to victims, in whole đồng.
 */
public record CaseFigures(String unit, LocalDate from, LocalDate to, long casesOpened, long freezeRequestsSent,
                          Money amountHeld, Money amountReturned) {

    public CaseFigures {
        if (casesOpened < 0 || freezeRequestsSent < 0 || amountHeld.dong() < 0 || amountReturned.dong() < 0) {
            throw new IllegalArgumentException("case figures are never negative");
        }
    }
}
