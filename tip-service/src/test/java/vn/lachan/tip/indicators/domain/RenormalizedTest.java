package vn.lachan.tip.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RenormalizedTest {

    @Test
    void aValueTheOlderNormaliserGotWrongIsChanged() {
        assertThat(Renormalized.of(IndicatorType.URL, "http://evil.example\\@real-bank.vn/", "real-bank.vn"))
                .isEqualTo(new Renormalized.Changed("evil.example/@real-bank.vn"));
        assertThat(Renormalized.of(IndicatorType.BANK_ACCOUNT, "NHVIETCOMBANK:0011004123456", "NHVIETCOMBANK:0011004123456"))
                .isEqualTo(new Renormalized.Changed("VCB:0011004123456"));
    }

    @Test
    void aValueInCanonicalFormIsUnchanged() {
        assertThat(Renormalized.of(IndicatorType.PHONE, "0912 345 678", "+84912345678")).isEqualTo(new Renormalized.Unchanged());
        assertThat(Renormalized.of(IndicatorType.PHONE, "+84912345678", "+84912345678")).isEqualTo(new Renormalized.Unchanged());
    }

    @Test
    void aValueTheNewerNormaliserRefusesIsKeptWithTheReason() {
        assertThat(Renormalized.of(IndicatorType.PHONE, "0521234567", "+84521234567"))
                .isEqualTo(new Renormalized.Refused("UNASSIGNED_NUMBER"));
    }
}
