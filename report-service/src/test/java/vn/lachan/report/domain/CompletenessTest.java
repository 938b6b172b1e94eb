package vn.lachan.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompletenessTest {

    static final UnitRegistry UNITS = TemplateRulesTest.UNITS;
    static final ReportingPeriod H1_2024 = new ReportingPeriod(2024, PeriodKind.HALF_YEAR);

    @Test
    void onTimeMeansFirstSubmittedByTheDueDayInVietnam() {
        var expected = ReportingDuty.expected(UNITS, H1_2024);
        var filed = Map.of(
                // 23:30 on 14 June in Hà Nội is 16:30 UTC: still on time
                "so-tu-phap", new Completeness.Filed(Instant.parse("2024-06-14T16:30:00Z"), true),
                // 00:30 on 15 June in Hà Nội: one day late
                "so-cong-thuong", new Completeness.Filed(Instant.parse("2024-06-14T17:30:00Z"), false),
                "so-gddt", new Completeness.Filed(Instant.parse("2024-06-24T03:00:00Z"), true),
                // started but never submitted
                "so-tai-chinh", new Completeness.Filed(null, false));
        var c = Completeness.of(H1_2024, expected, filed);
        assertThat(c.expected()).isEqualTo(expected.size());
        assertThat(c.count(Completeness.State.ON_TIME)).isEqualTo(1);
        assertThat(c.count(Completeness.State.LATE)).isEqualTo(2);
        assertThat(c.count(Completeness.State.MISSING)).isEqualTo(expected.size() - 3);
        assertThat(c.accepted()).isEqualTo(2);
        var gddt = c.units().stream().filter(u -> u.unit().code().equals("so-gddt")).findFirst().orElseThrow();
        assertThat(gddt.daysLate()).isEqualTo(10);
        var finance = c.units().stream().filter(u -> u.unit().code().equals("so-tai-chinh")).findFirst().orElseThrow();
        assertThat(finance.state()).isEqualTo(Completeness.State.MISSING);
        assertThat(finance.started()).isTrue();
    }

    @Test
    void aUnitIsRemindedBeforeTheDueDayAndWhenLateButNotOnceItSubmitted() {
        var before = Reminders.of(UNITS, "so-tu-phap", LocalDate.of(2024, 6, 4), 14, Set.of());
        assertThat(before).extracting(Reminders.Reminder::period, Reminders.Reminder::kind, Reminders.Reminder::daysLeft)
                .contains(org.assertj.core.groups.Tuple.tuple(H1_2024, Reminders.Kind.DUE_SOON, 10L));
        assertThat(before.stream().filter(r -> r.kind() == Reminders.Kind.DUE_SOON).findFirst().orElseThrow().messageVi())
                .contains("14/06/2024").contains("còn 10 ngày");
        var after = Reminders.of(UNITS, "so-tu-phap", LocalDate.of(2024, 6, 20), 14, Set.of());
        assertThat(after).filteredOn(r -> r.period().equals(H1_2024))
                .extracting(Reminders.Reminder::kind, Reminders.Reminder::daysLeft)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Reminders.Kind.OVERDUE, -6L));
        assertThat(Reminders.of(UNITS, "so-tu-phap", LocalDate.of(2024, 6, 20), 14, Set.of(H1_2024)))
                .noneMatch(r -> r.period().equals(H1_2024));
        // a commune formed on 1 July 2025 is not reminded of 2024; a district ended on 30 June 2025 not of 2025's year
        assertThat(Reminders.of(UNITS, "xa-tan-hong", LocalDate.of(2026, 12, 4), 14, Set.of()))
                .allMatch(r -> r.period().due().isAfter(LocalDate.of(2025, 7, 1)));
        assertThat(Reminders.of(UNITS, "huyen-cao-lanh", LocalDate.of(2026, 12, 4), 14, Set.of()))
                .extracting(Reminders.Reminder::period).doesNotContain(new ReportingPeriod(2025, PeriodKind.YEAR));
    }
}
