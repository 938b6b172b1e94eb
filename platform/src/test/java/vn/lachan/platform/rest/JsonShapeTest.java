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
    void aBodyThatIsNotAnObjectIsRefusedAsTheBody() {
        assertThat(check("[1, 2]").list()).extracting(FieldViolation::field).containsExactly("body");
    }
}
