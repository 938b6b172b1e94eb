package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;

class CaseRulesTest {

    static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    static final String OPENER = "cong-an-tinh";
    static final String TIP = "3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c";

    static CaseDraft valid() {
        return new CaseDraft(NOW.minusSeconds(3600), "Lừa đảo giả danh công an qua điện thoại", 174, 2, "cong-an-tinh",
                List.of(TIP));
    }

    static List<FieldViolation> violationsOf(CaseDraft draft) {
        return catchThrowableOfType(ValidationException.class, () -> CaseRules.check(draft, NOW, OPENER)).violations();
    }

    @Test
    void aCompleteCasePasses() {
        assertThatCode(() -> CaseRules.check(valid(), NOW, OPENER)).doesNotThrowAnyException();
    }

    @Test
    void aCaseOpenedDirectlyWithoutTipsAndWithoutATimePasses() {
        assertThatCode(() -> CaseRules.check(new CaseDraft(null, "Đánh bạc qua mạng", 321, 2, "cong-an-tinh-pa05", List.of()), NOW, OPENER))
                .doesNotThrowAnyException();
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        var draft = new CaseDraft(NOW.plusSeconds(3600), " ", 0, 0, "Công An", List.of("not-a-uuid"));
        var violations = violationsOf(draft);
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                tuple("case.title", "REQUIRED"),
                tuple("case.penal_code_article", "REQUIRED"),
                tuple("case.clause", "REQUIRED"),
                tuple("case.lead_unit", "INVALID_FORMAT"),
                tuple("case.tip_ids[0]", "INVALID_FORMAT"),
                tuple("case.opened_at", "IN_FUTURE"));
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.vi()).isNotBlank();
            assertThat(v.en()).isNotBlank();
        });
    }

    @Test
    void anArticleOutsideThePlanListsTheAllowedArticles() {
        var violations = violationsOf(new CaseDraft(NOW, "x", 173, 1, "cong-an-tinh", List.of()));
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("case.penal_code_article", "UNKNOWN_VALUE"));
        assertThat(violations.getFirst().vi()).contains("Điều 173", "174, 201, 285, 286, 287, 288, 289, 290, 291, 321, 322, 326");
        assertThat(violations.getFirst().en()).contains("Article 173", "174, 201, 285");
    }

    @Test
    void aClauseTheArticleLacksListsTheClausesItHas() {
        var violations = violationsOf(new CaseDraft(NOW, "x", 288, 3, "cong-an-tinh", List.of()));
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("case.clause", "UNKNOWN_VALUE"));
        assertThat(violations.getFirst().vi()).contains("Điều 288 không có khoản 3", "1, 2");
        assertThat(violations.getFirst().en()).contains("Article 288 has no clause 3", "1, 2");
    }

    @Test
    void aMissingClauseOfAKnownArticleSaysWhichClausesItHas() {
        var violations = violationsOf(new CaseDraft(NOW, "x", 322, 0, "cong-an-tinh", List.of()));
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("case.clause", "REQUIRED"));
        assertThat(violations.getFirst().en()).contains("1, 2");
    }

    @Test
    void theSameTipTwiceIsADuplicateWhateverItsCase() {
        var draft = new CaseDraft(NOW, "x", 174, 1, "cong-an-tinh",
                List.of(TIP, UUID.randomUUID().toString(), TIP.toUpperCase()));
        var violations = violationsOf(draft);
        assertThat(violations).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("case.tip_ids[2]", "DUPLICATE"));
        assertThat(violations.getFirst().en()).contains("case.tip_ids[0]");
    }

    @Test
    void aShortenedUuidIsNotATipId() {
        var violations = violationsOf(new CaseDraft(NOW, "x", 174, 1, "cong-an-tinh", List.of("1-1-1-1-1")));
        assertThat(violations).extracting(FieldViolation::field).containsExactly("case.tip_ids[0]");
    }

    @Test
    void aHundredTipsAreEnoughAndOneMoreIsTooMany() {
        var hundred = java.util.stream.Stream.generate(() -> UUID.randomUUID().toString()).limit(100).toList();
        assertThatCode(() -> CaseRules.check(new CaseDraft(NOW, "x", 174, 1, "cong-an-tinh", hundred), NOW, OPENER))
                .doesNotThrowAnyException();
        var tooMany = Collections.nCopies(101, "not-a-uuid");
        assertThat(violationsOf(new CaseDraft(NOW, "x", 174, 1, "cong-an-tinh", tooMany)))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("case.tip_ids", "TOO_MANY"));
    }

    @Test
    void aTitleLongerThanTheLimitIsRefused() {
        assertThatCode(() -> CaseRules.check(new CaseDraft(NOW, "a".repeat(CaseRules.MAX_TITLE), 174, 1, "cong-an-tinh-pa05",
                List.of()), NOW, OPENER)).doesNotThrowAnyException();
        assertThat(violationsOf(new CaseDraft(NOW, "a".repeat(CaseRules.MAX_TITLE + 1), 174, 1, "cong-an-tinh-pa05", List.of())))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("case.title", "TOO_LONG"));
    }

    @Test
    void aLeadUnitIsRequired() {
        assertThat(violationsOf(new CaseDraft(NOW, "x", 174, 1, "", List.of())))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("case.lead_unit", "REQUIRED"));
    }

    @Test
    void aCaseOpenedBefore2000IsRefusedButAFewMinutesOfClockDriftAreNot() {
        assertThat(violationsOf(new CaseDraft(Instant.parse("1999-12-31T00:00:00Z"), "x", 174, 1, "cong-an-tinh-pa05", List.of())))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("case.opened_at", "OUT_OF_RANGE"));
        assertThatCode(() -> CaseRules.check(new CaseDraft(NOW.plusSeconds(120), "x", 174, 1, "cong-an-tinh-pa05", List.of()), NOW, OPENER))
                .doesNotThrowAnyException();
    }

    @Test
    void aCaseIsLedByThePoliceUnitOfTheOpenerOrOneBelowIt() {
        assertThatCode(() -> CaseRules.check(new CaseDraft(NOW, "x", 174, 1, "cong-an-tinh-pa05", List.of()), NOW,
                "cong-an-tinh-pa05")).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(ValidationException.class, () -> CaseRules.check(
                new CaseDraft(NOW, "x", 174, 1, "vcb-dong-thap", List.of()), NOW, OPENER)).violations())
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("case.lead_unit", "NOT_INVESTIGATING_POLICE"));
        assertThat(catchThrowableOfType(ValidationException.class, () -> CaseRules.check(
                new CaseDraft(NOW, "x", 174, 1, "huyen-cao-lanh", List.of()), NOW, OPENER)).violations())
                .extracting(FieldViolation::code).containsExactly("NOT_INVESTIGATING_POLICE");
        // a superior unit, or a sibling whose name merely starts the same, is not the opener's
        for (String other : List.of("cong-an-tinh", "cong-an-tinh-pa05x", "cong-an-tinh-pa06")) {
            var violations = catchThrowableOfType(ValidationException.class, () -> CaseRules.check(
                    new CaseDraft(NOW, "x", 174, 1, other, List.of()), NOW, "cong-an-tinh-pa05")).violations();
            assertThat(violations).as(other).extracting(FieldViolation::code).containsExactly("OUTSIDE_OPENER_UNIT");
            assertThat(violations.getFirst().vi()).contains("cấp dưới");
        }
    }
}
