package vn.lachan.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.Violations;
import vn.lachan.report.domain.Unit;
import vn.lachan.report.domain.UnitRegistry;

/** Queries of the unit registry; units are public knowledge to every signed-in caller. */
@Service
public class Units {

    private final UnitRegistry registry;

    public Units(UnitRegistry registry) {
        this.registry = registry;
    }

    /** The units of a day (every unit ever when {@code asOf} is blank), optionally of one kind. */
    public List<Unit> list(String asOf, String kind) {
        Violations v = new Violations();
        LocalDate day = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                day = LocalDate.parse(asOf.trim());
            } catch (DateTimeParseException e) {
                v.add("as_of", "INVALID_FORMAT", "Ngày phải theo dạng yyyy-MM-dd, ví dụ 2025-07-01.",
                        "A date is written yyyy-MM-dd, e.g. 2025-07-01.");
            }
        }
        boolean anyKind = kind == null || kind.isBlank();
        if (!anyKind && !UnitRegistry.KINDS.contains(kind)) {
            v.add("kind", "UNKNOWN", "Loại đơn vị không có: " + String.join(", ", UnitRegistry.KINDS.stream().sorted().toList()) + ".",
                    "Unknown kind of unit; one of " + String.join(", ", UnitRegistry.KINDS.stream().sorted().toList()) + ".");
        }
        v.throwIfAny();
        List<Unit> units = day == null ? registry.all() : registry.asOf(day);
        return anyKind ? units : units.stream().filter(u -> u.kind().equals(kind)).toList();
    }

    public Unit get(String code) {
        return registry.find(code).orElseThrow(() -> new NotFoundException("đơn vị / unit", code));
    }
}
