package vn.lachan.report.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which reports a unit is reminded of on a day: those it owes and has not submitted, due within {@code leadDays}
 * (DUE_SOON) or already past due (OVERDUE).
 */
public final class Reminders {

    public enum Kind {
        DUE_SOON, OVERDUE
    }

    public record Reminder(String unit, ReportingPeriod period, Kind kind, long daysLeft) {

        public String messageVi() {
            String what = (period.kind() == PeriodKind.HALF_YEAR ? "Báo cáo 6 tháng đầu năm " : "Báo cáo năm ") + period.year();
            return kind == Kind.DUE_SOON
                    ? what + " hạn gửi ngày " + vi(period.due()) + " (còn " + daysLeft + " ngày)."
                    : what + " đã quá hạn " + (-daysLeft) + " ngày (hạn " + vi(period.due()) + ").";
        }

        public String messageEn() {
            String what = (period.kind() == PeriodKind.HALF_YEAR ? "Half-year report " : "Yearly report ") + period.year();
            return kind == Kind.DUE_SOON
                    ? what + " is due on " + period.due() + " (" + daysLeft + " days left)."
                    : what + " is " + (-daysLeft) + " days overdue (due " + period.due() + ").";
        }

        private static String vi(LocalDate d) {
            return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        }
    }

    private Reminders() {
    }

    /**
     * @param submitted the periods the unit has submitted a report for (any revision)
     */
    public static List<Reminder> of(UnitRegistry registry, String unit, LocalDate today, int leadDays,
                                    Set<ReportingPeriod> submitted) {
        List<Reminder> result = new ArrayList<>();
        for (ReportingPeriod p : ReportingPeriod.all()) {
            boolean owes = ReportingDuty.expected(registry, p).stream().anyMatch(u -> u.code().equals(unit));
            if (!owes || submitted.contains(p)) {
                continue;
            }
            long daysLeft = ChronoUnit.DAYS.between(today, p.due());
            if (daysLeft < 0) {
                result.add(new Reminder(unit, p, Kind.OVERDUE, daysLeft));
            } else if (daysLeft <= leadDays) {
                result.add(new Reminder(unit, p, Kind.DUE_SOON, daysLeft));
            }
        }
        return result;
    }
}
