package vn.lachan.devstack.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.lachan.devstack.App;
import vn.lachan.devstack.LocalStack;

/**
 * How the officers' reads cost as tips pile up: the list, the statistics of a year, the public scam check and the
 * overdue view, each measured with tip-service holding each of {@link Size#growth()} tips.
 * <p>
 * The tips are written straight into tip-service's PostgreSQL, as tip-service stores them (one {@code INSERT …
 * SELECT generate_series} per step: copies of a tip the benchmark filed through the API, each with its own id,
 * receipt time spread over the last year, a decision deadline 20 days after receipt, a modus operandi, a status
 * (1 in 20 prosecuted, 1 in 20 not prosecuted, the rest received or being verified) and one phone number among its
 * indicators in canonical form). The scam-check index in Redis is then rebuilt by tip-service itself: its
 * {@code ready} and {@code fresh} keys are deleted, so the next check finds the index stale and the service copies
 * every verified value from PostgreSQL, as it does after Redis restarted empty. The rebuild's time is a figure too.
 * Then {@code ANALYZE}, as autovacuum would do after such a load.
 */
final class Growth {

    /** {@code created_by} of the tips written here, so the smoke can take them out again. */
    static final String MARK = "bench-growth";
    private static final String[] MODI = {"IMPERSONATE_AUTHORITY", "ONLINE_SHOPPING", "GIFT_ACQUAINTANCE",
            "ACCOUNT_TAKEOVER", "ACCOUNT_DATA_THEFT", "FAKE_PRIZE", "BUSINESS_EMAIL", "INVESTMENT_CRYPTO", "GAMBLING",
            "LOAN_SHARK", "OBSCENE_CONTENT", "MALWARE_ATTACK", "OTHER"};
    private static final ZoneId LEGAL = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The four reads, in the report's order. */
    static final List<String> QUERIES = List.of("list", "statistics", "scam check", "overdue view");

    /**
     * One step: the reads at {@code tips} tips.
     *
     * @param loadSeconds    writing the step's new rows (and ANALYZE)
     * @param rebuildSeconds tip-service rebuilding the scam-check index from PostgreSQL, NaN if it did not finish
     */
    record Step(long tips, long added, double loadSeconds, double rebuildSeconds, List<Measurement> reads) {
    }

    private Growth() {
    }

    static List<Step> run(LocalStack stack, Size size, HttpClient http, PrintStream out) {
        String url = stack.postgres().database(App.TIP.database());
        URI redisUrl = URI.create(stack.redisUrl());
        String tip = "http://localhost:" + stack.ports().http(App.TIP);
        List<Step> steps = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, stack.postgres().user(), stack.postgres().password());
             Resp redis = new Resp(redisUrl.getHost(), redisUrl.getPort())) {
            String template = one(db, "select id from tips where created_by <> '" + MARK
                    + "' order by created_at desc limit 1");
            if (template == null) {
                throw new IllegalStateException("no tip to copy: the benchmark files one first");
            }
            String unit = one(db, "select receiving_unit from tips where id = '" + template + "'");
            long written = Long.parseLong(one(db, "select count(*) from tips where created_by = '" + MARK + "'"));
            // the probe of the scam check: a prosecuted copy's phone (every 20th is prosecuted)
            long probe = (written / 20 + 1) * 20;
            // the smoke runs on the suite's shared stack, whatever it holds already: its steps are on top of that
            long base = size == Size.TINY ? Long.parseLong(one(db, "select count(*) from tips")) : 0;
            for (long step : size.growth()) {
                long target = base + step;
                long count = Long.parseLong(one(db, "select count(*) from tips"));
                long add = Math.max(0, target - count);
                // the probe must exist from the first step on
                add = Math.max(add, probe - written);
                out.printf("Growth: %d tips, writing %d …%n", count, add);
                long started = System.nanoTime();
                if (add > 0) {
                    write(db, template, written + 1, written + add);
                    written += add;
                }
                try (Statement s = db.createStatement()) {
                    s.execute("analyze tips");
                    s.execute("analyze tip_indicators");
                }
                double loadSeconds = (System.nanoTime() - started) / 1e9;
                long tips = Long.parseLong(one(db, "select count(*) from tips"));
                double rebuildSeconds = rebuildIndex(redis, http, tip, out);
                steps.add(new Step(tips, add, loadSeconds, rebuildSeconds, reads(stack, size, http, tip, unit, tips, probe)));
            }
            if (size == Size.TINY) {
                takeOut(db, redis, out);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("growth: " + e.getMessage(), e);
        }
        return steps;
    }

    /** Tips {@code from}…{@code to} (numbers of the copies) and their phones, in one transaction. */
    private static void write(Connection db, String template, long from, long to) throws SQLException {
        String modi = "array['" + String.join("','", MODI) + "']";
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("create temporary table bench_growth (n bigint, id uuid) on commit drop");
            s.execute("insert into bench_growth select n, gen_random_uuid() from generate_series(%d, %d) n"
                    .formatted(from, to));
            s.execute("""
                    insert into tips
                    select (json_populate_record(t, json_build_object(
                        'id', g.id,
                        'received_at', r.at,
                        'modus_operandi', (%s)[1 + g.n %% %d],
                        'loss_dong', (g.n %% 500) * 1000000,
                        'status', case g.n %% 20 when 0 then 'PROSECUTED' when 1 then 'NOT_PROSECUTED'
                                  else case g.n %% 2 when 0 then 'RECEIVED' else 'VERIFYING' end end,
                        'decision_due', ((r.at at time zone 'Asia/Ho_Chi_Minh')::date + 20),
                        'created_at', r.at, 'created_by', '%s', 'updated_at', r.at, 'updated_by', '%s'))).*
                    from bench_growth g
                    cross join lateral (select now() - make_interval(days => (g.n %% 365)::int, secs => (g.n %% 86400)::int) as at) r
                    cross join tips t
                    where t.id = '%s'
                    """.formatted(modi, MODI.length, MARK, MARK, template));
            s.execute("""
                    insert into tip_indicators (tip_id, position, type, raw_value, normalized)
                    select g.id, 0, 'PHONE', '097' || lpad((g.n % 10000000)::text, 7, '0'),
                           '+8497' || lpad((g.n % 10000000)::text, 7, '0')
                    from bench_growth g
                    """);
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    /** The raw phone of copy {@code n}, as a citizen would type it. */
    static String phone(long n) {
        return "097" + String.format("%07d", n % 10_000_000);
    }

    /**
     * Makes tip-service rebuild its scam-check index from PostgreSQL and waits until it is complete again; the seconds
     * it took, or NaN after 15 minutes.
     */
    private static double rebuildIndex(Resp redis, HttpClient http, String tip, PrintStream out) {
        String ready = readyKey(redis);
        redis.call("DEL", ready, ready.replaceFirst("ready$", "fresh"));
        long started = System.nanoTime();
        // the next check finds the index stale and starts the rebuild; PostgreSQL answers meanwhile
        send(http, HttpRequest.newBuilder(URI.create(tip + "/api/v1/public/scam-check?type=PHONE&value=0970000000"))
                .timeout(Duration.ofSeconds(60)).GET().build());
        long until = started + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < until) {
            if (redis.call("EXISTS", ready).equals("1")) {
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf("  scam-check index rebuilt by tip-service in %.1f s%n", seconds);
                return seconds;
            }
            sleep(100);
        }
        out.println("  the scam-check index was not rebuilt within 15 minutes");
        return Double.NaN;
    }

    private static String readyKey(Resp redis) {
        String found = redis.scan("lachan:tip:scam-check:*:ready");
        if (found == null) {
            throw new IllegalStateException("no ready key of the scam-check index in Redis: is tip-service's index built?");
        }
        return found;
    }

    private static List<Measurement> reads(LocalStack stack, Size size, HttpClient http, String tip, String unit,
                                           long tips, long probe) {
        String investigator = stack.keycloak().userToken("dieutra");
        String leader = stack.keycloak().userToken("lanhdao.congan");
        LocalDate today = LocalDate.now(LEGAL);
        HttpRequest list = get(tip + "/api/v1/tips?pageSize=50&receivingUnit=" + unit, investigator);
        HttpRequest statistics = get(tip + "/api/v1/tips/statistics?from=" + today.minusDays(364) + "&to=" + today
                + "&receivingUnit=" + unit, leader);
        HttpRequest check = get(tip + "/api/v1/public/scam-check?type=PHONE&value=" + phone(probe), null);
        HttpRequest overdue = get(tip + "/api/v1/tips:overdue?pageSize=50&receivingUnit=" + unit, investigator);
        // each answers, and the probe, a prosecuted copy, is reported: the rows are as the service stores them
        expect(http, list, "\"tips\"");
        expect(http, statistics, "\"total\"");
        expect(http, check, "REPORTED");
        expect(http, overdue, "\"tips\"");
        Size each = size.growthSide();
        List<Measurement> reads = new ArrayList<>();
        List<HttpRequest> requests = List.of(list, statistics, check, overdue);
        for (int i = 0; i < QUERIES.size(); i++) {
            HttpRequest request = requests.get(i);
            reads.add(Load.run(QUERIES.get(i) + " at " + tips + " tips", "Java HttpClient", each,
                    () -> http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200));
        }
        return reads;
    }

    /** The smoke's copies out again, and their values out of the index, so the suite's shared stack is as it was. */
    private static void takeOut(Connection db, Resp redis, PrintStream out) throws SQLException {
        String prefix = readyKey(redis).replaceFirst("ready$", "i:PHONE:");
        List<String> keys = new ArrayList<>();
        try (Statement s = db.createStatement(); var rows = s.executeQuery("""
                select distinct i.normalized from tip_indicators i join tips t on t.id = i.tip_id
                where t.created_by = '%s' and t.status = 'PROSECUTED'""".formatted(MARK))) {
            while (rows.next()) {
                keys.add(prefix + rows.getString(1));
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("delete from tip_indicators where tip_id in (select id from tips where created_by = '" + MARK + "')");
            int deleted = s.executeUpdate("delete from tips where created_by = '" + MARK + "'");
            out.printf("Growth: %d copies taken out again%n", deleted);
        }
        for (int i = 0; i < keys.size(); i += 200) {
            List<String> args = new ArrayList<>(List.of("DEL"));
            args.addAll(keys.subList(i, Math.min(keys.size(), i + 200)));
            redis.call(args.toArray(String[]::new));
        }
    }

    private static String one(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); var rows = s.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static HttpRequest get(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    private static void expect(HttpClient http, HttpRequest request, String mustContain) {
        HttpResponse<String> answer = send(http, request);
        if (answer.statusCode() != 200 || !answer.body().contains(mustContain)) {
            throw new IllegalStateException("GET " + request.uri() + " answered " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(500, answer.body().length())));
        }
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
