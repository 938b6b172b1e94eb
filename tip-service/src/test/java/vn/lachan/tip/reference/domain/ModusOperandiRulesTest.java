package vn.lachan.tip.reference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Roles;

class ModusOperandiRulesTest {

    static final ModusOperandi STORED = new ModusOperandi("FAKE_PRIZE", "Trúng thưởng giả", "Fake prizes", false, 6);

    @Test
    void aNewEntryIsActiveAndGoesLast() {
        var entry = ModusOperandiRules.check("QR_CODE_SCAM", " Lừa đảo bằng mã QR ", "QR-code scam", null, null, null, 13);
        assertThat(entry).isEqualTo(new ModusOperandi("QR_CODE_SCAM", "Lừa đảo bằng mã QR", "QR-code scam", true, 14));
    }

    @Test
    void aChangeKeepsStateAndPlaceUnlessGiven() {
        assertThat(ModusOperandiRules.check("FAKE_PRIZE", "Trúng thưởng", "Prizes", null, null, STORED, 13))
                .isEqualTo(new ModusOperandi("FAKE_PRIZE", "Trúng thưởng", "Prizes", false, 6));
        assertThat(ModusOperandiRules.check("FAKE_PRIZE", "Trúng thưởng", "Prizes", true, 2, STORED, 13))
                .isEqualTo(new ModusOperandi("FAKE_PRIZE", "Trúng thưởng", "Prizes", true, 2));
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        var failure = catchThrowableOfType(ValidationException.class,
                () -> ModusOperandiRules.check("fake-prize", "", "x".repeat(201), null, 0, null, 13));
        assertThat(failure.violations()).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                Tuple.tuple("code", "INVALID_FORMAT"),
                Tuple.tuple("label_vi", "REQUIRED"),
                Tuple.tuple("label_en", "TOO_LONG"),
                Tuple.tuple("position", "OUT_OF_RANGE"));
        for (String bad : new String[] {"A", "1ABC", "ABC-D", "A" + "B".repeat(40), "ĐỒNG"}) {
            assertThat(catchThrowableOfType(ValidationException.class,
                    () -> ModusOperandiRules.check(bad, "vi", "en", null, null, null, 1)).violations())
                    .as(bad).extracting(FieldViolation::field).containsExactly("code");
        }
        assertThat(ModusOperandiRules.check("A" + "B".repeat(39), "vi", "en", null, null, null, 1).code()).hasSize(40);
    }

    @Test
    void onlyAdministratorsChangeTheList() {
        ModusOperandiRules.checkSave(new Caller("s", "admin", "cong-an-tinh", Set.of(Roles.ADMIN)));
        assertThat(catchThrowableOfType(AccessDeniedException.class, () -> ModusOperandiRules.checkSave(
                new Caller("s", "tiepnhan", "cong-an-tinh", Set.of(Roles.TIP_INTAKE))))).isNotNull();
    }
}
