package vn.lachan.budget.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.unit.RegisteredUnit;

/**
 * Money of a year goes only to a unit that existed in that year, as the unit registry says (ADR 0004): 2026 money for
 * a district (ended 30 June 2025) or 2024 money for a ward (from 1 July 2025) is refused, naming who took over.
 */
public final class UnitYears {

    private UnitYears() {
    }

    /** Adds to {@code v}, at {@code field}, what is wrong with giving money of {@code year} to {@code code}. */
    public static void check(Violations v, String field, String code, int year,
                             Function<String, Optional<RegisteredUnit>> units) {
        Optional<RegisteredUnit> found = units.apply(code);
        if (found.isEmpty()) {
            v.add(RegisteredUnit.unknown(field, code));
            return;
        }
        RegisteredUnit unit = found.get();
        if (!unit.existedDuring(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            String lived = unit.validTo() == null ? "từ " + unit.validFrom() : "từ " + unit.validFrom() + " đến " + unit.validTo();
            String livedEn = unit.validTo() == null ? "from " + unit.validFrom() : "from " + unit.validFrom() + " to " + unit.validTo();
            String successors = String.join(", ", unit.successors());
            v.add(field, "UNIT_NOT_IN_YEAR",
                    unit.nameVi() + " không tồn tại trong năm " + year + " (tồn tại " + lived + ")"
                            + (successors.isEmpty() ? "" : "; đơn vị kế thừa: " + successors) + ".",
                    unit.nameEn() + " did not exist in " + year + " (it existed " + livedEn + ")"
                            + (successors.isEmpty() ? "" : "; its successors: " + successors) + ".");
        }
    }

    /**
     * At approval, the same rule again: a request made before the rule existed, or before the registry learnt of the
     * unit's end, moves no money to a unit that did not exist in the year. Refused as a conflict (the approval has no
     * field to correct): the approver rejects the request, and the unit's successor asks for its own.
     */
    public static void checkAtApproval(String code, int year, Function<String, Optional<RegisteredUnit>> units) {
        Violations v = new Violations();
        check(v, "unit", code, year, units);
        if (!v.isEmpty()) {
            FieldViolation why = v.list().getFirst();
            throw new ConflictException(why.vi() + " Không thể duyệt; hãy từ chối đề nghị này.",
                    why.en() + " It cannot be approved; reject the request.");
        }
    }
}
