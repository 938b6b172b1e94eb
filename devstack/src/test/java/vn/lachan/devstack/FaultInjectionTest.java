package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.platform.test.HttpApi;

/**
 * Issue 14's fault-injection run, through the gateway of the whole local stack: under a steady load of tip intake,
 * banks' answers to freeze requests and spending, for a bounded time, tip-service is killed with SIGKILL and started
 * again, PostgreSQL is restarted, Redis is stopped for 30 seconds, and case-service is cut while tips are decided
 * "prosecute". Every client does what the platform tells it: a 5xx, a 429 or a broken connection is tried again with
 * the same Idempotency-Key; a bank whose answer may have landed reads the request back.
 *
 * <p>Afterwards, counted in the services' own databases and over the API, and printed as figures: every acknowledged
 * write is found exactly once (lost 0, duplicated 0), no write that was never acknowledged is found twice, the
 * spending reconciles to the đồng, every tip decided while case-service was away has exactly one case (no orphan
 * case, no tip without its case), and no answer was a bare server error: each 5xx was a problem the caller could
 * read — a browser starting to sign in while Redis (its session store) is away included —, and the platform answers
 * normally again at the end.
 *
 * <p>Ordered last: it kills and restarts parts of the stack every other class shares (it leaves them running).
 */
@Order(Integer.MAX_VALUE)
@Tag("e2e")
class FaultInjectionTest {

    static final ObjectMapper json = new ObjectMapper();
    static final Duration STEADY = Duration.ofSeconds(5);
    static final long SPEND = 1_000;
    static final long HOLD = 7_000_000;
    static final int FREEZE_REQUESTS = 100;
    /** The pace of each client: a few calls a second, well under the gateway's limit per user, all through the run. */
    static final Duration PACE = Duration.ofMillis(200);
    static final Duration BANK_PACE = Duration.ofMillis(1500);

    static LocalStack stack;
    final String run = "fault-" + UUID.randomUUID().toString().substring(0, 8);
    /** Answers per phase and status (0: no answer: the connection failed or timed out). */
    final Map<String, Map<Integer, AtomicInteger>> answers = new ConcurrentHashMap<>();
    final List<String> unclearErrors = java.util.Collections.synchronizedList(new ArrayList<>());
    volatile String phase = "steady";
    volatile boolean stopping;

    @BeforeAll
    static void startStack() {
        stack = SharedStack.get();
    }

    @Test
    void underSteadyLoadNothingAcknowledgedIsLostOrDuplicatedThroughCrashesRestartsAndOutages() throws Exception {
        RewardBudget.allocateToThePolice(stack, 50_000_000);
        long spentBefore = policeSpent();
        String caseId = idOf(as("lanhdao.congan").post("/api/v1/cases", """
                {"title":"Kiểm thử sự cố %s","penalCodeArticle":174,"clause":2,"leadUnit":"cong-an-tinh-pa05"}"""
                .formatted(run)));
        List<String> freezeRequests = new ArrayList<>();
        for (int i = 0; i < FREEZE_REQUESTS; i++) {
            freezeRequests.add(idOf(as("dieutra").post("/api/v1/cases/" + caseId + "/freeze-requests",
                    AuthorizationMatrixTest.FREEZE.formatted("vcb-dong-thap"))));
        }
        List<String> toProsecute = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            toProsecute.add(idOf(as("tiepnhan").post("/api/v1/tips", tip(run + "-prosecute-" + i), run + "-p-" + i)));
        }

        Set<String> tipKeysTried = new ConcurrentSkipListSet<>();
        Set<String> tipKeysAcknowledged = new ConcurrentSkipListSet<>();
        Set<String> spendKeysTried = new ConcurrentSkipListSet<>();
        Set<String> spendKeysAcknowledged = new ConcurrentSkipListSet<>();
        Map<String, Long> holdsAcknowledged = new ConcurrentHashMap<>();
        AtomicLong tipCounter = new AtomicLong();
        AtomicLong spendCounter = new AtomicLong();
        AtomicInteger nextFreeze = new AtomicInteger();
        List<Thread> load = List.of(
                Thread.ofPlatform().name("intake").start(() -> {
                    while (!stopping) {
                        String key = run + "-tip-" + tipCounter.incrementAndGet();
                        tipKeysTried.add(key);
                        if (untilAnswered("tiepnhan", api -> api.post("/api/v1/tips", tip(key), key)) != null) {
                            tipKeysAcknowledged.add(key);
                        }
                        pause(PACE);
                    }
                }),
                Thread.ofPlatform().name("bank").start(() -> {
                    while (!stopping && nextFreeze.get() < freezeRequests.size()) {
                        String id = freezeRequests.get(nextFreeze.getAndIncrement());
                        long amount = HOLD + nextFreeze.get();
                        String hold = "{\"hold\":{\"amountHeld\":{\"dong\":\"" + amount + "\"}}}";
                        if (untilAnswered("nganhang.vcb", api -> held(api, id, hold, amount)) != null) {
                            holdsAcknowledged.put(id, amount);
                        }
                        pause(BANK_PACE);
                    }
                }),
                Thread.ofPlatform().name("spending").start(() -> {
                    while (!stopping) {
                        String key = run + "-spend-" + spendCounter.incrementAndGet();
                        spendKeysTried.add(key);
                        String body = """
                                {"unit":"cong-an-tinh","amount":{"dong":"%d"},"spentOn":"%s","description":"%s"}"""
                                .formatted(SPEND, LocalDate.now(RewardBudget.VIETNAM), key);
                        if (untilAnswered("ketoan.congan", api -> api.post(
                                "/api/v1/budget/lines/" + RewardBudget.rewardLine() + "/spending", body, key)) != null) {
                            spendKeysAcknowledged.add(key);
                        }
                        pause(PACE);
                    }
                }));

        java.util.concurrent.atomic.AtomicReference<HttpResponse<String>> loginWhileRedisWasAway =
                new java.util.concurrent.atomic.AtomicReference<>();
        Map<String, Duration> phases = new java.util.LinkedHashMap<>();
        phases.put("steady", during("steady", () -> pause(STEADY)));
        phases.put("tip-service killed", during("tip-service killed (SIGKILL) and started again", () -> {
            stack.kill(App.TIP);
            stack.startAgain(App.TIP);
        }));
        phases.put("PostgreSQL restarted", during("PostgreSQL restarted", () -> {
            stack.restartPostgres();
            pause(STEADY);
        }));
        phases.put("Redis stopped 30 s", during("Redis stopped for 30 s", () -> {
            stack.stopRedis();
            pause(Duration.ofSeconds(10));
            // a browser starting to sign in needs a session, kept in Redis: a readable refusal, never a bare error
            loginWhileRedisWasAway.set(loginStart());
            pause(Duration.ofSeconds(20));
            stack.startRedisAgain();
        }));
        Map<String, Integer> decidedWhileCut = new TreeMap<>();
        phases.put("case-service cut", during("case-service cut while tips are decided", () -> {
            stack.kill(App.CASE);
            for (String tip : toProsecute) {
                var answer = as("dieutra").post("/api/v1/tips/" + tip + ":decide",
                        "{\"prosecute\":{\"penalCodeArticle\":174,\"clause\":2}}", run + "-decide-" + tip);
                decidedWhileCut.put(tip, answer.statusCode());
                if (answer.statusCode() == 503) {
                    assertThat(answer.body()).as("the officer is told the decision is kept").contains("kept");
                }
            }
            stack.startAgain(App.CASE);
        }));
        phases.put("after", during("steady again", () -> pause(STEADY)));
        stopping = true;
        for (Thread thread : load) {
            thread.join(Duration.ofMinutes(3));
            assertThat(thread.isAlive()).as(thread.getName() + " stopped").isFalse();
        }

        // every tip decided while case-service was away gets its one case once it is back (the reconciler)
        for (String tip : toProsecute) {
            JsonNode read = Awaitility.await("tip " + tip + " prosecuted after case-service came back")
                    .atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> json.readTree(as("dieutra").get("/api/v1/tips/" + tip).body()),
                            answer -> "PROSECUTED".equals(answer.path("status").asString()));
            assertThat(read.path("caseId").asString()).isNotBlank();
        }

        // counted where the writes live
        Map<String, Integer> tipRows = rowsPerKey("lachan_tip",
                "select narrative from tips where narrative like ?", "%" + run + "-tip-%", tipKeysTried);
        Map<String, Integer> spendRows = rowsPerKey("lachan_budget",
                "select description from spendings where description like ?", "%" + run + "-spend-%", spendKeysTried);
        Map<String, Integer> casesPerTip = new TreeMap<>();
        for (String tip : toProsecute) {
            casesPerTip.put(tip, count("lachan_case", "select count(*) from case_tips where tip_id = ?::uuid", tip));
        }
        int heldAsAnswered = 0;
        for (var hold : holdsAcknowledged.entrySet()) {
            JsonNode request = json.readTree(as("nganhang.vcb").get("/api/v1/cases/freeze-requests/" + hold.getKey())
                    .body());
            if ("HELD".equals(request.path("status").asString())
                    && RewardBudget.dong(request.path("amountHeld")) == hold.getValue()) {
                heldAsAnswered++;
            }
        }
        long spentAfter = policeSpent();

        int tipsLost = (int) tipKeysAcknowledged.stream().filter(k -> tipRows.getOrDefault(k, 0) == 0).count();
        int tipsDuplicated = (int) tipRows.values().stream().filter(n -> n > 1).count();
        int spendLost = (int) spendKeysAcknowledged.stream().filter(k -> spendRows.getOrDefault(k, 0) == 0).count();
        int spendDuplicated = (int) spendRows.values().stream().filter(n -> n > 1).count();
        long spendRecorded = spendRows.values().stream().mapToLong(Integer::longValue).sum() * SPEND;

        System.out.println(figures(phases, tipKeysTried.size(), tipKeysAcknowledged.size(), tipsLost, tipsDuplicated,
                spendKeysTried.size(), spendKeysAcknowledged.size(), spendLost, spendDuplicated,
                spentAfter - spentBefore, spendRecorded, holdsAcknowledged.size(), heldAsAnswered, decidedWhileCut,
                casesPerTip));

        assertThat(tipKeysAcknowledged).as("tips acknowledged under load").hasSizeGreaterThan(10);
        assertThat(spendKeysAcknowledged).as("spending acknowledged under load").hasSizeGreaterThan(10);
        assertThat(holdsAcknowledged).as("holds acknowledged under load").hasSizeGreaterThan(10);
        assertThat(tipsLost).as("acknowledged tips lost").isZero();
        assertThat(tipsDuplicated).as("tips recorded twice").isZero();
        assertThat(spendLost).as("acknowledged spending lost").isZero();
        assertThat(spendDuplicated).as("spending recorded twice").isZero();
        assertThat(spentAfter - spentBefore).as("the police's spending on the line grew by exactly what was recorded")
                .isEqualTo(spendRecorded);
        assertThat(spendRecorded).as("and by no more than was tried")
                .isLessThanOrEqualTo(spendKeysTried.size() * SPEND);
        assertThat(heldAsAnswered).as("acknowledged holds found as answered").isEqualTo(holdsAcknowledged.size());
        assertThat(casesPerTip.values()).as("cases per tip decided while case-service was cut").containsOnly(1);
        assertThat(unclearErrors).as("server errors without a problem the caller can read").isEmpty();
        assertThat(answers.values().stream().flatMap(m -> m.keySet().stream())).as("statuses answered")
                .doesNotContain(500);
        // throughput recovers: the same paced load is acknowledged at least half as often as before the faults
        double before = acknowledgedPerSecond("steady", phases.get("steady"));
        double after = acknowledgedPerSecond("steady again", phases.get("after"));
        System.out.printf("  acknowledged per second: %.1f before the faults, %.1f after them%n", before, after);
        assertThat(after).as("writes acknowledged per second after the faults, against %.1f before", before)
                .isGreaterThanOrEqualTo(before / 2);

        HttpResponse<String> login = loginWhileRedisWasAway.get();
        System.out.println("  sign-in started while Redis was away: " + login.statusCode() + " "
                + login.body().lines().findFirst().orElse(""));
        assertThat(login.statusCode()).as("sign-in while Redis was away: " + login.body()).isIn(302, 503);
        if (login.statusCode() == 503) {
            assertThat(login.body()).as("a readable refusal").contains("\"status\"");
        }
        // and the platform answers normally again: a sign-in, officers, a citizen's scam check (rate limits in Redis)
        assertThat(loginStart().statusCode()).as("sign-in once Redis is back").isEqualTo(302);
        assertThat(as("dieutra").get("/api/v1/tips?pageSize=1").statusCode()).isEqualTo(200);
        assertThat(HttpApi.at(stack.gatewayUrl()).get("/api/v1/public/scam-check?type=PHONE&value=0912345678")
                .statusCode()).isEqualTo(200);
    }

    /** A browser's first step of signing in to the portal (the gateway keeps its session in Redis). */
    HttpResponse<String> loginStart() {
        return HttpApi.at(stack.gatewayUrl()).get("/oauth2/authorization/keycloak");
    }

    /** Runs {@code fault} as the named phase while the load goes on; how long it took. */
    Duration during(String name, Runnable fault) {
        phase = name;
        Instant start = Instant.now();
        System.out.println("fault injection: " + name + " …");
        fault.run();
        return Duration.between(start, Instant.now());
    }

    /**
     * Sends {@code call} as {@code user} until it is answered for good, as a client of the platform should: a 5xx, a
     * 429 or no answer is tried again (the same request, the same key); the 2xx answer, or null when the load stops
     * first or the platform refuses for good (a 4xx: recorded, never expected here).
     */
    HttpResponse<String> untilAnswered(String user, java.util.function.Function<HttpApi, HttpResponse<String>> call) {
        Instant giveUp = null;
        while (true) {
            if (stopping) {
                giveUp = giveUp == null ? Instant.now().plus(Duration.ofSeconds(30)) : giveUp;
                if (Instant.now().isAfter(giveUp)) {
                    return null;
                }
            }
            String inPhase = phase;
            HttpResponse<String> answer;
            try {
                answer = call.apply(as(user));
            } catch (RuntimeException e) { // no connection, no token from Keycloak while PostgreSQL restarts, …
                count(inPhase, 0);
                pause(Duration.ofMillis(500));
                continue;
            }
            count(inPhase, answer.statusCode());
            if (answer.statusCode() >= 500 && !answer.body().contains("\"status\"")) {
                unclearErrors.add(inPhase + ": " + answer.statusCode() + " " + answer.body());
            }
            if (answer.statusCode() / 100 == 2) {
                return answer;
            }
            if (answer.statusCode() >= 400 && answer.statusCode() < 500 && answer.statusCode() != 429
                    && answer.statusCode() != 401) {
                unclearErrors.add(inPhase + ": refused " + answer.statusCode() + " " + answer.body());
                return null;
            }
            pause(Duration.ofMillis(500));
        }
    }

    /**
     * The bank's hold: answered, or — when its earlier answer landed but the reply was lost, so this one is refused
     * as a second answer — read back and found held with the amount it sent.
     */
    HttpResponse<String> held(HttpApi bank, String id, String hold, long amount) {
        var answer = bank.post("/api/v1/cases/freeze-requests/" + id + ":respond", hold);
        if (answer.statusCode() == 400 || answer.statusCode() == 409) {
            var read = bank.get("/api/v1/cases/freeze-requests/" + id);
            JsonNode request = read.statusCode() == 200 ? json.readTree(read.body()) : null;
            if (request != null && "HELD".equals(request.path("status").asString())
                    && RewardBudget.dong(request.path("amountHeld")) == amount) {
                return read;
            }
        }
        return answer;
    }

    /** The 2xx answers counted in the phase named {@code phaseName}, per second of its duration. */
    double acknowledgedPerSecond(String phaseName, Duration took) {
        int acknowledged = answers.getOrDefault(phaseName, Map.of()).entrySet().stream()
                .filter(e -> e.getKey() / 100 == 2).mapToInt(e -> e.getValue().get()).sum();
        return acknowledged / (took.toMillis() / 1000.0);
    }

    void count(String inPhase, int status) {
        answers.computeIfAbsent(inPhase, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    static String tip(String key) {
        return """
                {"channel":"DUTY_DESK","sourceKind":"DENUNCIATION","receivingUnit":"tp-sa-dec",
                 "modusOperandi":"GIFT_ACQUAINTANCE","narrative":"Kiểm thử sự cố %s","loss":{"dong":"1000000"}}"""
                .formatted(key);
    }

    /** The police's spending on this year's reward line, as the execution view shows it. */
    long policeSpent() {
        var answer = as("ketoan.congan").get("/api/v1/budget/execution?year=" + LocalDate.now(RewardBudget.VIETNAM)
                .getYear() + "&unit=cong-an-tinh");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        long spent = 0;
        for (JsonNode line : json.readTree(answer.body()).path("lines")) {
            if (line.path("lineId").asString("").equals(RewardBudget.rewardLine())) {
                for (JsonNode unit : line.path("units")) {
                    if ("cong-an-tinh".equals(unit.path("unit").asString(""))) {
                        spent += RewardBudget.dong(unit.path("figures").path("spent"));
                    }
                }
            }
        }
        return spent;
    }

    /** How many rows hold each key (the key is the last word of the text column the query selects). */
    Map<String, Integer> rowsPerKey(String database, String sql, String like, Set<String> keys) throws SQLException {
        Map<String, Integer> rows = new TreeMap<>();
        try (Connection c = connect(database); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, like);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String text = rs.getString(1);
                    String key = text.substring(text.lastIndexOf(' ') + 1);
                    assertThat(keys).as("a row of this run's load").contains(key);
                    rows.merge(key, 1, Integer::sum);
                }
            }
        }
        return rows;
    }

    int count(String database, String sql, String parameter) throws SQLException {
        try (Connection c = connect(database); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(stack.postgres().database(database), stack.postgres().user(),
                stack.postgres().password());
    }

    String figures(Map<String, Duration> phases, int tipsTried, int tipsAcknowledged, int tipsLost, int tipsDuplicated,
                   int spendTried, int spendAcknowledged, int spendLost, int spendDuplicated, long spentGrowth,
                   long spendRecorded, int holdsAcknowledged, int heldAsAnswered, Map<String, Integer> decidedWhileCut,
                   Map<String, Integer> casesPerTip) {
        StringBuilder out = new StringBuilder("\nFault injection (" + run + ")\n");
        phases.forEach((name, took) -> out.append(String.format("  %-22s %5.1f s%n", name, took.toMillis() / 1000.0)));
        out.append("  answers per phase (status: count; 0 = no answer)\n");
        answers.forEach((name, statuses) -> out.append("    ").append(name).append(": ")
                .append(new TreeMap<>(statuses)).append('\n'));
        out.append(String.format("  tips      tried %d, acknowledged %d, lost %d, duplicated %d%n",
                tipsTried, tipsAcknowledged, tipsLost, tipsDuplicated));
        out.append(String.format("  spending  tried %d, acknowledged %d, lost %d, duplicated %d; line grew %d đ,"
                + " recorded %d đ%n", spendTried, spendAcknowledged, spendLost, spendDuplicated, spentGrowth,
                spendRecorded));
        out.append(String.format("  holds     acknowledged %d, found held as answered %d%n", holdsAcknowledged,
                heldAsAnswered));
        out.append("  decided while case-service was cut (status): ").append(decidedWhileCut)
                .append("; cases per tip afterwards: ").append(casesPerTip.values()).append('\n');
        out.append("  server errors without a readable problem: ").append(unclearErrors.size()).append('\n');
        return out.toString();
    }

    /** The set-up sends a hundred freeze requests as one user: faster than the gateway lets one user, so it waits. */
    static HttpApi as(String user) {
        return HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken(user));
    }

    static String idOf(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).get("id").asString();
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
