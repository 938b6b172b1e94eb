package vn.lachan.platform.error;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.LocalizedMessage;
import io.grpc.StatusException;
import io.grpc.protobuf.StatusProto;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates failures to gRPC statuses carrying {@code google.rpc} details, and back.
 * English goes in the status message and field descriptions, Vietnamese in {@link LocalizedMessage}s.
 */
public final class GrpcErrors {

    public static final String VI = "vi-VN";
    /** The trailer a status with {@code google.rpc} details travels in. */
    public static final io.grpc.Metadata.Key<byte[]> STATUS_DETAILS =
            io.grpc.Metadata.Key.of("grpc-status-details-bin", io.grpc.Metadata.BINARY_BYTE_MARSHALLER);

    private GrpcErrors() {
    }

    public static StatusException toStatus(LachanException failure) {
        var status = com.google.rpc.Status.newBuilder()
                .setCode(codeOf(failure).getNumber())
                .setMessage(failure.en())
                .addDetails(Any.pack(vietnamese(failure.vi())));
        if (failure instanceof ValidationException invalid) {
            var badRequest = BadRequest.newBuilder();
            for (FieldViolation v : invalid.violations()) {
                badRequest.addFieldViolations(BadRequest.FieldViolation.newBuilder()
                        .setField(v.field())
                        .setReason(v.code())
                        .setDescription(v.en())
                        .setLocalizedMessage(vietnamese(v.vi())));
            }
            status.addDetails(Any.pack(badRequest.build()));
        }
        return StatusProto.toStatusException(status.build());
    }

    /** For a failure nobody planned for: no class names, no stack trace, only where to look. */
    public static StatusException internal(String requestId) {
        var status = com.google.rpc.Status.newBuilder()
                .setCode(Code.INTERNAL.getNumber())
                .setMessage("Internal error; quote request id " + requestId + " to the operators.")
                .addDetails(Any.pack(vietnamese("Lỗi hệ thống; báo mã yêu cầu " + requestId + " cho bộ phận vận hành.")))
                .build();
        return StatusProto.toStatusException(status);
    }

    static Code codeOf(LachanException failure) {
        return switch (failure) {
            case ValidationException v -> Code.INVALID_ARGUMENT;
            case NotFoundException n -> Code.NOT_FOUND;
            case ConflictException c -> Code.FAILED_PRECONDITION;
            case ReusedKeyException r -> Code.ALREADY_EXISTS;
            case AccessDeniedException a -> Code.PERMISSION_DENIED;
            case UnavailableException u -> Code.UNAVAILABLE;
            case StaleVersionException s -> Code.ABORTED;
        };
    }

    /** The Vietnamese message of a status, or null when it carries none. */
    public static String vietnameseMessage(com.google.rpc.Status status) {
        for (Any detail : status.getDetailsList()) {
            if (detail.is(LocalizedMessage.class)) {
                try {
                    return detail.unpack(LocalizedMessage.class).getMessage();
                } catch (InvalidProtocolBufferException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The field violations a status carries, in our own terms. */
    public static List<FieldViolation> violations(com.google.rpc.Status status) {
        List<FieldViolation> result = new ArrayList<>();
        for (Any detail : status.getDetailsList()) {
            if (!detail.is(BadRequest.class)) {
                continue;
            }
            try {
                for (var v : detail.unpack(BadRequest.class).getFieldViolationsList()) {
                    String vi = v.hasLocalizedMessage() ? v.getLocalizedMessage().getMessage() : v.getDescription();
                    result.add(new FieldViolation(v.getField(), v.getReason(), vi, v.getDescription()));
                }
            } catch (InvalidProtocolBufferException e) {
                // a detail we cannot read is left out rather than failing the whole answer
            }
        }
        return result;
    }

    private static LocalizedMessage vietnamese(String message) {
        return LocalizedMessage.newBuilder().setLocale(VI).setMessage(message).build();
    }
}
