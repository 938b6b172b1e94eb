package vn.lachan.tip.domain;

import java.time.Instant;
import java.time.LocalDate;
import vn.lachan.platform.time.LegalTime;

/** Legal deadlines of a tip (Criminal Procedure Code, Art. 147), counted in days of Asia/Ho_Chi_Minh. */
public final class TipDeadlines {

    static final int DECISION_DAYS = 20;

    private TipDeadlines() {
    }

    /** A decision is due 20 days after the day of receipt. */
    public static LocalDate decisionDue(Instant receivedAt) {
        return LegalTime.legalDay(receivedAt).plusDays(DECISION_DAYS);
    }
}
