package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Bad input to report-service through the gateway: a field-level error in Vietnamese and English (or "not found"),
 * never a 5xx, and nothing written.
 */
@Tag("e2e")
class ReportBadInputTest {

    static final ObjectMapper json = new ObjectMapper();

    /** One bad request: who sends it, what, and the status and field expected. */
    record Case(String name, String user, String method, String path, String body, int status, String field) {
    }

    static final String REPORT = "{\"unit\":\"%s\",\"period\":{\"year\":%d,\"kind\":\"%s\"}}";
    /** One figure for Cao Lãnh district's draft; validation comes before the etag, so the etag is the first one. */
    static final String ENTRY = "{\"etag\":\"r1v1\",\"indicators\":[{\"code\":\"%s\",\"value\":\"%s\"}]}";
    static String report;

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
            new Case("report body not JSON", "lanhdao.congan", "POST", "/api/v1/reports", "{unit:", 400, null),
            new Case("negative figure", "baocao.caolanh", "PATCH", "/api/v1/reports/{report}",
                    ENTRY.formatted("propaganda.sessions", "-2"), 400, "indicators[0].value"),
            new Case("fractional figure", "baocao.caolanh", "PATCH", "/api/v1/reports/{report}",
                    ENTRY.formatted("propaganda.sessions", "2.5"), 400, "indicators[0].value"),
            new Case("figure in words", "baocao.caolanh", "PATCH", "/api/v1/reports/{report}",
                    ENTRY.formatted("propaganda.sessions", "mười"), 400, "indicators[0].value"),
            new Case("indicator not in the template", "baocao.caolanh", "PATCH", "/api/v1/reports/{report}",
                    ENTRY.formatted("atm.inspected", "3"), 400, "indicators[0].code"),
            new Case("pre-filled figure overridden without a reason", "baocao.caolanh", "PATCH", "/api/v1/reports/{report}",
                    ENTRY.formatted("tips.total", "999"), 400, "indicators[0].override_reason"),
            new Case("change without an etag", "baocao.caolanh", "PATCH", "/api/v1/reports/{report}",
                    "{\"indicators\":[{\"code\":\"plans.issued\",\"value\":\"1\"}]}", 400, "etag"),
            new Case("change on a stale etag", "baocao.caolanh", "PATCH", "/api/v1/reports/{report}",
                    "{\"etag\":\"r1v999\",\"indicators\":[{\"code\":\"plans.issued\",\"value\":\"1\"}]}", 409, null),
            new Case("pre-filled figures refreshed without an etag", "baocao.caolanh", "POST",
                    "/api/v1/reports/{report}:refresh", "{}", 400, "etag"),
            new Case("pre-filled figures refreshed on a stale etag", "baocao.caolanh", "POST",
                    "/api/v1/reports/{report}:refresh", "{\"etag\":\"r1v999\"}", 409, null),
            new Case("another unit's report refreshed", "baocao.sotuphap", "POST", "/api/v1/reports/{report}:refresh",
                    "{\"etag\":\"r1v1\"}", 404, null),
            new Case("a report refreshed by an id that is not one", "baocao.caolanh", "POST", "/api/v1/reports/abc:refresh",
                    "{\"etag\":\"r1v1\"}", 400, "id"),
            new Case("submitted with required figures missing", "baocao.caolanh", "POST", "/api/v1/reports/{report}:submit",
                    "{\"etag\":\"r1v1\"}", 400, "indicators[propaganda.sessions]"),
            new Case("another unit's report", "baocao.sotuphap", "PATCH", "/api/v1/reports/{report}",
                    ENTRY.formatted("plans.issued", "1"), 404, null),
            new Case("another unit's report submitted", "baocao.sotuphap", "POST", "/api/v1/reports/{report}:submit",
                    "{\"etag\":\"r1v1\"}", 404, null),
            new Case("report id not a UUID", "baocao.caolanh", "PATCH", "/api/v1/reports/abc",
                    ENTRY.formatted("plans.issued", "1"), 400, "id"),
            new Case("template with a malformed code", "admin", "PUT", "/api/v1/reports/templates/court",
                    "{\"version\":1,\"changeNote\":\"x\",\"indicators\":[{\"code\":\"Tiền\",\"labelVi\":\"a\",\"labelEn\":\"b\",\"measure\":\"COUNT\"}]}",
                    400, "indicators[0].code"),
            new Case("completeness of a year outside the plan", "ubnd", "GET", "/api/v1/reports/completeness?year=2021&kind=YEAR",
                    null, 400, "year"),
            new Case("completeness without a period kind", "ubnd", "GET", "/api/v1/reports/completeness?year=2025", null, 400, "kind"),
            new Case("reminders of a unit not in the registry", "ubnd", "GET", "/api/v1/reports/reminders?unit=xa-khong-co",
                    null, 400, "unit"),
            new Case("template for a kind that does not exist", "admin", "PUT", "/api/v1/reports/templates/planet",
                    "{\"version\":0,\"changeNote\":\"x\",\"indicators\":[{\"code\":\"a.b\",\"labelVi\":\"a\",\"labelEn\":\"b\",\"measure\":\"COUNT\"}]}",
                    400, "applies_to"),
            new Case("reports with a status that does not exist", "lanhdao.congan", "GET", "/api/v1/reports?status=LOST",
                    null, 400, "status"),
            new Case("a report id that is not one", "lanhdao.congan", "GET", "/api/v1/reports/abc", null, 400, "id"),
            new Case("an unknown report", "lanhdao.congan", "GET",
                    "/api/v1/reports/3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c", null, 404, null),
            new Case("templates with a page size of 'abc'", "ubnd", "GET", "/api/v1/reports/templates?pageSize=abc", null, 400, null),
            new Case("the template of a kind that does not exist", "ubnd", "GET", "/api/v1/reports/templates/planet",
                    null, 404, null),
            new Case("returning a report without a comment", "lanhdao.congan", "POST", "/api/v1/reports/{report}:return",
                    "{\"etag\":\"r1v1\"}", 400, null),
            new Case("accepting with a body that is not JSON", "lanhdao.congan", "POST", "/api/v1/reports/{report}:accept",
                    "{\"etag\":", 400, null),
            new Case("a correction without a reason", "baocao.caolanh", "POST", "/api/v1/reports/{report}:correct",
                    "{\"etag\":\"r1v1\"}", 400, null),
            new Case("consolidated report of a year outside the plan", "ubnd", "GET",
                    "/api/v1/reports/consolidated:export?year=2021&kind=YEAR&format=PDF", null, 400, "year"),
            new Case("consolidated report of a year in words", "lanhdao.congan", "GET",
                    "/api/v1/reports/consolidated:export?year=nam-nay&kind=YEAR&format=PDF", null, 400, "year"),
            new Case("consolidated report without a period kind", "ubnd", "GET",
                    "/api/v1/reports/consolidated:export?year=2025&format=DOCX", null, 400, "kind"),
            new Case("consolidated report without a format", "ubnd", "GET",
                    "/api/v1/reports/consolidated:export?year=2025&kind=YEAR", null, 400, "format"),
            new Case("consolidated report in a format not offered", "lanhdao.congan", "GET",
                    "/api/v1/reports/consolidated:export?year=2025&kind=YEAR&format=XLSX", null, 400, "format"),
            new Case("a correction with a list for its reason", "baocao.caolanh", "POST", "/api/v1/reports/{report}:correct",
                    "{\"etag\":\"r1v1\",\"reason\":[\"x\"]}", 400, "reason"),
            new Case("a reporting contact that is not an e-mail address", "admin", "PUT",
                    "/api/v1/reports/contacts/so-cong-thuong", "{\"email\":\"vanthu\"}", 400, "email"),
            new Case("a reporting contact with a display name", "admin", "PUT", "/api/v1/reports/contacts/so-cong-thuong",
                    "{\"email\":\"Văn thư <vanthu@socongthuong.dongthap.gov.vn>\"}", 400, "email"),
            new Case("two addresses as a reporting contact", "admin", "PUT", "/api/v1/reports/contacts/so-cong-thuong",
                    "{\"email\":\"a@socongthuong.dongthap.gov.vn, b@socongthuong.dongthap.gov.vn\"}", 400, "email"),
            new Case("a reporting contact of 300 characters", "admin", "PUT", "/api/v1/reports/contacts/so-cong-thuong",
                    "{\"email\":\"" + "x".repeat(290) + "@a.vn\"}", 400, "email"),
            new Case("a list as a reporting contact", "admin", "PUT", "/api/v1/reports/contacts/so-cong-thuong",
                    "{\"email\":[\"a@socongthuong.dongthap.gov.vn\"]}", 400, "email"),
            new Case("the reporting contact of a unit not in the registry", "admin", "PUT",
                    "/api/v1/reports/contacts/xa-khong-co", "{\"email\":\"a@xa.dongthap.gov.vn\"}", 400, "unit"),
            new Case("the reporting contact of a unit written in capitals", "admin", "PUT",
                    "/api/v1/reports/contacts/SO-TU-PHAP", "{\"email\":\"a@sotuphap.dongthap.gov.vn\"}", 400, "unit"),
            new Case("the reporting contact of a malformed unit code", "admin", "PUT",
                    "/api/v1/reports/contacts/X'%20OR%201=1", "{\"email\":\"a@b.vn\"}", 400, "unit"),
            new Case("reporting contacts with an unknown parameter", "admin", "GET", "/api/v1/reports/contacts?unit=so-tu-phap",
                    null, 400, "unit"));

    static LocalStack stack;

    @BeforeAll
    static void start() {
        stack = SharedStack.get();
        AuthorizationMatrixTest.stack = stack;
        report = AuthorizationMatrixTest.idOf(AuthorizationMatrixTest.as("baocao.caolanh").post("/api/v1/reports",
                REPORT.formatted("huyen-cao-lanh", 2023, "HALF_YEAR")));
    }

    static String path(Case c) {
        return c.path().replace("{report}", report);
    }

    @TestFactory
    Stream<DynamicTest> badInputGetsAFieldErrorAndWritesNothing() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            var answer = AuthorizationMatrixTest.as(c.user()).send(c.method(), path(c), c.body());
            Proofs.badInput(c.user(), c.method(), path(c), answer.statusCode());
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
                        AuthorizationMatrixTest.as(c.user()).send(c.method(), path(c), c.body());
                    }
                    var listed = AuthorizationMatrixTest.as("lanhdao.congan").get("/api/v1/reports?unit=" + unit);
                    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
                    assertThat(json.readTree(listed.body()).path("reports").size()).as(listed.body()).isZero();
                }));
    }

    @TestFactory
    Stream<DynamicTest> noReportingContactWasWrittenByTheBadRequests() {
        return Stream.of(DynamicTest.dynamicTest("contacts", () -> {
            for (Case c : CASES) {
                AuthorizationMatrixTest.as(c.user()).send(c.method(), path(c), c.body());
            }
            var listed = AuthorizationMatrixTest.as("admin").get("/api/v1/reports/contacts");
            assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
            assertThat(listed.body()).doesNotContain("so-cong-thuong", "xa-khong-co", "SO-TU-PHAP");
        }));
    }

    @TestFactory
    Stream<DynamicTest> theDraftTheBadChangesAimedAtIsAsItWas() {
        return Stream.of(DynamicTest.dynamicTest("Cao Lãnh's draft", () -> {
            for (Case c : CASES) {
                AuthorizationMatrixTest.as(c.user()).send(c.method(), path(c), c.body());
            }
            var draft = json.readTree(AuthorizationMatrixTest.as("baocao.caolanh").get("/api/v1/reports/" + report).body());
            assertThat(draft.get("etag").asString()).isEqualTo("r1v1");
            assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
            assertThat(json.readTree(AuthorizationMatrixTest.as("admin").get("/api/v1/reports/templates/court").body())
                    .get("version").asInt()).isEqualTo(1);
        }));
    }
}
