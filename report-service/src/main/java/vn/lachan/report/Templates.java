package vn.lachan.report;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.StaleVersionException;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Roles;
import vn.lachan.report.domain.ReportForm;
import vn.lachan.report.domain.ReportTemplate;
import vn.lachan.report.domain.TemplateIndicator;
import vn.lachan.report.domain.TemplateRules;
import vn.lachan.report.domain.Unit;
import vn.lachan.report.domain.UnitRegistry;
import vn.lachan.report.store.TemplateStore;

/** Report templates: read by everyone signed in, versioned by administrators. */
@Service
public class Templates {

    private final TemplateStore store;
    private final UnitRegistry units;
    private final AuditLog audit;
    private final Clock clock;

    public Templates(TemplateStore store, UnitRegistry units, AuditLog audit, Clock clock) {
        this.store = store;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ReportTemplate> list() {
        return store.allCurrent();
    }

    public ReportTemplate get(String appliesTo, int version) {
        var found = version == 0 ? store.current(appliesTo) : store.version(appliesTo, version);
        return found.orElseThrow(() -> new NotFoundException("mẫu báo cáo / report template",
                appliesTo + (version == 0 ? "" : " v" + version)));
    }

    /** The current template a unit writes on: its own, else its kind's; empty when there is none. */
    public Optional<ReportTemplate> forUnit(Unit unit) {
        for (String key : ReportForm.templateKeys(unit)) {
            var t = store.current(key);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** Writes the next version; {@code expectedVersion} is the one the administrator edited (0 for a new template). */
    @Transactional
    public ReportTemplate update(String appliesTo, int expectedVersion, List<TemplateIndicator> indicators,
                                 String hintVi, String hintEn, String changeNote, Caller caller) {
        if (!caller.has(Roles.ADMIN)) {
            throw new AccessDeniedException("Chỉ quản trị viên được sửa mẫu báo cáo.",
                    "Only administrators may edit report templates.");
        }
        Violations v = new Violations();
        List<TemplateIndicator> normalised = indicators.stream()
                .map(t -> new TemplateIndicator(t.code(), trim(t.labelVi()), trim(t.labelEn()), t.measure(), t.required(),
                        t.source() == null || t.source().isBlank() ? TemplateIndicator.UNIT : t.source(), trim(t.duty())))
                .toList();
        TemplateRules.check(units, appliesTo, normalised, changeNote, v);
        if (expectedVersion < 0) {
            v.add("version", "OUT_OF_RANGE", "Phiên bản không âm.", "The version is not negative.");
        }
        v.maxLength("narrative_hint_vi", hintVi, 2000).maxLength("narrative_hint_en", hintEn, 2000);
        v.throwIfAny();
        int current = store.current(appliesTo).map(ReportTemplate::version).orElse(0);
        if (current != expectedVersion) {
            throw stale(appliesTo, expectedVersion, current);
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var next = new ReportTemplate(appliesTo, current + 1, normalised, trim(hintVi), trim(hintEn), changeNote.trim(),
                now, caller.name());
        if (!store.insert(next)) {
            throw stale(appliesTo, expectedVersion, current + 1);
        }
        audit.record(caller, "UPDATE", "report-template", appliesTo + "@" + next.version(), List.of("indicators"));
        return next;
    }

    private static StaleVersionException stale(String appliesTo, int expected, int current) {
        return new StaleVersionException(
                "Mẫu " + appliesTo + " đã được sửa (phiên bản hiện tại " + current + ", bạn sửa trên phiên bản "
                        + expected + "); tải lại rồi sửa tiếp.",
                "Template " + appliesTo + " was changed (current version " + current + ", you edited version "
                        + expected + "); reload and edit again.");
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
