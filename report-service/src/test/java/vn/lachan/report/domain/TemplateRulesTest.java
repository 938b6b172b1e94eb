package vn.lachan.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.Violations;

class TemplateRulesTest {

    static final UnitRegistry UNITS = registry();

    static UnitRegistry registry() {
        try (var in = new InputStreamReader(TemplateRulesTest.class.getResourceAsStream("/units/units.tsv"),
                StandardCharsets.UTF_8)) {
            return UnitRegistry.read(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static TemplateIndicator typed(String code) {
        return new TemplateIndicator(code, "Nhãn " + code, "Label " + code, Measure.COUNT, true, "unit", "II.1");
    }

    static List<String> fieldsOf(String appliesTo, List<TemplateIndicator> indicators, String note) {
        Violations v = new Violations();
        TemplateRules.check(UNITS, appliesTo, indicators, note, v);
        return v.list().stream().map(FieldViolation::field).toList();
    }

    @Test
    void aTemplateAppliesToAKindOrAUnitOfTheRegistry() {
        assertThat(fieldsOf("bank", List.of(typed("atm.inspected")), "v2")).isEmpty();
        assertThat(fieldsOf("so-cong-thuong", List.of(typed("ecommerce.inspected")), "v2")).isEmpty();
        assertThat(fieldsOf("planet", List.of(typed("atm.inspected")), "v2")).containsExactly("applies_to");
    }

    @Test
    void codesAreUniqueAndWellFormedAndLabelsMeasureAndNoteRequired() {
        var noMeasure = new TemplateIndicator("b.c", "x", "", null, false, "unit", "");
        assertThat(fieldsOf("bank", List.of(typed("a.b"), typed("a.b"), typed("A B"), noMeasure), " "))
                .containsExactlyInAnyOrder("change_note", "indicators[1].code", "indicators[2].code",
                        "indicators[3].label_en", "indicators[3].measure");
        assertThat(fieldsOf("bank", List.of(), "x")).containsExactly("indicators");
    }

    @Test
    void aPrefilledIndicatorMustBeOneItsSourceProvides() {
        var tips = new TemplateIndicator("tips.total", "Tin báo", "Tips", Measure.COUNT, true, "tip-service", "II.13");
        var invented = new TemplateIndicator("tips.solved", "Tin báo", "Tips", Measure.COUNT, true, "tip-service", "II.13");
        var nowhere = new TemplateIndicator("x.y", "X", "X", Measure.COUNT, true, "weather-service", "");
        assertThat(fieldsOf("district", List.of(tips), "x")).isEmpty();
        assertThat(fieldsOf("district", List.of(invented, nowhere), "x"))
                .containsExactly("indicators[0].code", "indicators[1].source");
    }

    @Test
    void aNewReportIsPrefilledWhereTheTemplateSaysAndEmptyWhereTheUnitTypes() {
        var template = new ReportTemplate("district", 3, List.of(
                typed("propaganda.sessions"),
                new TemplateIndicator("tips.total", "Tin báo", "Tips", Measure.COUNT, true, "tip-service", "II.13")),
                "", "", "x", java.time.Instant.EPOCH, "admin");
        var counts = new TipCounts(5, List.of(new TipCounts.ModusCount("ONLINE_SHOPPING", "Mua bán", "Shopping", 5)));
        assertThat(ReportForm.needsTips(template)).isTrue();
        var indicators = ReportForm.indicators(template, Optional.of(counts));
        assertThat(indicators).extracting(Indicator::code, Indicator::value, Indicator::effectiveSource).containsExactly(
                org.assertj.core.groups.Tuple.tuple("propaganda.sessions", null, "unit"),
                org.assertj.core.groups.Tuple.tuple("tips.total", 5L, "tip-service"),
                org.assertj.core.groups.Tuple.tuple("tips.modus.ONLINE_SHOPPING", 5L, "tip-service"));
        assertThat(ReportForm.needsTips(new ReportTemplate("bank", 1, List.of(typed("atm.inspected")), "", "", "x",
                java.time.Instant.EPOCH, "admin"))).isFalse();
    }

    @Test
    void tipOutcomesArePrefilledFromTipService() {
        var template = new ReportTemplate("police", 2, List.of(
                new TemplateIndicator("tips.prosecuted", "Khởi tố", "Prosecuted", Measure.COUNT, true, "tip-service", "II.2"),
                new TemplateIndicator("tips.undecided", "Đang giải quyết", "Undecided", Measure.COUNT, true, "tip-service", "II.2"),
                new TemplateIndicator("tips.overdue", "Quá hạn", "Overdue", Measure.COUNT, true, "tip-service", "II.2")),
                "", "", "x", java.time.Instant.EPOCH, "admin");
        var counts = new TipCounts(9, List.of(), java.util.Map.of("PROSECUTED", 3L, "UNDECIDED", 6L), 2);
        assertThat(ReportForm.indicators(template, Optional.of(counts)))
                .extracting(Indicator::code, Indicator::value, Indicator::prefilledValue).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("tips.prosecuted", 3L, 3L),
                        org.assertj.core.groups.Tuple.tuple("tips.undecided", 6L, 6L),
                        org.assertj.core.groups.Tuple.tuple("tips.overdue", 2L, 2L));
    }

    @Test
    void budgetServiceProvidesTheUnitsAllocatedCommittedAndSpentAndNothingElse() {
        var spent = new TemplateIndicator("budget.spent", "Đã chi", "Spent", Measure.DONG, false, "budget-service", "III");
        var allocated = new TemplateIndicator("budget.allocated", "Phân bổ", "Allocated", Measure.DONG, false,
                "budget-service", "III");
        var committed = new TemplateIndicator("budget.committed", "Cam kết", "Committed", Measure.DONG, false,
                "budget-service", "III");
        var invented = new TemplateIndicator("budget.planned", "Kế hoạch", "Planned", Measure.DONG, false,
                "budget-service", "III");
        var fromTips = new TemplateIndicator("budget.spent", "Đã chi", "Spent", Measure.DONG, false, "tip-service", "III");
        assertThat(fieldsOf("department", List.of(spent, allocated, committed), "x")).isEmpty();
        assertThat(fieldsOf("department", List.of(invented, fromTips), "x"))
                .containsExactly("indicators[0].code", "indicators[1].code");
        // the sources named in a stable order in the message
        var v = new vn.lachan.platform.error.Violations();
        TemplateRules.check(UNITS, "department", List.of(new TemplateIndicator("x.y", "X", "X", Measure.COUNT, true,
                "weather-service", "")), "x", v);
        assertThat(v.list()).singleElement().satisfies(f -> assertThat(f.en())
                .isEqualTo("The source is unit or one of tip-service, case-service, budget-service."));
    }

    @Test
    void caseServiceProvidesTheCasesOpenedTheFreezeRequestsAndTheMoneyHeldAndNothingElse() {
        var opened = new TemplateIndicator("case.opened", "Vụ án", "Cases", Measure.COUNT, false, "case-service", "II.2");
        var requests = new TemplateIndicator("case.freeze_requests", "Yêu cầu phong tỏa", "Freeze requests", Measure.COUNT,
                false, "case-service", "II.2");
        var held = new TemplateIndicator("case.amount_held", "Đã phong tỏa", "Held", Measure.DONG, false, "case-service",
                "II.2");
        // case-service does not record money returned to victims: a unit types it
        var returned = new TemplateIndicator("money.returned", "Trả lại", "Returned", Measure.DONG, false, "case-service",
                "II.4");
        assertThat(fieldsOf("police", List.of(opened, requests, held), "x")).isEmpty();
        assertThat(fieldsOf("police", List.of(opened, returned), "x")).containsExactly("indicators[1].code");
        var template = new ReportTemplate("police", 9, List.of(typed("propaganda.sessions"), opened, held),
                "", "", "x", java.time.Instant.EPOCH, "admin");
        assertThat(ReportForm.needsCases(template)).isTrue();
        assertThat(ReportForm.needsBudget(template)).isFalse();
        var indicators = ReportForm.indicators(template, java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.of(new CaseCounts(4, 7, 250_000_000L)));
        assertThat(indicators).extracting(Indicator::code, Indicator::value, Indicator::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("propaganda.sessions", null, "unit"),
                org.assertj.core.groups.Tuple.tuple("case.opened", 4L, "case-service"),
                org.assertj.core.groups.Tuple.tuple("case.amount_held", 250_000_000L, "case-service"));
    }

    @Test
    void budgetFiguresArePrefilledFromBudgetServiceBesideTheTipsAndTheTypedOnes() {
        var template = new ReportTemplate("police", 3, List.of(
                typed("propaganda.sessions"),
                new TemplateIndicator("tips.undecided", "Đang giải quyết", "Undecided", Measure.COUNT, true, "tip-service", "II.2"),
                new TemplateIndicator("budget.allocated", "Phân bổ", "Allocated", Measure.DONG, false, "budget-service", "III"),
                new TemplateIndicator("budget.committed", "Cam kết", "Committed", Measure.DONG, false, "budget-service", "III"),
                new TemplateIndicator("budget.spent", "Đã chi", "Spent", Measure.DONG, false, "budget-service", "III")),
                "", "", "x", java.time.Instant.EPOCH, "admin");
        assertThat(ReportForm.needsBudget(template)).isTrue();
        assertThat(ReportForm.needsTips(template)).isTrue();
        var counts = new TipCounts(1, List.of(), java.util.Map.of("UNDECIDED", 1L), 0);
        var figures = new BudgetFigures(250_000_000L, 120_000_000L, 7_150_000_001L);
        assertThat(ReportForm.indicators(template, Optional.of(counts), Optional.of(figures)))
                .extracting(Indicator::code, Indicator::value, Indicator::prefilledValue, Indicator::measure,
                        Indicator::effectiveSource)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("propaganda.sessions", null, null, Measure.COUNT, "unit"),
                        org.assertj.core.groups.Tuple.tuple("tips.undecided", 1L, 1L, Measure.COUNT, "tip-service"),
                        org.assertj.core.groups.Tuple.tuple("budget.allocated", 250_000_000L, 250_000_000L, Measure.DONG,
                                "budget-service"),
                        org.assertj.core.groups.Tuple.tuple("budget.committed", 120_000_000L, 120_000_000L, Measure.DONG,
                                "budget-service"),
                        org.assertj.core.groups.Tuple.tuple("budget.spent", 7_150_000_001L, 7_150_000_001L, Measure.DONG,
                                "budget-service"));
        assertThat(ReportForm.needsBudget(new ReportTemplate("bank", 1, List.of(typed("atm.inspected")), "", "", "x",
                java.time.Instant.EPOCH, "admin"))).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BudgetFigures(-1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUnitsOwnTemplateComesBeforeItsKinds() {
        assertThat(ReportForm.templateKeys(UNITS.find("ngan-hang-nha-nuoc").orElseThrow()))
                .containsExactly("ngan-hang-nha-nuoc", "bank");
    }
}
