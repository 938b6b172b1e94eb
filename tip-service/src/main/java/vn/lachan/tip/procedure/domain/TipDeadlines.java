package vn.lachan.tip.procedure.domain;

import java.time.Instant;
import java.time.LocalDate;
import vn.lachan.platform.time.LegalCalendar;
import vn.lachan.platform.time.LegalTime;

/**
 * Legal deadlines of a tip (Criminal Procedure Code, Arts. 146, 147, 149), counted in days of Asia/Ho_Chi_Minh;
 * a deadline that ends on a day off ends on the next working day of the legal calendar (Art. 134).
 */
public final class TipDeadlines {

    static final int DECISION_DAYS = 20;
    static final int NOTIFICATION_DAYS = 3;
    static final int EXTENSION_MONTHS = 2;
    static final int PROCURACY_EXTENSION_MONTHS = 2;
    static final int RESUMED_MONTHS = 1;
    /** The overdue view also shows the decisions due within this many days. */
    public static final int DUE_SOON_DAYS = 7;

    private TipDeadlines() {
    }

    /** A decision is due 20 days after the day of receipt. */
    public static LocalDate decisionDue(LegalCalendar calendar, Instant receivedAt) {
        return calendar.plusDays(LegalTime.legalDay(receivedAt), DECISION_DAYS);
    }

    /** The procuracy must be notified in writing within 3 days of receipt (Art. 146). */
    public static LocalDate notificationDue(LegalCalendar calendar, Instant receivedAt) {
        return calendar.plusDays(LegalTime.legalDay(receivedAt), NOTIFICATION_DAYS);
    }

    /** For a complex tip the handling body may extend the deadline to at most 2 months after receipt (Art. 147(3)). */
    public static LocalDate latestExtension(LegalCalendar calendar, Instant receivedAt) {
        return calendar.plusMonths(LegalTime.legalDay(receivedAt), EXTENSION_MONTHS);
    }

    /** The procuracy may then extend it once more, by at most 2 months (Art. 147(3)). */
    public static LocalDate latestProcuracyExtension(LegalCalendar calendar, LocalDate extendedUntil) {
        return calendar.plusMonths(extendedUntil, PROCURACY_EXTENSION_MONTHS);
    }

    /** Once a suspended tip is resumed, a decision is due within one month (Art. 149(1)). */
    public static LocalDate dueAfterResumption(LegalCalendar calendar, LocalDate resumedOn) {
        return calendar.plusMonths(resumedOn, RESUMED_MONTHS);
    }

    /** A deadline has passed once its last day is over. */
    public static boolean hasPassed(LocalDate due, LocalDate today) {
        return today.isAfter(due);
    }

    /** A tip received before this instant and not yet notified to the procuracy is late on {@code today}. */
    public static Instant notificationLateIfReceivedBefore(LegalCalendar calendar, LocalDate today) {
        // the notification deadline never moves back as the day of receipt moves on, so walk back to the last
        // day of receipt whose deadline is already over
        LocalDate received = today.minusDays(NOTIFICATION_DAYS);
        while (!hasPassed(calendar.plusDays(received, NOTIFICATION_DAYS), today)) {
            received = received.minusDays(1);
        }
        return LegalTime.startOf(received.plusDays(1));
    }
}
