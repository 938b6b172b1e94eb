package vn.lachan.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.lachan.platform.migration.PlatformMigrations;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.test.LocalPostgres;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * The audit log's hash chain on a real PostgreSQL: the database chains every entry (the ones from before the chain
 * too), the Java recomputation agrees with it, and a change, an insertion, a removal or a cut-off head is found at
 * the first entry it broke.
 */
class AuditChainTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private final LocalPostgres postgres = RealInfrastructure.Extension.postgres();
    private String url;

    @BeforeEach
    void freshDatabase() throws SQLException {
        url = postgres.database("audit_chain_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet());
        // entries written before the chain existed
        Flyway.configure().dataSource(url, postgres.user(), postgres.password()).table(PlatformMigrations.HISTORY_TABLE)
                .locations(PlatformMigrations.LOCATION).target("0.1").load().migrate();
        for (int i = 1; i <= 3; i++) {
            insert("before-" + i, new String[] {"narrative", "victim"});
        }
        Flyway.configure().dataSource(url, postgres.user(), postgres.password()).table(PlatformMigrations.HISTORY_TABLE)
                .locations(PlatformMigrations.LOCATION).load().migrate();
    }

    void insert(String actor, String[] fields) throws SQLException {
        try (Connection c = connect(); var insert = c.prepareStatement("""
                insert into audit_log (actor, actor_unit, action, record_type, record_id, fields, request_id)
                values (?, 'cong-an-tinh', 'READ', 'tip', 'ba1e7c0e-0000-4000-8000-000000000001', ?, 'yêu-cầu ∑')""")) {
            insert.setString(1, actor);
            insert.setArray(2, c.createArrayOf("text", fields));
            insert.executeUpdate();
        }
    }

    AuditChain.Result verify(AuditChain.Head... anchors) throws SQLException {
        try (Connection c = connect()) {
            return AuditChain.verify(c, List.of(anchors));
        }
    }

    void asOwner(String sql) throws SQLException {
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute("alter table audit_log disable trigger audit_log_no_update");
            s.execute(sql);
            s.execute("alter table audit_log enable trigger audit_log_no_update");
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, postgres.user(), postgres.password());
    }

    @Test
    void entriesOldAndNewFormOneChainThatJavaRecomputes() throws Exception {
        insert("after", new String[] {});
        insert("Nguyễn Văn Ả", new String[] {"a,b", "c;d", ""});
        AuditChain.Result result = verify();
        assertThat(result.intact()).as(result.problemEn()).isTrue();
        assertThat(result.checked()).isEqualTo(5);
        assertThat(result.head().id()).isEqualTo(maxId());
        // the head the database keeps is the one Java recomputed
        try (Connection c = connect(); var rs = c.createStatement().executeQuery("select id, hash from audit_log_head")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(result.head().id());
            assertThat(rs.getBytes(2)).isEqualTo(result.head().hash());
        }
        assertThat(verify(result.head()).intact()).isTrue();
    }

    @Test
    void writersAtOnceStillFormOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    insert("writer-" + thread + "-" + i, new String[] {"narrative"});
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        AuditChain.Result result = verify();
        assertThat(result.intact()).as(result.problemEn()).isTrue();
        assertThat(result.checked()).isEqualTo(103);
    }

    @Test
    void aListsReadsAreOneStatementWhoseEntriesJoinTheChainInOrder() throws Exception {
        var source = new DriverManagerDataSource(url, postgres.user(), postgres.password());
        AuditLog log = new AuditLog(JdbcClient.create(source));
        Caller reader = new Caller("s1", "dieutra", "cong-an-tinh", Set.of("investigator"));

        log.recordEach(reader, AuditLog.READ, "tip", List.of("t-3", "t-1", "t-2"), List.of("narrative", "indicators"));
        log.recordEach(reader, AuditLog.READ, "tip", List.of(), List.of("narrative"));

        assertThat(log.list(null, "dieutra", 10, 0)).extracting(AuditLog.AuditEntry::recordId)
                .as("newest first: the ids' own order, reversed").containsExactly("t-2", "t-1", "t-3");
        assertThat(log.list(null, "dieutra", 10, 0)).allSatisfy(e -> {
            assertThat(e.fields()).containsExactly("narrative", "indicators");
            assertThat(e.actorUnit()).isEqualTo("cong-an-tinh");
        });
        AuditChain.Result result = verify();
        assertThat(result.intact()).as(result.problemEn()).isTrue();
        assertThat(result.checked()).isEqualTo(6);
    }

    @Test
    void aChangedEntryIsFoundAtItsId() throws Exception {
        insert("after", new String[] {});
        long second = minId() + 1;
        asOwner("update audit_log set actor = 'someone-else' where id = " + second);
        AuditChain.Result result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBroken()).isEqualTo(second);
        assertThat(result.problemEn()).contains("changed");
    }

    @Test
    void aRemovedEntryBreaksTheChainAtTheNextOne() throws Exception {
        insert("after", new String[] {});
        long second = minId() + 1;
        asOwner("alter table audit_log disable trigger audit_log_no_update; delete from audit_log where id = " + second);
        AuditChain.Result result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBroken()).isEqualTo(second + 1);
    }

    @Test
    void aCutOffHeadIsFoundOnlyThroughAnAnchor() throws Exception {
        insert("after", new String[] {});
        AuditChain.Head anchored = verify().head();
        asOwner("alter table audit_log disable trigger audit_log_no_update; delete from audit_log where id = " + anchored.id());
        assertThat(verify().intact()).as("the chain itself cannot tell").isTrue();
        AuditChain.Result result = verify(anchored);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBroken()).isEqualTo(anchored.id());
    }

    @Test
    void statementsCannotRewriteTheLogNorForgeItsHashes() throws Exception {
        try (Connection c = connect(); var s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("update audit_log set actor = 'x'"))
                    .hasMessageContaining("append-only");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("delete from audit_log"))
                    .hasMessageContaining("append-only");
        }
        // a forged hash on insert is replaced by the chain's own
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute("""
                    insert into audit_log (actor, actor_unit, action, record_type, record_id, request_id, prev_hash, hash)
                    values ('x', 'u', 'READ', 'tip', '1', 'r', '\\x00', '\\x00')""");
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void theRuntimeRoleMayOnlyReadAndInsertTheAuditLogWhileTheOwnerMigrates() throws Exception {
        String runtime = postgres.runtimeRole();
        Flyway service = Flyway.configure().dataSource(url, postgres.user(), postgres.password())
                .locations("classpath:db/migration-test/service").load();
        PlatformMigrations.runningAs(runtime).migrate(service);
        try (Connection c = DriverManager.getConnection(url, runtime, vn.lachan.platform.test.LocalPostgres.RUNTIME_PASSWORD);
             var s = c.createStatement()) {
            s.execute("insert into audit_log (actor, actor_unit, action, record_type, record_id, request_id)"
                    + " values ('runtime', 'u', 'READ', 'tip', '1', 'r')");
            s.executeQuery("select count(*) from audit_log").close();
            s.execute("insert into service_table_1 (id) values (1)");
            s.execute("delete from service_table_1");
            for (String forbidden : List.of("update audit_log set actor = 'x'", "delete from audit_log",
                    "truncate audit_log", "update audit_log_head set id = 0", "select * from audit_log_head",
                    "alter table audit_log disable trigger audit_log_no_update",
                    "delete from " + PlatformMigrations.HISTORY_TABLE)) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute(forbidden)).as(forbidden)
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("permission denied", "must be owner"));
            }
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void theCommandReadsAnchorsFromLogLines() throws Exception {
        Path file = Files.createTempFile("anchors", ".log");
        Files.writeString(file, """
                {"message":"audit-anchor service=tips id=7 hash=%s at=2026-12-04T15:00:00Z"}
                something else
                audit-anchor service=tips id=9 hash=%s at=2026-12-04T15:15:00Z
                """.formatted("ab".repeat(32), "CD".repeat(32)));
        assertThat(AuditChainCommand.anchors(file)).extracting(AuditChain.Head::id, AuditChain.Head::hex)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, "ab".repeat(32)),
                        org.assertj.core.groups.Tuple.tuple(9L, "cd".repeat(32)));
        assertThat(AuditChainCommand.describe(verify(), 0)).startsWith("intact: 3 entries");
    }

    long maxId() throws SQLException {
        return single("select max(id) from audit_log");
    }

    long minId() throws SQLException {
        return single("select min(id) from audit_log");
    }

    long single(String sql) throws SQLException {
        try (Connection c = connect(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
