package vn.lachan.cases.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a caller says about a case to open. Absent values are null (times, texts) or 0 (numbers) so the rules
 * can tell "not given" from "given wrong"; tip ids are as written, checked by {@link CaseRules}.
 */
public record CaseDraft(
        Instant openedAt,
        String title,
        int penalCodeArticle,
        int clause,
        String leadUnit,
        List<String> tipIds) {

    public CaseDraft {
        tipIds = tipIds == null ? List.of() : List.copyOf(tipIds);
    }

    /** The same draft opened at {@code at}, for cases whose caller did not say when. */
    public CaseDraft openedAt(Instant at) {
        return new CaseDraft(at, title, penalCodeArticle, clause, leadUnit, tipIds);
    }

    /** The same draft with its time at the microsecond precision it is stored with. */
    public CaseDraft truncatedToMicros() {
        return openedAt == null ? this : openedAt(openedAt.truncatedTo(ChronoUnit.MICROS));
    }
}
