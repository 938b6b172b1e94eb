package vn.lachan.tip.attachments.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.ByteString;
import com.google.protobuf.util.JsonFormat;
import com.google.rpc.BadRequest;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.tip.intake.api.TipApiTest;
import vn.lachan.tip.publictips.api.Citizen;
import vn.lachan.tip.v1.AddAttachmentRequest;
import vn.lachan.tip.v1.Attachment;
import vn.lachan.tip.v1.AttachmentServiceGrpc;
import vn.lachan.tip.v1.GetAttachmentRequest;
import vn.lachan.tip.v1.GetAttachmentResponse;
import vn.lachan.tip.v1.ListAttachmentsResponse;

/**
 * Attachments end to end with the realm's tokens (LocalIssuer) and PostgreSQL: stored with the SHA-256 Java computes too, once
 * per content, checked by their magic bytes and size, their content shown only to roles that may see the narrative,
 * every opening audited. Shares TipApiTest's application context.
 */
@RealInfrastructure(database = "lachan_tip", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=tip-api-test"})
class TipAttachmentApiTest {

    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();
    static final int MAX = 716_800;

    @LocalServerPort
    int httpPort;
    @LocalGrpcPort
    int grpcPort;
    @Autowired
    JdbcClient jdbc;
    ManagedChannel channel;

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress("localhost", grpcPort).usePlaintext().build();
    }

    @AfterEach
    void disconnect() {
        channel.shutdownNow();
    }

    HttpApi as(String user) {
        return HttpApi.at(httpPort).as(issuer.userToken(user));
    }

    AttachmentServiceGrpc.AttachmentServiceBlockingStub grpcAs(String user) {
        return AttachmentServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(issuer.userToken(user)));
    }

    String tipFor(String unit) throws Exception {
        var answer = as("tiepnhan").post("/api/v1/tips",
                JsonFormat.printer().print(TipApiTest.hotlineTip().setReceivingUnit(unit)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body().replaceAll("(?s).*\"id\": \"([^\"]+)\".*", "$1");
    }

    /** A real PNG image (a screenshot, say), different every time. */
    static byte[] screenshot() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 30; y++) {
                image.setRGB(x, y, ThreadLocalRandom.current().nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    static String file(String name, String mediaType, byte[] content) throws Exception {
        return JsonFormat.printer().print(AddAttachmentRequest.newBuilder()
                .setFileName(name).setMediaType(mediaType).setContent(ByteString.copyFrom(content)));
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    static Attachment attachment(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Citizen.parse(answer, Attachment.newBuilder());
    }

    long stored(String tipId) {
        return jdbc.sql("select count(*) from tip_attachments where tip_id = cast(:tip as uuid)")
                .param("tip", tipId).query(Long.class).single();
    }

    @Test
    void aScreenshotIsStoredOnceWithTheSha256JavaComputesAndComesBackByteForByte() throws Exception {
        String tip = tipFor("cong-an-tinh");
        byte[] png = screenshot();
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/tips/" + tip + "/attachments";

        Attachment added = attachment(as("tiepnhan").post(path, file("chuyen-khoan.png", "image/png", png), key));
        assertThat(added.getSha256()).isEqualTo(sha256(png));
        assertThat(added.getSizeBytes()).isEqualTo(png.length);
        assertThat(added.getMediaType()).isEqualTo("image/png");
        assertThat(added.getFileName()).isEqualTo("chuyen-khoan.png");
        assertThat(added.getTipId()).isEqualTo(tip);
        assertThat(added.getAddedBy()).isEqualTo("tiepnhan");
        assertThat(added.getAddedByUnit()).isEqualTo("cong-an-tinh");

        // a retry with the key, and the same content under another name without one, store nothing new
        assertThat(attachment(as("tiepnhan").post(path, file("chuyen-khoan.png", "image/png", png), key)))
                .isEqualTo(added);
        assertThat(attachment(as("dieutra").post(path, file("anh-2.png", "image/png", png), null)).getId())
                .isEqualTo(added.getId());
        assertThat(stored(tip)).isEqualTo(1);
        assertThat(jdbc.sql("select sha256 from tip_attachments where id = cast(:id as uuid)").param("id", added.getId())
                .query(String.class).single()).isEqualTo(sha256(png));

        byte[] other = screenshot();
        var reused = as("tiepnhan").post(path, file("other.png", "image/png", other), key);
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(reused.body()).contains("Idempotency-Key", "đã được dùng cho một yêu cầu khác",
                "already used for a different request");
        assertThat(stored(tip)).isEqualTo(1);
        var squat = as("tiepnhan").post(path, file("other.png", "image/png", other), "lachan:attachment:" + tip);
        assertThat(squat.statusCode()).isEqualTo(400);
        assertThat(squat.body()).contains("\"field\":\"Idempotency-Key\"", "RESERVED");
        assertThat(stored(tip)).isEqualTo(1);

        var list = as("dieutra").get(path);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        ListAttachmentsResponse listed = Citizen.parse(list, ListAttachmentsResponse.newBuilder());
        assertThat(listed.getAttachmentsList()).containsExactly(added);
        assertThat(list.body()).doesNotContain("\"content\"");

        var opened = as("dieutra").get(path + "/" + added.getId());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        GetAttachmentResponse file = Citizen.parse(opened, GetAttachmentResponse.newBuilder());
        assertThat(file.getAttachment()).isEqualTo(added);
        assertThat(file.getContent().toByteArray()).isEqualTo(png);
        assertThat(sha256(file.getContent().toByteArray())).isEqualTo(added.getSha256());

        var overGrpc = grpcAs("lanhdao.congan").getAttachment(GetAttachmentRequest.newBuilder()
                .setTipId(tip).setId(added.getId()).build());
        assertThat(overGrpc.getContent().toByteArray()).isEqualTo(png);

        assertThat(as("dieutra").get("/api/v1/tips/" + tip + "/attachments/" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
        assertThat(as("dieutra").get("/api/v1/tips/" + UUID.randomUUID() + "/attachments").statusCode()).isEqualTo(404);

        // the key is the officer's own: another officer sending it attaches their own file
        Attachment investigators = attachment(as("dieutra").post(path, file("other.png", "image/png", other), key));
        assertThat(investigators.getId()).isNotEqualTo(added.getId());
        assertThat(investigators.getAddedBy()).isEqualTo("dieutra");
        assertThat(stored(tip)).isEqualTo(2);
    }

    @Test
    void aPngDeclaredAsPdfIsRefusedAndNothingIsStored() throws Exception {
        String tip = tipFor("cong-an-tinh");
        var answer = as("tiepnhan").post("/api/v1/tips/" + tip + "/attachments",
                file("don-to-giac.pdf", "application/pdf", screenshot()), null);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"field\":\"content\"", "CONTENT_MISMATCH", "image/png", "application/pdf",
                "khai báo");
        var unsupported = as("tiepnhan").post("/api/v1/tips/" + tip + "/attachments",
                file("virus.exe", "application/x-msdownload", new byte[] {'M', 'Z', 0, 0}), null);
        assertThat(unsupported.statusCode()).isEqualTo(400);
        assertThat(unsupported.body()).contains("\"field\":\"media_type\"", "UNSUPPORTED");
        assertThat(stored(tip)).isZero();
    }

    @Test
    void anEmptyOrTooLargeFileIsRefusedOverRestAndGrpcAndNothingIsStored() throws Exception {
        String tip = tipFor("cong-an-tinh");
        String path = "/api/v1/tips/" + tip + "/attachments";
        byte[] justTooLarge = Arrays.copyOf(screenshot(), MAX + 1);
        var rest = as("tiepnhan").post(path, file("lon.png", "image/png", justTooLarge), null);
        assertThat(rest.statusCode()).isEqualTo(400);
        assertThat(rest.body()).contains("\"field\":\"content\"", "TOO_LARGE", "716800");

        // beyond the REST body limit the bridge refuses the request before the service sees it
        var tooLargeForRest = as("tiepnhan").post(path, file("rat-lon.png", "image/png", Arrays.copyOf(screenshot(), 900 * 1024)), null);
        assertThat(tooLargeForRest.statusCode()).isEqualTo(400);
        assertThat(tooLargeForRest.body()).contains("\"field\":\"body\"", "TOO_LARGE");

        var grpc = catchThrowableOfType(StatusRuntimeException.class, () -> grpcAs("tiepnhan").addAttachment(
                AddAttachmentRequest.newBuilder().setTipId(tip).setFileName("lon.png").setMediaType("image/png")
                        .setContent(ByteString.copyFrom(Arrays.copyOf(screenshot(), 2 * 1024 * 1024))).build()));
        assertThat(grpc.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        var details = StatusProto.fromThrowable(grpc).getDetailsList().stream()
                .filter(d -> d.is(BadRequest.class)).findFirst().orElseThrow().unpack(BadRequest.class);
        assertThat(details.getFieldViolationsList()).extracting(BadRequest.FieldViolation::getField).containsExactly("content");

        var empty = as("tiepnhan").post(path, "{\"fileName\":\"rong.txt\",\"mediaType\":\"text/plain\"}", null);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("\"field\":\"content\"", "EMPTY");
        assertThat(stored(tip)).isZero();
    }

    @Test
    void aDistrictWithoutNarrativeRightsSeesWhatFilesATipHasButNotTheirContentOrNames() throws Exception {
        String tip = tipFor("huyen-cao-lanh");
        byte[] pdf = ("%PDF-1.4\n% Đơn tố giác của Nguyễn Văn A " + UUID.randomUUID() + "\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
        String path = "/api/v1/tips/" + tip + "/attachments";
        Attachment added = attachment(as("tiepnhan").post(path, file("Don_to_giac_Nguyen_Van_A.pdf", "application/pdf", pdf), null));

        HttpApi district = as("baocao.caolanh");
        var list = district.get(path);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        ListAttachmentsResponse listed = Citizen.parse(list, ListAttachmentsResponse.newBuilder());
        assertThat(listed.getAttachmentsList()).singleElement().satisfies(a -> {
            assertThat(a.getId()).isEqualTo(added.getId());
            assertThat(a.getSha256()).isEqualTo(sha256(pdf));
            assertThat(a.getSizeBytes()).isEqualTo(pdf.length);
            assertThat(a.getMediaType()).isEqualTo("application/pdf");
            assertThat(a.getAddedBy()).isEqualTo("tiepnhan");
            assertThat(a.getFileName()).isEqualTo(vn.lachan.tip.intake.domain.Tip.WITHHELD);
        });
        assertThat(list.body()).doesNotContain("Nguyen_Van_A");

        var open = district.get(path + "/" + added.getId());
        assertThat(open.statusCode()).isEqualTo(403);
        assertThat(open.body()).doesNotContain("JVBERi0"); // the base64 of "%PDF-"
        assertThat(district.post(path, file("them.pdf", "application/pdf", pdf), null).statusCode()).isEqualTo(403);
        assertThat(as("kiemsat").post(path, file("them.pdf", "application/pdf", pdf), null).statusCode()).isEqualTo(403);

        // another district's tips, and a bank, do not see that the tip exists
        assertThat(as("nganhang.vcb").get(path).statusCode()).isEqualTo(404);
        String other = tipFor("huyen-lai-vung");
        assertThat(district.get("/api/v1/tips/" + other + "/attachments").statusCode()).isEqualTo(404);

        // the procuracy may see narratives, so it opens the file
        var procurator = as("kiemsat").get(path + "/" + added.getId());
        assertThat(procurator.statusCode()).as(procurator.body()).isEqualTo(200);
        assertThat(Citizen.<GetAttachmentResponse>parse(procurator, GetAttachmentResponse.newBuilder())
                .getContent().toByteArray()).isEqualTo(pdf);
    }

    @Test
    void addingListingNamesAndOpeningAreAudited() throws Exception {
        String tip = tipFor("huyen-cao-lanh");
        String path = "/api/v1/tips/" + tip + "/attachments";
        Attachment added = attachment(as("tiepnhan").post(path, file("anh.png", "image/png", screenshot()), null));
        as("baocao.caolanh").get(path);
        as("baocao.caolanh").get(path + "/" + added.getId());
        as("dieutra").get(path);
        as("dieutra").get(path + "/" + added.getId());

        assertThat(jdbc.sql("""
                select actor || ' ' || action || ' ' || array_to_string(fields, ',') from audit_log
                where record_type = 'tip' and record_id = :id order by id""")
                .param("id", tip).query(String.class).list()).containsExactly(
                "tiepnhan CREATE ",
                "tiepnhan CREATE attachment",
                "dieutra READ attachment.file_name",
                "dieutra READ attachment");

        var auditor = as("kiemtoan").get("/api/v1/audit/tips?recordId=" + tip);
        assertThat(auditor.statusCode()).as(auditor.body()).isEqualTo(200);
        assertThat(auditor.body()).contains("\"actor\": \"dieutra\"", "\"attachment\"");
    }
}
