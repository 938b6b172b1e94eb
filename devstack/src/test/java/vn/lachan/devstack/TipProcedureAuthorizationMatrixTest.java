package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.platform.test.HttpApi;

/**
 * tip-service's routes for a tip's procedure (decisions, extensions, the procuracy's notification, resumption, the
 * overdue list), rewards, attachments, the thread with a public tip's tipster, the modus operandi list and the
 * statistics, through the gateway for every seed user and for callers without a valid token, with the real Keycloak
 * of the local stack. The expected statuses are those of the access rules in tip-service (TipAccess,
 * TipDecisionAccess, RewardRules, AttachmentRules, PublicTipAccess, ModusOperandiRules): a caller without the role
 * gets 403, a caller with it who may not see the tip gets 404. Rewards are paid from the budget by the police's
 * accountant (ketoan.congan, who sees every reward of the police): budget-service records the spending on this
 * year's MANAGEMENT line against the police's allocation, which gets exactly the one reward's amount before the
 * matrix runs, so the police's money on the line is what it was once the matrix is done. Tips are received by huyen-cao-lanh, so the district's
 * report submitter sees them (and is refused the role), while other units' users do not; public tips are received by
 * cong-an-tinh. Routes that change a record act on a fresh one (tip, reward, public tip) for each caller, so every
 * cell stands alone.
 */
@Tag("e2e")
class TipProcedureAuthorizationMatrixTest {

    static LocalStack stack;
    static final ObjectMapper json = new ObjectMapper();
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A tip of huyen-cao-lanh with one attachment, and a public tip whose tipster left a phone number. */
    static String tip;
    static String attachment;
    static String publicTip;
    /** An entry of the modus operandi list as it is stored: saving it again changes nothing. */
    static String modusAsStored;

    /** {@code blind}: the path for callers turned away at the door, with ids of records nobody made. */
    record Route(String name, String method, Supplier<String> path, Supplier<String> body, String blind) {

        Route(String name, String method, String fixedPath, Supplier<String> body) {
            this(name, method, () -> fixedPath, body, fixedPath);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final String NOBODY = "3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c";

    static final String NOT_PROSECUTE = """
            {"notProsecute":{"ground":"NO_CRIMINAL_EVENT","reasons":"Ma trận phân quyền: không có sự việc phạm tội"}}""";

    static final List<Route> ROUTES = List.of(
            new Route("list modus operandi", "GET", "/api/v1/tips/modus-operandi", () -> null),
            new Route("save a modus operandi", "POST", "/api/v1/tips/modus-operandi", () -> modusAsStored),
            new Route("statistics", "GET", "/api/v1/tips/statistics?from=2026-01-01&to=2026-12-31", () -> null),
            new Route("list rewards", "GET", "/api/v1/tips/rewards", () -> null),
            new Route("propose a reward", "POST", () -> "/api/v1/tips/" + tip + "/rewards",
                    () -> "{\"amount\":{\"dong\":\"500000\"},\"reason\":\"Ma trận phân quyền\"}",
                    "/api/v1/tips/" + NOBODY + "/rewards"),
            new Route("approve a reward", "POST", () -> "/api/v1/tips/rewards/" + proposedReward(tip) + ":approve",
                    () -> "{\"note\":\"Đồng ý\"}", "/api/v1/tips/rewards/" + NOBODY + ":approve"),
            new Route("reject a reward", "POST", () -> "/api/v1/tips/rewards/" + proposedReward(tip) + ":reject",
                    () -> "{\"reason\":\"Thông tin không có giá trị\"}", "/api/v1/tips/rewards/" + NOBODY + ":reject"),
            new Route("mark a reward paid", "POST", () -> "/api/v1/tips/rewards/" + approvedReward(tip) + ":mark-paid",
                    () -> "{\"paymentReference\":\"PC-MATRAN\"}", "/api/v1/tips/rewards/" + NOBODY + ":mark-paid"),
            new Route("list attachments", "GET", () -> "/api/v1/tips/" + tip + "/attachments", () -> null,
                    "/api/v1/tips/" + NOBODY + "/attachments"),
            new Route("add an attachment", "POST", () -> "/api/v1/tips/" + tip + "/attachments",
                    TipProcedureAuthorizationMatrixTest::textFile, "/api/v1/tips/" + NOBODY + "/attachments"),
            new Route("open an attachment", "GET", () -> "/api/v1/tips/" + tip + "/attachments/" + attachment, () -> null,
                    "/api/v1/tips/" + NOBODY + "/attachments/" + NOBODY),
            new Route("read the tipster's thread", "GET", () -> "/api/v1/tips/" + publicTip + "/messages", () -> null,
                    "/api/v1/tips/" + NOBODY + "/messages"),
            new Route("reply to the tipster", "POST", () -> "/api/v1/tips/" + freshPublicTip() + "/messages",
                    () -> "{\"text\":\"Cảm ơn anh/chị, chúng tôi đang xác minh.\"}", "/api/v1/tips/" + NOBODY + "/messages"),
            new Route("who the tipster is", "GET", () -> "/api/v1/tips/" + publicTip + "/tipster", () -> null,
                    "/api/v1/tips/" + NOBODY + "/tipster"),
            new Route("overdue tips", "GET", "/api/v1/tips:overdue", () -> null),
            new Route("decide a tip", "POST", () -> "/api/v1/tips/" + freshTip(Duration.ZERO) + ":decide",
                    () -> NOT_PROSECUTE, "/api/v1/tips/" + NOBODY + ":decide"),
            new Route("extend a tip (first)", "POST", () -> "/api/v1/tips/" + freshTip(Duration.ZERO) + ":extend",
                    () -> "{\"reason\":\"Cần xác minh tại nhiều ngân hàng\"}", "/api/v1/tips/" + NOBODY + ":extend"),
            new Route("extend a tip (second, the procuracy's)", "POST", () -> "/api/v1/tips/" + extendedTip() + ":extend",
                    () -> """
                            {"reason":"Cần trưng cầu giám định","procuracyApproval":{"approver":"Phó Viện trưởng",
                             "documentNumber":"15/QĐ-VKS","documentDate":"%s"}}""".formatted(LocalDate.now(VIETNAM)),
                    "/api/v1/tips/" + NOBODY + ":extend"),
            new Route("notify the procuracy", "POST", () -> "/api/v1/tips/" + freshTip(Duration.ZERO) + ":notify-procuracy",
                    () -> "{\"documentNumber\":\"123/TB-PA05\"}", "/api/v1/tips/" + NOBODY + ":notify-procuracy"),
            new Route("resume a tip", "POST", () -> "/api/v1/tips/" + suspendedTip() + ":resume",
                    () -> "{\"note\":\"Đã có kết luận giám định\"}", "/api/v1/tips/" + NOBODY + ":resume"));

    static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        //                                mo  mo+ sta rew rw+ apr rej pay att at+ at1 thr rep who ovd dec ex1 ex2 ntf res
        EXPECTED.put("tiepnhan",        row(200, 403, 200, 200, 403, 403, 403, 403, 200, 200, 200, 200, 200, 200, 200, 403, 403, 403, 200, 403));
        EXPECTED.put("dieutra",         row(200, 403, 200, 200, 200, 403, 403, 403, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403, 200, 200));
        EXPECTED.put("lanhdao.congan",  row(200, 403, 200, 200, 200, 200, 200, 403, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403, 200, 200));
        EXPECTED.put("kiemsat",         row(200, 403, 200, 403, 403, 403, 403, 403, 200, 403, 200, 200, 403, 200, 403, 403, 403, 200, 200, 403));
        EXPECTED.put("toaan",           row(200, 403, 200, 403, 403, 404, 404, 404, 404, 403, 404, 403, 403, 403, 403, 403, 404, 404, 403, 403));
        EXPECTED.put("nganhang.vcb",    row(200, 403, 200, 403, 403, 404, 404, 404, 404, 403, 404, 403, 403, 403, 403, 403, 404, 404, 403, 403));
        EXPECTED.put("baocao.caolanh",  row(200, 403, 200, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403));
        EXPECTED.put("baocao.sotuphap", row(200, 403, 200, 403, 403, 404, 404, 404, 404, 403, 404, 403, 403, 403, 403, 403, 404, 404, 403, 403));
        EXPECTED.put("taichinh",        row(200, 403, 200, 403, 403, 404, 404, 404, 404, 403, 404, 403, 403, 403, 403, 403, 404, 404, 403, 403));
        EXPECTED.put("ketoan.congan",   row(200, 403, 200, 200, 403, 403, 403, 200, 404, 403, 404, 403, 403, 403, 403, 403, 404, 404, 403, 403));
        EXPECTED.put("ubnd",            row(200, 403, 200, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403));
        EXPECTED.put("kiemtoan",        row(200, 403, 200, 200, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403));
        EXPECTED.put("admin",           row(200, 200, 200, 403, 403, 404, 404, 404, 404, 403, 404, 403, 403, 403, 403, 403, 404, 404, 403, 403));
    }

    static int[] row(int... statuses) {
        return statuses;
    }

    @BeforeAll
    static void seedRecords() throws Exception {
        stack = SharedStack.get();
        tip = freshTip(Duration.ZERO);
        attachment = ok(as("tiepnhan").post("/api/v1/tips/" + tip + "/attachments", textFile())).get("id").asString();
        publicTip = publicTip("{\"name\":\"Nguyễn Văn A\",\"phone\":\"0912345678\"}");
        RewardBudget.allocateToThePolice(stack, REWARD_DONG);
        JsonNode entry = ok(as("admin").get("/api/v1/tips/modus-operandi")).get("modusOperandi").get(0);
        modusAsStored = json.writeValueAsString(Map.of("code", entry.get("code").asString(),
                "labelVi", entry.get("labelVi").asString(), "labelEn", entry.get("labelEn").asString()));
    }

    /** A new tip of huyen-cao-lanh received {@code ago}. */
    static String freshTip(Duration ago) {
        String receivedAt = Instant.now().minus(ago).toString();
        return ok(send(as("tiepnhan"), "POST", "/api/v1/tips", """
                {"receivedAt":"%s","channel":"HOTLINE","sourceKind":"DENUNCIATION","receivingUnit":"huyen-cao-lanh",
                 "modusOperandi":"FAKE_PRIZE","narrative":"Ma trận phân quyền: thủ tục tin báo","loss":{"dong":"1"}}"""
                .formatted(receivedAt))).get("id").asString();
    }

    /** A tip whose deadline the investigator extended once: the next extension is the procuracy's. */
    static String extendedTip() {
        String id = freshTip(Duration.ZERO);
        ok(send(as("dieutra"), "POST", "/api/v1/tips/" + id + ":extend", "{\"reason\":\"Cần xác minh tại nhiều ngân hàng\"}"));
        return id;
    }

    /** A tip received 60 days ago, its deadline over, suspended by the investigator awaiting an expert. */
    static String suspendedTip() {
        String id = freshTip(Duration.ofDays(60));
        ok(send(as("dieutra"), "POST", "/api/v1/tips/" + id + ":decide",
                "{\"suspend\":{\"ground\":\"AWAITING_EXPERT_EXAMINATION\",\"note\":\"Ma trận phân quyền\"}}"));
        return id;
    }

    /** The amount of the rewards the matrix proposes, in đồng. */
    static final long REWARD_DONG = 500_000L;

    /** A reward the investigator proposed for {@code tipId}. */
    static String proposedReward(String tipId) {
        return ok(send(as("dieutra"), "POST", "/api/v1/tips/" + tipId + "/rewards",
                "{\"amount\":{\"dong\":\"" + REWARD_DONG + "\"},\"reason\":\"Ma trận phân quyền\"}")).get("id").asString();
    }

    /** A reward the investigator proposed and the police leader approved. */
    static String approvedReward(String tipId) {
        String id = proposedReward(tipId);
        ok(send(as("lanhdao.congan"), "POST", "/api/v1/tips/rewards/" + id + ":approve", "{}"));
        return id;
    }

    /** A text file no other cell sends, so it is stored as a new attachment. */
    static String textFile() {
        String content = "Ghi chú ma trận " + UUID.randomUUID();
        return "{\"fileName\":\"ghi-chu.txt\",\"mediaType\":\"text/plain\",\"content\":\""
                + Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8)) + "\"}";
    }

    static String freshPublicTip() {
        return publicTip(null);
    }

    /** A tip a citizen filed on the public portal (with {@code reporter}'s contact, or anonymously); its id. */
    static String publicTip(String reporter) {
        String body = "{\"modusOperandi\":\"FAKE_PRIZE\",\"narrative\":\"Ma trận phân quyền: tin công khai\""
                + (reporter == null ? "" : ",\"reporter\":" + reporter) + "}";
        String code = ok(SampleTips.send(() -> HttpApi.at(stack.gatewayUrl()).post("/api/v1/public/tips", body)))
                .get("trackingCode").asString();
        var db = stack.postgres();
        try (Connection c = DriverManager.getConnection(db.database("lachan_tip"), db.user(), db.password());
             var query = c.prepareStatement("select tip_id from public_tips where tracking_code = ?")) {
            query.setString(1, code);
            try (var rs = query.executeQuery()) {
                assertThat(rs.next()).as(code).isTrue();
                return rs.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everySeedUserGetsWhatTheRulesAllowOnEveryProcedureRewardAttachmentAndTipsterRoute() {
        List<DynamicTest> tests = new ArrayList<>();
        EXPECTED.forEach((user, statuses) -> {
            assertThat(statuses).as(user).hasSize(ROUTES.size());
            for (int i = 0; i < ROUTES.size(); i++) {
                Route route = ROUTES.get(i);
                int expected = statuses[i];
                tests.add(DynamicTest.dynamicTest(user + " " + route + " → " + expected, () -> {
                    String path = route.path().get();
                    var answer = send(as(user), route.method(), path, route.body().get());
                    Proofs.matrix(user, route.method(), path, answer.statusCode());
                    assertThat(answer.statusCode()).as(user + " " + route + ": " + answer.body()).isEqualTo(expected);
                }));
            }
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aCallerWithoutAValidTokenGets401OnEveryRoute() throws Exception {
        if (AuthorizationMatrixTest.stack == null) {
            AuthorizationMatrixTest.stack = stack; // its token helpers read the shared stack from there
        }
        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("no token", null);
        invalid.put("a token signed by another key", AuthorizationMatrixTest.forgedToken());
        List<DynamicTest> tests = new ArrayList<>();
        invalid.forEach((who, token) -> {
            for (Route route : ROUTES) {
                tests.add(DynamicTest.dynamicTest(who + " " + route + " → 401", () -> {
                    String path = route.blind();
                    var answer = send(HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(token), route.method(), path, route.body().get());
                    Proofs.matrix(who, route.method(), path, answer.statusCode());
                    assertThat(answer.statusCode()).as(who + " " + route + ": " + answer.body()).isEqualTo(401);
                }));
            }
        });
        return tests.stream();
    }

    static HttpApi as(String user) {
        return HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken(user));
    }

    /** Sends, again after a pause while the gateway's rate limit turns the caller away. */
    static HttpResponse<String> send(HttpApi api, String method, String path, String body) {
        return SampleTips.send(() -> api.send(method, path, body));
    }

    static JsonNode ok(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }
}
