package vn.lachan.cases.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.cases.domain.Case;
import vn.lachan.cases.domain.CaseAccess;
import vn.lachan.cases.domain.CaseEvent;
import vn.lachan.cases.domain.CaseFlags;
import vn.lachan.cases.domain.CaseMove;
import vn.lachan.cases.domain.CaseNumber;
import vn.lachan.cases.domain.CrimeCategory;
import vn.lachan.cases.domain.Offence;
import vn.lachan.cases.domain.Stage;
import vn.lachan.platform.money.Money;

/** Cases and the tips they were opened from, in PostgreSQL. */
@Repository
public class CaseStore {

    private static final String COLUMNS = """
            c.id, c.number_year, c.number_sequence, c.opened_at, c.title, c.penal_code_article, c.clause, c.category,
            c.stage, c.lead_unit, c.investigation_due, c.created_at, c.created_by, c.updated_at, c.updated_by,
            c.procuracy_unit, c.court_unit, c.model_case, c.mobile_trial, c.inter_provincial, c.foreign_element,
            array(select t.tip_id from case_tips t where t.case_id = c.id order by t.position) as tip_ids""";

    private final JdbcClient jdbc;

    public CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next sequence number of {@code year}. The counter row stays locked until the transaction ends, so
     * concurrent openings wait for each other and a rolled-back opening gives its number back.
     */
    public int nextSequence(int year) {
        return jdbc.sql("""
                insert into case_number_counters (year, last_sequence) values (:year, 1)
                on conflict (year) do update set last_sequence = case_number_counters.last_sequence + 1
                returning last_sequence""")
                .param("year", year)
                .query(Integer.class)
                .single();
    }

    public void insert(Case c) {
        jdbc.sql("""
                insert into cases (id, number_year, number_sequence, opened_at, title, penal_code_article, clause,
                    category, stage, lead_unit, investigation_due, created_at, created_by, updated_at, updated_by,
                    procuracy_unit)
                values (:id, :year, :sequence, :openedAt, :title, :article, :clause, :category, :stage, :unit, :due,
                    :createdAt, :createdBy, :updatedAt, :updatedBy, :procuracy)""")
                .param("procuracy", c.procuracyUnit())
                .param("id", c.id())
                .param("year", c.number().year())
                .param("sequence", c.number().sequence())
                .param("openedAt", Timestamp.from(c.openedAt()))
                .param("title", c.title())
                .param("article", c.offence().article())
                .param("clause", c.offence().clause())
                .param("category", c.offence().category().name())
                .param("stage", c.stage().name())
                .param("unit", c.leadUnit())
                .param("due", c.investigationDue())
                .param("createdAt", Timestamp.from(c.createdAt()))
                .param("createdBy", c.createdBy())
                .param("updatedAt", Timestamp.from(c.updatedAt()))
                .param("updatedBy", c.updatedBy())
                .update();
        for (int i = 0; i < c.tipIds().size(); i++) {
            jdbc.sql("insert into case_tips (case_id, tip_id, position) values (:caseId, :tipId, :position)")
                    .param("caseId", c.id())
                    .param("tipId", c.tipIds().get(i))
                    .param("position", i)
                    .update();
        }
    }


    public Optional<Case> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from cases c where c.id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** For each of {@code tipIds} already in a case, that case. */
    public java.util.Map<UUID, Case> casesHolding(List<UUID> tipIds) {
        if (tipIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, Case> holding = new java.util.LinkedHashMap<>();
        jdbc.sql("select t.tip_id as held_tip, " + COLUMNS + " from case_tips t join cases c on c.id = t.case_id"
                        + " where t.tip_id in (:tips)")
                .param("tips", tipIds)
                .query((rs, n) -> holding.put(rs.getObject("held_tip", UUID.class), map(rs)))
                .list();
        return holding;
    }

    public boolean exists(UUID id) {
        return jdbc.sql("select exists (select 1 from cases where id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    /**
     * A page of the cases in {@code scope}, most recently opened first; {@code unit} and {@code tipId} null for
     * all. Out of a scope that does not see all, a case is listed when led by the police unit or one below it, or
     * supervised by the procuracy, or indicted to the court of the scope.
     */
    public List<Case> list(CaseAccess.Scope scope, String unit, UUID tipId, int limit, int offset) {
        return jdbc.sql("select " + COLUMNS + " from cases c " + """
                where (cast(:unit as text) is null or c.lead_unit = :unit)
                  and (cast(:tip as uuid) is null
                       or exists (select 1 from case_tips t where t.case_id = c.id and t.tip_id = :tip))
                  and (:all
                       or c.lead_unit = :police or c.lead_unit like :policeBelow
                       or c.procuracy_unit = :procuracy
                       or c.court_unit = :court)
                order by c.opened_at desc, c.id limit :limit offset :offset""")
                .param("unit", unit)
                .param("tip", tipId)
                .param("all", scope.all())
                .param("police", scope.policeUnit())
                .param("policeBelow", scope.policeUnit() == null ? null : likeBelow(scope.policeUnit()))
                .param("procuracy", scope.procuracyUnit())
                .param("court", scope.courtUnit())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> map(rs))
                .list();
    }

    private static Case map(ResultSet rs) throws SQLException {
        return new Case(
                rs.getObject("id", UUID.class),
                new CaseNumber(rs.getInt("number_year"), rs.getInt("number_sequence")),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getString("title"),
                new Offence(rs.getInt("penal_code_article"), rs.getInt("clause"),
                        CrimeCategory.valueOf(rs.getString("category"))),
                Stage.valueOf(rs.getString("stage")),
                rs.getString("lead_unit"),
                uuids(rs.getArray("tip_ids")),
                rs.getObject("investigation_due", LocalDate.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"),
                rs.getString("procuracy_unit"),
                rs.getString("court_unit"),
                new CaseFlags(rs.getBoolean("model_case"), rs.getBoolean("mobile_trial"),
                        rs.getBoolean("inter_provincial"), rs.getBoolean("foreign_element")));
    }

    /** The case, its row locked until the transaction ends so that steps on it happen one after another. */
    public Optional<Case> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from cases c where c.id = :id for update of c")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** Stage, time limit, court, flags and the last touch, as the latest entry of the history left them. */
    public void update(Case c) {
        jdbc.sql("""
                update cases set stage = :stage, investigation_due = :due, court_unit = :court,
                    model_case = :model, mobile_trial = :mobile, inter_provincial = :inter, foreign_element = :foreign,
                    updated_at = :updatedAt, updated_by = :updatedBy
                where id = :id""")
                .param("id", c.id())
                .param("stage", c.stage().name())
                .param("due", c.investigationDue())
                .param("court", c.courtUnit())
                .param("model", c.flags().modelCase())
                .param("mobile", c.flags().mobileTrial())
                .param("inter", c.flags().interProvincial())
                .param("foreign", c.flags().foreignElement())
                .param("updatedAt", Timestamp.from(c.updatedAt()))
                .param("updatedBy", c.updatedBy())
                .update();
    }

    /** The history of a case, oldest first. */
    public List<CaseEvent> events(UUID caseId) {
        return jdbc.sql("select * from case_events where case_id = :id order by seq")
                .param("id", caseId)
                .query((rs, n) -> event(rs))
                .list();
    }

    /** Appends an entry as number {@code seq} of the case's history. */
    public void append(UUID caseId, int seq, CaseEvent e) {
        CaseFlags f = e.flags();
        CaseEvent.Release r = e.release();
        jdbc.sql("""
                insert into case_events (case_id, seq, kind, move, from_stage, to_stage, at, actor, actor_unit, reason,
                    document_number, document_date, months, court_unit, model_case, mobile_trial, inter_provincial,
                    foreign_element, freeze_request_id, bank, amount, released_at)
                values (:caseId, :seq, :kind, :move, :from, :to, :at, :actor, :actorUnit, :reason, :number, :date,
                    :months, :court, :model, :mobile, :inter, :foreign, :request, :bank, :amount, :releasedAt)""")
                .param("caseId", caseId)
                .param("seq", seq)
                .param("kind", e.kind().name())
                .param("move", e.move() == null ? null : e.move().name())
                .param("from", e.from().name())
                .param("to", e.to().name())
                .param("at", Timestamp.from(e.at()))
                .param("actor", e.actor())
                .param("actorUnit", e.actorUnit())
                .param("reason", e.reason())
                .param("number", e.documentNumber())
                .param("date", e.documentDate())
                .param("months", e.months())
                .param("court", e.courtUnit())
                .param("model", f == null ? null : f.modelCase())
                .param("mobile", f == null ? null : f.mobileTrial())
                .param("inter", f == null ? null : f.interProvincial())
                .param("foreign", f == null ? null : f.foreignElement())
                .param("request", r == null ? null : r.freezeRequestId())
                .param("bank", r == null ? null : r.bank())
                .param("amount", r == null ? null : r.amount().dong())
                .param("releasedAt", r == null || r.releasedAt() == null ? null : Timestamp.from(r.releasedAt()))
                .update();
    }

    /**
     * Appends an entry after the last of the case's history; call with the case's row locked ({@link
     * #findForUpdate}), as every writer of the history does, so that two entries never race for a number.
     */
    public void appendNext(UUID caseId, CaseEvent e) {
        Integer last = jdbc.sql("select coalesce(max(seq), 0) from case_events where case_id = :id")
                .param("id", caseId)
                .query(Integer.class)
                .single();
        append(caseId, last + 1, e);
    }

    private static CaseEvent event(ResultSet rs) throws SQLException {
        String move = rs.getString("move");
        Boolean model = (Boolean) rs.getObject("model_case");
        CaseFlags flags = model == null ? null : new CaseFlags(model, rs.getBoolean("mobile_trial"),
                rs.getBoolean("inter_provincial"), rs.getBoolean("foreign_element"));
        return new CaseEvent(
                CaseEvent.Kind.valueOf(rs.getString("kind")),
                move == null ? null : CaseMove.valueOf(move),
                Stage.valueOf(rs.getString("from_stage")),
                Stage.valueOf(rs.getString("to_stage")),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                rs.getString("actor_unit"),
                rs.getString("reason"),
                rs.getString("document_number"),
                rs.getObject("document_date", LocalDate.class),
                rs.getInt("months"),
                rs.getString("court_unit"),
                flags,
                release(rs));
    }

    private static CaseEvent.Release release(ResultSet rs) throws SQLException {
        UUID request = rs.getObject("freeze_request_id", UUID.class);
        if (request == null) {
            return null;
        }
        Timestamp releasedAt = rs.getTimestamp("released_at");
        return new CaseEvent.Release(request, rs.getString("bank"), Money.dong(rs.getLong("amount")),
                releasedAt == null ? null : releasedAt.toInstant());
    }

    private static String likeBelow(String unit) {
        return unit.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "-%";
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray())
                .map(v -> v instanceof UUID id ? id : UUID.fromString(v.toString()))
                .toList();
    }
}
