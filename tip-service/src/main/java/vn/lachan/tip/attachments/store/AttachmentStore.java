package vn.lachan.tip.attachments.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lachan.tip.attachments.domain.Attachment;
import vn.lachan.tip.attachments.domain.AttachmentFile;
import vn.lachan.tip.attachments.domain.AttachmentType;

/** Files attached to tips (table tip_attachments), content in bytea. Append-only. */
@Repository
public class AttachmentStore {

    private static final String COLUMNS = "id, tip_id, file_name, media_type, size_bytes, sha256, added_by, added_by_unit, added_at";

    private final JdbcClient jdbc;

    public AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a file; false, with nothing stored, when the tip has the same content already. */
    public boolean insert(Attachment attachment, byte[] content) {
        return jdbc.sql("""
                insert into tip_attachments (id, tip_id, file_name, media_type, size_bytes, sha256, content, added_by,
                    added_by_unit, added_at)
                values (:id, :tip, :name, :type, :size, :sha256, :content, :by, :unit, :at)
                on conflict do nothing""")
                .param("id", attachment.id())
                .param("tip", attachment.tipId())
                .param("name", attachment.fileName())
                .param("type", attachment.type().mediaType())
                .param("size", attachment.sizeBytes())
                .param("sha256", attachment.sha256())
                .param("content", content)
                .param("by", attachment.addedBy())
                .param("unit", attachment.addedByUnit())
                .param("at", Timestamp.from(attachment.addedAt()))
                .update() == 1;
    }

    /** The tip's file with this content, if it has one. */
    public Optional<Attachment> findByContent(UUID tipId, String sha256) {
        return jdbc.sql("select " + COLUMNS + " from tip_attachments where tip_id = :tip and sha256 = :sha256")
                .param("tip", tipId).param("sha256", sha256)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** The tip's files, oldest first, without content. */
    public List<Attachment> ofTip(UUID tipId) {
        return jdbc.sql("select " + COLUMNS + " from tip_attachments where tip_id = :tip order by added_at, id")
                .param("tip", tipId)
                .query((rs, n) -> map(rs))
                .list();
    }

    public int countOfTip(UUID tipId) {
        return jdbc.sql("select count(*) from tip_attachments where tip_id = :tip")
                .param("tip", tipId).query(Integer.class).single();
    }

    /** One file of a tip with its content. */
    public Optional<AttachmentFile> find(UUID tipId, UUID id) {
        return jdbc.sql("select " + COLUMNS + ", content from tip_attachments where tip_id = :tip and id = :id")
                .param("tip", tipId).param("id", id)
                .query((rs, n) -> new AttachmentFile(map(rs), rs.getBytes("content")))
                .optional();
    }

    private static Attachment map(ResultSet rs) throws SQLException {
        return new Attachment(
                rs.getObject("id", UUID.class),
                rs.getObject("tip_id", UUID.class),
                rs.getString("file_name"),
                AttachmentType.ofMediaType(rs.getString("media_type")).orElseThrow(),
                rs.getInt("size_bytes"),
                rs.getString("sha256"),
                rs.getString("added_by"),
                rs.getString("added_by_unit"),
                rs.getTimestamp("added_at").toInstant());
    }
}
