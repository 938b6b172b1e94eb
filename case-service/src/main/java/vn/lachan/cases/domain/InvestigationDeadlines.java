package vn.lachan.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import vn.lachan.platform.time.LegalCalendar;
import vn.lachan.platform.time.LegalTime;

/**
 * The investigation time limit (Criminal Procedure Code, Art. 172(1)), counted in months from the legal day
 * in Asia/Ho_Chi_Minh on which the case was opened. A month ends on the same day of the later month, or on
 * its last day when it has no such day, and a limit ending on a day off ends on the next working day (Art. 134).
 */
public final class InvestigationDeadlines {

    private InvestigationDeadlines() {
    }

    public static int months(CrimeCategory category) {
        return switch (category) {
            case LESS_SERIOUS -> 2;
            case SERIOUS -> 3;
            case VERY_SERIOUS, PARTICULARLY_SERIOUS -> 4;
        };
    }

    /** The last legal day of the investigation of a case of {@code category} opened at {@code openedAt}. */
    public static LocalDate due(LegalCalendar calendar, CrimeCategory category, Instant openedAt) {
        return calendar.plusMonths(LegalTime.legalDay(openedAt), months(category));
    }
}
