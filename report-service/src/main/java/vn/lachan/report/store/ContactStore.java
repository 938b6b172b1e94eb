package vn.lachan.report.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.report.domain.ReportContact;

/** The units' reporting contacts ({@code report_contacts}), which the reminder mails read. */
@Repository
public class ContactStore {

    private final JdbcClient jdbc;

    public ContactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the unit's address; an unchanged address keeps its stamp (a retry changes nothing). */
    public ReportContact upsert(String unit, String email, Instant at, String by) {
        jdbc.sql("""
                insert into report_contacts (unit, email, updated_at, updated_by) values (:unit, :email, :at, :by)
                on conflict (unit) do update set email = excluded.email, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by
                where report_contacts.email is distinct from excluded.email""")
                .param("unit", unit).param("email", email).param("at", Timestamp.from(at)).param("by", by)
                .update();
        return list(unit).getFirst();
    }

    /** Removes the unit's contact; whether there was one. */
    public boolean delete(String unit) {
        return jdbc.sql("delete from report_contacts where unit = :unit").param("unit", unit).update() > 0;
    }

    /** Every unit's contact (unit null), or one unit's, by unit. */
    public List<ReportContact> list(String unit) {
        return jdbc.sql("""
                select unit, email, updated_at, updated_by from report_contacts
                where cast(:unit as text) is null or unit = :unit order by unit""")
                .param("unit", unit)
                .query((rs, n) -> new ReportContact(rs.getString("unit"), rs.getString("email"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
                .list();
    }

    /**
     * Claims the e-mailing of one reminder (a unit's reminder of a kind for a period), in the caller's transaction;
     * false when it was claimed before (sent already, or being sent by another replica, which this waits for).
     */
    public boolean claimReminder(String unit, int year, String kind, String reminder, String email, Instant at) {
        return jdbc.sql("""
                insert into reminder_mails (unit, year, kind, reminder, email, sent_at)
                values (:unit, :year, :kind, :reminder, :email, :at) on conflict do nothing""")
                .param("unit", unit).param("year", year).param("kind", kind).param("reminder", reminder)
                .param("email", email).param("at", Timestamp.from(at))
                .update() > 0;
    }
}
