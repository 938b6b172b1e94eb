package vn.lachan.cases.store;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.cases.domain.BankResponseFigures;
import vn.lachan.platform.money.Money;

/** Counts and sums over cases and freeze requests, in PostgreSQL; nothing is copied, every figure is a query. */
@Repository
public class CaseStatisticsStore {

    // a unit and the units below it, whose codes extend its own (CaseAccess); unit codes hold no LIKE wildcards
    private static final String IN_SCOPE = "(c.lead_unit = :unit or c.lead_unit like :below)";

    private final JdbcClient jdbc;

    public CaseStatisticsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts for the unit in [start, end): cases opened, freeze requests sent, đồng held (holds placed in the window,
     * less what banks reported released from them before its end), đồng returned (paid).
     */
    public record Counts(long casesOpened, long freezeRequestsSent, long amountHeldDong, long amountReturnedDong) {
    }

    public Counts counts(String unit, Instant start, Instant end) {
        return jdbc.sql("""
                select
                  (select count(*) from cases c
                   where %1$s and c.opened_at >= :start and c.opened_at < :end) as opened,
                  (select count(*) from freeze_requests f join cases c on c.id = f.case_id
                   where %1$s and f.requested_at >= :start and f.requested_at < :end) as sent,
                  (select coalesce(sum(f.amount_held
                                       - coalesce((select sum(o.amount_released) from release_orders o
                                                   where o.freeze_request_id = f.id and o.status = 'EXECUTED'
                                                     and o.released_at < :end), 0)), 0)::bigint
                   from freeze_requests f join cases c on c.id = f.case_id
                   where %1$s and f.held_at is not null and f.held_at >= :start and f.held_at < :end) as held,
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

    /**
     * Per bank, the freeze requests sent in [start, end) on the unit's cases, followed to now: how many were held,
     * the median and 90th percentile from request to hold (observed values, whole seconds), the amounts asked for
     * and held, and what of the held money the bank reported paid back to victims.
     */
    public List<BankResponseFigures> banks(String unit, Instant start, Instant end) {
        return jdbc.sql("""
                select f.bank,
                       count(*) as sent,
                       count(f.held_at) as held,
                       extract(epoch from percentile_disc(0.5) within group (order by f.held_at - f.requested_at)
                           filter (where f.held_at is not null))::bigint as median_seconds,
                       extract(epoch from percentile_disc(0.9) within group (order by f.held_at - f.requested_at)
                           filter (where f.held_at is not null))::bigint as p90_seconds,
                       sum(f.amount_requested)::bigint as requested,
                       coalesce(sum(f.amount_held) filter (where f.held_at is not null), 0)::bigint as amount_held,
                       coalesce(sum(r.returned), 0)::bigint as returned
                from freeze_requests f
                join cases c on c.id = f.case_id
                left join (select freeze_request_id, sum(amount) as returned from return_instructions
                           where status = 'EXECUTED' group by freeze_request_id) r on r.freeze_request_id = f.id
                where %s and f.requested_at >= :start and f.requested_at < :end
                group by f.bank
                order by f.bank
                """.formatted(IN_SCOPE))
                .param("unit", unit)
                .param("below", unit + "-%")
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .query((rs, n) -> new BankResponseFigures(rs.getString("bank"), rs.getLong("sent"), rs.getLong("held"),
                        seconds(rs.getObject("median_seconds", Long.class)), seconds(rs.getObject("p90_seconds", Long.class)),
                        Money.dong(rs.getLong("requested")), Money.dong(rs.getLong("amount_held")),
                        Money.dong(rs.getLong("returned"))))
                .list();
    }

    private static Optional<Duration> seconds(Long seconds) {
        return Optional.ofNullable(seconds).map(Duration::ofSeconds);
    }
}
