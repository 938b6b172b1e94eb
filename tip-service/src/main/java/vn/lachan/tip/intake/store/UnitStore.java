package vn.lachan.tip.intake.store;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.tip.intake.domain.KnownUnit;

/** The units tip-service knows (table units, seeded from the realm's unit groups). */
@Repository
public class UnitStore {

    private final JdbcClient jdbc;

    public UnitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<KnownUnit> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select code, kind, state_body, name_vi, name_en, valid_to, successor from units where code = :code""")
                .param("code", code)
                .query((rs, n) -> new KnownUnit(rs.getString("code"), rs.getString("kind"), rs.getBoolean("state_body"),
                        rs.getString("name_vi"), rs.getString("name_en"), rs.getObject("valid_to", LocalDate.class),
                        rs.getString("successor")))
                .optional();
    }
}
