package vn.lachan.tip.publictips.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.error.Violations;
import vn.lachan.tip.indicators.domain.IndicatorRules;
import vn.lachan.tip.indicators.domain.IndicatorType;
import vn.lachan.tip.intake.domain.TipRules;

/**
 * What a citizen's public filing and messages must satisfy: the rules of every tip, with tighter limits, since
 * anybody may send them. Field names are those of the public contract ({@code narrative}, {@code reporter.phone}).
 */
public final class PublicTipRules {

    public static final int MAX_NARRATIVE = 10_000;
    public static final int MAX_INDICATORS = 20;
    public static final int MAX_NAME = 200;
    public static final int MAX_MESSAGE = 5_000;
    /** A thread is for adding information, not for pasting a chat log. */
    public static final int MAX_TIPSTER_MESSAGES = 100;

    private PublicTipRules() {
    }

    /**
     * The filing with its indicators and contact data in canonical form, as its tip's facts received at {@code now}
     * would be stored; throws with every violation found.
     */
    public static PublicFiling check(PublicFiling filing, Instant now, Set<String> knownModusOperandi) {
        Map<String, FieldViolation> found = new LinkedHashMap<>();
        Violations v = new Violations();
        v.requireText("narrative", filing.narrative()).maxLength("narrative", filing.narrative(), MAX_NARRATIVE);
        if (filing.indicators().size() > MAX_INDICATORS) {
            v.add("indicators", "TOO_MANY",
                    "Tối đa " + MAX_INDICATORS + " dấu hiệu cho một tin báo (hiện có " + filing.indicators().size() + ").",
                    "At most " + MAX_INDICATORS + " indicators per tip (got " + filing.indicators().size() + ").");
        }
        Contact reporter = contact(v, "reporter", filing.reporter());
        Contact victim = contact(v, "victim", filing.victim());
        v.list().forEach(violation -> found.putIfAbsent(key(violation), violation));

        IndicatorRules.Checked indicators = filing.indicators().size() > MAX_INDICATORS
                ? new IndicatorRules.Checked(List.of(), List.of())
                : IndicatorRules.check("indicators", filing.indicators());
        try {
            TipRules.check(filing.draft(now), now, knownModusOperandi);
        } catch (ValidationException e) {
            // the draft's rules name fields "tip.…"; here they are the request's own
            e.violations().forEach(violation -> {
                FieldViolation renamed = new FieldViolation(violation.field().replaceFirst("^tip\\.", ""),
                        violation.code(), violation.vi(), violation.en());
                found.putIfAbsent(key(renamed), renamed);
            });
        }
        indicators.violations().forEach(violation -> found.putIfAbsent(key(violation), violation));
        if (!found.isEmpty()) {
            throw new ValidationException(new ArrayList<>(found.values()));
        }
        return filing.with(reporter, victim, indicators.indicators());
    }

    /** A message from the tipster or an officer: required, not too long. */
    public static String checkMessage(String field, String text) {
        Violations v = new Violations();
        v.requireText(field, text).maxLength(field, text, MAX_MESSAGE);
        v.throwIfAny();
        return text.strip();
    }

    /** The contact with its phone in E.164 and e-mail in lower case, or what is wrong with it added to {@code v}. */
    static Contact contact(Violations v, String field, Contact given) {
        v.maxLength(field + ".name", given.name(), MAX_NAME);
        String phone = given.phone() == null ? null
                : IndicatorRules.normalize(v, field + ".phone", field + ".phone", IndicatorType.PHONE, given.phone());
        String email = given.email() == null ? null
                : IndicatorRules.normalize(v, field + ".email", field + ".email", IndicatorType.EMAIL, given.email());
        return new Contact(given.name(), phone, email);
    }

    private static String key(FieldViolation violation) {
        return violation.field() + "|" + violation.code();
    }
}
