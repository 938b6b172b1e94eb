package vn.lachan.tip.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpora in {@code src/test/resources/indicators}: for each type, inputs with the canonical form (or the refusal)
 * an independent reference gives them, the reference named on each line.
 */
class IndicatorCorpusTest {

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (var file : List.of(new Corpus(IndicatorType.PHONE, "phone.tsv"), new Corpus(IndicatorType.URL, "url.tsv"),
                new Corpus(IndicatorType.DOMAIN, "domain.tsv"), new Corpus(IndicatorType.BANK_ACCOUNT, "bank-account.tsv"))) {
            String text;
            try (InputStream in = IndicatorCorpusTest.class.getResourceAsStream("/indicators/" + file.name())) {
                assertThat(in).as(file.name()).isNotNull();
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int lineNumber = 0;
            for (String line : text.split("\n")) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                assertThat(columns).as("%s:%d has input, expected and reference", file.name(), lineNumber).hasSize(3);
                assertThat(columns[2]).as("%s:%d names its reference", file.name(), lineNumber).isNotBlank();
                cases.add(Arguments.of(file.type(), unescaped(columns[0]), columns[1], columns[2]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} ''{1}'' → {2} ({3})")
    @MethodSource("corpus")
    void eachValueHasTheCanonicalFormItsReferenceGives(IndicatorType type, String input, String expected, String reference) {
        if (expected.startsWith("!")) {
            var failure = catchThrowableOfType(IndicatorNormalizer.Malformed.class,
                    () -> IndicatorNormalizer.normalize(type, input));
            assertThat(failure).as("'%s' is refused (%s)", input, reference).isNotNull();
            assertThat(failure.code()).as(reference).isEqualTo(expected.substring(1));
            var violation = failure.at("value");
            assertThat(violation.vi()).as("Vietnamese, with an example").contains("Ví dụ: ");
            assertThat(violation.en()).as("English, with an example").contains("Example: ");
        } else {
            String canonical = IndicatorNormalizer.normalize(type, input);
            assertThat(canonical).as(reference).isEqualTo(expected);
            assertThat(IndicatorNormalizer.normalize(type, canonical)).as("the canonical form is its own").isEqualTo(canonical);
        }
    }

    private record Corpus(IndicatorType type, String name) {
    }

    private static String unescaped(String input) {
        Matcher m = UNICODE_ESCAPE.matcher(input);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }
}
