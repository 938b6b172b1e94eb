package vn.lachan.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who owes which period follows the unit registry as of the period. */
class ReportingDutyTest {

    final UnitRegistry registry = UnitRegistryTest.shipped();

    List<String> expected(int year, PeriodKind kind) {
        return ReportingDuty.expected(registry, new ReportingPeriod(year, kind)).stream().map(Unit::code).toList();
    }

    @Test
    void in2024TheDepartmentsAndDistrictsOweButNotTheConsolidatingBodies() {
        var codes = expected(2024, PeriodKind.YEAR);
        assertThat(codes).contains("so-tttt", "so-tu-phap", "huyen-lai-vung", "tp-cao-lanh", "ngan-hang-nha-nuoc");
        assertThat(codes).doesNotContain("ubnd-tinh", "cong-an-tinh", "cong-an-tinh-pa05", "ca-huyen-lai-vung");
        assertThat(codes).noneMatch(c -> c.startsWith("xa-") || c.startsWith("phuong-"));
    }

    @Test
    void theFirstHalfOf2025IsOwedByDistrictsAndTheMergedDepartmentButNotTheOneThatEnded() {
        var codes = expected(2025, PeriodKind.HALF_YEAR);
        assertThat(codes).contains("huyen-lai-vung", "so-khcn").doesNotContain("so-tttt");
        assertThat(codes).noneMatch(c -> c.startsWith("xa-"));
    }

    @Test
    void theYear2025IsOwedByThe102WardsAndCommunesAndNoLongerByDistricts() {
        var codes = expected(2025, PeriodKind.YEAR);
        assertThat(codes.stream().filter(c -> c.startsWith("xa-") || c.startsWith("phuong-")).count()).isEqualTo(102);
        assertThat(codes).doesNotContain("huyen-lai-vung", "tp-cao-lanh");
    }

    @Test
    void aUnitMayFileForAPeriodItLivedInEvenIfItEndedBeforeTheDueDay() {
        var year2025 = new ReportingPeriod(2025, PeriodKind.YEAR);
        assertThat(ReportingDuty.mayFile(registry, "huyen-lai-vung", year2025)).isTrue();
        assertThat(ReportingDuty.mayFile(registry, "huyen-lai-vung", new ReportingPeriod(2026, PeriodKind.HALF_YEAR))).isFalse();
        assertThat(ReportingDuty.mayFile(registry, "xa-lai-vung", new ReportingPeriod(2025, PeriodKind.HALF_YEAR))).isFalse();
    }
}
