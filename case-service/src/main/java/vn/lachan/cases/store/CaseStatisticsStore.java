package vn.lachan.cases.store;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts and sums over cases and freeze requests, in PostgreSQL; nothing is copied, every figure is a query. */
@Repository
public class CaseStatisticsStore {

    // a unit and the units below it, whose codes extend its own (CaseAccess); unit codes hold no LIKE wildcards
    private static final String IN_SCOPE = "(c.lead_unit = :unit or c.lead_unit like :below)";

    private final JdbcClient jdbc;

    public CaseStatisticsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts for the unit in [start, end): cases opened, freeze requests sent, đồng held, đồng returned (paid). */
    public record Counts(long casesOpened, long freezeRequestsSent, long amountHeldDong, long amountReturnedDong) {
    }

    public Counts counts(String unit, Instant start, Instant end) {
        return jdbc.sql("""
                select
                  (select count(*) from cases c
                   where %1$s and c.opened_at >= :start and c.opened_at < :end) as opened,
                  (select count(*) from freeze_requests f join cases c on c.id = f.case_id
                   where %1$s and f.requested_at >= :start and f.requested_at < :end) as sent,
                  (select coalesce(sum(f.amount_held), 0)::bigint from freeze_requests f join cases c on c.id = f.case_id
                   where %1$s and f.status = 'HELD' and f.held_at >= :start and f.held_at < :end) as held,
                  (select coalesce(sum(i.amount), 0)::bigint from return_instructions i join cases c on c.id = i.case_id
                   where %1$s and i.status = 'EXECUTED' and i.executed_at >= :start and i.executed_at < :end) as returned
                """.formatted(IN_SCOPE))
                .param("unit", unit)
                .param("below", unit + "-%")
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .query((rs, n) -> new Counts(rs.getLong("opened"), rs.getLong("sent"), rs.getLong("held"),
                        rs.getLong("returned")))
                .single();
    }
}
