package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.devstack.SampleTips.Decision;
import vn.lachan.devstack.SampleTips.Sample;

/** The sample tips of the local run: the plan's footnote 1, as printed, spread over three years and the districts. */
class SampleTipsTest {

    static final List<Sample> SAMPLES = SampleTips.footnote();
    static final ObjectMapper json = new ObjectMapper();

    @Test
    void theCountsPerModusAreThoseThePlanPrintsWhichAddUpTo51NotTheFootnotes50() {
        assertThat(SampleTips.FOOTNOTE).containsExactly(
                entry("IMPERSONATE_AUTHORITY", 8), entry("ONLINE_SHOPPING", 10), entry("GIFT_ACQUAINTANCE", 10),
                entry("ACCOUNT_TAKEOVER", 10), entry("ACCOUNT_DATA_THEFT", 4), entry("OTHER", 9));
        Map<String, Long> perModus = SAMPLES.stream()
                .collect(Collectors.groupingBy(Sample::modusOperandi, Collectors.counting()));
        assertThat(perModus).containsOnly(
                entry("IMPERSONATE_AUTHORITY", 8L), entry("ONLINE_SHOPPING", 10L), entry("GIFT_ACQUAINTANCE", 10L),
                entry("ACCOUNT_TAKEOVER", 10L), entry("ACCOUNT_DATA_THEFT", 4L), entry("OTHER", 9L));
        assertThat(SAMPLES).hasSize(51);
        assertThat(SAMPLES).extracting(Sample::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 51).boxed().toList());
    }

    @Test
    void theTipsAreSpreadOver2020To2022AndOverThePoliceAndTheDistricts() {
        ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
        assertThat(SAMPLES).allSatisfy(s -> assertThat(s.receivedAt().atZone(vietnam).getYear()).isBetween(2020, 2022));
        assertThat(SAMPLES).extracting(Sample::receivedAt).isSorted();
        Map<Integer, Long> perYear = SAMPLES.stream().collect(Collectors.groupingBy(
                s -> s.receivedAt().atZone(vietnam).getYear(), Collectors.counting()));
        assertThat(perYear).containsOnlyKeys(2020, 2021, 2022).allSatisfy((year, count) -> assertThat(count).isGreaterThan(10));
        // every modus in each of the three years, as a plan's table over "since 2020" would have it
        for (String modus : SampleTips.FOOTNOTE.keySet()) {
            assertThat(SAMPLES.stream().filter(s -> s.modusOperandi().equals(modus))
                    .map(s -> s.receivedAt().atZone(vietnam).getYear()).collect(Collectors.toSet()))
                    .as(modus).containsExactlyInAnyOrder(2020, 2021, 2022);
        }
        Set<String> units = SAMPLES.stream().map(Sample::unit).collect(Collectors.toSet());
        assertThat(units).hasSizeGreaterThanOrEqualTo(10).contains("cong-an-tinh", "tp-cao-lanh", "huyen-lai-vung");
        assertThat(SAMPLES).extracting(Sample::channel).contains("HOTLINE", "WALK_IN", "BANK_REPORT", "AGENCY_TRANSFER");
        assertThat(SAMPLES).allSatisfy(s -> assertThat(s.narrative()).startsWith("[Dữ liệu mẫu] "));
    }

    @Test
    void aFewPhoneNumbersAccountsAndASiteAreSharedInDifferentNotations() {
        Map<String, List<String>> phoneA = written(s -> digits(s).endsWith("708123456"));
        assertThat(phoneA.values()).flatExtracting(Function.identity())
                .containsExactlyInAnyOrder("0708 123 456", "+84 708 123 456", "84708123456", "0708-123-456");
        assertThat(phoneA.keySet()).contains("IMPERSONATE_AUTHORITY", "OTHER");
        // the 11-digit number of before 2018 and its new 10-digit form
        assertThat(written(s -> digits(s).endsWith("1635550199") || digits(s).endsWith("335550199")).values())
                .flatExtracting(Function.identity())
                .containsExactlyInAnyOrder("0163 555 0199", "033 555 0199", "+84335550199");
        assertThat(written(s -> digits(s).endsWith("0071000123456")).values()).flatExtracting(Function.identity())
                .containsExactlyInAnyOrder("VCB 0071 000 123 456", "Vietcombank 0071000123456");
        assertThat(written(s -> s.toLowerCase().contains("nganhang-xacthuc")).values()).flatExtracting(Function.identity())
                .hasSize(2);
        // the other values appear once each, so that only the shared ones link tips
        List<String> others = SAMPLES.stream().flatMap(s -> s.indicators().stream()).map(SampleTips.Indicator::value)
                .filter(v -> !digits(v).endsWith("708123456") && !digits(v).endsWith("5550199")
                        && !digits(v).endsWith("0071000123456") && !digits(v).endsWith("080123456789")
                        && !v.toLowerCase().contains("nganhang-xacthuc"))
                .toList();
        assertThat(others).doesNotHaveDuplicates().hasSizeGreaterThan(35);
    }

    @Test
    void mostTipsAreDecidedAndOneInTenIsLeftUndecided() {
        Map<Decision, Long> decisions = SAMPLES.stream()
                .collect(Collectors.groupingBy(Sample::decision, Collectors.counting()));
        assertThat(decisions).containsOnly(entry(Decision.PROSECUTE, 21L), entry(Decision.NOT_PROSECUTE, 20L),
                entry(Decision.SUSPEND, 5L), entry(Decision.NONE, 5L));
        assertThat(SAMPLES).filteredOn(s -> s.decision() == Decision.NONE)
                .allSatisfy(s -> assertThat(s.decisionJson()).isEmpty());
        // Arts. 174 and 290 begin at 2 million đồng taken
        assertThat(SAMPLES).filteredOn(s -> s.decision() == Decision.PROSECUTE)
                .allSatisfy(s -> assertThat(s.lossDong()).isGreaterThanOrEqualTo(2_000_000L));
        assertThat(SAMPLES).filteredOn(s -> s.decision() == Decision.SUSPEND)
                .extracting(s -> s.decisionJson().orElseThrow().replaceAll(".*\"ground\":\"([A-Z_]+)\".*", "$1"))
                .contains("AWAITING_FOREIGN_LEGAL_ASSISTANCE", "AWAITING_DOCUMENTS");
    }

    @Test
    void theRequestsAreTheContractsProto3Json() throws Exception {
        Sample sample = SAMPLES.stream().filter(s -> s.decision() == Decision.PROSECUTE && s.lossDong() >= 200_000_000L)
                .findFirst().orElseThrow();
        JsonNode tip = json.readTree(sample.json());
        assertThat(tip.get("loss").get("dong").isString()).isTrue(); // int64 as a string
        assertThat(tip.get("loss").get("dong").asString()).isEqualTo(Long.toString(sample.lossDong()));
        assertThat(Instant.parse(tip.get("receivedAt").asString())).isEqualTo(sample.receivedAt());
        assertThat(tip.get("receivingUnit").asString()).isEqualTo(sample.unit());
        assertThat(tip.get("indicators").get(0).get("type").asString()).isIn("PHONE", "BANK_ACCOUNT", "URL");
        assertThat(Instant.parse(tip.get("lastTransferAt").asString())).isBefore(sample.receivedAt());

        JsonNode decision = json.readTree(sample.decisionJson().orElseThrow()).get("prosecute");
        assertThat(decision.get("penalCodeArticle").asInt()).isIn(174, 290);
        assertThat(decision.get("clause").asInt()).isEqualTo(sample.lossDong() < 500_000_000L ? 3 : 4);
        for (Sample s : SAMPLES) {
            json.readTree(s.json());
            if (s.decisionJson().isPresent()) {
                assertThat(json.readTree(s.decisionJson().get()).size()).isEqualTo(1);
            }
        }
        assertThat(SampleTips.string("a \"b\" \\ c\n")).isEqualTo("\"a \\\"b\\\" \\\\ c\\n\"");
    }

    @Test
    void theSamplesAreTheSameEveryTimeSoThatTheirIdempotencyKeysFindThemAgain() {
        assertThat(SampleTips.footnote()).isEqualTo(SAMPLES);
        assertThat(SampleTips.footnote().stream().map(Sample::json).toList())
                .isEqualTo(SAMPLES.stream().map(Sample::json).toList());
        Sample moved = SAMPLES.getFirst().inUnit("huyen-tan-hong");
        assertThat(moved.unit()).isEqualTo("huyen-tan-hong");
        assertThat(moved.json()).isEqualTo(SAMPLES.getFirst().json().replace(SAMPLES.getFirst().unit(), "huyen-tan-hong"));
    }

    @Test
    void lachanSeedFalseSkipsTheLoading() {
        assertThat(SampleTips.wanted(null)).isTrue();
        assertThat(SampleTips.wanted("")).isTrue();
        assertThat(SampleTips.wanted("true")).isTrue();
        assertThat(SampleTips.wanted("false")).isFalse();
        assertThat(SampleTips.wanted(" FALSE ")).isFalse();
    }

    /** The indicator values as written, by modus, of the indicators {@code match} picks. */
    static Map<String, List<String>> written(java.util.function.Predicate<String> match) {
        return SAMPLES.stream().flatMap(s -> s.indicators().stream().filter(i -> match.test(i.value()))
                        .map(i -> Map.entry(s.modusOperandi(), i.value())))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    static String digits(String value) {
        return value.replaceAll("[^0-9]", "");
    }
}
