package vn.lachan.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.Violations;

/** Path variables and query parameters into request fields, on the bridge's test contract. */
class FieldBinderTest {

    final Descriptor search = TestContract.search();
    final Violations violations = new Violations();

    String bound(Map<String, List<String>> query) throws Exception {
        Message.Builder builder = DynamicMessage.newBuilder(search);
        query.forEach((name, values) -> FieldBinder.bind(builder, name, values, violations));
        return JsonFormat.printer().omittingInsignificantWhitespace().print(builder.build());
    }

    @Test
    void scalarsNestedFieldsRepeatedFieldsAndEnumsByProtoOrJsonName() throws Exception {
        String json = bound(Map.of(
                "id", List.of("o-1"),
                "page.pageSize", List.of("20"),
                "page.page_token", List.of("abc"),
                "statuses", List.of("OPEN", "PAID"),
                "skus", List.of("a", "b"),
                "count", List.of("9007199254740993"),
                "ratio", List.of("0.25")));
        assertThat(violations.list()).isEmpty();
        assertThat(json).contains("\"id\":\"o-1\"", "\"page\":{\"pageSize\":20,\"pageToken\":\"abc\"}",
                "\"statuses\":[\"OPEN\",\"PAID\"]", "\"skus\":[\"a\",\"b\"]", "\"count\":\"9007199254740993\"",
                "\"ratio\":0.25");
    }

    @Test
    void wellKnownTypesInTheirJsonForm() throws Exception {
        String json = bound(Map.of(
                "placedAfter", List.of("2026-03-15T08:30:00+07:00"),
                "within", List.of("86400s"),
                "fields", List.of("page.pageSize,statuses"),
                "minTotal", List.of("45000000"),
                "paid", List.of("false"),
                "note", List.of("a \"quoted\" note"),
                "days", List.of("2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z")));
        assertThat(violations.list()).isEmpty();
        assertThat(json).contains("\"placedAfter\":\"2026-03-15T01:30:00Z\"", "\"within\":\"86400s\"",
                "\"fields\":\"page.pageSize,statuses\"", "\"minTotal\":\"45000000\"", "\"paid\":false",
                "\"note\":\"a \\\"quoted\\\" note\"", "\"days\":[\"2026-01-01T00:00:00Z\",\"2026-01-02T00:00:00Z\"]");
    }

    @Test
    void unreadableValuesAreNamedFieldByFieldInBothLanguages() throws Exception {
        bound(Map.of(
                "placedAfter", List.of("yesterday"),
                "within", List.of("1 day"),
                "paid", List.of("maybe"),
                "ratio", List.of("NaN"),
                "page.pageSize", List.of("many"),
                "statuses", List.of("STATUS_UNSPECIFIED"),
                "colour", List.of("red"),
                "lines.pageSize", List.of("1")));
        assertThat(violations.list()).extracting(FieldViolation::field, FieldViolation::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("placedAfter", "INVALID_FORMAT"),
                org.assertj.core.groups.Tuple.tuple("within", "INVALID_FORMAT"),
                org.assertj.core.groups.Tuple.tuple("paid", "INVALID_FORMAT"),
                org.assertj.core.groups.Tuple.tuple("ratio", "INVALID_FORMAT"),
                org.assertj.core.groups.Tuple.tuple("page.pageSize", "INVALID_FORMAT"),
                org.assertj.core.groups.Tuple.tuple("statuses", "UNKNOWN_VALUE"),
                org.assertj.core.groups.Tuple.tuple("colour", "UNKNOWN_FIELD"),
                org.assertj.core.groups.Tuple.tuple("lines.pageSize", "UNKNOWN_FIELD"));
        FieldViolation time = violations.list().stream().filter(v -> v.field().equals("placedAfter")).findFirst().orElseThrow();
        assertThat(time.en()).contains("RFC 3339");
        assertThat(time.vi()).contains("không đúng dạng");
    }

    @Test
    void aMessageThatIsNoWellKnownValueCannotBeSetWhole() throws Exception {
        bound(Map.of("page", List.of("20")));
        assertThat(violations.list()).extracting(FieldViolation::code).containsExactly("UNSUPPORTED");
    }
}
