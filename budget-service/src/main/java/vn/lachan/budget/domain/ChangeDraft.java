package vn.lachan.budget.domain;

/**
 * What a planner asks for, texts as given. A side is a line's unallocated plan (unit blank) or a unit's allocation
 * of the line; a revision has one side only (from: lowered, to: raised).
 *
 * @param field the request's field the draft came from ({@code transfer}, {@code revision}, {@code carry_forward}),
 *              which prefixes the names of invalid fields
 */
public record ChangeDraft(
        ChangeKind kind,
        String field,
        String fromLineId,
        String fromUnit,
        String toLineId,
        String toUnit,
        String fundingSource,
        long amountDong,
        String note) {

    public ChangeDraft {
        fromLineId = blankToNull(fromLineId);
        fromUnit = blankToNull(fromUnit);
        toLineId = blankToNull(toLineId);
        toUnit = blankToNull(toUnit);
        fundingSource = blankToNull(fundingSource);
        note = note == null ? "" : note;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
