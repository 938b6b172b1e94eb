package vn.lachan.cases.domain;

import vn.lachan.platform.money.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;

class FreezeRequestRulesTest {

    static FreezeRequestDraft with(String accountNumber, Money amount, int layer) {
        var d = FreezeRequestTest.draft();
        return new FreezeRequestDraft(d.caseId(), d.bank(), accountNumber, d.accountHolder(), amount, layer, d.reason());
    }

    @Test
    void aCompleteRequestPasses() {
        assertThatCode(() -> FreezeRequestRules.check(FreezeRequestTest.draft())).doesNotThrowAnyException();
    }

    @Test
    void everyViolationIsToldAtOnceInTheContractsFieldNames() {
        var draft = new FreezeRequestDraft("VA-2026-0001", "Vietcombank", "0071 0001 23456", "x".repeat(201),
                Money.dong(0), 51, " ");
        var invalid = catchThrowableOfType(ValidationException.class, () -> FreezeRequestRules.check(draft));
        assertThat(invalid.violations()).extracting(FieldViolation::field).containsExactly(
                "case_id", "freeze_request.bank", "freeze_request.account_number", "freeze_request.account_holder",
                "freeze_request.amount_requested.dong", "freeze_request.layer", "freeze_request.reason");
        assertThat(invalid.violations()).allSatisfy(v -> {
            assertThat(v.vi()).isNotBlank();
            assertThat(v.en()).isNotBlank();
        });
    }

    @Test
    void missingValuesAreRequired() {
        var draft = new FreezeRequestDraft("", "", "", null, null, 0, null);
        var invalid = catchThrowableOfType(ValidationException.class, () -> FreezeRequestRules.check(draft));
        assertThat(invalid.violations()).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                tuple("case_id", "REQUIRED"),
                tuple("freeze_request.bank", "REQUIRED"),
                tuple("freeze_request.account_number", "REQUIRED"),
                tuple("freeze_request.amount_requested", "REQUIRED"),
                tuple("freeze_request.layer", "REQUIRED"),
                tuple("freeze_request.reason", "REQUIRED"));
    }

    @ParameterizedTest(name = "account {0} valid: {1}")
    @CsvSource({
            "123456, true",
            "1234567890123456789, true",
            "12345, false",
            "12345678901234567890, false",
            "00710001234a6, false",
            "'0071 000123456', false",
            "-1234567, false",
    })
    void anAccountNumberHasSixToNineteenDigits(String number, boolean valid) {
        var draft = with(number, Money.dong(1), 1);
        if (valid) {
            assertThatCode(() -> FreezeRequestRules.check(draft)).doesNotThrowAnyException();
        } else {
            var invalid = catchThrowableOfType(ValidationException.class, () -> FreezeRequestRules.check(draft));
            assertThat(invalid.violations()).extracting(FieldViolation::field)
                    .containsExactly("freeze_request.account_number");
        }
    }

    @ParameterizedTest(name = "layer {0}, {1} đồng valid: {2}")
    @CsvSource({
            "1, 1, true",
            "50, 9000000000000, true",
            "-1, 1, false",
            "51, 1, false",
            "1, -5, false",
    })
    void theLayerAndTheAmountHaveTheirRanges(int layer, long dong, boolean valid) {
        var draft = with("0071000123456", Money.dong(dong), layer);
        if (valid) {
            assertThatCode(() -> FreezeRequestRules.check(draft)).doesNotThrowAnyException();
        } else {
            assertThat(catchThrowableOfType(ValidationException.class, () -> FreezeRequestRules.check(draft))
                    .violations()).hasSize(1);
        }
    }
}
