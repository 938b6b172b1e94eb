package vn.lachan.tip.publictips.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.tip.indicators.domain.Indicator;
import vn.lachan.tip.indicators.domain.IndicatorType;
import vn.lachan.tip.intake.domain.Channel;
import vn.lachan.tip.intake.domain.SourceKind;
import vn.lachan.tip.intake.domain.TipDraft;

class PublicTipRulesTest {

    static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    static final Set<String> MODUS = Set.of("IMPERSONATE_AUTHORITY", "OTHER");

    static PublicFiling anonymous() {
        return new PublicFiling(null, null, "", "Có người gọi giả danh công an, bắt chuyển tiền.", 5_000_000L,
                NOW.minusSeconds(7200), List.of(Indicator.given(IndicatorType.PHONE, "0912 345 678")));
    }

    @Test
    void aCitizensFilingIsAWebDenunciationToTheProvincialPolice() {
        TipDraft draft = PublicTipRules.check(anonymous(), NOW, MODUS).draft(NOW);
        assertThat(draft.channel()).isEqualTo(Channel.WEB_PORTAL);
        assertThat(draft.sourceKind()).isEqualTo(SourceKind.DENUNCIATION);
        assertThat(draft.receivingUnit()).isEqualTo("cong-an-tinh");
        assertThat(draft.modusOperandi()).isEqualTo("OTHER");
        assertThat(draft.receivedAt()).isEqualTo(NOW);
        assertThat(draft.indicators()).extracting(Indicator::normalized).containsExactly("+84912345678");
    }

    @Test
    void withoutReporterTheFilingIsAnonymousAndEmptyContactFieldsDoNotCount() {
        assertThat(anonymous().anonymous()).isTrue();
        var blank = new PublicFiling(new Contact(" ", "", null), null, null, "x", 0, null, List.of());
        assertThat(blank.anonymous()).isTrue();
        var named = new PublicFiling(new Contact(null, "0912345678", null), null, null, "x", 0, null, List.of());
        assertThat(named.anonymous()).isFalse();
    }

    @Test
    void contactDataIsCheckedAndWrittenCanonically() {
        var filing = new PublicFiling(new Contact(" Nguyễn Văn A ", "0912.345.678", "A@Vi-Du.VN"),
                new Contact("Bà B", null, null), null, "x", 0, null, List.of());
        PublicFiling checked = PublicTipRules.check(filing, NOW, MODUS);
        assertThat(checked.reporter()).isEqualTo(new Contact("Nguyễn Văn A", "+84912345678", "a@vi-du.vn"));
        assertThat(checked.victim()).isEqualTo(new Contact("Bà B", null, null));
    }

    @Test
    void everyBrokenFieldIsReportedOnceUnderTheRequestsOwnName() {
        var filing = new PublicFiling(new Contact("A".repeat(201), "abc", "not-an-email"), new Contact(null, "12", null),
                "UNKNOWN", "x".repeat(PublicTipRules.MAX_NARRATIVE + 1), -1, NOW.plusSeconds(3600),
                List.of(Indicator.given(IndicatorType.PHONE, "abc")));
        var failure = catchThrowableOfType(ValidationException.class, () -> PublicTipRules.check(filing, NOW, MODUS));
        assertThat(failure.violations()).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                tuple("narrative", "TOO_LONG"),
                tuple("reporter.name", "TOO_LONG"),
                tuple("reporter.phone", "INVALID_FORMAT"),
                tuple("reporter.email", "INVALID_FORMAT"),
                tuple("victim.phone", "INVALID_FORMAT"),
                tuple("modus_operandi", "UNKNOWN_VALUE"),
                tuple("loss.dong", "NEGATIVE"),
                tuple("last_transfer_at", "IN_FUTURE"),
                tuple("indicators[0].value", "INVALID_FORMAT"));
    }

    @Test
    void aNarrativeIsRequiredOnce() {
        var filing = new PublicFiling(null, null, null, " ", 0, null, List.of());
        var failure = catchThrowableOfType(ValidationException.class, () -> PublicTipRules.check(filing, NOW, MODUS));
        assertThat(failure.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("narrative", "REQUIRED"));
    }

    @Test
    void aPublicTipNamesAtMostTwentyIndicators() {
        var filing = new PublicFiling(null, null, null, "x", 0, null,
                Collections.nCopies(21, Indicator.given(IndicatorType.PHONE, "0912345678")));
        var failure = catchThrowableOfType(ValidationException.class, () -> PublicTipRules.check(filing, NOW, MODUS));
        assertThat(failure.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("indicators", "TOO_MANY"));
    }

    @Test
    void aMessageIsRequiredAndAtMostFiveThousandCharacters() {
        assertThat(PublicTipRules.checkMessage("text", "  Thêm thông tin  ")).isEqualTo("Thêm thông tin");
        assertThat(catchThrowableOfType(ValidationException.class, () -> PublicTipRules.checkMessage("text", ""))
                .violations().getFirst().code()).isEqualTo("REQUIRED");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> PublicTipRules.checkMessage("text", "x".repeat(5_001))).violations().getFirst().code())
                .isEqualTo("TOO_LONG");
    }
}
