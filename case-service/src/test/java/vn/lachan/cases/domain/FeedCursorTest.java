package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;

class FeedCursorTest {

    @Test
    void noCursorIsTheStartOfTheFeed() {
        assertThat(FeedCursor.parse("")).isEqualTo(FeedCursor.START);
        assertThat(FeedCursor.parse(null)).isEqualTo(FeedCursor.START);
        assertThat(FeedCursor.START.seq()).isZero();
    }

    @Test
    void aCursorIsTheDigitsOfAnEventsNumberAndReadsBackAsWritten() {
        assertThat(FeedCursor.parse("1").seq()).isEqualTo(1);
        assertThat(FeedCursor.parse("42").text()).isEqualTo("42");
        assertThat(FeedCursor.parse(Long.toString(Long.MAX_VALUE)).seq()).isEqualTo(Long.MAX_VALUE);
        assertThat(FeedCursor.parse(new FeedCursor(9_000_000_001L).text())).isEqualTo(new FeedCursor(9_000_000_001L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "+1", "01", " 1", "1 ", "1.0", "abc", "1e3", "９", "9223372036854775808",
            "99999999999999999999", "' or 1=1 --"})
    void anythingElseIsAFieldErrorOfAfterInBothLanguages(String after) {
        var refused = catchThrowableOfType(ValidationException.class, () -> FeedCursor.parse(after));
        assertThat(refused).as(after).isNotNull();
        assertThat(refused.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("after", "INVALID_CURSOR"));
        assertThat(refused.violations().getFirst().vi()).contains("Con trỏ không hợp lệ");
        assertThat(refused.violations().getFirst().en()).contains("Invalid cursor");
    }

    @Test
    void aCursorBeyondTheBanksLastEventWasNeverGivenByItsFeed() {
        assertThatCode(() -> new FeedCursor(5).checkWithin(5)).doesNotThrowAnyException();
        assertThatCode(() -> FeedCursor.START.checkWithin(0)).doesNotThrowAnyException();
        var refused = catchThrowableOfType(ValidationException.class, () -> new FeedCursor(6).checkWithin(5));
        assertThat(refused.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("after", "UNKNOWN_CURSOR"));
        assertThat(catchThrowableOfType(ValidationException.class, () -> new FeedCursor(1).checkWithin(0))).isNotNull();
    }

    @Test
    void anEventsCursorIsItsNumber() {
        var event = new FeedEvent("vcb-dong-thap", 7, FeedEventKind.REQUEST_SENT, java.util.UUID.randomUUID(), null,
                java.time.Instant.parse("2026-03-03T07:40:00Z"));
        assertThat(event.cursor().text()).isEqualTo("7");
        assertThat(event.cursor().isBefore(8)).isTrue();
        assertThat(event.cursor().isBefore(7)).isFalse();
    }
}
