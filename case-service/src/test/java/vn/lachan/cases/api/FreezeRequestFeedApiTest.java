package vn.lachan.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import vn.lachan.cases.FreezeFeedWakeUps;
import vn.lachan.cases.v1.Acknowledge;
import vn.lachan.cases.v1.FeedEventKind;
import vn.lachan.cases.v1.FreezeRequest;
import vn.lachan.cases.v1.FreezeRequestEvent;
import vn.lachan.cases.v1.FreezeRequestFeedServiceGrpc;
import vn.lachan.cases.v1.FreezeRequestServiceGrpc;
import vn.lachan.cases.v1.FreezeStatus;
import vn.lachan.cases.v1.RespondToFreezeRequestRequest;
import vn.lachan.cases.v1.WatchFreezeRequestsRequest;
import vn.lachan.platform.error.GrpcErrors;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * The banks' feed of freeze requests (gRPC server streaming), end to end in case-service with the realm's tokens (LocalIssuer) and
 * PostgreSQL: Vietcombank's system (client {@code integration-bank-vcb}) and its officer see their bank's new requests
 * and release orders within seconds, in order, resume after a cursor without losing or repeating anything, and never
 * see BIDV's (a BIDV system client made for this test sees only BIDV's); everyone else is refused; a bad cursor is a
 * field error and writes nothing; the stream ends when the token expires or the service stops.
 */
@RealInfrastructure(database = "lachan_case", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0",
                "spring.grpc.server.inprocess.name=freeze-request-feed-api-test",
                "lachan.feed.heartbeat-every=1s",
                "LACHAN_TOKEN_CLIENTS=lachan-portal,lachan-test,integration-bank-vcb,report-service,budget-service,"
                        + "tip-service," + FreezeRequestFeedApiTest.BIDV_SYSTEM})
class FreezeRequestFeedApiTest extends CaseServiceApiTest {

    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();
    static final String VCB = "vcb-dong-thap";
    static final String BIDV = "bidv-dong-thap";
    static final String VCB_SYSTEM = "integration-bank-vcb";
    /** A second bank's system, signed as the realm's bank client is (hardcoded unit, bank-liaison). */
    static final String BIDV_SYSTEM = "integration-bank-bidv-test";
    /** Every dev seed user (k8s/keycloak/dev); only the bank officer may watch. */
    static final List<String> SEED_USERS = List.of("tiepnhan", "dieutra", "lanhdao.congan", "kiemsat", "toaan",
            "nganhang.vcb", "baocao.caolanh", "baocao.sotuphap", "taichinh", "ketoan.congan", "ubnd", "kiemtoan",
            "admin");
    static final Duration SOON = Duration.ofSeconds(10);

    @Autowired
    DataSource dataSource;
    @Autowired
    FreezeFeedWakeUps wakeUps;
    @Autowired
    GenericApplicationContext context;


    /** A feed stream opened by a caller (null: no token), collecting what it receives. */
    static final class Feed implements AutoCloseable {

        final BlockingQueue<FreezeRequestEvent> events = new LinkedBlockingQueue<>();
        final CompletableFuture<Status> ended = new CompletableFuture<>();
        volatile ClientCallStreamObserver<WatchFreezeRequestsRequest> call;
        int heartbeats;

        Feed(ManagedChannel channel, String token, String after) {
            var stub = FreezeRequestFeedServiceGrpc.newStub(channel);
            if (token != null) {
                stub = stub.withInterceptors(Bearer.token(token));
            }
            stub.watchFreezeRequests(WatchFreezeRequestsRequest.newBuilder().setAfter(after).build(),
                    new ClientResponseObserver<WatchFreezeRequestsRequest, FreezeRequestEvent>() {
                        @Override
                        public void beforeStart(ClientCallStreamObserver<WatchFreezeRequestsRequest> stream) {
                            call = stream;
                        }

                        @Override
                        public void onNext(FreezeRequestEvent event) {
                            events.add(event);
                        }

                        @Override
                        public void onError(Throwable failure) {
                            ended.complete(Status.fromThrowable(failure));
                        }

                        @Override
                        public void onCompleted() {
                            ended.complete(Status.OK);
                        }
                    });
        }

        /** The next event that is not a heartbeat, within {@code within}. */
        FreezeRequestEvent next(Duration within) throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            while (true) {
                var event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (event == null) {
                    fail("no event within " + within + (ended.isDone() ? "; the stream ended " + ended.join() : ""));
                }
                if (event.getKind() != FeedEventKind.FEED_EVENT_KIND_HEARTBEAT) {
                    return event;
                }
                heartbeats++;
            }
        }

        List<FreezeRequestEvent> next(int count) throws InterruptedException {
            List<FreezeRequestEvent> got = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                got.add(next(SOON));
            }
            return got;
        }

        /** Nothing but heartbeats arrives for {@code period}. */
        void quietFor(Duration period) throws InterruptedException {
            long deadline = System.nanoTime() + period.toNanos();
            FreezeRequestEvent event;
            while ((event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
                assertThat(event.getKind()).as("nothing but heartbeats: " + event).isEqualTo(
                        FeedEventKind.FEED_EVENT_KIND_HEARTBEAT);
                heartbeats++;
            }
        }

        Status end(Duration within) throws Exception {
            return ended.get(within.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            if (call != null) {
                call.cancel("test done", null);
            }
        }
    }

    Feed watch(String token, String after) {
        return new Feed(channel, token, after);
    }

    /** A bank's system: the realm's bank client, or a second bank's made as the realm's is (hardcoded unit). */
    static String system(String client) {
        return BIDV_SYSTEM.equals(client) ? issuer.unknownClientToken(BIDV_SYSTEM, Set.of("bank-liaison"), BIDV)
                : issuer.clientToken(client);
    }

    /** The bank's feed's last cursor now ("" before its first event). */
    String head(String bank) {
        long head = jdbc.sql("select coalesce((select last_seq from freeze_feed_heads where bank = :bank), 0)")
                .param("bank", bank).query(Long.class).single();
        return head == 0 ? "" : Long.toString(head);
    }

    String sent(String caseId, String bank) throws Exception {
        var answer = as("dieutra").post("/api/v1/cases/" + caseId + "/freeze-requests",
                FreezeRequestApiTest.json(FreezeRequestApiTest.toBank(bank)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return FreezeRequestApiTest.parse(answer, FreezeRequest.newBuilder()).getId();
    }

    String heldAndReleased(String id) throws Exception {
        var held = as("nganhang.vcb").post("/api/v1/cases/freeze-requests/" + id + ":respond",
                "{\"hold\": {\"amountHeld\": {\"dong\": \"100000000\"}}}");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
        var released = as("lanhdao.congan").post("/api/v1/cases/freeze-requests/" + id + ":release",
                FreezeReleaseApiTest.order(40_000_000L));
        assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
        return FreezeRequestApiTest.parse(released, FreezeRequest.newBuilder()).getReleaseOrders(0).getId();
    }

    static long cursor(FreezeRequestEvent event) {
        return Long.parseLong(event.getCursor());
    }

    long audited(String actor) {
        return jdbc.sql("select count(*) from audit_log where actor = :actor").param("actor", actor)
                .query(Long.class).single();
    }

    @Test
    void aBanksSystemSeesItsOwnNewRequestsAndReleaseOrdersInOrderWithinSecondsAndNeverAnotherBanks() throws Exception {
        String caseId = openedCase();
        String from = head(VCB);
        try (Feed vcb = watch(system(VCB_SYSTEM), from); Feed bidv = watch(system(BIDV_SYSTEM), head(BIDV))) {
            String first = sent(caseId, VCB);
            String toBidv = sent(caseId, BIDV);
            String second = sent(caseId, VCB);

            var sentFirst = vcb.next(SOON);
            assertThat(sentFirst.getKind()).isEqualTo(FeedEventKind.FEED_EVENT_KIND_REQUEST_SENT);
            assertThat(sentFirst.getFreezeRequestId()).isEqualTo(first);
            assertThat(sentFirst.getFreezeRequest().getStatus()).isEqualTo(FreezeStatus.REQUESTED);
            // the bank holds the account: it sees the holder's name, and that read is audited
            assertThat(sentFirst.getFreezeRequest().getAccountHolder()).isEqualTo("TRAN THI B");
            assertThat(sentFirst.getFreezeRequest().getBank()).isEqualTo(VCB);
            assertThat(sentFirst.hasOccurredAt()).isTrue();
            assertThat(cursor(sentFirst)).isEqualTo(from.isEmpty() ? 1 : Long.parseLong(from) + 1);
            var sentSecond = vcb.next(SOON);
            assertThat(sentSecond.getFreezeRequestId()).isEqualTo(second);
            assertThat(cursor(sentSecond)).isEqualTo(cursor(sentFirst) + 1);

            String order = heldAndReleased(first);
            var released = vcb.next(SOON);
            assertThat(released.getKind()).isEqualTo(FeedEventKind.FEED_EVENT_KIND_RELEASE_ORDERED);
            assertThat(released.getFreezeRequestId()).isEqualTo(first);
            assertThat(released.getReleaseOrderId()).isEqualTo(order);
            assertThat(released.getFreezeRequest().getStatus()).isEqualTo(FreezeStatus.RELEASE_ORDERED);
            assertThat(cursor(released)).isEqualTo(cursor(sentSecond) + 1);

            // BIDV's system sees its one request, and nothing of Vietcombank's
            var bidvEvent = bidv.next(SOON);
            assertThat(bidvEvent.getFreezeRequestId()).isEqualTo(toBidv);
            assertThat(bidvEvent.getFreezeRequest().getBank()).isEqualTo(BIDV);
            bidv.quietFor(Duration.ofSeconds(2));
            vcb.quietFor(Duration.ofSeconds(2));
            assertThat(vcb.heartbeats).as("a quiet stream gets heartbeats").isPositive();
            assertThat(jdbc.sql("select count(*) from audit_log where actor = :actor and record_id = :id"
                            + " and action = 'READ' and 'account_holder' = any(fields)")
                    .param("actor", VCB_SYSTEM).param("id", first).query(Long.class).single()).isEqualTo(2);
        }
    }

    @Test
    void resumingAfterACursorGivesEverythingAfterItAndNothingBefore() throws Exception {
        String caseId = openedCase();
        String from = head(VCB);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(sent(caseId, VCB));
        }
        List<FreezeRequestEvent> firstTime;
        try (Feed feed = watch(system(VCB_SYSTEM), from)) {
            firstTime = feed.next(3);
        }
        assertThat(firstTime).extracting(FreezeRequestEvent::getFreezeRequestId).containsExactlyElementsOf(ids);
        // the bank processed the first event only, then lost its connection: it resumes after the first
        try (Feed again = watch(system(VCB_SYSTEM), firstTime.get(0).getCursor())) {
            var resumed = again.next(2);
            assertThat(resumed).extracting(FreezeRequestEvent::getFreezeRequestId).containsExactly(ids.get(1), ids.get(2));
            assertThat(resumed).extracting(FreezeRequestEvent::getCursor)
                    .containsExactly(firstTime.get(1).getCursor(), firstTime.get(2).getCursor());
            // what is sent while it is connected comes next, after the backlog
            String later = sent(caseId, VCB);
            var live = again.next(SOON);
            assertThat(live.getFreezeRequestId()).isEqualTo(later);
            assertThat(cursor(live)).isEqualTo(cursor(firstTime.get(2)) + 1);
            again.quietFor(Duration.ofMillis(1500));
        }
        // the bank's officer watches the same feed, from the same cursors
        try (Feed officer = watch(FreezeRequestApiTest.token("nganhang.vcb"), firstTime.get(2).getCursor())) {
            assertThat(officer.next(SOON).getFreezeRequestId()).isNotIn(ids);
        }
    }

    @Test
    void aWriterThatCommitsLaterIsNeverSkippedConcurrentSendsAreNumberedWithoutGaps() throws Exception {
        String caseId = openedCase();
        long from = head(VCB).isEmpty() ? 0 : Long.parseLong(head(VCB));
        try (Feed feed = watch(system(VCB_SYSTEM), head(VCB));
             Connection slow = dataSource.getConnection();
             var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            // a writer (another replica, say) inserts a request and has not committed yet
            slow.setAutoCommit(false);
            String slowId = UUID.randomUUID().toString();
            try (PreparedStatement insert = slow.prepareStatement("""
                    insert into freeze_requests (id, case_id, bank, account_number, amount_requested, layer, reason,
                        status, requested_at, created_by, updated_at, updated_by)
                    values (?::uuid, ?::uuid, 'vcb-dong-thap', '0071000999999', 1000000, 1, 'chậm', 'REQUESTED', now(),
                        'dieutra', now(), 'dieutra')""")) {
                insert.setString(1, slowId);
                insert.setString(2, caseId);
                insert.executeUpdate();
            }
            // meanwhile others send to the same bank: they wait for it, so none is numbered before it yet seen first
            List<Future<String>> sends = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sends.add(pool.submit(() -> sent(caseId, VCB)));
            }
            feed.quietFor(Duration.ofSeconds(2));
            assertThat(sends).noneMatch(Future::isDone);
            slow.commit();
            Set<String> others = new java.util.HashSet<>();
            for (var send : sends) {
                others.add(send.get(30, TimeUnit.SECONDS));
            }
            var events = feed.next(5);
            assertThat(events.get(0).getFreezeRequestId()).isEqualTo(slowId);
            assertThat(events.subList(1, 5)).extracting(FreezeRequestEvent::getFreezeRequestId)
                    .containsExactlyInAnyOrderElementsOf(others);
            assertThat(events).extracting(FreezeRequestFeedApiTest::cursor)
                    .containsExactly(from + 1, from + 2, from + 3, from + 4, from + 5);
        }
    }

    @Test
    void onlyABankMayWatchEverySeedUserAndClientNoTokenAndABadToken() throws Exception {
        sent(openedCase(), VCB);
        long last = Long.parseLong(head(VCB));
        String before = last == 1 ? "" : Long.toString(last - 1);
        for (String user : SEED_USERS) {
            try (Feed feed = watch(FreezeRequestApiTest.token(user), before)) {
                if (user.equals("nganhang.vcb")) {
                    assertThat(feed.next(SOON).getFreezeRequest().getBank()).as(user).isEqualTo(VCB);
                } else {
                    assertThat(feed.end(SOON).getCode()).as(user).isEqualTo(Status.Code.PERMISSION_DENIED);
                    assertThat(feed.events).as(user).isEmpty();
                }
            }
        }
        // the platform's own clients are no bank either
        for (String client : List.of("report-service", "budget-service", "tip-service")) {
            try (Feed feed = watch(system(client), "")) {
                assertThat(feed.end(SOON).getCode()).as(client).isEqualTo(Status.Code.PERMISSION_DENIED);
            }
        }
        try (Feed feed = watch(null, "")) {
            assertThat(feed.end(SOON).getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
            assertThat(feed.events).isEmpty();
        }
        try (Feed feed = watch("not-a-token", "")) {
            assertThat(feed.end(SOON).getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        }
    }

    @Test
    void aBadCursorIsAFieldErrorInBothLanguagesAndWritesNothing() throws Exception {
        sent(openedCase(), VCB);
        String vcbHead = head(VCB);
        long events = jdbc.sql("select count(*) from freeze_feed_events").query(Long.class).single();
        long audits = audited(VCB_SYSTEM);
        String beyond = Long.toString(Long.parseLong(vcbHead) + 1);
        // the last is beyond the bank's last event: made up, or another bank's cursor — refused alike, saying nothing else
        for (String after : List.of("abc", "-1", "0", "01", "1.5", "99999999999999999999", beyond)) {
            var failure = catchStatus(() -> FreezeRequestFeedServiceGrpc.newBlockingStub(channel)
                    .withInterceptors(Bearer.token(system(VCB_SYSTEM)))
                    .watchFreezeRequests(WatchFreezeRequestsRequest.newBuilder().setAfter(after).build()).hasNext());
            assertThat(failure.getStatus().getCode()).as(after).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(GrpcErrors.violations(StatusProto.fromThrowable(failure))).as(after).singleElement()
                    .satisfies(v -> {
                        assertThat(v.field()).isEqualTo("after");
                        assertThat(v.code()).isEqualTo(after.equals(beyond) ? "UNKNOWN_CURSOR" : "INVALID_CURSOR");
                        assertThat(v.vi()).containsIgnoringCase("con trỏ");
                        assertThat(v.en()).containsIgnoringCase("cursor");
                    });
        }
        assertThat(jdbc.sql("select count(*) from freeze_feed_events").query(Long.class).single()).isEqualTo(events);
        assertThat(audited(VCB_SYSTEM)).isEqualTo(audits);
    }

    static StatusRuntimeException catchStatus(Runnable call) {
        try {
            call.run();
        } catch (StatusRuntimeException failure) {
            return failure;
        }
        throw new AssertionError("the call was not refused");
    }

    @Test
    void theStreamEndsWhenTheTokenExpiresAndTheBankResumesWithANewOne() throws Exception {
        String caseId = openedCase();
        String from = head(VCB);
        String first = sent(caseId, VCB);
        String cursor;
        try (Feed feed = watch(issuer.shortLivedClientToken(VCB_SYSTEM, 15), from)) {
            var event = feed.next(SOON);
            assertThat(event.getFreezeRequestId()).isEqualTo(first);
            cursor = event.getCursor();
            Status end = feed.end(Duration.ofSeconds(40));
            assertThat(end.getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
            assertThat(end.getDescription()).contains("token expired");
        }
        String second = sent(caseId, VCB);
        try (Feed feed = watch(system(VCB_SYSTEM), cursor)) {
            assertThat(feed.next(SOON).getFreezeRequestId()).isEqualTo(second);
        }
    }

    @Test
    void answeringTwiceChangesNothingAndTheFeedShowsTheAnswer() throws Exception {
        String caseId = openedCase();
        String from = head(VCB);
        String id = sent(caseId, VCB);
        var api = FreezeRequestServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(system(VCB_SYSTEM)));
        var acknowledge = RespondToFreezeRequestRequest.newBuilder().setId(id)
                .setAcknowledge(Acknowledge.getDefaultInstance()).build();
        var acknowledged = api.respondToFreezeRequest(acknowledge);
        // a second acknowledgement (an event processed twice) is refused and changes nothing
        var again = catchStatus(() -> api.respondToFreezeRequest(acknowledge));
        assertThat(again.getStatus().getCode()).isIn(Status.Code.INVALID_ARGUMENT, Status.Code.FAILED_PRECONDITION,
                Status.Code.ABORTED);
        assertThat(jdbc.sql("select count(*) from audit_log where record_id = :id and action = 'RESPOND'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
        try (Feed feed = watch(system(VCB_SYSTEM), from)) {
            var event = feed.next(SOON);
            assertThat(event.getFreezeRequestId()).isEqualTo(id);
            // the event shows the request as it is now: a client skips what it already answered
            assertThat(event.getFreezeRequest().getStatus()).isEqualTo(FreezeStatus.ACKNOWLEDGED);
            assertThat(event.getFreezeRequest().getAcknowledgedAt()).isEqualTo(acknowledged.getAcknowledgedAt());
        }
    }

    @Test
    void whenTheServiceStopsEveryStreamEndsUnavailableAtOnce() throws Exception {
        String from = head(VCB);
        try (Feed feed = watch(system(VCB_SYSTEM), from)) {
            feed.quietFor(Duration.ofMillis(1500));
            long asked = System.nanoTime();
            wakeUps.onApplicationEvent(new ContextClosedEvent(context));
            Status end = feed.end(SOON);
            assertThat(end.getCode()).isEqualTo(Status.Code.UNAVAILABLE);
            assertThat(end.getDescription()).contains("connect again with your cursor");
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(3));
        } finally {
            wakeUps.stop();
            wakeUps.start();
        }
        // a new stream opens once the service runs again
        sent(openedCase(), VCB);
        try (Feed feed = watch(system(VCB_SYSTEM), from)) {
            assertThat(feed.next(SOON).getFreezeRequest().getBank()).isEqualTo(VCB);
        }
    }
}
