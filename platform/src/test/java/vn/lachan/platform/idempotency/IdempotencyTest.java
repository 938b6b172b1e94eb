package vn.lachan.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lachan.platform.error.ReusedKeyException;
import vn.lachan.platform.migration.PlatformMigrations;
import vn.lachan.platform.test.LocalPostgres;

/** Idempotent changes against real PostgreSQL: once per caller, operation and key, whatever the retries. */
class IdempotencyTest {

    private static final String CREATE_TIP = "lachan.tip.v1.TipService/CreateTip";
    private static final String PROPOSE_REWARD = "lachan.tip.v1.RewardService/ProposeReward";

    private static JdbcClient jdbc;
    private static Idempotency idempotency;
    private static TransactionTemplate transactions;

    /** Stands for a service's own table of records. */
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeAll
    static void database() {
        LocalPostgres postgres = vn.lachan.platform.test.RealInfrastructure.Extension.postgres();
        String url = postgres.database("idempotency_" + ProcessHandle.current().pid());
        var dataSource = new DriverManagerDataSource(url, postgres.user(), postgres.password());
        new PlatformMigrations().migratePlatform(Flyway.configure().dataSource(dataSource).load().getConfiguration());
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("create table if not exists records (id uuid primary key, body text not null)").update();
        var manager = new DataSourceTransactionManager(dataSource);
        idempotency = new Idempotency(jdbc, manager);
        transactions = new TransactionTemplate(manager);
    }

    @Test
    void aRetryOfTheSameRequestAnswersTheFirstResultAndWritesOnce() {
        var request = request("caller:sub-1", CREATE_TIP, "fp-1");

        UUID first = create(request, "tip");
        UUID retry = create(request, "tip");

        assertThat(retry).isEqualTo(first);
        assertThat(changes).hasValue(1);
        assertThat(records(first)).isEqualTo(1);
        assertThat(idempotency.find(request)).get().extracting(Idempotency.Stored::result).isEqualTo(first.toString());
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndWritesNothing() {
        String key = UUID.randomUUID().toString();
        create(new IdempotentRequest("caller:sub-1", CREATE_TIP, key, "fp-1"), "tip");

        assertThatThrownBy(() -> create(new IdempotentRequest("caller:sub-1", CREATE_TIP, key, "fp-2"), "another tip"))
                .isInstanceOf(ReusedKeyException.class)
                .hasMessageContaining("different request");
        assertThat(changes).hasValue(1);
    }

    @Test
    void twoCallersOrTwoOperationsNeverMeetOnOneKey() {
        String key = "1"; // a careless client's key
        UUID officerA = create(new IdempotentRequest("caller:sub-a", CREATE_TIP, key, "fp-a"), "A's tip");
        UUID officerB = create(new IdempotentRequest("caller:sub-b", CREATE_TIP, key, "fp-b"), "B's tip");
        UUID reward = create(new IdempotentRequest("caller:sub-a", PROPOSE_REWARD, key, "fp-r"), "A's reward");

        assertThat(List.of(officerA, officerB, reward)).doesNotHaveDuplicates();
        assertThat(changes).hasValue(3);
    }

    @Test
    void withoutAKeyEveryCallIsAChange() {
        UUID first = idempotency.once(Optional.empty(), () -> insert("x"), UUID::toString, UUID::fromString);
        UUID second = idempotency.once(Optional.empty(), () -> insert("x"), UUID::toString, UUID::fromString);

        assertThat(first).isNotEqualTo(second);
        assertThat(changes).hasValue(2);
    }

    @Test
    void aChangeThatFailsLeavesTheKeyFreeForTheRetry() {
        var request = request("caller:sub-1", CREATE_TIP, "fp-1");

        assertThatThrownBy(() -> idempotency.once(Optional.of(request), () -> {
            insert("half-written");
            throw new IllegalStateException("crash before commit");
        }, UUID::toString, UUID::fromString)).hasMessage("crash before commit");

        assertThat(idempotency.find(request)).isEmpty();
        UUID retried = create(request, "tip");
        assertThat(records(retried)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from records where body = 'half-written'").query(Long.class).single())
                .isZero();
    }

    @Test
    void concurrentRetriesWaitForTheFirstAttemptAndChangeOnce() throws Exception {
        var request = request("caller:sub-1", CREATE_TIP, "fp-1");
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(5);
        try {
            Future<UUID> first = threads.submit(() -> idempotency.once(Optional.of(request), () -> {
                UUID id = insert("tip");
                firstClaimed.countDown();
                await(release); // the first attempt is slow: the retries arrive meanwhile
                return id;
            }, UUID::toString, UUID::fromString));
            assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<UUID>> retries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                retries.add(threads.submit(() -> create(request, "tip")));
            }
            // waiting on the key, not answering nor changing
            Awaitility.await("the retries wait on the key").during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                    .until(() -> retries.stream().noneMatch(Future::isDone));
            release.countDown();

            UUID id = first.get(10, TimeUnit.SECONDS);
            for (Future<UUID> retry : retries) {
                assertThat(retry.get(10, TimeUnit.SECONDS)).isEqualTo(id);
            }
            assertThat(changes).hasValue(1);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void theLowLevelClaimIsOnlyForUseInsideTheTransactionOfTheChange() {
        var request = request("caller:sub-1", CREATE_TIP, "fp-1");
        assertThatThrownBy(() -> idempotency.claim(request)).isInstanceOf(IllegalStateException.class);

        String result = transactions.execute(tx -> idempotency.claim(request).orElseGet(() -> {
            UUID id = insert("tip");
            idempotency.complete(request, id.toString());
            return id.toString();
        }));
        Optional<String> retried = transactions.execute(tx -> idempotency.claim(request));
        assertThat(retried).contains(result);
    }

    private UUID create(IdempotentRequest request, String body) {
        return idempotency.once(Optional.of(request), () -> insert(body), UUID::toString, UUID::fromString);
    }

    private UUID insert(String body) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into records (id, body) values (:id, :body)").param("id", id).param("body", body).update();
        changes.incrementAndGet();
        return id;
    }

    private long records(UUID id) {
        return jdbc.sql("select count(*) from records where id = :id").param("id", id).query(Long.class).single();
    }

    private static IdempotentRequest request(String scope, String operation, String fingerprint) {
        return new IdempotentRequest(scope, operation, UUID.randomUUID().toString(), fingerprint);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
