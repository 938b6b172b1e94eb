package vn.lachan.tip.intake.domain;

import java.time.LocalDate;

/**
 * A unit of the realm as tip-service knows it (table {@code units}): whether it is a state body, and until when it
 * existed.
 *
 * @param kind      the realm's kind: committee, police, department, procuracy, court, district or bank
 * @param stateBody whether it is a cơ quan nhà nước, which alone may petition for prosecution (CPC Art. 144)
 * @param validTo   the last day the unit existed; null while it exists
 * @param successor the unit that took over its work, if any
 */
public record KnownUnit(String code, String kind, boolean stateBody, String nameVi, String nameEn, LocalDate validTo,
                        String successor) {

    /** Whether the unit still existed on {@code day}. */
    public boolean existedOn(LocalDate day) {
        return validTo == null || !day.isAfter(validTo);
    }
}
