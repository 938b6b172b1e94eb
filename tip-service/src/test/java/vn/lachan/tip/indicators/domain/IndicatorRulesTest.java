package vn.lachan.tip.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;

class IndicatorRulesTest {

    @Test
    void checkedIndicatorsCarryTheirCanonicalValueAndKeepWhatWasWritten() {
        var checked = IndicatorRules.check("tip.indicators", List.of(
                Indicator.given(IndicatorType.PHONE, " 0912 345 678 "),
                Indicator.given(IndicatorType.BANK_ACCOUNT, "vcb 0011004123456")));
        assertThat(checked.violations()).isEmpty();
        assertThat(checked.indicators()).containsExactly(
                new Indicator(IndicatorType.PHONE, "0912 345 678", "+84912345678"),
                new Indicator(IndicatorType.BANK_ACCOUNT, "vcb 0011004123456", "VCB:0011004123456"));
    }

    @Test
    void everyBadIndicatorIsReportedOnItsOwnField() {
        var checked = IndicatorRules.check("tip.indicators", List.of(
                Indicator.given(IndicatorType.PHONE, "0912 345 678"),
                Indicator.given(IndicatorType.PHONE, "12345"),
                Indicator.given(null, "vi-du.vn"),
                Indicator.given(IndicatorType.EMAIL, " "),
                Indicator.given(null, null)));
        assertThat(checked.indicators()).isEmpty();
        assertThat(checked.violations()).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                tuple("tip.indicators[1].value", "INVALID_FORMAT"),
                tuple("tip.indicators[2].type", "REQUIRED"),
                tuple("tip.indicators[3].value", "REQUIRED"),
                tuple("tip.indicators[4].type", "REQUIRED"),
                tuple("tip.indicators[4].value", "REQUIRED"));
        assertThat(checked.violations().get(1).vi()).contains("PHONE", "URL", "CRYPTO_WALLET");
        assertThat(checked.violations()).allSatisfy(v -> {
            assertThat(v.vi()).isNotBlank();
            assertThat(v.en()).isNotBlank();
        });
    }

    @Test
    void atMostFiftyIndicatorsPerTip() {
        var fifty = Collections.nCopies(IndicatorRules.MAX_PER_TIP, Indicator.given(IndicatorType.PHONE, "0912345678"));
        assertThat(IndicatorRules.check("tip.indicators", fifty).violations()).isEmpty();

        var more = Collections.nCopies(IndicatorRules.MAX_PER_TIP + 1, Indicator.given(IndicatorType.PHONE, "0912345678"));
        var checked = IndicatorRules.check("tip.indicators", more);
        assertThat(checked.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("tip.indicators", "TOO_MANY"));
        assertThat(checked.violations().getFirst().en()).contains("At most 50", "got 51");
    }

    @Test
    void theTipsOtherViolationsComeFirstThenTheIndicators() {
        var checked = IndicatorRules.check("tip.indicators", List.of(Indicator.given(IndicatorType.URL, "không phải web")));
        var other = new ValidationException(FieldViolation.required("tip.channel"));
        assertThat(checked.addedTo(other).violations()).extracting(FieldViolation::field)
                .containsExactly("tip.channel", "tip.indicators[0].value");
        var failure = catchThrowableOfType(ValidationException.class, checked::throwIfAny);
        assertThat(failure.violations()).hasSize(1);
    }
}
