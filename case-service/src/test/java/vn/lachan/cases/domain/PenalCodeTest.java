package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lachan.cases.domain.CrimeCategory.LESS_SERIOUS;
import static vn.lachan.cases.domain.CrimeCategory.PARTICULARLY_SERIOUS;
import static vn.lachan.cases.domain.CrimeCategory.SERIOUS;
import static vn.lachan.cases.domain.CrimeCategory.VERY_SERIOUS;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PenalCodeTest {

    @Test
    void theArticlesOfThePlanAreInScopeAndNoOthers() {
        assertThat(PenalCode.articleNumbers())
                .containsExactly(174, 201, 285, 286, 287, 288, 289, 290, 291, 321, 322, 326);
    }

    @ParameterizedTest(name = "Art. {0}({1}) is {2}")
    @CsvSource({
            "174, 1, LESS_SERIOUS", "174, 2, SERIOUS", "174, 3, VERY_SERIOUS", "174, 4, PARTICULARLY_SERIOUS",
            "201, 1, LESS_SERIOUS", "201, 2, LESS_SERIOUS",
            "285, 1, LESS_SERIOUS", "285, 2, SERIOUS", "285, 3, SERIOUS",
            "286, 1, LESS_SERIOUS", "286, 2, SERIOUS", "286, 3, VERY_SERIOUS",
            "287, 1, LESS_SERIOUS", "287, 2, SERIOUS", "287, 3, VERY_SERIOUS",
            "288, 1, LESS_SERIOUS", "288, 2, SERIOUS",
            "289, 1, SERIOUS", "289, 2, SERIOUS", "289, 3, VERY_SERIOUS",
            "290, 1, LESS_SERIOUS", "290, 2, SERIOUS", "290, 3, VERY_SERIOUS", "290, 4, PARTICULARLY_SERIOUS",
            "291, 1, LESS_SERIOUS", "291, 2, LESS_SERIOUS", "291, 3, SERIOUS",
            "321, 1, LESS_SERIOUS", "321, 2, SERIOUS",
            "322, 1, SERIOUS", "322, 2, VERY_SERIOUS",
            "326, 1, LESS_SERIOUS", "326, 2, VERY_SERIOUS", "326, 3, VERY_SERIOUS"})
    void eachClauseFixesItsCategory(int article, int clause, CrimeCategory category) {
        assertThat(PenalCode.offence(article, clause)).contains(new Offence(article, clause, category));
    }

    @Test
    void aClauseTheArticleLacksIsNoOffence() {
        assertThat(PenalCode.offence(288, 3)).isEmpty(); // clause 3 lists only additional penalties
        assertThat(PenalCode.offence(174, 5)).isEmpty();
        assertThat(PenalCode.offence(174, 0)).isEmpty();
        assertThat(PenalCode.offence(174, -1)).isEmpty();
    }

    @Test
    void anArticleOutsideThePlanIsNoOffence() {
        assertThat(PenalCode.article(173)).isEmpty();
        assertThat(PenalCode.offence(173, 1)).isEmpty();
    }

    @Test
    void anArticleKnowsItsClausesAndNames() {
        var gambling = PenalCode.article(321).orElseThrow();
        assertThat(gambling.clauseNumbers()).containsExactly(1, 2);
        assertThat(gambling.nameVi()).isEqualTo("Đánh bạc");
        assertThat(gambling.nameEn()).isEqualTo("Gambling");
    }

    @Test
    void theCategoryFollowsTheMaximumPenaltyAtArticleNineBoundaries() {
        assertThat(new MaximumPenalty.NonCustodial().category()).isEqualTo(LESS_SERIOUS);
        assertThat(new MaximumPenalty.Prison(3).category()).isEqualTo(LESS_SERIOUS);
        assertThat(new MaximumPenalty.Prison(4).category()).isEqualTo(SERIOUS);
        assertThat(new MaximumPenalty.Prison(7).category()).isEqualTo(SERIOUS);
        assertThat(new MaximumPenalty.Prison(8).category()).isEqualTo(VERY_SERIOUS);
        assertThat(new MaximumPenalty.Prison(15).category()).isEqualTo(VERY_SERIOUS);
        assertThat(new MaximumPenalty.Prison(16).category()).isEqualTo(PARTICULARLY_SERIOUS);
        assertThat(new MaximumPenalty.Life().category()).isEqualTo(PARTICULARLY_SERIOUS);
    }
}
