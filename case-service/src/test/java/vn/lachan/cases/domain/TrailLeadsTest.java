package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrailLeadsTest {

    static final UUID THIS = UUID.randomUUID();
    static final UUID SEEN = UUID.randomUUID();
    static final UUID HIDDEN = UUID.randomUUID();

    static String number(UUID id) {
        return id.equals(SEEN) ? "VA-2026-2" : "VA-2026-3";
    }

    @Test
    void onlyOtherCasesTheViewerMaySeeAreLeads() {
        var found = List.of(new TrailLeads.Occurrence(SEEN, "BIDV:2221000999"),
                new TrailLeads.Occurrence(HIDDEN, "BIDV:2221000999"),
                new TrailLeads.Occurrence(HIDDEN, "VCB:0071000123456"),
                new TrailLeads.Occurrence(THIS, "VCB:0071000123456"),
                new TrailLeads.Occurrence(SEEN, "TCB:1111111111"));
        var leads = TrailLeads.visible(THIS, List.of("BIDV:2221000999", "VCB:0071000123456"), found,
                Set.of(THIS, SEEN)::contains, TrailLeadsTest::number);
        assertThat(leads).containsOnlyKeys("BIDV:2221000999");
        assertThat(leads.get("BIDV:2221000999")).containsExactly(new TrailLeads.Lead(SEEN, "VA-2026-2"));
    }

    @Test
    void aCaseTheViewerMayNotSeeChangesNothingInTheAnswerNotEvenACount() {
        List<TrailLeads.Occurrence> without = List.of(new TrailLeads.Occurrence(SEEN, "BIDV:2221000999"));
        List<TrailLeads.Occurrence> with = new ArrayList<>(without);
        with.add(new TrailLeads.Occurrence(HIDDEN, "BIDV:2221000999"));
        with.add(new TrailLeads.Occurrence(HIDDEN, "VCB:0071000123456"));
        List<UUID> numbered = new ArrayList<>();
        var keys = List.of("BIDV:2221000999", "VCB:0071000123456");
        var a = TrailLeads.visible(THIS, keys, without, SEEN::equals, id -> {
            numbered.add(id);
            return number(id);
        });
        var b = TrailLeads.visible(THIS, keys, with, SEEN::equals, id -> {
            numbered.add(id);
            return number(id);
        });
        assertThat(b).isEqualTo(a);
        assertThat(numbered).as("a hidden case's number is never even read").doesNotContain(HIDDEN);
    }
}
