package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import vn.lachan.platform.test.HttpApi;

/**
 * Bad input to the scam check's routes (public and officers') through the gateway: every case gets a 4xx (never a
 * 5xx), with the field named where there is one, and nothing is written — the tables are counted before and after.
 */
@Tag("e2e")
class TipBadInputTest {

    static LocalStack stack;
    static long[] before;

    record Case(String name, String user, String method, String path, String body, int status, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String PUBLISH = "/api/v1/tips/scam-check/publications";
    static final String WITHDRAW = "/api/v1/tips/scam-check/withdrawals";
    static final String REVIEW = "/api/v1/public/scam-check/reviews";

    static final List<Case> CASES = List.of(
            new Case("publication that is not JSON", "dieutra", "POST", PUBLISH, "{\"type\":", 400, null),
            new Case("publication with a list for the type", "dieutra", "POST", PUBLISH,
                    "{\"type\":[\"PHONE\"],\"value\":\"0912345678\",\"reason\":\"x\"}", 400, null),
            new Case("publication of a number written as a JSON number, not text", "dieutra", "POST", PUBLISH,
                    "{\"type\":\"PHONE\",\"value\":912345678,\"reason\":\"x\"}", 400, "value"),
            new Case("publication with a flag for its reason", "dieutra", "POST", PUBLISH,
                    "{\"type\":\"PHONE\",\"value\":\"0912345678\",\"reason\":true}", 400, "reason"),
            new Case("publication of an unknown type", "dieutra", "POST", PUBLISH,
                    "{\"type\":\"FAX\",\"value\":\"0912345678\",\"reason\":\"x\"}", 400, null),
            new Case("publication of an injection string", "dieutra", "POST", PUBLISH,
                    "{\"type\":\"PHONE\",\"value\":\"0912'; drop table tips; --\",\"reason\":\"x\"}", 400, "value"),
            new Case("publication of a script as a site", "dieutra", "POST", PUBLISH,
                    "{\"type\":\"URL\",\"value\":\"javascript://x/%0aalert(1)\",\"reason\":\"x\"}", 400, "value"),
            new Case("publication without a reason", "dieutra", "POST", PUBLISH,
                    "{\"type\":\"PHONE\",\"value\":\"0912345678\",\"reason\":\"\"}", 400, "reason"),
            new Case("publication with a 2001-character reason", "dieutra", "POST", PUBLISH,
                    "{\"type\":\"PHONE\",\"value\":\"0912345678\",\"reason\":\"" + "a".repeat(2001) + "\"}", 400, "reason"),
            new Case("publication on the prosecution's basis", "dieutra", "POST", PUBLISH,
                    "{\"type\":\"PHONE\",\"value\":\"0912345678\",\"basis\":\"PROSECUTION\",\"reason\":\"x\"}", 400, "basis"),
            new Case("publication of a huge body", "dieutra", "POST", PUBLISH,
                    "{\"type\":\"PHONE\",\"value\":\"0912345678\",\"reason\":\"" + "a".repeat(1_100_000) + "\"}", 400, "body"),
            new Case("withdrawal naming a review that is not a UUID", "dieutra", "POST", WITHDRAW,
                    "{\"type\":\"PHONE\",\"value\":\"0912345678\",\"reason\":\"x\",\"reviewId\":\"abc\"}", 400, "review_id"),
            new Case("keeping a review that is not a UUID", "dieutra", "POST", "/api/v1/tips/scam-check/reviews/abc:keep",
                    "{\"note\":\"x\"}", 400, "review_id"),
            new Case("keeping an unknown review", "dieutra", "POST",
                    "/api/v1/tips/scam-check/reviews/3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c:keep", "{\"note\":\"x\"}", 404, null),
            new Case("standing of a malformed phone", "tiepnhan", "GET",
                    "/api/v1/tips/scam-check/standing?type=PHONE&value=12", null, 400, "value"),
            new Case("reviews with a page size of 'abc'", "tiepnhan", "GET",
                    "/api/v1/tips/scam-check/reviews?pageSize=abc", null, 400, null),
            new Case("review of a value nobody published", null, "POST", REVIEW,
                    "{\"type\":\"PHONE\",\"value\":\"0912345678\",\"reason\":\"Số của tôi\"}", 400, "value"),
            new Case("review with a 201-character contact", null, "POST", REVIEW,
                    "{\"type\":\"PHONE\",\"value\":\"0912345678\",\"reason\":\"x\",\"contact\":\"" + "a".repeat(201) + "\"}", 400, "contact"),
            new Case("review that is not JSON", null, "POST", REVIEW, "type=PHONE", 400, null),
            new Case("audit verification with a bad anchor", "kiemtoan", "POST", "/api/v1/audit/tips/verification",
                    "{\"anchors\":[{\"id\":\"1\",\"hash\":\"zz\"}]}", 400, "anchors[0]"),
            new Case("audit log with a page size of 'abc'", "kiemtoan", "GET", "/api/v1/audit/tips?pageSize=abc", null, 400, null),
            new Case("scam check of an unknown type", null, "GET", "/api/v1/public/scam-check?type=FAX&value=0912345678",
                    null, 400, null),
            new Case("scam check of a malformed phone", null, "GET", "/api/v1/public/scam-check?type=PHONE&value=12",
                    null, 400, "value"),
            new Case("public tip that is not JSON", null, "POST", "/api/v1/public/tips", "{\"narrative\":", 400, null),
            new Case("public tip without a story", null, "POST", "/api/v1/public/tips",
                    "{\"modusOperandi\":\"FAKE_PRIZE\",\"narrative\":\" \",\"loss\":{\"dong\":\"1\"}}", 400, "narrative"),
            new Case("public tip with a list for its story", null, "POST", "/api/v1/public/tips",
                    "{\"modusOperandi\":\"FAKE_PRIZE\",\"narrative\":[\"x\"],\"loss\":{\"dong\":\"1\"}}", 400, "narrative"),
            new Case("public tip with a negative loss", null, "POST", "/api/v1/public/tips",
                    "{\"modusOperandi\":\"FAKE_PRIZE\",\"narrative\":\"x\",\"loss\":{\"dong\":\"-5\"}}", 400, null),
            new Case("public tip with a loss beyond int64", null, "POST", "/api/v1/public/tips",
                    "{\"modusOperandi\":\"FAKE_PRIZE\",\"narrative\":\"x\",\"loss\":{\"dong\":\"99999999999999999999\"}}",
                    400, "loss.dong"),
            new Case("following without a code", null, "POST", "/api/v1/public/tips:follow", "{}", 400, null),
            new Case("following with a body that is not JSON", null, "POST", "/api/v1/public/tips:follow", "{\"tracking", 400, null),
            new Case("writing without a code", null, "POST", "/api/v1/public/tips:add-message", "{\"text\":\"x\"}", 400, null),
            new Case("the citizens' modus operandi with the inactive ones too", null, "GET",
                    "/api/v1/public/modus-operandi?activeOnly=false", null, 400, "activeOnly"));

    @BeforeAll
    static void prepare() throws Exception {
        stack = SharedStack.get();
        before = rows();
    }

    @TestFactory
    Stream<DynamicTest> badInputIsRefusedWithAFieldErrorAndNeverA5xx() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : CASES) {
            tests.add(DynamicTest.dynamicTest(c.name() + " → " + c.status(), () -> {
                HttpApi api = HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(c.user() == null ? null : stack.keycloak().userToken(c.user()));
                var answer = SampleTips.send(() -> api.send(c.method(), c.path(), c.body()));
                Proofs.badInput(c.user(), c.method(), c.path(), answer.statusCode());
                assertThat(answer.statusCode()).as(c + ": " + answer.body()).isEqualTo(c.status());
                assertThat(answer.body()).as(c.name()).doesNotContain("Exception", "at vn.lachan");
                if (c.field() != null) {
                    assertThat(answer.body()).as(c.name()).contains("\"field\":\"" + c.field() + "\"");
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("a cross-site form post as text/plain → 415", () -> {
            for (String path : List.of(REVIEW, "/api/v1/public/tips", PUBLISH)) {
                var answer = SampleTips.send(() -> send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"PHONE\",\"value\":\"0912345678\",\"reason\":\"x\"}"))));
                assertThat(answer.statusCode()).as(path + ": " + answer.body()).isIn(401, 415);
                if (path.contains("/public/")) {
                    assertThat(answer.statusCode()).as(path).isEqualTo(415);
                }
            }
        }));
        return tests.stream();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void nothingWasWritten() throws Exception {
        assertThat(rows()).as("publications, reviews, tips").containsExactly(before);
    }

    static long[] rows() throws SQLException {
        var db = stack.postgres();
        try (Connection c = DriverManager.getConnection(db.database("lachan_tip"), db.user(), db.password())) {
            String[] tables = {"indicator_publications", "indicator_reviews", "tips"};
            long[] counts = new long[tables.length];
            for (int i = 0; i < tables.length; i++) {
                try (var rs = c.createStatement().executeQuery("select count(*) from " + tables[i])) {
                    rs.next();
                    counts[i] = rs.getLong(1);
                }
            }
            return counts;
        }
    }
}
