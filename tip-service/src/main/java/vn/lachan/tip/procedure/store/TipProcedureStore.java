package vn.lachan.tip.procedure.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.tip.intake.domain.TipStatus;
import vn.lachan.tip.procedure.domain.CaseRef;
import vn.lachan.tip.procedure.domain.NonProsecutionGround;
import vn.lachan.tip.procedure.domain.Outcome;
import vn.lachan.tip.procedure.domain.PendingTip;
import vn.lachan.tip.procedure.domain.ProcedureStep;
import vn.lachan.tip.procedure.domain.ProcuracyApproval;
import vn.lachan.tip.procedure.domain.StatusChange;
import vn.lachan.tip.procedure.domain.SuspensionGround;

/** The history of tips' procedures (table tip_status_changes), and the tips' status and deadline it drives. */
@Repository
public class TipProcedureStore {

    private static final String COLUMNS = """
            tip_id, step, from_status, to_status, note, at, actor, actor_unit, outcome, ground, case_id, case_number,
            penal_code_article, clause, lead_unit, case_title, extension, due, approver, approval_document_number,
            approval_document_date, notified_at""";

    private final JdbcClient jdbc;

    public TipProcedureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tip's recorded changes, oldest first. */
    public List<StatusChange> history(UUID tipId) {
        return jdbc.sql("select " + COLUMNS + " from tip_status_changes where tip_id = :id order by id")
                .param("id", tipId)
                .query((rs, n) -> map(rs))
                .list();
    }

    /** The recorded changes of several tips, oldest first; a tip without changes has none in the map. */
    public Map<UUID, List<StatusChange>> histories(Collection<UUID> tipIds) {
        Map<UUID, List<StatusChange>> result = new LinkedHashMap<>();
        if (tipIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select " + COLUMNS + " from tip_status_changes where tip_id in (:ids) order by id")
                .param("ids", List.copyOf(tipIds))
                .query((rs, n) -> result.computeIfAbsent(rs.getObject("tip_id", UUID.class), id -> new ArrayList<>())
                        .add(map(rs)))
                .list();
        return result;
    }

    /** Locks the tip's row until the transaction ends, so changes to one tip happen one after another. */
    public void lockTip(UUID tipId) {
        jdbc.sql("select id from tips where id = :id for update").param("id", tipId).query(UUID.class).single();
    }

    /** Records a change and brings the tip's status and decision deadline in line with it. */
    public void append(UUID tipId, StatusChange change, LocalDate decisionDue) {
        var insert = jdbc.sql("""
                insert into tip_status_changes (tip_id, step, from_status, to_status, note, at, actor, actor_unit,
                    outcome, ground, case_id, case_number, penal_code_article, clause, lead_unit, case_title,
                    extension, due, approver, approval_document_number, approval_document_date, notified_at)
                values (:tipId, :step, :from, :to, :note, :at, :actor, :actorUnit,
                    :outcome, :ground, :caseId, :caseNumber, :article, :clause, :leadUnit, :caseTitle,
                    :extension, :due, :approver, :approvalNumber, :approvalDate, :notifiedAt)""")
                .param("tipId", tipId)
                .param("from", change.from().name())
                .param("to", change.to().name())
                .param("note", change.step().note())
                .param("at", Timestamp.from(change.at()))
                .param("actor", change.actor())
                .param("actorUnit", change.actorUnit());
        Row row = Row.of(change.step());
        insert.param("step", row.step).param("outcome", row.outcome).param("ground", row.ground)
                .param("caseId", row.caseId).param("caseNumber", row.caseNumber)
                .param("article", row.article).param("clause", row.clause)
                .param("leadUnit", row.leadUnit).param("caseTitle", row.caseTitle)
                .param("extension", row.extension).param("due", row.due)
                .param("approver", row.approver).param("approvalNumber", row.approvalNumber)
                .param("approvalDate", row.approvalDate)
                .param("notifiedAt", row.notifiedAt == null ? null : Timestamp.from(row.notifiedAt))
                .update();
        jdbc.sql("""
                update tips set status = :status, decision_due = :due, updated_at = :at, updated_by = :actor
                where id = :id""")
                .param("status", change.to().name())
                .param("due", decisionDue)
                .param("at", Timestamp.from(change.at()))
                .param("actor", change.actor())
                .param("id", tipId)
                .update();
    }

    /**
     * Undecided tips whose decision is due by {@code horizon} or whose procuracy notification is late (received
     * before {@code notificationLate} and not notified), the soonest deadline first; {@code unit} null for all.
     */
    public List<PendingTip> pending(LocalDate horizon, Instant notificationLate, String unit, int limit, int offset) {
        return jdbc.sql("""
                select t.id, t.received_at, t.receiving_unit, t.modus_operandi, t.status, t.decision_due,
                       (select max(e.due) from tip_status_changes e where e.tip_id = t.id and e.step = 'EXTEND') as extended_until,
                       (select n.notified_at from tip_status_changes n where n.tip_id = t.id and n.step = 'NOTIFY_PROCURACY')
                           as notified_at
                from tips t
                where t.status in ('RECEIVED', 'VERIFYING')
                  and (cast(:unit as text) is null or t.receiving_unit = :unit)
                  and (t.decision_due <= :horizon
                       or (t.received_at < :late and not exists (select 1 from tip_status_changes n
                            where n.tip_id = t.id and n.step = 'NOTIFY_PROCURACY')))
                order by t.decision_due, t.received_at, t.id
                limit :limit offset :offset""")
                .param("unit", unit)
                .param("horizon", horizon)
                .param("late", Timestamp.from(notificationLate))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new PendingTip(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getString("receiving_unit"),
                        rs.getString("modus_operandi"),
                        TipStatus.valueOf(rs.getString("status")),
                        rs.getObject("decision_due", LocalDate.class),
                        rs.getObject("extended_until", LocalDate.class),
                        instant(rs, "notified_at")))
                .list();
    }

    private static StatusChange map(ResultSet rs) throws SQLException {
        String note = rs.getString("note");
        ProcedureStep step = switch (rs.getString("step")) {
            case "EXTEND" -> {
                String approver = rs.getString("approver");
                yield new ProcedureStep.Extended(rs.getInt("extension"), rs.getObject("due", LocalDate.class), note,
                        approver == null ? null : new ProcuracyApproval(approver, rs.getString("approval_document_number"),
                                rs.getObject("approval_document_date", LocalDate.class)));
            }
            case "NOTIFY_PROCURACY" -> new ProcedureStep.ProcuracyNotified(instant(rs, "notified_at"), note);
            case "RESUME" -> new ProcedureStep.Resumed(rs.getObject("due", LocalDate.class), note);
            case "DECIDE" -> decided(rs, note);
            default -> throw new IllegalStateException("unknown step " + rs.getString("step"));
        };
        return new StatusChange(step, TipStatus.valueOf(rs.getString("from_status")),
                TipStatus.valueOf(rs.getString("to_status")), instant(rs, "at"), rs.getString("actor"),
                rs.getString("actor_unit"));
    }

    private static ProcedureStep.Decided decided(ResultSet rs, String note) throws SQLException {
        return switch (rs.getString("outcome")) {
            case "PROSECUTE" -> new ProcedureStep.Decided(
                    new Outcome.Prosecute(rs.getInt("penal_code_article"), rs.getInt("clause"), rs.getString("lead_unit"),
                            rs.getString("case_title")),
                    new CaseRef(rs.getObject("case_id", UUID.class), rs.getString("case_number")));
            case "NOT_PROSECUTE" -> new ProcedureStep.Decided(
                    new Outcome.NotProsecute(NonProsecutionGround.valueOf(rs.getString("ground")), note), null);
            case "SUSPEND" -> new ProcedureStep.Decided(
                    new Outcome.Suspend(SuspensionGround.valueOf(rs.getString("ground")), note), null);
            default -> throw new IllegalStateException("unknown outcome " + rs.getString("outcome"));
        };
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    /** The step-specific columns of a change. */
    private record Row(String step, String outcome, String ground, UUID caseId, String caseNumber, Integer article,
                       Integer clause, String leadUnit, String caseTitle, Integer extension, LocalDate due,
                       String approver, String approvalNumber, LocalDate approvalDate, Instant notifiedAt) {

        static Row of(ProcedureStep step) {
            return switch (step) {
                case ProcedureStep.Extended e -> new Row("EXTEND", null, null, null, null, null, null, null, null,
                        e.number(), e.until(),
                        e.approval() == null ? null : e.approval().approver(),
                        e.approval() == null ? null : e.approval().documentNumber(),
                        e.approval() == null ? null : e.approval().documentDate(), null);
                case ProcedureStep.ProcuracyNotified n -> new Row("NOTIFY_PROCURACY", null, null, null, null, null, null,
                        null, null, null, null, null, null, null, n.notifiedAt());
                case ProcedureStep.Resumed r -> new Row("RESUME", null, null, null, null, null, null, null, null, null,
                        r.due(), null, null, null, null);
                case ProcedureStep.Decided d -> switch (d.outcome()) {
                    case Outcome.Prosecute p -> new Row("DECIDE", "PROSECUTE", null, d.kase().id(), d.kase().number(),
                            p.penalCodeArticle(), p.clause(), p.leadUnit(), p.caseTitle(), null, null, null, null, null,
                            null);
                    case Outcome.NotProsecute np -> new Row("DECIDE", "NOT_PROSECUTE", np.ground().name(), null, null,
                            null, null, null, null, null, null, null, null, null, null);
                    case Outcome.Suspend s -> new Row("DECIDE", "SUSPEND", s.ground().name(), null, null, null, null,
                            null, null, null, null, null, null, null, null);
                };
                case ProcedureStep.Received r -> throw new IllegalArgumentException("the receipt is the tip itself");
            };
        }
    }
}
