package vn.lachan.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.util.JsonFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.Violations;

class JsonShapeTest {

    static Violations check(String json) {
        Violations violations = new Violations();
        JsonShape.check(JsonParser.parseString(json), TestContract.search(), "", violations);
        return violations;
    }

    @Test
    void protobufsOwnParserTakesAOneElementListForASingleValue() throws Exception {
        // why the check exists: without it this list would be read as the id "o-1"
        var builder = DynamicMessage.newBuilder(TestContract.search());
        JsonFormat.parser().merge("{\"id\": [\"o-1\"]}", builder);
        assertThat(builder.build().toString()).contains("o-1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"id": ["o-1"]}                            | id           | NOT_A_SINGLE_VALUE
            {"id": {"v": 1}}                           | id           | NOT_A_SINGLE_VALUE
            {"count": [7]}                             | count        | NOT_A_SINGLE_VALUE
            {"statuses": "OPEN"}                       | statuses     | NOT_A_LIST
            {"statuses": [["OPEN"]]}                   | statuses[0]  | NOT_A_SINGLE_VALUE
            {"page": [{"pageSize": 1}]}                | page         | NOT_AN_OBJECT
            {"page": {"pageSize": [1]}}                | page.page_size | NOT_A_SINGLE_VALUE
            {"lines": [{"pageToken": ["a"]}]}          | lines[0].page_token | NOT_A_SINGLE_VALUE
            {"placedAfter": ["2025-01-01T00:00:00Z"]}  | placed_after | NOT_A_SINGLE_VALUE
            {"minTotal": [5]}                          | min_total    | NOT_A_SINGLE_VALUE
            {"paid": {"value": true}}                  | paid         | NOT_A_SINGLE_VALUE
            {"id": 123}                                | id           | NOT_A_TEXT
            {"id": true}                               | id           | NOT_A_TEXT
            {"lines": [{"pageToken": 5}]}              | lines[0].page_token | NOT_A_TEXT
            {"skus": ["a", 7]}                         | skus[1]      | NOT_A_TEXT
            {"count": "1000.5"}                        | count        | NOT_INTEGER
            {"count": 1000.5}                          | count        | NOT_INTEGER
            {"count": "một triệu"}                     | count        | NOT_INTEGER
            {"count": true}                            | count        | NOT_INTEGER
            {"count": "99999999999999999999"}          | count        | OUT_OF_RANGE
            {"count": 1e999999999}                     | count        | OUT_OF_RANGE
            {"count": "-9223372036854775809"}          | count        | OUT_OF_RANGE
            {"page": {"pageSize": 2147483648}}         | page.page_size | OUT_OF_RANGE
            {"page": {"pageSize": 0.5}}                | page.page_size | NOT_INTEGER
            {"lines": [{}, {"pageSize": "2.5"}]}       | lines[1].page_size | NOT_INTEGER
            {"minTotal": "5.5"}                        | min_total    | NOT_INTEGER
            {"minTotal": "1e20"}                       | min_total    | OUT_OF_RANGE
            """)
    void aValueOfTheWrongShapeIsNamedByItsField(String json, String field, String code) {
        assertThat(check(json).list()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, code));
    }

    @Test
    void wellShapedBodiesPassWhateverTheirValues() {
        assertThat(check("""
                {"id": "o-1", "page_size": 3, "page": {"pageSize": 2, "pageToken": null}, "statuses": ["OPEN", 2],
                 "placedAfter": "2025-01-01T00:00:00Z", "within": "3600s", "fields": "id,page", "minTotal": "5",
                 "paid": true, "note": null, "ratio": 0.5, "skus": [], "count": "9", "days": ["2025-01-01T00:00:00Z"],
                 "lines": [{"pageSize": 1}], "unknownField": [1, 2]}
                """).isEmpty()).isTrue();
    }

    @Test
    void protobufsOwnParserRefusesTheBodyForAFractionOrAFigureBeyondInt64() {
        // why the integer check exists: the parser's refusal names no field and speaks English
        for (String json : new String[] {"{\"count\": \"1000.5\"}", "{\"count\": \"99999999999999999999\"}"}) {
            var builder = DynamicMessage.newBuilder(TestContract.search());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonFormat.parser().merge(json, builder))
                    .isInstanceOf(com.google.protobuf.InvalidProtocolBufferException.class);
        }
    }

    @Test
    void wholeNumbersInRangePassInEveryFormTheParserReads() {
        assertThat(check("""
                {"count": "9223372036854775807", "page": {"pageSize": -2147483648}, "minTotal": "-9223372036854775808",
                 "lines": [{"pageSize": "1e3"}, {"pageSize": 1000.0}, {"pageSize": "0"}, {"pageSize": 0.0}]}
                """).isEmpty()).isTrue();
    }

    @Test
    void everyBadNumberIsReportedAtOnce() {
        assertThat(check("{\"count\": 1.5, \"page\": {\"pageSize\": \"99999999999\"}, \"minTotal\": \"x\"}").list())
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("count", "NOT_INTEGER"),
                        org.assertj.core.groups.Tuple.tuple("page.page_size", "OUT_OF_RANGE"),
                        org.assertj.core.groups.Tuple.tuple("min_total", "NOT_INTEGER"));
        assertThat(check("{\"count\": \"1000.5\"}").list().get(0).vi()).contains("số nguyên");
        assertThat(check("{\"count\": \"1000.5\"}").list().get(0).en()).contains("whole number");
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefusedAsTheBody() {
        assertThat(check("[1, 2]").list()).extracting(FieldViolation::field).containsExactly("body");
    }
}
