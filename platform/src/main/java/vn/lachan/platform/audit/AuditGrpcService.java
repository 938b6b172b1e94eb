package vn.lachan.platform.audit;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.lachan.audit.v1.AuditAnchor;
import vn.lachan.audit.v1.VerifyAuditChainRequest;
import vn.lachan.audit.v1.VerifyAuditChainResponse;
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
    private final DataSource dataSource;

    public AuditGrpcService(AuditLog log, String apiName, DataSource dataSource) {
        this.log = log;
        this.apiName = apiName;
        this.dataSource = dataSource;
    }

    private Caller auditor(String service) {
        Caller caller = Callers.current();
        if (!caller.has(Roles.AUDITOR)) {
            throw new AccessDeniedException("Chỉ kiểm toán viên được xem nhật ký truy cập.",
                    "Only auditors may read the audit log.");
        }
        if (!apiName.equals(service)) {
            throw new ValidationException(new FieldViolation("service", "UNKNOWN_VALUE",
                    "Dịch vụ này giữ nhật ký của '" + apiName + "'.", "This service keeps the log of '" + apiName + "'."));
        }
        return caller;
    }

    @Override
    public void verifyAuditChain(VerifyAuditChainRequest request, StreamObserver<VerifyAuditChainResponse> response) {
        Caller caller = auditor(request.getService());
        List<AuditChain.Head> anchors = new ArrayList<>();
        for (int i = 0; i < request.getAnchorsCount(); i++) {
            var anchor = request.getAnchors(i);
            if (anchor.getId() <= 0 || !anchor.getHash().matches("[0-9a-fA-F]{64}")) {
                throw new ValidationException(new FieldViolation("anchors[" + i + "]", "MALFORMED",
                        "Mốc phải có id dương và hash SHA-256 dạng hex (64 ký tự).",
                        "An anchor needs a positive id and a hex SHA-256 hash (64 characters)."));
            }
            anchors.add(AuditChain.Head.of(anchor.getId(), anchor.getHash()));
        }
        AuditChain.Result result;
        try (Connection connection = dataSource.getConnection()) {
            result = AuditChain.verify(connection, anchors);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit log", e);
        }
        log.record(caller, "VERIFY", "audit_log", apiName, List.of());
        reply(response, VerifyAuditChainResponse.newBuilder()
                .setIntact(result.intact())
                .setEntriesChecked(result.checked())
                .setFirstBrokenId(result.firstBroken())
                .setProblemVi(result.problemVi())
                .setProblemEn(result.problemEn())
                .setHead(AuditAnchor.newBuilder().setId(result.head().id()).setHash(result.head().hex()))
                .build());
    }

    @Override
    public void listAuditEntries(ListAuditEntriesRequest request, StreamObserver<ListAuditEntriesResponse> response) {
        Caller caller = auditor(request.getService());
        Paging paging = Paging.of(request.getPageSize(), request.getPageToken());
        var entries = log.list(blankToNull(request.getRecordId()), blankToNull(request.getActor()),
                paging.limit(), paging.offset());
        log.record(caller, AuditLog.READ, "audit_log", apiName, List.of());
        reply(response, ListAuditEntriesResponse.newBuilder()
                .addAllEntries(entries.stream().map(e -> AuditEntry.newBuilder()
                        .setId(e.id()).setAt(ProtoTime.timestamp(e.at())).setActor(e.actor())
                        .setActorUnit(e.actorUnit()).setAction(e.action()).setRecordType(e.recordType())
                        .setRecordId(e.recordId()).addAllFields(e.fields()).setRequestId(e.requestId())
                        .setHash(e.hash())
                        .build()).toList())
                .setNextPageToken(paging.nextToken(entries.size()))
                .build());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
