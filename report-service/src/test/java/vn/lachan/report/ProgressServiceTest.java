package vn.lachan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.report.domain.Completeness;
import vn.lachan.report.domain.IndicatorEntry;
import vn.lachan.report.domain.PeriodKind;
import vn.lachan.report.domain.Reminders;
import vn.lachan.report.domain.ReportingPeriod;

/** Completeness and reminders from the reports really stored. */
@RealInfrastructure(database = "lachan_report_service")
class ProgressServiceTest extends ReportServiceTestBase {

    @Autowired
    Reports reports;
    @Autowired
    Progress progress;

    @Test
    void aReportSubmittedAfterTheDueDayIsLateAndAcceptedOnceTheReviewerAcceptsIt() {
        var draft = reports.start("so-gddt", 2022, PeriodKind.HALF_YEAR, ADMIN_AS_GDDT);
        var filled = reports.update(draft.id(), draft.etag(), List.of(
                new IndicatorEntry("propaganda.sessions", "3", null), new IndicatorEntry("propaganda.participants", "300", null),
                new IndicatorEntry("propaganda.warnings", "1", null), new IndicatorEntry("training.sessions", "1", null),
                new IndicatorEntry("schools.reached", "12", null), new IndicatorEntry("students.reached", "5400", null)),
                null, ADMIN_AS_GDDT);
        var submitted = reports.submit(filled.id(), filled.etag(), ADMIN_AS_GDDT);
        reports.accept(submitted.id(), submitted.etag(), "", REVIEWER);

        Completeness c = progress.completeness(2022, PeriodKind.HALF_YEAR, COMMITTEE);
        var gddt = c.units().stream().filter(u -> u.unit().code().equals("so-gddt")).findFirst().orElseThrow();
        assertThat(gddt.state()).isEqualTo(Completeness.State.LATE);
        assertThat(gddt.accepted()).isTrue();
        assertThat(gddt.daysLate()).isGreaterThan(365);
        assertThat(c.count(Completeness.State.MISSING)).isEqualTo(c.expected() - c.count(Completeness.State.LATE)
                - c.count(Completeness.State.ON_TIME));

        assertThat(progress.reminders(null, ADMIN_AS_GDDT)).extracting(Reminders.Reminder::period)
                .doesNotContain(new ReportingPeriod(2022, PeriodKind.HALF_YEAR))
                .contains(new ReportingPeriod(2022, PeriodKind.YEAR));
    }

    @Test
    void onlyThoseWhoSeeEveryUnitSeeCompletenessAndAUnitOnlyItsOwnReminders() {
        assertThatThrownBy(() -> progress.completeness(2025, PeriodKind.YEAR, JUSTICE)).isInstanceOf(AccessDeniedException.class);
        assertThat(progress.completeness(2025, PeriodKind.YEAR, REVIEWER).expected()).isPositive();
        assertThatThrownBy(() -> progress.reminders("so-cong-thuong", JUSTICE)).isInstanceOf(AccessDeniedException.class);
        assertThat(progress.reminders(null, JUSTICE)).allMatch(r -> r.unit().equals("so-tu-phap"));
        assertThat(progress.reminders("so-cong-thuong", COMMITTEE)).allMatch(r -> r.unit().equals("so-cong-thuong"));
        var bad = catchThrowableOfType(ValidationException.class, () -> progress.completeness(2030, null, REVIEWER));
        assertThat(bad.violations()).extracting(FieldViolation::field).containsExactly("year", "kind");
    }

    static final vn.lachan.platform.security.Caller ADMIN_AS_GDDT = new vn.lachan.platform.security.Caller(
            "s-gddt", "baocao.gddt", "so-gddt", java.util.Set.of(vn.lachan.platform.security.Roles.REPORT_SUBMITTER));
}
