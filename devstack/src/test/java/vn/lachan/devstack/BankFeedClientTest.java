package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.devstack.examples.BankFeedClient;
import vn.lachan.platform.test.HttpApi;

/**
 * The runnable example for banks' systems (README, "For banks' systems"), run against the whole stack: with Vietcombank's
 * client credentials it sees a request the police send within seconds and acknowledges it over the API; stopped and
 * started again from its cursor file it misses nothing sent meanwhile and does not answer twice; case-service killed
 * and started again, it reconnects by itself and receives what is sent next.
 */
@Tag("e2e")
class BankFeedClientTest {

    static final ObjectMapper json = new ObjectMapper();
    static final String VCB = "vcb-dong-thap";
    static LocalStack stack;

    @TempDir
    Path work;

    @BeforeAll
    static void start() {
        stack = SharedStack.get();
    }

    static HttpApi as(String user) {
        return HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken(user));
    }

    static String id(java.net.http.HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).get("id").asString();
    }

    static String openedCase() {
        return id(as("lanhdao.congan").post("/api/v1/cases",
                "{\"title\":\"Lừa đảo qua mạng\",\"penalCodeArticle\":290,\"clause\":1,\"leadUnit\":\"cong-an-tinh-pa05\"}"));
    }

    static String sent(String caseId) {
        return id(as("dieutra").post("/api/v1/cases/" + caseId + "/freeze-requests", """
                {"bank":"vcb-dong-thap","accountNumber":"0071000123456","accountHolder":"TRAN THI B",
                 "amountRequested":{"dong":"450000000"},"layer":1,"reason":"Nhận tiền của bị hại"}"""));
    }

    static String status(String id) {
        var answer = as("nganhang.vcb").get("/api/v1/cases/freeze-requests/" + id);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).get("status").asString();
    }

    /** Vietcombank's feed's last cursor now: the example starts there, not at the suite's older requests. */
    static String head() throws Exception {
        var db = stack.postgres();
        try (Connection c = DriverManager.getConnection(db.database("lachan_case"), db.user(), db.password());
             var query = c.prepareStatement("select coalesce((select last_seq from freeze_feed_heads where bank = ?), 0)")) {
            query.setString(1, VCB);
            try (var rows = query.executeQuery()) {
                rows.next();
                long head = rows.getLong(1);
                return head == 0 ? "" : Long.toString(head);
            }
        }
    }

    static long responses(String id) throws Exception {
        var db = stack.postgres();
        try (Connection c = DriverManager.getConnection(db.database("lachan_case"), db.user(), db.password());
             var query = c.prepareStatement("select count(*) from audit_log where record_type = 'freeze_request'"
                     + " and record_id = ? and action = 'RESPOND' and actor = 'integration-bank-vcb'")) {
            query.setString(1, id);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The example running in the background, as a bank would run it. */
    final class Running implements AutoCloseable {

        final BlockingQueue<BankFeedClient.Handled> handled = new LinkedBlockingQueue<>();
        final BankFeedClient client;
        final Thread thread;

        Running(Path cursorFile) {
            client = new BankFeedClient(stack.keycloakUrl() + "/realms/lachan",
                    "localhost:" + stack.ports().grpc(App.CASE), "integration-bank-vcb",
                    "integration-bank-vcb-dev-secret", cursorFile, handled::add);
            thread = Thread.ofVirtual().start(() -> {
                try {
                    client.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        /** What the example did with the request's event, within {@code within}. */
        BankFeedClient.Handled handledOf(String requestId, Duration within) throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            while (true) {
                var next = handled.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertThat(next).as("the example handled " + requestId + " within " + within).isNotNull();
                if (next.event().getFreezeRequestId().equals(requestId)) {
                    return next;
                }
            }
        }

        @Override
        public void close() throws InterruptedException {
            client.close();
            thread.join(Duration.ofSeconds(10));
        }
    }

    @Test
    void theExampleSeesANewRequestWithinSecondsAndAcknowledgesItOnceAcrossReconnectsAndARestart() throws Exception {
        Path cursorFile = work.resolve("vcb.cursor");
        String start = head();
        Files.writeString(cursorFile, start);
        String caseId = openedCase();
        String first;
        try (var bank = new Running(cursorFile)) {
            Thread.sleep(1000); // connected and waiting
            long sentAt = System.nanoTime();
            first = sent(caseId);
            var handled = bank.handledOf(first, Duration.ofSeconds(10));
            Duration took = Duration.ofNanos(System.nanoTime() - sentAt);
            assertThat(handled.outcome()).isEqualTo("acknowledged");
            assertThat(took).as("sent to acknowledged").isLessThan(Duration.ofSeconds(5));
            assertThat(status(first)).isEqualTo("ACKNOWLEDGED");
            assertThat(Files.readString(cursorFile)).isEqualTo(handled.event().getCursor());
        }

        // stopped: what the police send meanwhile waits in the feed; the bank starts again from its cursor file
        String whileAway = sent(caseId);
        try (var bank = new Running(cursorFile)) {
            assertThat(bank.handledOf(whileAway, Duration.ofSeconds(10)).outcome()).isEqualTo("acknowledged");
        }

        // the cursor file lost (restored from an old backup): the events come again, nothing is answered twice
        Files.writeString(cursorFile, start);
        try (var bank = new Running(cursorFile)) {
            assertThat(bank.handledOf(first, Duration.ofSeconds(10)).outcome()).isEqualTo("already ACKNOWLEDGED");
            assertThat(bank.handledOf(whileAway, Duration.ofSeconds(10)).outcome()).isEqualTo("already ACKNOWLEDGED");
        }
        assertThat(responses(first)).isEqualTo(1);
        assertThat(responses(whileAway)).isEqualTo(1);

        // case-service crashes and starts again while the bank is connected: the example reconnects by itself
        try (var bank = new Running(cursorFile)) {
            Thread.sleep(1000);
            stack.kill(App.CASE);
            stack.startAgain(App.CASE);
            String afterRestart = sent(caseId);
            // its pause between attempts is at most 30 s
            assertThat(bank.handledOf(afterRestart, Duration.ofSeconds(45)).outcome()).isEqualTo("acknowledged");
            assertThat(responses(afterRestart)).isEqualTo(1);
        }
    }
}
