package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Bad input to report-service through the gateway: a field-level error in Vietnamese and English (or "not found"),
 * never a 5xx, and nothing written.
 */
class ReportBadInputTest {

    static final ObjectMapper json = new ObjectMapper();

    /** One bad request: who sends it, what, and the status and field expected. */
    record Case(String name, String user, String method, String path, String body, int status, String field) {
    }

    static final String REPORT = "{\"unit\":\"%s\",\"period\":{\"year\":%d,\"kind\":\"%s\"}}";

    static final List<Case> CASES = List.of(
            new Case("as-of date not ISO", "baocao.caolanh", "GET", "/api/v1/units?asOf=2025-13-01", null, 400, "as_of"),
            new Case("as-of date in words", "ubnd", "GET", "/api/v1/units?asOf=yesterday", null, 400, "as_of"),
            new Case("unknown kind of unit", "ubnd", "GET", "/api/v1/units?kind=planet", null, 400, "kind"),
            new Case("unknown unit", "ubnd", "GET", "/api/v1/units/khong-co-don-vi", null, 404, null),
            new Case("periods of a year outside the plan", "ubnd", "GET", "/api/v1/reporting-periods?year=2030", null, 400, "year"),
            new Case("report for a commune before it existed", "lanhdao.congan", "POST", "/api/v1/reports",
                    REPORT.formatted("xa-tan-hong", 2024, "HALF_YEAR"), 400, "unit"),
            new Case("report for a district after it ended", "lanhdao.congan", "POST", "/api/v1/reports",
                    REPORT.formatted("huyen-tan-hong", 2026, "HALF_YEAR"), 400, "unit"),
            new Case("report for a unit not in the registry", "lanhdao.congan", "POST", "/api/v1/reports",
                    REPORT.formatted("xa-khong-co", 2025, "YEAR"), 400, "unit"),
            new Case("report for a year outside the plan", "lanhdao.congan", "POST", "/api/v1/reports",
                    REPORT.formatted("xa-tan-thanh", 2027, "YEAR"), 400, "period.year"),
            new Case("report without a period kind", "lanhdao.congan", "POST", "/api/v1/reports",
                    "{\"unit\":\"xa-tan-thanh\",\"period\":{\"year\":2025}}", 400, "period.kind"),
            new Case("report with a malformed unit code", "lanhdao.congan", "POST", "/api/v1/reports",
                    REPORT.formatted("Xã Tân Thành", 2025, "YEAR"), 400, "unit"),
            new Case("report body not JSON", "lanhdao.congan", "POST", "/api/v1/reports", "{unit:", 400, null));

    static LocalStack stack;

    @BeforeAll
    static void start() {
        stack = SharedStack.get();
        AuthorizationMatrixTest.stack = stack;
    }

    @TestFactory
    Stream<DynamicTest> badInputGetsAFieldErrorAndWritesNothing() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            var answer = AuthorizationMatrixTest.as(c.user()).send(c.method(), c.path(), c.body());
            assertThat(answer.statusCode()).as(c.name() + ": " + answer.body()).isEqualTo(c.status());
            if (c.field() != null) {
                JsonNode errors = json.readTree(answer.body()).get("errors");
                assertThat(errors).as(answer.body()).isNotNull();
                JsonNode error = null;
                for (JsonNode e : errors) {
                    if (e.get("field").asString().equals(c.field())) {
                        error = e;
                    }
                }
                assertThat(error).as(c.field() + " in " + answer.body()).isNotNull();
                assertThat(error.get("vi").asString()).isNotBlank();
                assertThat(error.get("en").asString()).isNotBlank();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> nothingWasWrittenForTheUnitsOfTheBadRequests() {
        return Stream.of("xa-tan-hong", "huyen-tan-hong", "xa-khong-co", "xa-tan-thanh").map(unit ->
                DynamicTest.dynamicTest(unit, () -> {
                    for (Case c : CASES) {
                        AuthorizationMatrixTest.as(c.user()).send(c.method(), c.path(), c.body());
                    }
                    var listed = AuthorizationMatrixTest.as("lanhdao.congan").get("/api/v1/reports?unit=" + unit);
                    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
                    assertThat(json.readTree(listed.body()).path("reports").size()).as(listed.body()).isZero();
                }));
    }
}
