package vn.lachan.tip.attachments.api;

import static vn.lachan.platform.api.Unary.reply;

import com.google.protobuf.ByteString;
import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.platform.api.Ids;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.security.Callers;
import vn.lachan.tip.attachments.TipAttachments;
import vn.lachan.tip.v1.AddAttachmentRequest;
import vn.lachan.tip.v1.Attachment;
import vn.lachan.tip.v1.AttachmentServiceGrpc;
import vn.lachan.tip.v1.GetAttachmentRequest;
import vn.lachan.tip.v1.GetAttachmentResponse;
import vn.lachan.tip.v1.ListAttachmentsRequest;
import vn.lachan.tip.v1.ListAttachmentsResponse;

/** Attachments of tips over gRPC and REST. */
@GrpcService
public class AttachmentGrpcService extends AttachmentServiceGrpc.AttachmentServiceImplBase {

    private final TipAttachments attachments;

    public AttachmentGrpcService(TipAttachments attachments) {
        this.attachments = attachments;
    }

    @Override
    public void addAttachment(AddAttachmentRequest request, StreamObserver<Attachment> response) {
        var caller = Callers.current();
        reply(response, message(attachments.add(Ids.uuid("tip_id", request.getTipId()), request.getFileName(),
                request.getMediaType(), request.getContent().toByteArray(), IdempotencyKeys.request(request, caller),
                caller)));
    }

    @Override
    public void listAttachments(ListAttachmentsRequest request, StreamObserver<ListAttachmentsResponse> response) {
        var files = attachments.list(Ids.uuid("tip_id", request.getTipId()), Callers.current());
        reply(response, ListAttachmentsResponse.newBuilder()
                .addAllAttachments(files.stream().map(AttachmentGrpcService::message).toList())
                .build());
    }

    @Override
    public void getAttachment(GetAttachmentRequest request, StreamObserver<GetAttachmentResponse> response) {
        var file = attachments.open(Ids.uuid("tip_id", request.getTipId()), Ids.uuid("id", request.getId()),
                Callers.current());
        reply(response, GetAttachmentResponse.newBuilder()
                .setAttachment(message(file.attachment()))
                .setContent(ByteString.copyFrom(file.content()))
                .build());
    }

    static Attachment message(vn.lachan.tip.attachments.domain.Attachment a) {
        return Attachment.newBuilder()
                .setId(a.id().toString())
                .setTipId(a.tipId().toString())
                .setFileName(a.fileName())
                .setMediaType(a.type().mediaType())
                .setSizeBytes(a.sizeBytes())
                .setSha256(a.sha256())
                .setAddedBy(a.addedBy())
                .setAddedByUnit(a.addedByUnit())
                .setAddedAt(ProtoTime.timestamp(a.addedAt()))
                .build();
    }
}
