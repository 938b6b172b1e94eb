package vn.lachan.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A draft's pre-filled figures read again: sources' figures move, the unit's reasoned overrides and typed figures stay. */
class PrefillRefreshTest {

    static final TemplateIndicator OPENED = new TemplateIndicator("case.opened", "Số vụ án", "Cases opened",
            Measure.COUNT, false, "case-service", "II.2");
    static final TemplateIndicator HELD = new TemplateIndicator("case.amount_held", "Tiền phong tỏa", "Money held",
            Measure.DONG, false, "case-service", "II.2");
    static final TemplateIndicator FORUMS = new TemplateIndicator("forums.held", "Diễn đàn", "Forums",
            Measure.COUNT, true, "unit", "II.2");

    @Test
    void aFigureTheUnitDidNotOverrideTakesWhatTheSourceSaysNow() {
        var current = List.of(Indicator.prefilled(OPENED, 2), Indicator.prefilled(HELD, 100));
        var fresh = List.of(Indicator.prefilled(OPENED, 5), Indicator.prefilled(HELD, 300));
        assertThat(ReportForm.refreshed(current, fresh)).containsExactly(Indicator.prefilled(OPENED, 5),
                Indicator.prefilled(HELD, 300));
    }

    @Test
    void anOverriddenFigureKeepsItsValueAndReasonWithTheSourcesNewFigureBesideIt() {
        var overridden = Indicator.prefilled(HELD, 100).with(150L, 100L, "Biên bản phong tỏa bổ sung");
        var refreshed = ReportForm.refreshed(List.of(Indicator.prefilled(OPENED, 2), overridden),
                List.of(Indicator.prefilled(OPENED, 3), Indicator.prefilled(HELD, 120)));
        assertThat(refreshed.get(1).value()).isEqualTo(150L);
        assertThat(refreshed.get(1).overrideReason()).isEqualTo("Biên bản phong tỏa bổ sung");
        assertThat(refreshed.get(1).prefilledValue()).isEqualTo(120L);
        assertThat(refreshed.get(0).value()).isEqualTo(3L);
    }

    @Test
    void aTypedFigureStaysAsTypedAndAnOverriddenFigureTheSourceNoLongerGivesIsKept() {
        var typed = Indicator.empty(FORUMS).with(4L, null, null);
        var modus = new Indicator("tips.modus.LOAN_SHARK", "Tín dụng đen", "Loan sharks", Measure.COUNT, false,
                "tip-service", 1L, 1L, null).with(2L, 1L, "Một tin báo nhận trực tiếp chưa nhập");
        var gone = new Indicator("tips.modus.GAMBLING", "Cờ bạc", "Gambling", Measure.COUNT, false, "tip-service",
                1L, 1L, null);
        var refreshed = ReportForm.refreshed(List.of(typed, modus, gone), List.of(Indicator.empty(FORUMS)));
        assertThat(refreshed).extracting(Indicator::code).containsExactly("forums.held", "tips.modus.LOAN_SHARK");
        assertThat(refreshed.get(0).value()).isEqualTo(4L);
        assertThat(refreshed.get(1).value()).isEqualTo(2L);
    }
}
