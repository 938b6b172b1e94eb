package vn.lachan.cases.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.cases.domain.OnwardTransfer;
import vn.lachan.cases.domain.TrailLeads;
import vn.lachan.platform.account.BankAccounts;
import vn.lachan.platform.money.Money;

/**
 * The onward transfers of the money trail, in PostgreSQL. A case's trail is one range read of its index (no
 * recursive query: the layers are walked in memory, {@link vn.lachan.cases.domain.MoneyTrail}).
 */
@Repository
public class TrailStore {

    private static final String COLUMNS = """
            id, case_id, freeze_request_id, from_key, to_key, to_bank, to_account, amount, transferred_at, reference,
            reported_at, reported_by""";

    private final JdbcClient jdbc;

    public TrailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a report's new transfers; called in the report's transaction, so all of them or none. */
    public void insert(List<OnwardTransfer> transfers) {
        for (OnwardTransfer t : transfers) {
            jdbc.sql("insert into onward_transfers (" + COLUMNS + ") values (:id, :caseId, :requestId, :fromKey, "
                            + ":toKey, :toBank, :toAccount, :amount, :at, :reference, :reportedAt, :reportedBy)")
                    .param("id", t.id())
                    .param("caseId", t.caseId())
                    .param("requestId", t.freezeRequestId())
                    .param("fromKey", t.fromKey())
                    .param("toKey", t.toKey())
                    .param("toBank", t.toBank())
                    .param("toAccount", t.toAccountNumber())
                    .param("amount", t.amount().dong())
                    .param("at", Timestamp.from(t.transferredAt()))
                    .param("reference", t.reference())
                    .param("reportedAt", Timestamp.from(t.reportedAt()))
                    .param("reportedBy", t.reportedBy())
                    .update();
        }
    }

    /** The transfers reported on a request, earliest first. */
    public List<OnwardTransfer> ofRequest(UUID freezeRequestId) {
        return jdbc.sql("select " + COLUMNS + " from onward_transfers where freeze_request_id = :id "
                        + "order by transferred_at, id")
                .param("id", freezeRequestId)
                .query((rs, n) -> map(rs))
                .list();
    }

    /** Every transfer of a case's trail: one range of the case's index. */
    public List<OnwardTransfer> ofCase(UUID caseId) {
        return jdbc.sql("select " + COLUMNS + " from onward_transfers where case_id = :id order by transferred_at, id")
                .param("id", caseId)
                .query((rs, n) -> map(rs))
                .list();
    }

    /** When the case's money first reached an account, by the transfers into it reported in the case. */
    public Optional<Instant> arrivedAt(UUID caseId, String key) {
        return jdbc.sql("""
                        select transferred_at from onward_transfers where case_id = :caseId and to_key = :key
                        order by transferred_at limit 1""")
                .param("caseId", caseId)
                .param("key", key)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /**
     * Where the accounts of {@code keys} appear in cases other than {@code caseId}: the freeze requests on them and the
     * transfers to them. Read by the account numbers' indexes, then kept only where the whole indicator (bank and
     * number) matches.
     */
    public List<TrailLeads.Occurrence> elsewhere(UUID caseId, List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        String[] numbers = keys.stream().map(k -> k.substring(k.indexOf(':') + 1)).distinct().toArray(String[]::new);
        var wanted = java.util.Set.copyOf(keys);
        return jdbc.sql("""
                        select distinct case_id, bank, account_number from freeze_requests
                        where account_number = any(:numbers) and case_id <> :caseId
                        union
                        select distinct case_id, to_bank, to_account from onward_transfers
                        where to_account = any(:numbers) and case_id <> :caseId""")
                .param("numbers", numbers)
                .param("caseId", caseId)
                .query((rs, n) -> new TrailLeads.Occurrence(rs.getObject(1, UUID.class),
                        BankAccounts.ofBankUnit(rs.getString(2), rs.getString(3))))
                .list().stream().filter(o -> wanted.contains(o.key())).distinct().toList();
    }

    private static OnwardTransfer map(ResultSet rs) throws SQLException {
        return new OnwardTransfer(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("freeze_request_id", UUID.class),
                rs.getString("from_key"),
                rs.getString("to_key"),
                rs.getString("to_bank"),
                rs.getString("to_account"),
                Money.dong(rs.getLong("amount")),
                rs.getTimestamp("transferred_at").toInstant(),
                rs.getString("reference"),
                rs.getTimestamp("reported_at").toInstant(),
                rs.getString("reported_by"));
    }
}
