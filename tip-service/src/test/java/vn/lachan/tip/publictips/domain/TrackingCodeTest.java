package vn.lachan.tip.publictips.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;

class TrackingCodeTest {

    @Test
    void aNewCodeHasNoLookAlikeCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String code = TrackingCode.generate().value();
            assertThat(code).matches("LC-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}");
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(990);
    }

    @Test
    void aCodeIsReadInAnyCaseWithOrWithoutDashesAndSpaces() {
        assertThat(TrackingCode.parse("tracking_code", "lc-7k3m-9qxd").value()).isEqualTo("LC-7K3M-9QXD");
        assertThat(TrackingCode.parse("tracking_code", " LC 7K3M 9QXD ").value()).isEqualTo("LC-7K3M-9QXD");
        assertThat(TrackingCode.parse("tracking_code", "LC7K3M9QXD").value()).isEqualTo("LC-7K3M-9QXD");
    }

    @Test
    void somethingElseIsAFieldErrorSayingWhatACodeLooksLike() {
        for (String written : new String[] {"LC-7K3M-9QX", "LC-7K3M-9QXO", "XX-7K3M-9QXD", "LC-7K3M-9QXD-AAAA"}) {
            var failure = catchThrowableOfType(ValidationException.class, () -> TrackingCode.parse("tracking_code", written));
            assertThat(failure.violations()).extracting(FieldViolation::field, FieldViolation::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("tracking_code", "INVALID_FORMAT"));
            assertThat(failure.violations().getFirst().en()).contains("LC-XXXX-XXXX");
        }
        assertThat(catchThrowableOfType(ValidationException.class, () -> TrackingCode.parse("tracking_code", " "))
                .violations().getFirst().code()).isEqualTo("REQUIRED");
    }
}
