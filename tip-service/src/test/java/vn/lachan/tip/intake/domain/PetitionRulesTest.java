package vn.lachan.tip.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.unit.RegisteredUnit;

/** A kiến nghị khởi tố comes from a competent state body, named by its unit code. */
class PetitionRulesTest {

    static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    static final Set<String> MODUS = Set.of("OTHER");
    static final LocalDate END_OF_DISTRICTS = LocalDate.of(2025, 6, 30);
    static final LocalDate PLAN = LocalDate.of(2022, 1, 1);
    static final LocalDate NEW_PROVINCE = LocalDate.of(2025, 7, 1);
    static final Map<String, RegisteredUnit> UNITS = Map.of(
            "vien-kiem-sat-tinh", new RegisteredUnit("vien-kiem-sat-tinh", "procuracy", true,
                    "Viện Kiểm sát nhân dân tỉnh Đồng Tháp", "Dong Thap Provincial People's Procuracy", PLAN, null, List.of()),
            "ngan-hang-nha-nuoc", new RegisteredUnit("ngan-hang-nha-nuoc", "bank", true,
                    "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Đồng Tháp", "State Bank of Vietnam, Dong Thap branch", PLAN,
                    null, List.of()),
            "vcb-dong-thap", new RegisteredUnit("vcb-dong-thap", "bank", false,
                    "Vietcombank - Chi nhánh Đồng Tháp", "Vietcombank, Dong Thap branch", PLAN, null, List.of()),
            "bao-dong-thap", new RegisteredUnit("bao-dong-thap", "department", false, "Báo Đồng Tháp", "Dong Thap Newspaper",
                    PLAN, null, List.of()),
            "huyen-cao-lanh", new RegisteredUnit("huyen-cao-lanh", "district", true, "Ủy ban nhân dân huyện Cao Lãnh",
                    "Cao Lanh District People's Committee", PLAN, END_OF_DISTRICTS, List.of("ubnd-tinh")),
            "so-tttt", new RegisteredUnit("so-tttt", "department", true, "Sở Thông tin và Truyền thông",
                    "Department of Information and Communications", PLAN, LocalDate.of(2025, 2, 28), List.of("so-khcn")),
            "phuong-my-tho", new RegisteredUnit("phuong-my-tho", "ward", true, "Ủy ban nhân dân phường Mỹ Tho",
                    "My Tho Ward People's Committee", NEW_PROVINCE, null, List.of()));
    static final Function<String, Optional<RegisteredUnit>> FIND = code -> Optional.ofNullable(UNITS.get(code));

    static TipDraft petition(String unit, Instant receivedAt) {
        return new TipDraft(receivedAt, Channel.AGENCY_TRANSFER, SourceKind.PETITION, "cong-an-tinh", "OTHER",
                "Kiến nghị khởi tố vụ lừa đảo qua mạng.", 0, null, java.util.List.of(), unit);
    }

    static FieldViolation refused(TipDraft draft) {
        var failure = catchThrowableOfType(ValidationException.class, () -> TipRules.check(draft, NOW, MODUS, FIND));
        assertThat(failure).as("refused").isNotNull();
        assertThat(failure.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("tip.petitioning_unit");
            assertThat(v.vi()).isNotBlank();
            assertThat(v.en()).isNotBlank();
        });
        return failure.violations().getFirst();
    }

    @Test
    void aPetitionOfAStateBodyPasses() {
        assertThatCode(() -> TipRules.check(petition("vien-kiem-sat-tinh", NOW), NOW, MODUS, FIND)).doesNotThrowAnyException();
        // the State Bank is an agency of the Government, though the realm files it under kind "bank"
        assertThatCode(() -> TipRules.check(petition("ngan-hang-nha-nuoc", NOW), NOW, MODUS, FIND)).doesNotThrowAnyException();
    }

    @Test
    void aPetitionMustNameItsBody() {
        assertThat(refused(petition(null, NOW)).code()).isEqualTo("REQUIRED");
        assertThat(refused(petition("  ", NOW)).code()).isEqualTo("REQUIRED");
    }

    @Test
    void aBankThePressAndThePlatformAreNoStateBodies() {
        FieldViolation bank = refused(petition("vcb-dong-thap", NOW));
        assertThat(bank.code()).isEqualTo("NOT_STATE_BODY");
        assertThat(bank.en()).contains("Vietcombank", "REPORT");
        assertThat(refused(petition("bao-dong-thap", NOW)).code()).isEqualTo("NOT_STATE_BODY");
        assertThat(refused(petition("he-thong", NOW)).code()).isEqualTo("NOT_STATE_BODY");
    }

    @Test
    void aCitizenIsNoUnitAndAnUnknownCodeIsNoBody() {
        FieldViolation citizen = refused(petition("Nguyễn Văn A", NOW));
        assertThat(citizen.code()).isEqualTo("INVALID_FORMAT");
        assertThat(citizen.en()).contains("DENUNCIATION");
        assertThat(refused(petition("so-khong-co", NOW)).code()).isEqualTo("UNKNOWN_UNIT");
    }

    @Test
    void aDissolvedUnitPetitionsOnlyForTipsReceivedWhileItExisted() {
        FieldViolation late = refused(petition("huyen-cao-lanh", NOW));
        assertThat(late.code()).isEqualTo("UNIT_DISSOLVED");
        assertThat(late.en()).contains("2025-06-30");
        // 30 June 2025 20:00 in Vietnam is still the district's last day
        assertThatCode(() -> TipRules.check(petition("huyen-cao-lanh", Instant.parse("2025-06-30T13:00:00Z")), NOW, MODUS,
                FIND)).doesNotThrowAnyException();
        assertThat(refused(petition("huyen-cao-lanh", Instant.parse("2025-06-30T17:00:00Z"))).code()).isEqualTo("UNIT_DISSOLVED");
        assertThat(refused(petition("so-tttt", NOW)).en()).contains("so-khcn");
    }

    @Test
    void aPetitionOfAWardReceivedBeforeTheWardExistedIsRefused() {
        // the wards and communes of the new province exist from 1 July 2025 (Resolution 1663/NQ-UBTVQH15)
        FieldViolation early = refused(petition("phuong-my-tho", Instant.parse("2025-06-30T16:59:59Z")));
        assertThat(early.code()).isEqualTo("UNIT_NOT_YET_FORMED");
        assertThat(early.vi()).contains("2025-07-01");
        assertThat(early.en()).contains("2025-07-01");
        assertThatCode(() -> TipRules.check(petition("phuong-my-tho", Instant.parse("2025-06-30T17:00:00Z")), NOW, MODUS,
                FIND)).doesNotThrowAnyException();
    }

    @Test
    void onlyAPetitionNamesAPetitioningBody() {
        TipDraft report = new TipDraft(NOW, Channel.BANK_REPORT, SourceKind.REPORT, "cong-an-tinh", "OTHER", "Tin báo",
                0, null, java.util.List.of(), "vcb-dong-thap");
        assertThat(refused(report).code()).isEqualTo("NOT_APPLICABLE");
        TipDraft denunciation = new TipDraft(NOW, Channel.HOTLINE, SourceKind.DENUNCIATION, "cong-an-tinh", "OTHER",
                "Tố giác", 0, null);
        assertThatCode(() -> TipRules.check(denunciation, NOW, MODUS, FIND)).doesNotThrowAnyException();
    }

    @Test
    void withoutTheUnitsAPetitionIsNeverTakenOnTrust() {
        var failure = catchThrowableOfType(ValidationException.class,
                () -> TipRules.check(petition("vien-kiem-sat-tinh", NOW), NOW, MODUS));
        assertThat(failure.violations()).extracting(FieldViolation::code).containsExactly("UNKNOWN_UNIT");
    }
}
