package vn.lachan.tip.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lachan.platform.audit.AuditLog;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.security.Caller;
import vn.lachan.tip.reference.domain.ModusOperandi;
import vn.lachan.tip.reference.domain.ModusOperandiRules;
import vn.lachan.tip.reference.store.ModusOperandiStore;

/** The modus operandi list: read by everyone signed in, changed by administrators, every change audited. */
@Service
public class ReferenceData {

    static final String RECORD = "modus_operandi";
    static final String UPDATE = "UPDATE";

    private final ModusOperandiStore store;
    private final AuditLog audit;

    public ReferenceData(ModusOperandiStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    public List<ModusOperandi> modusOperandi(boolean activeOnly) {
        return store.list(activeOnly);
    }

    /**
     * Adds the entry under {@code code} or changes it; {@code active} and {@code position} null keep what is stored
     * (a new entry is active and goes last). Saving what is stored already changes nothing and is not audited.
     */
    @Transactional
    public ModusOperandi save(String code, String labelVi, String labelEn, Boolean active, Integer position,
                              Caller caller) {
        ModusOperandiRules.checkSave(caller);
        String key = code == null ? null : code.strip();
        Optional<ModusOperandi> stored = key == null || key.isEmpty() ? Optional.empty() : store.findForUpdate(key);
        ModusOperandi entry = ModusOperandiRules.check(key, labelVi, labelEn, active, position, stored.orElse(null),
                store.lastPosition());
        if (stored.isEmpty()) {
            if (store.insert(entry)) {
                audit.record(caller, AuditLog.CREATE, RECORD, entry.code(), List.of("label_vi", "label_en", "active", "position"));
                return entry;
            }
            // added meanwhile by someone else: change theirs
            stored = store.findForUpdate(key);
            entry = ModusOperandiRules.check(key, labelVi, labelEn, active, position, stored.orElseThrow(), 0);
        }
        List<String> changed = changes(stored.get(), entry);
        if (changed.isEmpty()) {
            return stored.get();
        }
        store.update(entry);
        if (!entry.active() && store.activeCount() == 0) {
            throw new ValidationException(new FieldViolation("active", "LAST_ACTIVE",
                    "Không thể ngừng thủ đoạn cuối cùng còn dùng: tin báo mới cần ít nhất một thủ đoạn.",
                    "The last active modus operandi cannot be deactivated: new tips need at least one."));
        }
        audit.record(caller, UPDATE, RECORD, entry.code(), changed);
        return entry;
    }

    private static List<String> changes(ModusOperandi before, ModusOperandi after) {
        List<String> changed = new ArrayList<>();
        if (!before.labelVi().equals(after.labelVi())) {
            changed.add("label_vi");
        }
        if (!before.labelEn().equals(after.labelEn())) {
            changed.add("label_en");
        }
        if (before.active() != after.active()) {
            changed.add("active");
        }
        if (!Objects.equals(before.position(), after.position())) {
            changed.add("position");
        }
        return changed;
    }
}
