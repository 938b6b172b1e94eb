package vn.lachan.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.time.LegalTime;

class SpendingRulesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 14);

    static SpendingDraft valid() {
        return new SpendingDraft("cong-an-tinh", 45_000_000L, "2025-06-14", "In tờ rơi tuyên truyền về lừa đảo qua mạng.");
    }

    @Test
    void completeSpendingPassesAndGivesTheDaySpent() {
        assertThat(SpendingRules.check(valid(), 2025, TODAY)).isEqualTo(TODAY);
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        var draft = new SpendingDraft("Công An", 0, "14/06/2025", " ");
        var failure = catchThrowableOfType(ValidationException.class, () -> SpendingRules.check(draft, 2025, TODAY));
        assertThat(failure.violations()).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                tuple("spending.unit", "INVALID_FORMAT"),
                tuple("spending.amount.dong", "NOT_POSITIVE"),
                tuple("spending.spent_on", "INVALID_FORMAT"),
                tuple("spending.description", "REQUIRED"));
        assertThat(failure.violations()).allSatisfy(v -> {
            assertThat(v.vi()).isNotBlank();
            assertThat(v.en()).isNotBlank();
        });
    }

    @Test
    void missingFieldsAreRequired() {
        var draft = new SpendingDraft("", -1, "", null);
        var failure = catchThrowableOfType(ValidationException.class, () -> SpendingRules.check(draft, 2025, TODAY));
        assertThat(failure.violations()).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                tuple("spending.unit", "REQUIRED"),
                tuple("spending.amount.dong", "NOT_POSITIVE"),
                tuple("spending.spent_on", "REQUIRED"),
                tuple("spending.description", "REQUIRED"));
    }

    @Test
    void anAmountAboveTenThousandBillionDongIsATypingError() {
        var atLimit = new SpendingDraft("cong-an-tinh", SpendingRules.MAX_AMOUNT_DONG, "2025-01-02", "x");
        assertThat(SpendingRules.check(atLimit, 2025, TODAY)).isEqualTo(LocalDate.of(2025, 1, 2));
        var above = new SpendingDraft("cong-an-tinh", SpendingRules.MAX_AMOUNT_DONG + 1, "2025-01-02", "x");
        var failure = catchThrowableOfType(ValidationException.class, () -> SpendingRules.check(above, 2025, TODAY));
        assertThat(failure.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("spending.amount.dong", "OUT_OF_RANGE"));
        assertThat(failure.violations().getFirst().vi()).contains("10.000.000.000.000 đ");
    }

    @Test
    void spendingIsDatedInTheLinesYear() {
        var lastYear = new SpendingDraft("cong-an-tinh", 1, "2024-12-31", "x");
        var failure = catchThrowableOfType(ValidationException.class, () -> SpendingRules.check(lastYear, 2025, TODAY));
        assertThat(failure.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("spending.spent_on", "OUTSIDE_YEAR"));
    }

    @Test
    void spendingCannotBeDatedAfterTheLegalDayInVietnam() {
        // 17:30 UTC on 14 June is already 15 June in Vietnam: the 15th is today there, the 16th is not
        LocalDate today = LegalTime.legalDay(Instant.parse("2025-06-14T17:30:00Z"));
        var fifteenth = new SpendingDraft("cong-an-tinh", 1, "2025-06-15", "x");
        assertThat(SpendingRules.check(fifteenth, 2025, today)).isEqualTo(LocalDate.of(2025, 6, 15));
        var sixteenth = new SpendingDraft("cong-an-tinh", 1, "2025-06-16", "x");
        var failure = catchThrowableOfType(ValidationException.class, () -> SpendingRules.check(sixteenth, 2025, today));
        assertThat(failure.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("spending.spent_on", "IN_FUTURE"));
        assertThat(failure.violations().getFirst().vi()).contains("15/06/2025");
    }

    @Test
    void aDescriptionLongerThanTheLimitIsRefused() {
        var draft = new SpendingDraft("cong-an-tinh", 1, "2025-01-02", "a".repeat(SpendingRules.MAX_DESCRIPTION + 1));
        var failure = catchThrowableOfType(ValidationException.class, () -> SpendingRules.check(draft, 2025, TODAY));
        assertThat(failure.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("spending.description", "TOO_LONG"));
    }
}
