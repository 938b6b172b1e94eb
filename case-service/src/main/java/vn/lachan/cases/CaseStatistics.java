package vn.lachan.cases;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.cases.domain.CaseFigures;
import vn.lachan.cases.domain.CaseStatisticsAccess;
import vn.lachan.cases.store.CaseStatisticsStore;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.money.Money;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.time.DateRanges;
import vn.lachan.platform.time.LegalTime;
import vn.lachan.platform.unit.UnitCodes;

/**
 * A unit's case figures for its periodic report (report-service pre-fills from them) and the banks' quick response
 * to its freeze requests; gRPC and REST both come here.
 */
@Service
public class CaseStatistics {

    private final CaseStatisticsStore store;

    public CaseStatistics(CaseStatisticsStore store) {
        this.store = store;
    }

    /**
     * The figures of {@code unit} (and the units below it) in the legal days {@code from} to {@code to}, both
     * included; all from one snapshot of the database, so they agree with each other.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public CaseFigures figures(String unit, String from, String to, Caller caller) {
        Violations v = new Violations();
        UnitCodes.check(v, "unit", unit);
        v.throwIfAny();
        CaseStatisticsAccess.checkRead(caller, unit);
        DateRanges.Range range = DateRanges.parse("from", from, "to", to);
        Instant start = LegalTime.startOf(range.from());
        Instant end = LegalTime.startOf(range.to().plusDays(1));
        var counts = store.counts(unit, start, end);
        return new CaseFigures(unit, range.from(), range.to(), counts.casesOpened(), counts.freezeRequestsSent(),
                Money.dong(counts.amountHeldDong()), Money.dong(counts.amountReturnedDong()),
                store.banks(unit, start, end));
    }
}
