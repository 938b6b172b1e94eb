package vn.lachan.cases.domain;

import java.time.LocalDate;
import java.util.List;
import vn.lachan.platform.money.Money;

/**
 * A unit's case figures in a window of legal days (both days included), for its periodic report: cases it (or a unit
 * below it) opened, freeze requests sent on those cases, the money banks held on them and the money
 * they reported returned to victims, in whole đồng; and, per bank addressed, its quick response to the requests sent
 * in the window.
 */
public record CaseFigures(String unit, LocalDate from, LocalDate to, long casesOpened, long freezeRequestsSent,
                          Money amountHeld, Money amountReturned, List<BankResponseFigures> banks) {

    public CaseFigures {
        banks = List.copyOf(banks);
        if (banks.stream().mapToLong(BankResponseFigures::requestsSent).sum() != freezeRequestsSent) {
            throw new IllegalArgumentException("the banks' requests add up to the requests sent");
        }
        if (casesOpened < 0 || freezeRequestsSent < 0 || amountHeld.dong() < 0 || amountReturned.dong() < 0) {
            throw new IllegalArgumentException("case figures are never negative");
        }
    }
}
