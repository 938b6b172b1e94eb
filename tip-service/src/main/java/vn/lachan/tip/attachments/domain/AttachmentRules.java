package vn.lachan.tip.attachments.domain;

import static vn.lachan.platform.security.Roles.INVESTIGATOR;
import static vn.lachan.platform.security.Roles.POLICE_LEADER;
import static vn.lachan.platform.security.Roles.TIP_INTAKE;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.security.Caller;
import vn.lachan.tip.intake.domain.TipAccess;

/**
 * What a file must be to be attached to a tip, and who may attach and open files. Field names are those of
 * AddAttachmentRequest.
 */
public final class AttachmentRules {

    /**
     * 700 KiB: the REST bridge reads at most 1 MiB of body (lachan.rest.max-body-bytes), and the content travels
     * there in base64, a third larger. Larger files need a streaming upload.
     */
    public static final int DEFAULT_MAX_BYTES = 700 * 1024;
    static final int MAX_FILE_NAME = 255;
    /** A tip collects at most this many files; beyond, the evidence belongs in the case file. */
    public static final int MAX_PER_TIP = 50;

    private AttachmentRules() {
    }

    /** What was checked: the file name as kept and the type the content really has (which is the one declared). */
    public record Checked(String fileName, AttachmentType type) {
    }

    /** Attaching files is the work of those who handle tips. */
    public static void checkAdd(Caller caller) {
        if (!caller.hasAny(TIP_INTAKE, INVESTIGATOR, POLICE_LEADER)) {
            throw new AccessDeniedException("Bạn không có quyền đính kèm tệp vào tin báo.",
                    "You may not attach files to tips.");
        }
    }

    /** The content of a file is personal data: only those who may see the tip's narrative open it. */
    public static void checkOpen(Caller caller) {
        if (!TipAccess.maySeeNarrative(caller)) {
            throw new AccessDeniedException(
                    "Nội dung tệp đính kèm là dữ liệu cá nhân; bạn chỉ được xem thông tin mô tả tệp.",
                    "The content of an attachment is personal data; you may see only its description.");
        }
    }

    /** Checks a file; throws with every violation found. */
    public static Checked check(String fileName, String mediaType, byte[] content, int maxBytes) {
        Violations v = new Violations();
        String name = fileName == null ? null : fileName.strip();
        v.requireText("file_name", name).maxLength("file_name", name, MAX_FILE_NAME);
        if (name != null && name.chars().anyMatch(c -> c == '/' || c == '\\' || Character.getType(c) == Character.CONTROL)) {
            v.add("file_name", "INVALID_FORMAT",
                    "Tên tệp không được chứa dấu / hoặc \\ hay ký tự điều khiển.",
                    "A file name cannot contain / or \\ or control characters.");
        }
        Optional<AttachmentType> declared = AttachmentType.ofMediaType(mediaType);
        if (mediaType == null || mediaType.isBlank()) {
            v.add(required("media_type"));
        } else if (declared.isEmpty()) {
            v.add("media_type", "UNSUPPORTED",
                    "Loại tệp " + mediaType + " không được nhận; cho phép: " + allowed() + ".",
                    "Files of type " + mediaType + " are not accepted; allowed: " + allowed() + ".");
        }
        if (content == null || content.length == 0) {
            v.add("content", "EMPTY", "Tệp rỗng: hãy gửi nội dung tệp (base64 trong JSON).",
                    "The file is empty: send its content (base64 in JSON).");
        } else if (content.length > maxBytes) {
            v.add("content", "TOO_LARGE",
                    "Tệp tối đa " + maxBytes + " byte (" + maxBytes / 1024 + " KiB), tệp này có " + content.length
                            + " byte. Tệp lớn hơn cần tải lên theo luồng, hiện chưa hỗ trợ.",
                    "A file may have at most " + maxBytes + " bytes (" + maxBytes / 1024 + " KiB); this one has "
                            + content.length + ". Larger files need a streaming upload, which is not offered yet.");
        } else if (declared.isPresent()) {
            Optional<AttachmentType> actual = AttachmentType.sniff(content);
            if (actual.isEmpty()) {
                v.add("content", "CONTENT_MISMATCH",
                        "Nội dung không phải tệp " + declared.get().mediaType() + " hợp lệ, cũng không thuộc loại nào được nhận.",
                        "The content is not a valid " + declared.get().mediaType() + " file, nor of any accepted type.");
            } else if (actual.get() != declared.get()) {
                v.add("content", "CONTENT_MISMATCH",
                        "Nội dung là tệp " + actual.get().mediaType() + " nhưng được khai báo là "
                                + declared.get().mediaType() + ".",
                        "The content is " + actual.get().mediaType() + " but was declared as "
                                + declared.get().mediaType() + ".");
            }
        }
        v.throwIfAny();
        return new Checked(name, declared.orElseThrow());
    }

    private static vn.lachan.platform.error.FieldViolation required(String field) {
        return new vn.lachan.platform.error.FieldViolation(field, "REQUIRED",
                "Trường này là bắt buộc; cho phép: " + allowed() + ".",
                "This field is required; allowed: " + allowed() + ".");
    }

    private static String allowed() {
        return Arrays.stream(AttachmentType.values()).map(AttachmentType::mediaType).collect(Collectors.joining(", "));
    }
}
