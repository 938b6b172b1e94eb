package vn.lachan.report;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.unit.UnitCodes;
import vn.lachan.report.domain.ContactRules;
import vn.lachan.report.domain.ReportAccess;
import vn.lachan.report.domain.ReportContact;
import vn.lachan.report.domain.UnitRegistry;
import vn.lachan.report.store.ContactStore;

/**
 * The units' reporting contacts: the address each unit's reminders are e-mailed to ({@link ReminderMails}). An address
 * is personal data: every change and every read is written to the audit log.
 */
@Service
public class Contacts {

    static final String RECORD = "report_contact";

    private final ContactStore store;
    private final UnitRegistry units;
    private final AuditLog audit;
    private final Clock clock;

    public Contacts(ContactStore store, UnitRegistry units, AuditLog audit, Clock clock) {
        this.store = store;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sets (or, with an empty address, removes) a unit's contact; answers it as stored, empty when removed. */
    @Transactional
    public ReportContact set(String unit, String email, Caller caller) {
        ReportAccess.checkSetContact(caller, unit);
        Violations v = new Violations();
        UnitCodes.check(v, "unit", unit);
        String address = ContactRules.email(v, "email", email);
        v.throwIfAny();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // any unit of the registry, also one ended since: a district ended on 30 June 2025 still owes its reports
        if (units.find(unit).isEmpty()) {
            new Violations().add("unit", "UNKNOWN", "Không có đơn vị " + unit + " trong danh mục đơn vị.",
                    "There is no unit " + unit + " in the unit registry.").throwIfAny();
        }
        if (address.isEmpty()) {
            if (store.delete(unit)) {
                audit.record(caller, "DELETE", RECORD, unit, List.of("email"));
            }
            return new ReportContact(unit, "", now, caller.name());
        }
        ReportContact stored = store.upsert(unit, address, now, caller.name());
        audit.record(caller, "UPDATE", RECORD, unit, List.of("email"));
        return stored;
    }

    /** The contacts the caller may see, each read audited. */
    @Transactional
    public List<ReportContact> list(Caller caller) {
        String scope = ReportAccess.contactScope(caller);
        List<ReportContact> found = store.list(scope);
        found.forEach(c -> audit.record(caller, AuditLog.READ, RECORD, c.unit(), List.of("email")));
        return found;
    }
}
