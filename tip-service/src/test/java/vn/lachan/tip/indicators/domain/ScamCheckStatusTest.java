package vn.lachan.tip.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScamCheckStatusTest {

    static final LocalDate FIRST = LocalDate.of(2025, 3, 1);
    static final LocalDate LAST = LocalDate.of(2025, 6, 14);

    @ParameterizedTest(name = "{0} tips, {1} prosecuted, {2} not prosecuted → {3}")
    @CsvSource({
            "0, 0, 0, NOT_FOUND",
            "1, 0, 0, UNDER_VERIFICATION",
            "1, 1, 0, REPORTED",
            "1, 0, 1, NOT_FOUND",
            "2, 0, 0, REPORTED",
            "2, 0, 2, REPORTED",
            "2, 1, 1, REPORTED",
            "3, 0, 0, REPORTED",
            "50, 0, 0, REPORTED"})
    void statusFollowsCountAndDecisions(long count, long prosecuted, long dismissed, ScamCheckStatus expected) {
        var reports = new IndicatorReports(count, count == 0 ? null : FIRST, count == 0 ? null : LAST, prosecuted, dismissed);
        assertThat(ScamCheckStatus.of(reports)).isEqualTo(expected);
    }

    @Test
    void aSingleReportUnderVerificationShowsItsCountAndDays() {
        var answer = ScamCheckAnswer.of("+84912345678", new IndicatorReports(1, FIRST, FIRST, 0, 0));
        assertThat(answer).isEqualTo(new ScamCheckAnswer("+84912345678", ScamCheckStatus.UNDER_VERIFICATION, 1, FIRST, FIRST));
    }

    @Test
    void aGroundlessOnlyReportLooksLikeNoReport() {
        var dismissed = ScamCheckAnswer.of("+84912345678", new IndicatorReports(1, FIRST, FIRST, 0, 1));
        assertThat(dismissed).isEqualTo(ScamCheckAnswer.of("+84912345678", IndicatorReports.NONE));
        assertThat(dismissed).isEqualTo(new ScamCheckAnswer("+84912345678", ScamCheckStatus.NOT_FOUND, 0, null, null));
    }

    @Test
    void aLaterReadingHasAHigherVersion() {
        var one = new IndicatorReports(1, FIRST, FIRST, 0, 0);
        var decided = new IndicatorReports(1, FIRST, FIRST, 1, 0);
        var two = new IndicatorReports(2, FIRST, LAST, 0, 0);
        assertThat(one.version()).isLessThan(decided.version()).isLessThan(new IndicatorReports(2, FIRST, LAST, 1, 0).version());
        assertThat(one.version()).isLessThan(two.version());
        assertThat(IndicatorReports.NONE.version()).isZero();
    }
}
