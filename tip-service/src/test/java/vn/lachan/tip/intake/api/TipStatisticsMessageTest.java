package vn.lachan.tip.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lachan.tip.intake.domain.TipStatistics.Standing;
import vn.lachan.tip.intake.domain.TipStatistics;
import vn.lachan.tip.v1.TipCount;

/** The statistics as the contract carries them: every outcome in a fixed order, with labels, and the overdue count. */
class TipStatisticsMessageTest {

    static TipStatistics statistics(Map<Standing, Long> byOutcome, long overdue) {
        Map<String, Long> byChannel = new LinkedHashMap<>();
        byChannel.put("HOTLINE", 5L);
        byChannel.put("WEB_PORTAL", 2L);
        return new TipStatistics(7,
                List.of(new TipStatistics.ModusCount("IMPERSONATE_AUTHORITY", "Giả danh", "Impersonating", 7)),
                byChannel, Map.of("DENUNCIATION", 7L), byOutcome, overdue, LocalDate.of(2026, 3, 10));
    }

    @Test
    void everyOutcomeIsCountedInItsOrderAlsoWithZero() {
        var m = TipTranslator.message(statistics(Map.of(Standing.UNDECIDED, 4L, Standing.PROSECUTED, 3L), 2));
        assertThat(m.getByOutcomeList()).extracting(TipCount::getKey, TipCount::getCount).containsExactly(
                tuple("PROSECUTED", 3L),
                tuple("NOT_PROSECUTED", 0L),
                tuple("SUSPENDED", 0L),
                tuple("UNDECIDED", 4L));
        assertThat(m.getByOutcomeList()).extracting(TipCount::getLabelVi).containsExactly(
                "Khởi tố vụ án", "Không khởi tố vụ án", "Tạm đình chỉ giải quyết", "Chưa có quyết định");
        assertThat(m.getByOutcomeList()).extracting(TipCount::getLabelEn).containsExactly(
                "Prosecuted", "Not prosecuted", "Suspended", "Undecided");
        assertThat(m.getOverdue()).isEqualTo(2);
        assertThat(m.getAsOf()).isEqualTo("2026-03-10");
    }

    @Test
    void theEarlierCountsAreCarriedAsBefore() {
        var m = TipTranslator.message(statistics(Map.of(), 0));
        assertThat(m.getTotal()).isEqualTo(7);
        assertThat(m.getByModusOperandiList()).singleElement().satisfies(c -> {
            assertThat(c.getKey()).isEqualTo("IMPERSONATE_AUTHORITY");
            assertThat(c.getLabelEn()).isEqualTo("Impersonating");
        });
        assertThat(m.getByChannelList()).extracting(TipCount::getKey).containsExactly("HOTLINE", "WEB_PORTAL");
        assertThat(m.getBySourceKindList()).extracting(TipCount::getCount).containsExactly(7L);
        assertThat(m.getByOutcomeList()).extracting(TipCount::getCount).containsExactly(0L, 0L, 0L, 0L);
        assertThat(m.getOverdue()).isZero();
    }
}
