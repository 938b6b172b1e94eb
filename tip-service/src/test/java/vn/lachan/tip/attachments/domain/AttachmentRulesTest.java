package vn.lachan.tip.attachments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Roles;

/** Files are recognised by their first bytes, whatever their sender calls them. */
class AttachmentRulesTest {

    static final int MAX = AttachmentRules.DEFAULT_MAX_BYTES;

    static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');
    static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0);
    static final byte[] WEBP = bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ');
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] TEXT = "Số tài khoản nhận tiền: 0011004123456\r\n\tVietcombank\n".getBytes(StandardCharsets.UTF_8);

    static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    static FieldViolation refused(String fileName, String mediaType, byte[] content) {
        var failure = catchThrowableOfType(ValidationException.class,
                () -> AttachmentRules.check(fileName, mediaType, content, MAX));
        assertThat(failure).as("refused").isNotNull();
        assertThat(failure.violations()).hasSize(1);
        return failure.violations().getFirst();
    }

    @Test
    void eachAllowedTypeIsRecognisedByItsMagicBytes() {
        assertThat(AttachmentType.sniff(PNG)).contains(AttachmentType.PNG);
        assertThat(AttachmentType.sniff(JPEG)).contains(AttachmentType.JPEG);
        assertThat(AttachmentType.sniff(WEBP)).contains(AttachmentType.WEBP);
        assertThat(AttachmentType.sniff(PDF)).contains(AttachmentType.PDF);
        assertThat(AttachmentType.sniff(TEXT)).contains(AttachmentType.TEXT);
    }

    @Test
    void whatIsNoneOfThemIsNotRecognised() {
        assertThat(AttachmentType.sniff(bytes('G', 'I', 'F', '8', '9', 'a', 0, 0))).isEmpty();   // GIF
        assertThat(AttachmentType.sniff(bytes('P', 'K', 3, 4, 0x14, 0))).isEmpty();               // ZIP, DOCX
        assertThat(AttachmentType.sniff(bytes('R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E'))).isEmpty(); // WAV
        assertThat(AttachmentType.sniff(bytes(0xFF, 0xD8))).isEmpty();                            // cut-off JPEG
        assertThat(AttachmentType.sniff(bytes(0xC3, 0x28))).isEmpty();                            // broken UTF-8
        assertThat(AttachmentType.sniff("MZ\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1))).isEmpty(); // control chars
        assertThat(AttachmentType.sniff(new byte[0])).isEmpty();
    }

    @Test
    void aMatchingFileIsAcceptedWithItsNameTrimmedAndMediaTypeParametersIgnored() {
        var checked = AttachmentRules.check("  chuyen-khoan.png ", "image/png", PNG, MAX);
        assertThat(checked.fileName()).isEqualTo("chuyen-khoan.png");
        assertThat(checked.type()).isEqualTo(AttachmentType.PNG);
        assertThat(AttachmentRules.check("tin-nhan.txt", "Text/Plain; charset=UTF-8", TEXT, MAX).type())
                .isEqualTo(AttachmentType.TEXT);
        assertThat(AttachmentRules.check("a.webp", "image/webp", WEBP, MAX).type()).isEqualTo(AttachmentType.WEBP);
        assertThat(AttachmentRules.check("a.jpg", "image/jpeg", JPEG, MAX).type()).isEqualTo(AttachmentType.JPEG);
        assertThat(AttachmentRules.check("don.pdf", "application/pdf", PDF, MAX).type()).isEqualTo(AttachmentType.PDF);
    }

    @Test
    void aPngDeclaredAsPdfIsRefusedSayingWhatItReallyIs() {
        FieldViolation v = refused("don.pdf", "application/pdf", PNG);
        assertThat(v.field()).isEqualTo("content");
        assertThat(v.code()).isEqualTo("CONTENT_MISMATCH");
        assertThat(v.vi()).contains("image/png", "application/pdf");
        assertThat(v.en()).contains("is image/png but was declared as application/pdf");
    }

    @Test
    void textOrAnUnknownFormatDeclaredAsAnImageIsRefused() {
        assertThat(refused("a.png", "image/png", TEXT).code()).isEqualTo("CONTENT_MISMATCH");
        assertThat(refused("a.txt", "text/plain", bytes(0, 1, 2, 3)).code()).isEqualTo("CONTENT_MISMATCH");
        assertThat(refused("a.jpg", "image/jpeg", bytes('G', 'I', 'F', '8', '9', 'a')).code()).isEqualTo("CONTENT_MISMATCH");
    }

    @Test
    void anUnlistedMediaTypeIsRefusedWithTheListOfAllowedOnes() {
        FieldViolation v = refused("a.gif", "image/gif", bytes('G', 'I', 'F', '8', '9', 'a'));
        assertThat(v.field()).isEqualTo("media_type");
        assertThat(v.code()).isEqualTo("UNSUPPORTED");
        assertThat(v.en()).contains("image/png, image/jpeg, image/webp, application/pdf, text/plain");
    }

    @Test
    void anEmptyOrTooLargeFileIsRefused() {
        assertThat(refused("a.png", "image/png", new byte[0]).code()).isEqualTo("EMPTY");
        assertThat(refused("a.png", "image/png", null).code()).isEqualTo("EMPTY");
        byte[] large = Arrays.copyOf(PNG, MAX + 1);
        FieldViolation v = refused("a.png", "image/png", large);
        assertThat(v.code()).isEqualTo("TOO_LARGE");
        assertThat(v.en()).contains("716800", "streaming");
        assertThat(AttachmentRules.check("a.png", "image/png", Arrays.copyOf(PNG, MAX), MAX).type()).isEqualTo(AttachmentType.PNG);
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        var failure = catchThrowableOfType(ValidationException.class,
                () -> AttachmentRules.check("../../etc/passwd", "", new byte[0], MAX));
        assertThat(failure.violations()).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                Tuple.tuple("file_name", "INVALID_FORMAT"),
                Tuple.tuple("media_type", "REQUIRED"),
                Tuple.tuple("content", "EMPTY"));
        assertThat(failure.violations()).allSatisfy(v -> {
            assertThat(v.vi()).isNotBlank();
            assertThat(v.en()).isNotBlank();
        });
        assertThat(refused(" ", "image/png", PNG).code()).isEqualTo("REQUIRED");
        assertThat(refused("x".repeat(256), "image/png", PNG).code()).isEqualTo("TOO_LONG");
        assertThat(refused("a\nb.png", "image/png", PNG).code()).isEqualTo("INVALID_FORMAT");
    }

    @Test
    void tipHandlersAttachAndOnlyThoseWhoSeeNarrativesOpen() {
        Caller intake = new Caller("s", "tiepnhan", "cong-an-tinh", java.util.Set.of(Roles.TIP_INTAKE));
        Caller district = new Caller("s", "baocao.caolanh", "huyen-cao-lanh", java.util.Set.of(Roles.REPORT_SUBMITTER));
        Caller procurator = new Caller("s", "kiemsat", "vien-kiem-sat-tinh", java.util.Set.of(Roles.PROCURATOR));
        AttachmentRules.checkAdd(intake);
        AttachmentRules.checkOpen(intake);
        AttachmentRules.checkOpen(procurator);
        assertThat(catchThrowableOfType(AccessDeniedException.class, () -> AttachmentRules.checkAdd(procurator))).isNotNull();
        assertThat(catchThrowableOfType(AccessDeniedException.class, () -> AttachmentRules.checkAdd(district))).isNotNull();
        assertThat(catchThrowableOfType(AccessDeniedException.class, () -> AttachmentRules.checkOpen(district))).isNotNull();
    }
}
