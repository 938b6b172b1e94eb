package vn.lachan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.StaleVersionException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.report.domain.Indicator;
import vn.lachan.report.domain.IndicatorEntry;
import vn.lachan.report.domain.PeriodKind;
import vn.lachan.report.domain.Report;
import vn.lachan.report.domain.ReportEvent;
import vn.lachan.report.domain.ReportStatus;

/** The workflow on a real PostgreSQL: draft → submitted → returned → accepted → correction, roles, stale versions. */
@RealInfrastructure(database = "lachan_report_service")
class ReportWorkflowServiceTest extends ReportServiceTestBase {

    @Autowired
    Reports reports;
    @Autowired
    JdbcClient jdbc;

    /** Every required figure of the Department of Justice's template. */
    static List<IndicatorEntry> fullJustice() {
        return List.of(
                new IndicatorEntry("propaganda.sessions", "12", null),
                new IndicatorEntry("propaganda.participants", "1450", null),
                new IndicatorEntry("propaganda.warnings", "30", null),
                new IndicatorEntry("training.sessions", "4", null),
                new IndicatorEntry("legal.recommendations", "2", null),
                new IndicatorEntry("legal.reporters_trained", "85", null));
    }

    static long value(Report r, String code) {
        return r.indicators().stream().filter(i -> i.code().equals(code)).map(Indicator::value).findFirst().orElseThrow();
    }

    @Test
    void aReportGoesFromDraftThroughReturnToAcceptedAndIsThenLocked() {
        Report draft = reports.start("so-tu-phap", 2023, PeriodKind.HALF_YEAR, JUSTICE);
        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);

        var missing = catchThrowableOfType(ValidationException.class, () -> reports.submit(draft.id(), draft.etag(), JUSTICE));
        assertThat(missing.violations()).extracting(FieldViolation::field).containsExactly(
                "indicators[propaganda.sessions]", "indicators[propaganda.participants]", "indicators[propaganda.warnings]",
                "indicators[training.sessions]", "indicators[legal.recommendations]", "indicators[legal.reporters_trained]");

        Report filled = reports.update(draft.id(), draft.etag(), fullJustice(), "Đã tổ chức 12 buổi tuyên truyền.", JUSTICE);
        assertThat(value(filled, "propaganda.participants")).isEqualTo(1450L);
        assertThat(filled.etag()).isNotEqualTo(draft.etag());
        Report submitted = reports.submit(filled.id(), filled.etag(), JUSTICE);
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThatThrownBy(() -> reports.update(submitted.id(), submitted.etag(), fullJustice(), "x", JUSTICE))
                .isInstanceOf(ConflictException.class);

        assertThatThrownBy(() -> reports.returnToUnit(submitted.id(), submitted.etag(), "sửa", JUSTICE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.returnToUnit(submitted.id(), submitted.etag(), "sửa", NOT_POLICE_REVIEWER))
                .isInstanceOf(AccessDeniedException.class);
        var noComment = catchThrowableOfType(ValidationException.class,
                () -> reports.returnToUnit(submitted.id(), submitted.etag(), " ", REVIEWER));
        assertThat(noComment.violations()).extracting(FieldViolation::field).containsExactly("comment");
        Report returned = reports.returnToUnit(submitted.id(), submitted.etag(),
                "Số lượt người tham dự chưa khớp với biên bản; đề nghị kiểm tra lại.", REVIEWER);
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);

        Report fixed = reports.update(returned.id(), returned.etag(),
                List.of(new IndicatorEntry("propaganda.participants", "1405", null)), null, JUSTICE);
        assertThat(fixed.narrative()).isEqualTo("Đã tổ chức 12 buổi tuyên truyền.");
        Report again = reports.submit(fixed.id(), fixed.etag(), JUSTICE);
        assertThatThrownBy(() -> reports.accept(again.id(), again.etag(), "", COMMITTEE)).isInstanceOf(AccessDeniedException.class);
        Report accepted = reports.accept(again.id(), again.etag(), "Đạt", REVIEWER);
        assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.history()).extracting(ReportEvent::action).containsExactly(
                "CREATE", "UPDATE", "SUBMIT", "RETURN", "UPDATE", "SUBMIT", "ACCEPT");
        assertThat(accepted.history().get(3).comment()).contains("biên bản");

        assertThatThrownBy(() -> reports.update(accepted.id(), accepted.etag(), fullJustice(), "x", JUSTICE))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> reports.returnToUnit(accepted.id(), accepted.etag(), "x", REVIEWER))
                .isInstanceOf(ConflictException.class);
        // the People's Committee reads every unit's report
        assertThat(reports.get(accepted.id(), COMMITTEE).status()).isEqualTo(ReportStatus.ACCEPTED);

        // a correction is a new revision with a reason; the accepted one is untouched
        var noReason = catchThrowableOfType(ValidationException.class, () -> reports.correct(accepted.id(), accepted.etag(), "", JUSTICE));
        assertThat(noReason.violations()).extracting(FieldViolation::field).containsExactly("reason");
        Report correction = reports.correct(accepted.id(), accepted.etag(), "Bổ sung 3 buổi tuyên truyền tại trường học", JUSTICE);
        assertThat(correction.revision()).isEqualTo(2);
        assertThat(correction.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(correction.correctionReason()).contains("trường học");
        assertThat(value(correction, "propaganda.participants")).isEqualTo(1405L);
        assertThat(reports.get(accepted.id(), JUSTICE)).isEqualTo(accepted);
        assertThatThrownBy(() -> reports.correct(accepted.id(), accepted.etag(), "lần nữa", JUSTICE))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void badFiguresGetFieldErrorsAndNothingIsWritten() {
        Report draft = reports.start("so-tu-phap", 2022, PeriodKind.YEAR, JUSTICE);
        var failure = catchThrowableOfType(ValidationException.class, () -> reports.update(draft.id(), draft.etag(),
                List.of(new IndicatorEntry("propaganda.sessions", "5", null),
                        new IndicatorEntry("propaganda.participants", "-20", null),
                        new IndicatorEntry("propaganda.warnings", "2,5", null)), "x", JUSTICE));
        assertThat(failure.violations()).extracting(FieldViolation::field)
                .containsExactly("indicators[1].value", "indicators[2].value");
        assertThat(failure.violations()).allSatisfy(v -> assertThat(v.vi()).isNotBlank());
        assertThat(reports.get(draft.id(), JUSTICE)).isEqualTo(draft);
    }

    @Test
    void anotherUnitsReportIsNotFoundAndOnlyTheUnitsSubmittersWrite() {
        Report trade = reports.start("so-cong-thuong", 2022, PeriodKind.HALF_YEAR, TRADE);
        assertThatThrownBy(() -> reports.get(trade.id(), JUSTICE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.update(trade.id(), trade.etag(), List.of(), "x", JUSTICE))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.submit(trade.id(), trade.etag(), JUSTICE)).isInstanceOf(NotFoundException.class);
        // the police leader and the committee see it but do not write the unit's figures
        assertThatThrownBy(() -> reports.update(trade.id(), trade.etag(), List.of(), "x", REVIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.update(trade.id(), trade.etag(), List.of(), "x", COMMITTEE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reports.get(trade.id(), TRADE)).isEqualTo(trade);
    }

    @Test
    void aStaleEtagIsRefusedSoNoUpdateIsLost() {
        Report draft = reports.start("so-tu-phap", 2024, PeriodKind.HALF_YEAR, JUSTICE);
        Report first = reports.update(draft.id(), draft.etag(),
                List.of(new IndicatorEntry("propaganda.sessions", "3", null)), null, JUSTICE);
        assertThatThrownBy(() -> reports.update(draft.id(), draft.etag(),
                List.of(new IndicatorEntry("propaganda.warnings", "8", null)), null, JUSTICE_2))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> reports.submit(draft.id(), "", JUSTICE)).isInstanceOf(ValidationException.class);
        assertThat(reports.get(draft.id(), JUSTICE)).isEqualTo(first);
    }

    @Test
    void twoPeopleSavingTheSameVersionAtOnceOneWinsAndTheOtherIsTold() throws Exception {
        Report draft = reports.start("so-tu-phap", 2024, PeriodKind.YEAR, JUSTICE);
        List<Callable<Report>> saves = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            var who = i % 2 == 0 ? JUSTICE : JUSTICE_2;
            String value = String.valueOf(10 + i);
            saves.add(() -> reports.update(draft.id(), draft.etag(),
                    List.of(new IndicatorEntry("propaganda.sessions", value, null)), null, who));
        }
        int won = 0;
        int stale = 0;
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (Future<Report> f : pool.invokeAll(saves)) {
                try {
                    f.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(StaleVersionException.class);
                    stale++;
                }
            }
        }
        assertThat(won).isEqualTo(1);
        assertThat(stale).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from report_events where report_id = :id and action = 'UPDATE'")
                .param("id", draft.id()).query(Long.class).single()).isEqualTo(1L);
    }
}
