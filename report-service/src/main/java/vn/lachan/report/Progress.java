package vn.lachan.report;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.time.LegalTime;
import vn.lachan.platform.unit.UnitCodes;
import vn.lachan.platform.error.Violations;
import vn.lachan.report.domain.Completeness;
import vn.lachan.report.domain.PeriodKind;
import vn.lachan.report.domain.Reminders;
import vn.lachan.report.domain.ReportAccess;
import vn.lachan.report.domain.ReportingDuty;
import vn.lachan.report.domain.ReportingPeriod;
import vn.lachan.report.domain.UnitRegistry;
import vn.lachan.report.store.ProgressStore;

/** Completeness and timeliness per period, and the reminders of a unit. */
@Service
public class Progress {

    private final ProgressStore store;
    private final UnitRegistry units;
    private final Clock clock;
    private final int leadDays;

    public Progress(ProgressStore store, UnitRegistry units, Clock clock, ReportSettings settings) {
        this.store = store;
        this.units = units;
        this.clock = clock;
        this.leadDays = settings.reminderLeadDays();
    }

    /** Those who see every unit's reports see the completeness of a period. */
    public Completeness completeness(int year, PeriodKind kind, Caller caller) {
        Violations v = new Violations();
        if (year < ReportingPeriod.FIRST_YEAR || year > ReportingPeriod.LAST_YEAR) {
            v.add("year", "OUT_OF_RANGE",
                    "Kế hoạch áp dụng từ năm " + ReportingPeriod.FIRST_YEAR + " đến " + ReportingPeriod.LAST_YEAR + ".",
                    "The plan runs from " + ReportingPeriod.FIRST_YEAR + " to " + ReportingPeriod.LAST_YEAR + ".");
        }
        if (kind == null) {
            v.add("kind", "REQUIRED", "Chọn kỳ báo cáo: HALF_YEAR (6 tháng) hoặc YEAR (năm).", "Choose the period: HALF_YEAR or YEAR.");
        }
        v.throwIfAny();
        ReportingPeriod period = new ReportingPeriod(year, kind);
        if (!ReportAccess.seesAllUnits(caller)) {
            throw new AccessDeniedException("Chỉ Công an Tỉnh, UBND Tỉnh và kiểm toán xem tình hình nộp báo cáo của các đơn vị.",
                    "Only the provincial police, the People's Committee and auditors see every unit's submissions.");
        }
        return Completeness.of(period, ReportingDuty.expected(units, period), store.filed(period));
    }

    /** The caller's unit's reminders; those who see every unit may ask for any unit. */
    public List<Reminders.Reminder> reminders(String unit, Caller caller) {
        String scoped = ReportAccess.scopeUnit(caller, unit == null || unit.isBlank() ? null : unit.trim());
        if (scoped == null) {
            scoped = caller.unit();
        }
        Violations v = new Violations();
        UnitCodes.check(v, "unit", scoped);
        if (v.isEmpty() && units.find(scoped).isEmpty()) {
            v.add("unit", "UNKNOWN", "Không có đơn vị " + scoped + " trong danh mục đơn vị.",
                    "There is no unit " + scoped + " in the unit registry.");
        }
        v.throwIfAny();
        return Reminders.of(units, scoped, LegalTime.legalDay(clock.instant()), leadDays, store.submitted(scoped));
    }
}
