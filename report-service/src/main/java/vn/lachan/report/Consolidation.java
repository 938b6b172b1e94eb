package vn.lachan.report;

import java.time.Clock;
import org.springframework.stereotype.Service;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.time.LegalTime;
import vn.lachan.report.document.ConsolidatedDocx;
import vn.lachan.report.document.ConsolidatedPdf;
import vn.lachan.report.domain.Completeness;
import vn.lachan.report.domain.ConsolidatedReport;
import vn.lachan.report.domain.PeriodKind;
import vn.lachan.report.domain.ReportAccess;
import vn.lachan.report.domain.ReportingDuty;
import vn.lachan.report.domain.ReportingPeriod;
import vn.lachan.report.domain.UnitRegistry;
import vn.lachan.report.store.ProgressStore;
import vn.lachan.report.store.ReportStore;

/** The provincial document of a period, from the accepted reports, as DOCX or PDF. */
@Service
public class Consolidation {

    public enum Format {
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        PDF("application/pdf");

        public final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }
    }

    private final ReportStore reports;
    private final ProgressStore progress;
    private final UnitRegistry units;
    private final Clock clock;

    public Consolidation(ReportStore reports, ProgressStore progress, UnitRegistry units, Clock clock) {
        this.reports = reports;
        this.progress = progress;
        this.units = units;
        this.clock = clock;
    }

    public ConsolidatedReport consolidate(int year, PeriodKind kind, Caller caller) {
        Violations v = new Violations();
        check(v, year, kind);
        v.throwIfAny();
        return consolidate(new ReportingPeriod(year, kind), caller);
    }

    public byte[] export(int year, PeriodKind kind, Format format, Caller caller) {
        Violations v = new Violations();
        check(v, year, kind);
        if (format == null) {
            v.add("format", "REQUIRED", "Chọn định dạng: DOCX hoặc PDF.", "Choose the format: DOCX or PDF.");
        }
        v.throwIfAny();
        ConsolidatedReport report = consolidate(new ReportingPeriod(year, kind), caller);
        return format == Format.DOCX ? ConsolidatedDocx.write(report) : ConsolidatedPdf.write(report);
    }

    private ConsolidatedReport consolidate(ReportingPeriod period, Caller caller) {
        ReportAccess.checkConsolidated(caller);
        Completeness completeness = Completeness.of(period, ReportingDuty.expected(units, period), progress.filed(period));
        return ConsolidatedReport.of(period, LegalTime.legalDay(clock.instant()), completeness, units,
                reports.accepted(period));
    }

    private static void check(Violations v, int year, PeriodKind kind) {
        if (year < ReportingPeriod.FIRST_YEAR || year > ReportingPeriod.LAST_YEAR) {
            v.add("year", "OUT_OF_RANGE",
                    "Kế hoạch áp dụng từ năm " + ReportingPeriod.FIRST_YEAR + " đến " + ReportingPeriod.LAST_YEAR + ".",
                    "The plan runs from " + ReportingPeriod.FIRST_YEAR + " to " + ReportingPeriod.LAST_YEAR + ".");
        }
        if (kind == null) {
            v.add("kind", "REQUIRED", "Chọn kỳ báo cáo: HALF_YEAR (6 tháng) hoặc YEAR (năm).", "Choose the period: HALF_YEAR or YEAR.");
        }
    }
}
