package vn.lachan.tip.attachments.domain;

import java.time.Instant;
import java.util.UUID;
import vn.lachan.tip.intake.domain.Tip;

/** A file attached to a tip, without its content; {@code sha256} is of the content, as the service computed it. */
public record Attachment(
        UUID id,
        UUID tipId,
        String fileName,
        AttachmentType type,
        int sizeBytes,
        String sha256,
        String addedBy,
        String addedByUnit,
        Instant addedAt) {

    /** Shown instead of the file name to callers who may not see personal data. */
    public static final String WITHHELD = Tip.WITHHELD;

    /** The same metadata with the file name, which may name a person, withheld. */
    public Attachment withoutPersonalData() {
        return new Attachment(id, tipId, WITHHELD, type, sizeBytes, sha256, addedBy, addedByUnit, addedAt);
    }
}
