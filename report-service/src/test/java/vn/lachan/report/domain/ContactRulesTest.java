package vn.lachan.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.Violations;

class ContactRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"vanthu@sotuphap.dongthap.gov.vn", "bao.cao+nhac@congan.dongthap.gov.vn",
            "  vanthu@sotuphap.dongthap.gov.vn  "})
    void onePlainAddressWithADomainIsKeptTrimmed(String email) {
        Violations v = new Violations();
        assertThat(ContactRules.email(v, "email", email)).isEqualTo(email.strip());
        assertThat(v.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vanthu", "vanthu@", "@sotuphap.gov.vn", "Văn thư <vanthu@sotuphap.gov.vn>",
            "a@b.vn, c@d.vn", "vanthu@localhost", "vanthu@so tu phap.vn", "vanthu@@sotuphap.vn", "<vanthu@sotuphap.vn>"})
    void anythingElseIsAFieldErrorInBothLanguages(String email) {
        Violations v = new Violations();
        ContactRules.email(v, "email", email);
        assertThat(v.list()).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("email", "MALFORMED"));
        assertThat(v.list().getFirst().vi()).contains("không hợp lệ");
        assertThat(v.list().getFirst().en()).contains("Not a valid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyMeansRemove(String email) {
        Violations v = new Violations();
        assertThat(ContactRules.email(v, "email", email)).isEmpty();
        assertThat(ContactRules.email(v, "email", null)).isEmpty();
        assertThat(v.isEmpty()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void atMost254Characters() {
        Violations v = new Violations();
        ContactRules.email(v, "email", "x".repeat(250) + "@a.vn"); // 255 characters
        assertThat(v.list()).extracting(FieldViolation::code).containsExactly("TOO_LONG");
        Violations fits = new Violations();
        String longest = "x".repeat(64) + "@" + "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + ".vn";
        assertThat(longest).hasSize(250);
        ContactRules.email(fits, "email", longest);
        assertThat(fits.isEmpty()).isTrue();
    }
}
