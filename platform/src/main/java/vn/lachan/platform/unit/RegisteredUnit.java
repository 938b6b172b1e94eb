package vn.lachan.platform.unit;

import java.time.LocalDate;
import java.util.List;
import vn.lachan.platform.error.FieldViolation;

/**
 * A unit as the registry (report-service's {@code UnitService}, ADR 0004) says it is: the one truth every service
 * asks instead of keeping a list of its own.
 *
 * @param kind       committee, police, department, procuracy, court, district, bank, ward or commune
 * @param stateBody  whether it is a cơ quan nhà nước (decided per unit: the State Bank branch is one, the commercial
 *                   banks, the press and the Fatherland Front are not)
 * @param validFrom  the first day the unit existed
 * @param validTo    the last day it existed; null while it exists
 * @param successors the units that took over its work when it ended
 */
public record RegisteredUnit(String code, String kind, boolean stateBody, String nameVi, String nameEn,
                             LocalDate validFrom, LocalDate validTo, List<String> successors) {

    public RegisteredUnit {
        successors = List.copyOf(successors);
    }

    /** The refusal of a code the registry does not know, at {@code field}: the same words in every service. */
    public static FieldViolation unknown(String field, String code) {
        return new FieldViolation(field, "UNKNOWN_UNIT", "Không có đơn vị mã " + code + " trong danh mục đơn vị.",
                "There is no unit " + code + " in the unit registry.");
    }

    /** Whether the unit existed on {@code day}. */
    public boolean existedOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether the unit existed on at least one day of the inclusive range. */
    public boolean existedDuring(LocalDate from, LocalDate to) {
        return !to.isBefore(validFrom) && (validTo == null || !from.isAfter(validTo));
    }
}
