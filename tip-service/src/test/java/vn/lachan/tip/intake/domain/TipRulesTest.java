package vn.lachan.tip.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.tip.procedure.domain.TipDeadlines;

class TipRulesTest {

    static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    static final Set<String> MODUS = Set.of("IMPERSONATE_AUTHORITY", "OTHER");

    static TipDraft valid() {
        return new TipDraft(NOW.minusSeconds(3600), Channel.HOTLINE, SourceKind.DENUNCIATION, "cong-an-tinh",
                "IMPERSONATE_AUTHORITY", "Người gọi giả danh công an yêu cầu chuyển tiền.", 45_000_000L, null);
    }

    @Test
    void aCompleteTipPasses() {
        assertThatCode(() -> TipRules.check(valid(), NOW, MODUS)).doesNotThrowAnyException();
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        var draft = new TipDraft(NOW.plusSeconds(3600), null, null, "Công An", "UNKNOWN", " ", -1, null);
        var failure = catchThrowableOfType(ValidationException.class, () -> TipRules.check(draft, NOW, MODUS));
        assertThat(failure.violations()).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tip.received_at", "IN_FUTURE"),
                org.assertj.core.groups.Tuple.tuple("tip.channel", "REQUIRED"),
                org.assertj.core.groups.Tuple.tuple("tip.source_kind", "REQUIRED"),
                org.assertj.core.groups.Tuple.tuple("tip.receiving_unit", "INVALID_FORMAT"),
                org.assertj.core.groups.Tuple.tuple("tip.modus_operandi", "UNKNOWN_VALUE"),
                org.assertj.core.groups.Tuple.tuple("tip.narrative", "REQUIRED"),
                org.assertj.core.groups.Tuple.tuple("tip.loss.dong", "NEGATIVE"));
        assertThat(failure.violations()).allSatisfy(v -> {
            assertThat(v.vi()).isNotBlank();
            assertThat(v.en()).isNotBlank();
        });
    }

    @Test
    void anAbsurdLossIsRefused() {
        var draft = new TipDraft(NOW, Channel.HOTLINE, SourceKind.DENUNCIATION, "cong-an-tinh", "OTHER", "x",
                TipRules.MAX_LOSS_DONG + 1, null);
        var failure = catchThrowableOfType(ValidationException.class, () -> TipRules.check(draft, NOW, MODUS));
        assertThat(failure.violations()).extracting(FieldViolation::code).containsExactly("OUT_OF_RANGE");
    }

    @Test
    void aNarrativeLongerThanTheLimitIsRefused() {
        var draft = new TipDraft(NOW, Channel.HOTLINE, SourceKind.DENUNCIATION, "cong-an-tinh", "OTHER",
                "a".repeat(TipRules.MAX_NARRATIVE + 1), 0, null);
        var failure = catchThrowableOfType(ValidationException.class, () -> TipRules.check(draft, NOW, MODUS));
        assertThat(failure.violations()).extracting(FieldViolation::field).containsExactly("tip.narrative");
    }

    @Test
    void decisionIsDueTwentyLegalDaysAfterReceipt() {
        var calendar = vn.lachan.platform.time.LegalCalendar.shipped();
        // 18:00 UTC on 11 March is already 12 March in Vietnam
        assertThat(TipDeadlines.decisionDue(calendar, Instant.parse("2026-03-11T18:00:00Z"))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(TipDeadlines.decisionDue(calendar, Instant.parse("2026-03-11T16:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aDecisionDueDuringTetIsDueOnTheFirstWorkingDayAfterIt() {
        var calendar = vn.lachan.platform.time.LegalCalendar.shipped();
        // 20 days after 31/01/2026 is Friday 20/02, and after 01/02 Saturday 21/02: both inside Tết Bính Ngọ
        assertThat(TipDeadlines.decisionDue(calendar, Instant.parse("2026-01-31T03:00:00Z"))).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(TipDeadlines.decisionDue(calendar, Instant.parse("2026-02-01T03:00:00Z"))).isEqualTo(LocalDate.of(2026, 2, 23));
    }
}
