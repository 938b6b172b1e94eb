package vn.lachan.platform.audit;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import vn.lachan.audit.v1.AuditEntry;
import vn.lachan.audit.v1.AuditServiceGrpc;
import vn.lachan.audit.v1.ListAuditEntriesRequest;
import vn.lachan.audit.v1.ListAuditEntriesResponse;
import vn.lachan.platform.api.Paging;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Callers;
import vn.lachan.platform.security.Roles;

/** The service's audit log for auditors: read-only, there is no RPC that changes it. */
public class AuditGrpcService extends AuditServiceGrpc.AuditServiceImplBase {

    private final AuditLog log;
    private final String apiName;

    public AuditGrpcService(AuditLog log, String apiName) {
        this.log = log;
        this.apiName = apiName;
    }

    @Override
    public void listAuditEntries(ListAuditEntriesRequest request, StreamObserver<ListAuditEntriesResponse> response) {
        Caller caller = Callers.current();
        if (!caller.has(Roles.AUDITOR)) {
            throw new AccessDeniedException("Chỉ kiểm toán viên được xem nhật ký truy cập.",
                    "Only auditors may read the audit log.");
        }
        if (!apiName.equals(request.getService())) {
            throw new ValidationException(new FieldViolation("service", "UNKNOWN_VALUE",
                    "Dịch vụ này giữ nhật ký của '" + apiName + "'.", "This service keeps the log of '" + apiName + "'."));
        }
        Paging paging = Paging.of(request.getPageSize(), request.getPageToken());
        var entries = log.list(blankToNull(request.getRecordId()), blankToNull(request.getActor()),
                paging.limit(), paging.offset());
        log.record(caller, AuditLog.READ, "audit_log", apiName, java.util.List.of());
        reply(response, ListAuditEntriesResponse.newBuilder()
                .addAllEntries(entries.stream().map(e -> AuditEntry.newBuilder()
                        .setId(e.id()).setAt(ProtoTime.timestamp(e.at())).setActor(e.actor())
                        .setActorUnit(e.actorUnit()).setAction(e.action()).setRecordType(e.recordType())
                        .setRecordId(e.recordId()).addAllFields(e.fields()).setRequestId(e.requestId())
                        .build()).toList())
                .setNextPageToken(paging.nextToken(entries.size()))
                .build());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
