package vn.lachan.tip.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScamCheckStatusTest {

    static IndicatorReports reports(long prosecuted, String lastAction, String lastBasis) {
        long publications = lastAction.isEmpty() ? 0 : 1;
        return new IndicatorReports(prosecuted, publications,
                Optional.of(lastAction).filter(a -> !a.isEmpty()).map(PublicationEvent.Action::valueOf),
                Optional.of(lastBasis).filter(b -> !b.isEmpty()).map(PublicationBasis::valueOf));
    }

    @ParameterizedTest(name = "{0} prosecuted, last publication ''{1}'' ''{2}'' → {3} {4}")
    @CsvSource({
            // nothing verified: however many tips mention it, nothing is published
            "0, '', '', NOT_FOUND, ''",
            "1, '', '', REPORTED, PROSECUTION",
            "3, '', '', REPORTED, PROSECUTION",
            "0, PUBLISH, OFFICER_VERIFIED, REPORTED, OFFICER_VERIFIED",
            "0, PUBLISH, BANK_HOLD, REPORTED, BANK_HOLD",
            "2, PUBLISH, BANK_HOLD, REPORTED, BANK_HOLD",
            // a withdrawal overrides prosecutions until the value is published again
            "0, WITHDRAW, '', NOT_FOUND, ''",
            "5, WITHDRAW, '', NOT_FOUND, ''"})
    void onlyWhatThePoliceVerifiedIsReported(long prosecuted, String action, String basis, ScamCheckStatus expected,
                                            String expectedBasis) {
        IndicatorReports r = reports(prosecuted, action, basis);
        assertThat(ScamCheckStatus.of(r)).isEqualTo(expected);
        assertThat(r.basis().map(Enum::name).orElse("")).isEqualTo(expectedBasis);
        assertThat(r.withdrawn()).isEqualTo(action.equals("WITHDRAW"));
    }

    @Test
    void theAnswerCarriesNothingButTheValueAndItsStatus() {
        assertThat(ScamCheckAnswer.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("normalized", "status");
        assertThat(ScamCheckAnswer.of("+84912345678", IndicatorReports.NONE))
                .isEqualTo(new ScamCheckAnswer("+84912345678", ScamCheckStatus.NOT_FOUND));
    }

    @Test
    void aLaterReadingHasALargerVersion() {
        IndicatorReports published = reports(0, "PUBLISH", "OFFICER_VERIFIED");
        IndicatorReports withdrawn = new IndicatorReports(0, 2, Optional.of(PublicationEvent.Action.WITHDRAW), Optional.empty());
        IndicatorReports prosecutedToo = new IndicatorReports(1, 2, Optional.of(PublicationEvent.Action.WITHDRAW), Optional.empty());
        assertThat(IndicatorReports.NONE.version()).isLessThan(published.version());
        assertThat(published.version()).isLessThan(withdrawn.version());
        assertThat(withdrawn.version()).isLessThan(prosecutedToo.version());
    }
}
