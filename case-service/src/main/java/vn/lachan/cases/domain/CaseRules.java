package vn.lachan.cases.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.unit.UnitCodes;

/** What a case must satisfy before it is opened. Field names are those of the contract. */
public final class CaseRules {

    static final int MAX_TITLE = 500;
    static final int MAX_TIPS = 100;
    /** Clocks of callers drift; a few minutes ahead is not "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final String POLICE_PREFIX = "cong-an-";
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private CaseRules() {
    }

    /**
     * Checks {@code draft} opened at {@code now} by a caller of {@code openerUnit}; throws with every violation
     * found.
     */
    public static void check(CaseDraft draft, Instant now, String openerUnit) {
        Violations v = new Violations();
        v.requireText("case.title", draft.title()).maxLength("case.title", draft.title(), MAX_TITLE);
        offence(v, draft.penalCodeArticle(), draft.clause());
        leadUnit(v, draft.leadUnit(), openerUnit);
        tipIds(v, draft.tipIds());
        openedAt(v, draft.openedAt(), now);
        v.throwIfAny();
    }

    /**
     * A case is led by an investigating police unit (cơ quan điều tra, CPC Art. 163): the opener's own unit or one
     * below it (a unit's code extends its superior's). Neither a bank, a district's People's Committee nor another
     * police unit's branch, which the opener could then no longer see.
     */
    private static void leadUnit(Violations v, String leadUnit, String openerUnit) {
        Violations format = new Violations();
        UnitCodes.check(format, "case.lead_unit", leadUnit);
        if (!format.isEmpty()) {
            format.list().forEach(v::add);
            return;
        }
        if (!leadUnit.startsWith(POLICE_PREFIX)) {
            v.add("case.lead_unit", "NOT_INVESTIGATING_POLICE",
                    "Vụ án do cơ quan điều tra của công an thụ lý: mã đơn vị bắt đầu bằng \"cong-an-\", ví dụ cong-an-tinh-pa05.",
                    "A case is led by an investigating police unit: its code starts with \"cong-an-\", e.g. cong-an-tinh-pa05.");
        } else if (!leadUnit.equals(openerUnit) && !leadUnit.startsWith(openerUnit + "-")) {
            v.add("case.lead_unit", "OUTSIDE_OPENER_UNIT",
                    "Chỉ giao vụ án cho đơn vị của mình (" + openerUnit + ") hoặc đơn vị cấp dưới.",
                    "A case can be led only by the opener's own unit (" + openerUnit + ") or a unit below it.");
        }
    }

    private static void offence(Violations v, int articleNumber, int clause) {
        String articles = joined(PenalCode.articleNumbers());
        Optional<PenalCode.Article> article = PenalCode.article(articleNumber);
        if (articleNumber == 0) {
            v.add(new FieldViolation("case.penal_code_article", "REQUIRED",
                    "Trường này là bắt buộc; cho phép các điều: " + articles + ".",
                    "This field is required; allowed articles: " + articles + "."));
        } else if (article.isEmpty()) {
            v.add("case.penal_code_article", "UNKNOWN_VALUE",
                    "Điều " + articleNumber + " không thuộc các tội của kế hoạch; cho phép các điều: " + articles + ".",
                    "Article " + articleNumber + " is not among the plan's offences; allowed articles: " + articles + ".");
        }
        String clauses = article.map(a -> joined(a.clauseNumbers())).orElse(null);
        if (clause == 0) {
            v.add(clauses == null ? FieldViolation.required("case.clause") : new FieldViolation("case.clause", "REQUIRED",
                    "Trường này là bắt buộc; Điều " + articleNumber + " có các khoản: " + clauses + ".",
                    "This field is required; article " + articleNumber + " has clauses " + clauses + "."));
        } else if (article.isPresent() && article.get().clause(clause).isEmpty()) {
            v.add("case.clause", "UNKNOWN_VALUE",
                    "Điều " + articleNumber + " không có khoản " + clause + "; cho phép các khoản: " + clauses + ".",
                    "Article " + articleNumber + " has no clause " + clause + "; allowed clauses: " + clauses + ".");
        }
    }

    private static void tipIds(Violations v, List<String> tipIds) {
        if (tipIds.size() > MAX_TIPS) {
            v.add("case.tip_ids", "TOO_MANY",
                    "Tối đa " + MAX_TIPS + " tin báo (hiện có " + tipIds.size() + ").",
                    "At most " + MAX_TIPS + " tips (got " + tipIds.size() + ").");
            return;
        }
        Map<UUID, Integer> seen = new HashMap<>();
        for (int i = 0; i < tipIds.size(); i++) {
            String field = "case.tip_ids[" + i + "]";
            Optional<UUID> id = uuid(tipIds.get(i));
            if (id.isEmpty()) {
                v.add(field, "INVALID_FORMAT",
                        "Mã tin báo phải là UUID, ví dụ 3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c.",
                        "A tip id must be a UUID, e.g. 3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c.");
                continue;
            }
            Integer first = seen.putIfAbsent(id.get(), i);
            if (first != null) {
                v.add(field, "DUPLICATE",
                        "Tin báo này đã có ở case.tip_ids[" + first + "].",
                        "This tip is already listed at case.tip_ids[" + first + "].");
            }
        }
    }

    private static void openedAt(Violations v, Instant at, Instant now) {
        if (at == null) {
            return;
        }
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            v.add("case.opened_at", "IN_FUTURE", "Thời điểm không được ở tương lai.", "The time cannot be in the future.");
        } else if (at.isBefore(EARLIEST)) {
            v.add("case.opened_at", "OUT_OF_RANGE", "Thời điểm phải từ năm 2000 trở đi.", "The time must be in 2000 or later.");
        }
    }

    /** The UUID written in {@code text}: exactly 36 characters, as UUIDs are written. */
    static Optional<UUID> uuid(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String joined(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
