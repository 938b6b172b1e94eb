package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseTest {

    @Test
    void aCaseIsOpenedInInvestigationWithTheCategoryAndTimeLimitOfItsClause() {
        Instant openedAt = Instant.parse("2026-01-31T18:00:00Z"); // 1 February in Vietnam
        Instant now = Instant.parse("2026-02-02T02:00:00Z");
        String tip = "3F2B6C1E-8A4D-4E7B-9C2A-1D5E6F7A8B9C";
        var draft = new CaseDraft(openedAt, "Chiếm đoạt tiền qua ứng dụng giả", 290, 3, "pa05", List.of(tip));

        var opened = Case.open(UUID.randomUUID(), new CaseNumber(2026, 7), draft, now, "api",
                vn.lachan.platform.time.LegalCalendar.shipped());

        assertThat(opened.stage()).isEqualTo(Stage.INVESTIGATION);
        assertThat(opened.offence()).isEqualTo(new Offence(290, 3, CrimeCategory.VERY_SERIOUS));
        assertThat(opened.investigationDue()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(opened.tipIds()).containsExactly(UUID.fromString(tip));
        assertThat(opened.createdAt()).isEqualTo(now);
        assertThat(opened.openedAt()).isEqualTo(openedAt);
    }

    @Test
    void aCaseNumberHasTheYearAndAtLeastFourDigitsOfSequence() {
        assertThat(new CaseNumber(2026, 1)).hasToString("VA-2026-0001");
        assertThat(new CaseNumber(2026, 123)).hasToString("VA-2026-0123");
        assertThat(new CaseNumber(2026, 12345)).hasToString("VA-2026-12345");
    }
}
