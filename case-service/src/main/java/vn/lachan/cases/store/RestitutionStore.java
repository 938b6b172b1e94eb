package vn.lachan.cases.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.cases.domain.ReturnApportionment;
import vn.lachan.cases.domain.ReturnDecision;
import vn.lachan.cases.domain.ReturnInstruction;
import vn.lachan.cases.domain.ReturnRule;
import vn.lachan.cases.domain.ReturnStatus;
import vn.lachan.cases.domain.VictimClaim;
import vn.lachan.platform.money.Money;

/** Victims' claims, return decisions and their instructions to the banks, in PostgreSQL. */
@Repository
public class RestitutionStore {

    private static final String CLAIM_COLUMNS = """
            v.id, v.case_id, v.victim_name, v.account_number, v.bank_name, v.amount_lost, v.freeze_request_id,
            v.created_at, v.created_by,
            (select coalesce(sum(i.amount), 0)::bigint from return_instructions i where i.claim_id = v.id) as decided,
            (select coalesce(sum(i.amount), 0)::bigint from return_instructions i
             where i.claim_id = v.id and i.status = 'EXECUTED') as returned""";

    private static final String INSTRUCTION_FROM = """
            select i.id, i.case_id, i.decision_id, i.freeze_request_id, i.bank, f.account_number as source_account,
                   i.claim_id, v.victim_name, v.account_number as victim_account, v.bank_name as victim_bank, i.amount,
                   d.rule, d.document_number, d.document_date, d.decided_at, i.status, i.executed_at,
                   i.bank_reference, i.reported_at, i.reported_by
            from return_instructions i
            join return_decisions d on d.id = i.decision_id
            join victim_claims v on v.id = i.claim_id
            join freeze_requests f on f.id = i.freeze_request_id
            """;

    private final JdbcClient jdbc;

    public RestitutionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(VictimClaim c) {
        jdbc.sql("""
                insert into victim_claims (id, case_id, victim_name, account_number, bank_name, amount_lost,
                    freeze_request_id, created_at, created_by)
                values (:id, :caseId, :name, :number, :bank, :lost, :freezeRequestId, :createdAt, :createdBy)""")
                .param("id", c.id())
                .param("caseId", c.caseId())
                .param("name", c.victimName())
                .param("number", c.accountNumber())
                .param("bank", c.bankName())
                .param("lost", c.amountLost().dong())
                .param("freezeRequestId", c.freezeRequestId())
                .param("createdAt", Timestamp.from(c.createdAt()))
                .param("createdBy", c.createdBy())
                .update();
    }

    public Optional<VictimClaim> findClaim(UUID id) {
        return jdbc.sql("select " + CLAIM_COLUMNS + " from victim_claims v where v.id = :id")
                .param("id", id)
                .query((rs, n) -> claim(rs))
                .optional();
    }

    /** The claims of a case, earliest first (the order that breaks ties when money is shared). */
    public List<VictimClaim> claims(UUID caseId) {
        return jdbc.sql("select " + CLAIM_COLUMNS + " from victim_claims v where v.case_id = :caseId "
                        + "order by v.created_at, v.id")
                .param("caseId", caseId)
                .query((rs, n) -> claim(rs))
                .list();
    }

    /**
     * The money held on the case's freeze requests and not yet decided for return nor released by a release order
     * (issued or executed), request by request, in the order the money was held (the order a pro-rata return pays
     * from). A request whose release order waits for its bank still holds what the order does not release.
     */
    public List<ReturnApportionment.Held> held(UUID caseId) {
        return jdbc.sql("""
                select f.id, f.amount_held
                             - coalesce((select sum(i.amount) from return_instructions i where i.freeze_request_id = f.id), 0)
                             - coalesce((select sum(o.amount) from release_orders o where o.freeze_request_id = f.id), 0)
                             as available
                from freeze_requests f
                where f.case_id = :caseId and f.status in ('HELD', 'RELEASE_ORDERED') and f.amount_held is not null
                order by f.held_at, f.id""")
                .param("caseId", caseId)
                .query((rs, n) -> new ReturnApportionment.Held(rs.getObject("id", UUID.class), rs.getLong("available")))
                .list();
    }

    /** The decision and its instructions (their victims' data is read from the claims, not copied). */
    public void insert(ReturnDecision d) {
        jdbc.sql("""
                insert into return_decisions (id, case_id, rule, document_number, document_date, reason, decided_at,
                    decided_by)
                values (:id, :caseId, :rule, :number, :date, :reason, :decidedAt, :decidedBy)""")
                .param("id", d.id())
                .param("caseId", d.caseId())
                .param("rule", d.rule().name())
                .param("number", d.documentNumber())
                .param("date", Date.valueOf(d.documentDate()))
                .param("reason", d.reason())
                .param("decidedAt", Timestamp.from(d.decidedAt()))
                .param("decidedBy", d.decidedBy())
                .update();
        for (ReturnInstruction i : d.instructions()) {
            jdbc.sql("""
                    insert into return_instructions (id, decision_id, case_id, freeze_request_id, bank, claim_id, amount,
                        status)
                    values (:id, :decisionId, :caseId, :freezeRequestId, :bank, :claimId, :amount, :status)""")
                    .param("id", i.id())
                    .param("decisionId", d.id())
                    .param("caseId", d.caseId())
                    .param("freezeRequestId", i.freezeRequestId())
                    .param("bank", i.bank())
                    .param("claimId", i.claimId())
                    .param("amount", i.amount().dong())
                    .param("status", i.status().name())
                    .update();
        }
    }

    public Optional<ReturnDecision> findDecision(UUID id) {
        return jdbc.sql("""
                select id, case_id, rule, document_number, document_date, reason, decided_at, decided_by
                from return_decisions where id = :id""")
                .param("id", id)
                .query((rs, n) -> new ReturnDecision(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                        ReturnRule.valueOf(rs.getString("rule")), rs.getString("document_number"),
                        rs.getDate("document_date").toLocalDate(), rs.getString("reason"),
                        rs.getTimestamp("decided_at").toInstant(), rs.getString("decided_by"), List.of()))
                .optional()
                .map(d -> d.withInstructions(jdbc.sql(INSTRUCTION_FROM + " where i.decision_id = :id order by i.id")
                        .param("id", id)
                        .query((rs, n) -> instruction(rs))
                        .list()));
    }

    public Optional<ReturnInstruction> findInstruction(UUID id) {
        return jdbc.sql(INSTRUCTION_FROM + " where i.id = :id")
                .param("id", id)
                .query((rs, n) -> instruction(rs))
                .optional();
    }

    /** The instruction with its row locked until the transaction ends, so reports of it happen one after another. */
    public Optional<ReturnInstruction> findInstructionForUpdate(UUID id) {
        return jdbc.sql(INSTRUCTION_FROM + " where i.id = :id for update of i")
                .param("id", id)
                .query((rs, n) -> instruction(rs))
                .optional();
    }

    /**
     * A page of instructions, most recently decided first. Each filter is null for all; {@code scopeBank} is the bank
     * the caller is confined to.
     */
    public List<ReturnInstruction> instructions(UUID caseId, ReturnStatus status, String scopeBank, int limit,
                                                int offset) {
        return jdbc.sql(INSTRUCTION_FROM + """
                where (cast(:caseId as uuid) is null or i.case_id = :caseId)
                  and (cast(:status as text) is null or i.status = :status)
                  and (cast(:scope as text) is null or i.bank = :scope)
                order by d.decided_at desc, i.id limit :limit offset :offset""")
                .param("caseId", caseId)
                .param("status", status == null ? null : status.name())
                .param("scope", scopeBank)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> instruction(rs))
                .list();
    }

    /** Records the bank's report that it paid. */
    public void executed(ReturnInstruction i) {
        jdbc.sql("""
                update return_instructions set status = :status, executed_at = :executedAt, bank_reference = :reference,
                    reported_at = :reportedAt, reported_by = :reportedBy
                where id = :id""")
                .param("id", i.id())
                .param("status", i.status().name())
                .param("executedAt", Timestamp.from(i.executedAt()))
                .param("reference", i.bankReference())
                .param("reportedAt", Timestamp.from(i.reportedAt()))
                .param("reportedBy", i.reportedBy())
                .update();
    }

    private static VictimClaim claim(ResultSet rs) throws SQLException {
        return new VictimClaim(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("victim_name"),
                rs.getString("account_number"),
                rs.getString("bank_name"),
                Money.dong(rs.getLong("amount_lost")),
                rs.getObject("freeze_request_id", UUID.class),
                Money.dong(rs.getLong("decided")),
                Money.dong(rs.getLong("returned")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }

    private static ReturnInstruction instruction(ResultSet rs) throws SQLException {
        return new ReturnInstruction(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("decision_id", UUID.class),
                rs.getObject("freeze_request_id", UUID.class),
                rs.getString("bank"),
                rs.getString("source_account"),
                rs.getObject("claim_id", UUID.class),
                rs.getString("victim_name"),
                rs.getString("victim_account"),
                rs.getString("victim_bank"),
                Money.dong(rs.getLong("amount")),
                ReturnRule.valueOf(rs.getString("rule")),
                rs.getString("document_number"),
                rs.getDate("document_date").toLocalDate(),
                rs.getTimestamp("decided_at").toInstant(),
                ReturnStatus.valueOf(rs.getString("status")),
                instant(rs, "executed_at"),
                rs.getString("bank_reference"),
                instant(rs, "reported_at"),
                rs.getString("reported_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
