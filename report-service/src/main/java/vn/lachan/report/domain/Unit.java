package vn.lachan.report.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One unit (đơn vị) of the plan. {@code validTo} is the last day it existed (null while it exists); its
 * successors took over its open work when it ended. {@code stateBody}: a cơ quan nhà nước (the only kind of body that
 * may petition for prosecution), decided per unit: the State Bank branch is one, the commercial banks, the press and
 * the Fatherland Front are not.
 */
public record Unit(
        String code,
        String kind,
        boolean stateBody,
        String parent,
        LocalDate validFrom,
        LocalDate validTo,
        List<String> successors,
        String nameVi,
        String nameEn,
        String source) {

    public boolean existedOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether the unit existed on at least one day of the inclusive range. */
    public boolean existedDuring(LocalDate from, LocalDate to) {
        return !to.isBefore(validFrom) && (validTo == null || !from.isAfter(validTo));
    }
}
