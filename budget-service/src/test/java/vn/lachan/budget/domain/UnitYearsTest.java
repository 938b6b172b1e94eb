package vn.lachan.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.unit.RegisteredUnit;

class UnitYearsTest {

    static final Map<String, RegisteredUnit> UNITS = Map.of(
            "huyen-lai-vung", new RegisteredUnit("huyen-lai-vung", "district", true, "Ủy ban nhân dân huyện Lai Vung",
                    "Lai Vung District People's Committee", LocalDate.of(2022, 1, 1), LocalDate.of(2025, 6, 30),
                    List.of("ubnd-tinh")),
            "xa-lai-vung", new RegisteredUnit("xa-lai-vung", "commune", true, "Ủy ban nhân dân xã Lai Vung",
                    "Lai Vung Commune People's Committee", LocalDate.of(2025, 7, 1), null, List.of()));
    static final Function<String, Optional<RegisteredUnit>> FIND = code -> Optional.ofNullable(UNITS.get(code));

    static List<FieldViolation> check(String code, int year) {
        Violations v = new Violations();
        UnitYears.check(v, "allocation.unit", code, year, FIND);
        return v.list();
    }

    @Test
    void aUnitThatLivedInAnyPartOfTheYearMayGetItsMoney() {
        assertThat(check("huyen-lai-vung", 2025)).isEmpty();
        assertThat(check("xa-lai-vung", 2025)).isEmpty();
        assertThat(check("xa-lai-vung", 2026)).isEmpty();
    }

    @Test
    void aDistrictGetsNoMoneyAfterItsEndAndACommuneNoneBeforeItsStart() {
        assertThat(check("huyen-lai-vung", 2026)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("allocation.unit");
            assertThat(v.code()).isEqualTo("UNIT_NOT_IN_YEAR");
            assertThat(v.vi()).contains("năm 2026", "2025-06-30", "ubnd-tinh");
            assertThat(v.en()).contains("2026", "2025-06-30", "ubnd-tinh");
        });
        assertThat(check("xa-lai-vung", 2024)).singleElement()
                .satisfies(v -> assertThat(v.en()).contains("from 2025-07-01"));
    }

    @Test
    void aCodeTheRegistryDoesNotKnowIsRefused() {
        assertThat(check("so-khong-co", 2026)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("UNKNOWN_UNIT");
            assertThat(v.vi()).contains("so-khong-co");
        });
    }

    @Test
    void anApprovalIsRefusedWhenTheUnitDidNotExistInTheYearTellingTheApproverToReject() {
        assertThatCode(() -> UnitYears.checkAtApproval("huyen-lai-vung", 2025, FIND)).doesNotThrowAnyException();
        var refused = catchThrowableOfType(ConflictException.class,
                () -> UnitYears.checkAtApproval("huyen-lai-vung", 2026, FIND));
        assertThat(refused.vi()).contains("năm 2026", "ubnd-tinh", "hãy từ chối");
        assertThat(refused.en()).contains("2026", "reject the request");
        assertThat(catchThrowableOfType(ConflictException.class,
                () -> UnitYears.checkAtApproval("so-khong-co", 2026, FIND)).en()).contains("so-khong-co");
    }
}
