package vn.lachan.tip.indicators.domain;

import java.time.LocalDate;

/**
 * What the tips naming one indicator say about it: how many there are, the legal days the first and the
 * latest were received, and how many were decided to prosecute or not to. Every figure only grows (tips are
 * never deleted and a decision is final), so of two readings the one with the larger {@link #version()} is
 * the later.
 *
 * @param firstReportedOn null when {@code count} is 0, like {@code lastReportedOn}
 */
public record IndicatorReports(long count, LocalDate firstReportedOn, LocalDate lastReportedOn, long prosecuted,
                               long dismissed) {

    public static final IndicatorReports NONE = new IndicatorReports(0, null, null, 0, 0);

    public long version() {
        return count + prosecuted + dismissed;
    }
}
