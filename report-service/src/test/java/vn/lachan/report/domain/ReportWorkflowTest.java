package vn.lachan.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.Violations;

class ReportWorkflowTest {

    static final Indicator SESSIONS = new Indicator("propaganda.sessions", "Số buổi tuyên truyền", "Sessions",
            Measure.COUNT, true, "unit", null, null, null);
    static final Indicator HELD = new Indicator("money.held", "Số tiền phong tỏa", "Money held", Measure.DONG, false,
            "unit", null, null, null);
    static final Indicator TIPS = new Indicator("tips.total", "Tin báo", "Tips", Measure.COUNT, true, "tip-service",
            7L, 7L, null);
    static final List<Indicator> REPORT = List.of(SESSIONS, HELD, TIPS);

    static List<String> problems(List<IndicatorEntry> entries) {
        Violations v = new Violations();
        ReportWorkflow.apply(REPORT, entries, v);
        return v.list().stream().map(f -> f.field() + " " + f.code()).toList();
    }

    @Test
    void negativeFractionalWordyAndAbsurdValuesAreRefusedEachOnItsField() {
        assertThat(problems(List.of(
                new IndicatorEntry("propaganda.sessions", "-3", null),
                new IndicatorEntry("money.held", "1.5", null),
                new IndicatorEntry("nothing.here", "1", null),
                new IndicatorEntry("propaganda.sessions", "2", null))))
                .containsExactly("indicators[0].value NEGATIVE", "indicators[1].value NOT_INTEGER",
                        "indicators[2].code UNKNOWN", "indicators[3].code DUPLICATE");
        assertThat(problems(List.of(new IndicatorEntry("money.held", "1.000.000", null)))).containsExactly("indicators[0].value NOT_INTEGER");
        assertThat(problems(List.of(new IndicatorEntry("money.held", "10000000000000000", null)))).containsExactly("indicators[0].value TOO_LARGE");
        assertThat(problems(List.of(new IndicatorEntry("money.held", "999999999999999", null)))).isEmpty();
    }

    @Test
    void overridingAPrefilledFigureNeedsAReasonAndKeepsWhatTheSourceSaid() {
        assertThat(problems(List.of(new IndicatorEntry("tips.total", "9", "")))).containsExactly("indicators[0].override_reason REQUIRED");
        Violations v = new Violations();
        var result = ReportWorkflow.apply(REPORT, List.of(new IndicatorEntry("tips.total", "9", "2 tin báo nhận trực tiếp tại xã")), v);
        assertThat(v.isEmpty()).isTrue();
        Indicator tips = result.get(2);
        assertThat(tips.value()).isEqualTo(9L);
        assertThat(tips.prefilledValue()).isEqualTo(7L);
        assertThat(tips.effectiveSource()).isEqualTo("unit");
        // an empty value puts the source's figure back
        var restored = ReportWorkflow.apply(result, List.of(new IndicatorEntry("tips.total", "", null)), v).get(2);
        assertThat(restored.value()).isEqualTo(7L);
        assertThat(restored.overridden()).isFalse();
    }

    @Test
    void submittingListsEveryRequiredIndicatorStillEmpty() {
        Violations v = new Violations();
        ReportWorkflow.checkComplete(List.of(SESSIONS, HELD, TIPS,
                new Indicator("training.sessions", "Tập huấn", "Trainings", Measure.COUNT, true, "unit", null, null, null)), v);
        assertThat(v.list()).extracting(FieldViolation::field)
                .containsExactly("indicators[propaganda.sessions]", "indicators[training.sessions]");
        assertThat(v.list().get(0).vi()).contains("Số buổi tuyên truyền");
    }
}
