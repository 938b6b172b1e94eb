package vn.lachan.tip.publictips.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.tip.publictips.domain.Contact;
import vn.lachan.tip.publictips.domain.PublicTip;
import vn.lachan.tip.publictips.domain.TrackingCode;

/** How public tips were filed (table public_tips): tracking codes, secrets' hashes, contact data, wrong secrets. */
@Repository
public class PublicTipStore {

    private static final String COLUMNS = """
            tip_id, tracking_code, anonymous, reporter_name, reporter_phone, reporter_email,
            victim_name, victim_phone, victim_email""";

    private final JdbcClient jdbc;

    public PublicTipStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores how the tip was filed; false, with nothing stored, when its tracking code is taken already. */
    public boolean insert(PublicTip tip, byte[] salt, byte[] hash) {
        return jdbc.sql("""
                insert into public_tips (tip_id, tracking_code, secret_salt, secret_hash, anonymous,
                    reporter_name, reporter_phone, reporter_email, victim_name, victim_phone, victim_email)
                values (:tip, :code, :salt, :hash, :anonymous, :reporterName, :reporterPhone, :reporterEmail,
                    :victimName, :victimPhone, :victimEmail)
                on conflict (tracking_code) do nothing""")
                .param("tip", tip.tipId())
                .param("code", tip.trackingCode().value())
                .param("salt", salt)
                .param("hash", hash)
                .param("anonymous", tip.anonymous())
                .param("reporterName", tip.reporter().name())
                .param("reporterPhone", tip.reporter().phone())
                .param("reporterEmail", tip.reporter().email())
                .param("victimName", tip.victim().name())
                .param("victimPhone", tip.victim().phone())
                .param("victimEmail", tip.victim().email())
                .update() == 1;
    }

    public Optional<PublicTip> find(UUID tipId) {
        return jdbc.sql("select " + COLUMNS + " from public_tips where tip_id = :tip")
                .param("tip", tipId)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public Optional<PublicTip.Credentials> credentials(TrackingCode code) {
        return jdbc.sql("select tip_id, secret_salt, secret_hash from public_tips where tracking_code = :code")
                .param("code", code.value())
                .query((rs, n) -> new PublicTip.Credentials(rs.getObject("tip_id", UUID.class),
                        rs.getBytes("secret_salt"), rs.getBytes("secret_hash")))
                .optional();
    }

    private static PublicTip map(ResultSet rs) throws SQLException {
        return new PublicTip(
                rs.getObject("tip_id", UUID.class),
                new TrackingCode(rs.getString("tracking_code")),
                rs.getBoolean("anonymous"),
                new Contact(rs.getString("reporter_name"), rs.getString("reporter_phone"), rs.getString("reporter_email")),
                new Contact(rs.getString("victim_name"), rs.getString("victim_phone"), rs.getString("victim_email")));
    }
}
