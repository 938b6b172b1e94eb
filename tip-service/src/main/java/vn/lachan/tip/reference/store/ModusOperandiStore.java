package vn.lachan.tip.reference.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.tip.reference.domain.ModusOperandi;

/** The modus operandi list (table modus_operandi). Entries are never deleted, only deactivated. */
@Repository
public class ModusOperandiStore {

    private static final String COLUMNS = "code, label_vi, label_en, active, position";

    private final JdbcClient jdbc;

    public ModusOperandiStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every entry (or only the active ones) in list order. */
    public List<ModusOperandi> list(boolean activeOnly) {
        return jdbc.sql("select " + COLUMNS + " from modus_operandi where active or not :activeOnly order by position, code")
                .param("activeOnly", activeOnly)
                .query((rs, n) -> map(rs))
                .list();
    }

    /** The entry under {@code code}, locked until the end of the transaction. */
    public Optional<ModusOperandi> findForUpdate(String code) {
        return jdbc.sql("select " + COLUMNS + " from modus_operandi where code = :code for update")
                .param("code", code)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public int lastPosition() {
        return jdbc.sql("select coalesce(max(position), 0) from modus_operandi").query(Integer.class).single();
    }

    public long activeCount() {
        return jdbc.sql("select count(*) from modus_operandi where active").query(Long.class).single();
    }

    /** Stores a new entry; false, with nothing stored, when its code exists already. */
    public boolean insert(ModusOperandi entry) {
        return jdbc.sql("""
                insert into modus_operandi (code, label_vi, label_en, active, position)
                values (:code, :vi, :en, :active, :position) on conflict (code) do nothing""")
                .param("code", entry.code()).param("vi", entry.labelVi()).param("en", entry.labelEn())
                .param("active", entry.active()).param("position", entry.position())
                .update() == 1;
    }

    public void update(ModusOperandi entry) {
        jdbc.sql("""
                update modus_operandi set label_vi = :vi, label_en = :en, active = :active, position = :position
                where code = :code""")
                .param("code", entry.code()).param("vi", entry.labelVi()).param("en", entry.labelEn())
                .param("active", entry.active()).param("position", entry.position())
                .update();
    }

    private static ModusOperandi map(ResultSet rs) throws SQLException {
        return new ModusOperandi(rs.getString("code"), rs.getString("label_vi"), rs.getString("label_en"),
                rs.getBoolean("active"), rs.getInt("position"));
    }
}
