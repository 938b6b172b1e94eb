package vn.lachan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.StaleVersionException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.report.domain.Indicator;
import vn.lachan.report.domain.Measure;
import vn.lachan.report.domain.PeriodKind;
import vn.lachan.report.domain.ReportTemplate;
import vn.lachan.report.domain.TemplateIndicator;

/** Templates: one per kind of unit from the plan's duties, versions written by administrators, reports keep theirs. */
@RealInfrastructure(database = "lachan_report_service")
class TemplatesServiceTest extends ReportServiceTestBase {

    @Autowired
    Templates templates;
    @Autowired
    Reports reports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyKindOfUnitThatReportsHasATemplateFromItsDutiesInThePlan() {
        var keys = templates.list().stream().map(ReportTemplate::appliesTo).toList();
        assertThat(keys).contains("department", "district", "ward", "commune", "bank", "procuracy", "court", "police",
                "so-tttt", "so-cong-thuong", "so-tu-phap", "so-gddt", "so-tai-chinh", "ngan-hang-nha-nuoc");
        ReportTemplate bank = templates.get("bank", 0);
        assertThat(bank.indicators()).extracting(TemplateIndicator::code)
                .contains("propaganda.sessions", "atm.inspected", "accounts.suspicious_reported", "money.held");
        assertThat(bank.indicators()).filteredOn(i -> i.code().equals("money.held"))
                .extracting(TemplateIndicator::measure).containsExactly(Measure.DONG);
        assertThat(templates.get("so-tu-phap", 0).indicators()).extracting(TemplateIndicator::code)
                .contains("legal.recommendations");
        assertThatThrownBy(() -> templates.get("planet", 0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAdministratorsEditIsANewVersionAndAReportAlreadyWrittenKeepsItsOwn() {
        var before = reports.start("bidv-dong-thap", 2023, PeriodKind.YEAR, BIDV);
        assertThat(before.templateVersion()).isEqualTo(1);

        var edit = List.of(
                new TemplateIndicator("atm.inspected", "Số lượt kiểm tra máy ATM", "ATM inspections", Measure.COUNT, true, "unit", "II.4"),
                new TemplateIndicator("atm.skimmers_found", "Số thiết bị đánh cắp dữ liệu thẻ phát hiện tại ATM",
                        "Skimming devices found at ATMs", Measure.COUNT, true, "", "II.4"));
        assertThatThrownBy(() -> templates.update("bank", 1, edit, "", "", "thêm skimming", JUSTICE))
                .isInstanceOf(AccessDeniedException.class);
        var v2 = templates.update("bank", 1, edit, "", "", "Thêm chỉ tiêu thiết bị skimming", ADMIN);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.indicators().get(1).source()).isEqualTo("unit");

        // a second administrator who also edited version 1 is told, not silently overwritten
        assertThatThrownBy(() -> templates.update("bank", 1, edit, "", "", "cũng sửa", ADMIN))
                .isInstanceOf(StaleVersionException.class);
        assertThat(jdbc.sql("select count(*) from report_templates where applies_to = 'bank'").query(Long.class).single())
                .isEqualTo(2L);

        assertThat(reports.get(before.id(), BIDV)).isEqualTo(before);
        var after = reports.start("bidv-dong-thap", 2024, PeriodKind.YEAR, BIDV);
        assertThat(after.templateVersion()).isEqualTo(2);
        assertThat(after.indicators()).extracting(Indicator::code).containsExactly("atm.inspected", "atm.skimmers_found");
        assertThat(after.indicators()).allSatisfy(i -> assertThat(i.value()).isNull());
        assertThat(templates.get("bank", 1).indicators()).extracting(TemplateIndicator::code).contains("money.held");
    }

    @Test
    void aBadTemplateGetsFieldErrorsAndWritesNothing() {
        var bad = List.of(new TemplateIndicator("Tiền", "", "x", null, true, "tip-service", ""));
        var failure = catchThrowableOfType(ValidationException.class,
                () -> templates.update("court", 1, bad, "", "", "", ADMIN));
        assertThat(failure.violations()).extracting(FieldViolation::field).contains("change_note", "indicators[0].code",
                "indicators[0].label_vi", "indicators[0].measure");
        assertThat(jdbc.sql("select count(*) from report_templates where applies_to = 'court'").query(Long.class).single())
                .isEqualTo(1L);
    }

    @Test
    void aWrittenVersionCannotBeChangedEvenInTheDatabase() {
        assertThatThrownBy(() -> jdbc.sql("update report_template_indicators set label_vi = 'x' where applies_to = 'police'")
                .update()).hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.sql("delete from report_templates where applies_to = 'police'").update())
                .hasMessageContaining("never changed");
    }
}
