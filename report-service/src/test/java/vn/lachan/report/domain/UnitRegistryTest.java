package vn.lachan.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped unit table carries the 2025 reorganisation, and a broken table is refused as a whole. */
class UnitRegistryTest {

    static UnitRegistry shipped() {
        var in = UnitRegistryTest.class.getResourceAsStream("/units/units.tsv");
        return UnitRegistry.read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    static long count(List<Unit> units, String kind) {
        return units.stream().filter(u -> u.kind().equals(kind)).count();
    }

    static boolean has(List<Unit> units, String code) {
        return units.stream().anyMatch(u -> u.code().equals(code));
    }

    @Test
    void beforeMarch2025DistrictPoliceAndTheInformationDepartmentExist() {
        var units = shipped().asOf(LocalDate.of(2025, 2, 28));
        assertThat(units.stream().filter(u -> u.code().startsWith("ca-")).count()).isEqualTo(12);
        assertThat(count(units, "district")).isEqualTo(12);
        assertThat(has(units, "so-tttt")).isTrue();
        assertThat(count(units, "ward") + count(units, "commune")).isZero();
    }

    @Test
    void fromMarch2025DistrictPoliceAreGoneAndTheirWorkPassedToTheProvincialPolice() {
        var registry = shipped();
        var units = registry.asOf(LocalDate.of(2025, 3, 1));
        assertThat(units.stream().filter(u -> u.code().startsWith("ca-")).count()).isZero();
        assertThat(has(units, "so-tttt")).isFalse();
        assertThat(has(units, "so-khcn")).isTrue();
        assertThat(count(units, "district")).isEqualTo(12);
        assertThat(registry.find("ca-huyen-lai-vung").orElseThrow().successors()).containsExactly("cong-an-tinh");
        assertThat(registry.find("so-tttt").orElseThrow().successors()).containsExactly("so-khcn");
    }

    @Test
    void fromJuly2025TheNewProvinceHas20WardsAnd82CommunesAndNoDistricts() {
        var units = shipped().asOf(LocalDate.of(2025, 7, 1));
        assertThat(count(units, "ward")).isEqualTo(20);
        assertThat(count(units, "commune")).isEqualTo(82);
        assertThat(count(units, "district")).isZero();
        assertThat(has(units, "phuong-my-tho")).isTrue();
        assertThat(has(units, "xa-tan-phu-dong")).isTrue();
        assertThat(has(units, "ubnd-tinh")).isTrue();
        var lastDay = shipped().asOf(LocalDate.of(2025, 6, 30));
        assertThat(count(lastDay, "district")).isEqualTo(12);
        assertThat(count(lastDay, "commune")).isZero();
    }

    @Test
    void aDistrictOwesAPeriodItLivedInAndACommuneDoesNotOweOneBeforeItExisted() {
        var registry = shipped();
        var year2025 = new ReportingPeriod(2025, PeriodKind.YEAR);
        var half2026 = new ReportingPeriod(2026, PeriodKind.HALF_YEAR);
        assertThat(registry.existedDuring("huyen-lai-vung", year2025.windowFrom(), year2025.windowTo())).isTrue();
        assertThat(registry.existedDuring("huyen-lai-vung", half2026.windowFrom(), half2026.windowTo())).isFalse();
        var half2025 = new ReportingPeriod(2025, PeriodKind.HALF_YEAR);
        assertThat(registry.existedDuring("xa-lai-vung", half2025.windowFrom(), half2025.windowTo())).isFalse();
        assertThat(registry.existedDuring("xa-lai-vung", year2025.windowFrom(), year2025.windowTo())).isTrue();
        assertThat(registry.existedDuring("khong-co", year2025.windowFrom(), year2025.windowTo())).isFalse();
    }

    @Test
    void everyRowNamesItsSource() {
        assertThat(shipped().all()).allSatisfy(u -> assertThat(u.source()).isNotBlank());
        assertThat(shipped().find("xa-tan-hong").orElseThrow().source()).contains("1663/NQ-UBTVQH15");
    }

    @Test
    void theStateBankBranchIsAStateBodyAndTheCommercialBanksThePressAndTheFrontAreNot() {
        var registry = shipped();
        assertThat(registry.find("ngan-hang-nha-nuoc").orElseThrow().stateBody()).isTrue();
        assertThat(registry.find("vien-kiem-sat-tinh").orElseThrow().stateBody()).isTrue();
        assertThat(registry.find("xa-tan-hong").orElseThrow().stateBody()).isTrue();
        assertThat(List.of("vcb-dong-thap", "bidv-dong-thap", "agribank-dong-thap", "bao-dong-thap", "dai-ptth", "mttq-tinh"))
                .allSatisfy(code -> assertThat(registry.find(code).orElseThrow().stateBody()).as(code).isFalse());
    }

    @Test
    void aStateBodyFlagOtherThanYesOrNoIsRefused() {
        String table = HEADER + row("ubnd-tinh", "committee", "", "2022-01-01", "", "").replace("\tyes\t", "\tmaybe\t");
        assertThatThrownBy(() -> UnitRegistry.read(new StringReader(table)))
                .hasMessageContaining("state_body must be yes or no, not 'maybe'");
    }

    static final String HEADER = String.join("\t", UnitRegistry.COLUMNS) + "\n";

    static String row(String code, String kind, String parent, String from, String to, String successors) {
        return String.join("\t", code, kind, "yes", parent, from, to, successors, "Tên", "Name", "test") + "\n";
    }

    @Test
    void aTableWithBrokenReferencesIsRefusedNamingEveryProblem() {
        String table = "# comment\n" + HEADER
                + row("ubnd-tinh", "committee", "", "2022-01-01", "", "")
                + row("so-a", "department", "ubnd-tinh", "2022-01-01", "2025-02-28", "")
                + row("so-b", "department", "khong-co", "2022-01-01", "2025-02-28", "so-c")
                + row("so-d", "department", "ubnd-tinh", "2022-01-01", "2025-02-28", "so-e")
                + row("so-e", "department", "ubnd-tinh", "2026-01-01", "", "")
                + row("so-d", "nonsense", "ubnd-tinh", "2022-13-01", "", "");
        assertThatThrownBy(() -> UnitRegistry.read(new StringReader(table)))
                .hasMessageContaining("so-a: ended on 2025-02-28 without successors")
                .hasMessageContaining("so-b: unknown parent khong-co")
                .hasMessageContaining("so-b: unknown successor so-c")
                .hasMessageContaining("so-d: successor so-e did not exist on 2025-03-01")
                .hasMessageContaining("unknown kind 'nonsense'")
                .hasMessageContaining("valid_from '2022-13-01' is not an ISO date")
                .hasMessageContaining("code so-d appears twice");
    }

    @Test
    void aTableWithTheWrongHeaderIsRefused() {
        assertThatThrownBy(() -> UnitRegistry.read(new StringReader("code\tkind\n")))
                .hasMessageContaining("header must be");
    }
}
