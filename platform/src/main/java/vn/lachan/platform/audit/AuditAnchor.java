package vn.lachan.platform.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the head of the audit chain outside the database regularly: as a log line ({@code audit-anchor}, logger
 * {@value #LOGGER}), which the cluster's log shipping keeps apart from the database, and appended to
 * {@code LACHAN_AUDIT_ANCHOR_FILE} when one is set. Whoever rewrites the log and its chain afterwards cannot rewrite
 * these; {@code VerifyAuditChain} and {@link AuditChainCommand} check the chain against them.
 */
public class AuditAnchor implements SmartLifecycle {

    public static final String LOGGER = "lachan.audit.anchor";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    private final JdbcClient jdbc;
    private final String service;
    private final Duration every;
    private final Path file;
    private ScheduledExecutorService timer;
    private volatile AuditChain.Head lastWritten;

    public AuditAnchor(JdbcClient jdbc, String service, Duration every, Path file) {
        this.jdbc = jdbc;
        this.service = service;
        this.every = every;
        this.file = file;
    }

    /** The head as the database holds it now. */
    public AuditChain.Head head() {
        return jdbc.sql("select coalesce(id, 0), hash from audit_log_head")
                .query((rs, n) -> new AuditChain.Head(rs.getLong(1), rs.getBytes(2)))
                .single();
    }

    /** Writes the head out, unless it is the one written last; the head written. */
    public AuditChain.Head anchor() {
        AuditChain.Head head = head();
        if (lastWritten != null && lastWritten.id() == head.id()) {
            return head;
        }
        String line = "audit-anchor service=" + service + " id=" + head.id() + " hash=" + head.hex() + " at=" + Instant.now();
        log.info(line);
        if (file != null) {
            try {
                Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            } catch (IOException e) {
                log.warn("audit anchor not appended to {}: {}", file, e.getMessage());
            }
        }
        lastWritten = head;
        return head;
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("audit-anchor").factory());
        timer.scheduleWithFixedDelay(() -> {
            try {
                anchor();
            } catch (DataAccessException e) {
                log.warn("audit anchor not written: {}", e.getMessage());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                anchor(); // the last head before the service goes away
            } catch (RuntimeException e) {
                log.warn("audit anchor not written on stop: {}", e.getMessage());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null && !timer.isShutdown();
    }

    /** Stops before the data source does, so the last head is written on the way out. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
