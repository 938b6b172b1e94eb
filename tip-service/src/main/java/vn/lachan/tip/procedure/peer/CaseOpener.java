package vn.lachan.tip.procedure.peer;

import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import vn.lachan.cases.v1.Case;
import vn.lachan.cases.v1.CaseServiceGrpc;
import vn.lachan.cases.v1.DecidedBy;
import vn.lachan.cases.v1.ListCasesRequest;
import vn.lachan.cases.v1.OpenCaseRequest;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.GrpcErrors;
import vn.lachan.platform.error.UnavailableException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.peer.PeerSettings;
import vn.lachan.platform.security.ServiceAccount;
import vn.lachan.tip.procedure.domain.CaseRef;
import vn.lachan.tip.procedure.domain.Outcome;
import vn.lachan.tip.procedure.domain.PendingProsecution;

/**
 * Opens the case of a tip decided "prosecute" in case-service, over gRPC with a deadline: with the officer's own
 * token (the platform forwards it) while they wait, or with tip-service's own account when the reconciler completes
 * a decision whose officer's call did not finish. Every call carries the same request (the deciding officer named
 * in {@code decided_by}) and the idempotency key made from the tip's id, so however often and by whom it is sent,
 * case-service opens one case.
 */
@Component
public class CaseOpener {

    private final CaseServiceGrpc.CaseServiceBlockingStub cases;
    private final Duration deadline;
    private final ServiceAccount account;

    public CaseOpener(GrpcChannelFactory channels, PeerSettings peers, ServiceAccount account) {
        this.cases = CaseServiceGrpc.newBlockingStub(channels.createChannel("case-service"));
        this.deadline = peers.deadline();
        this.account = account;
    }

    /**
     * The idempotency key of the case opened from a tip: one tip, one case. It is one of the platform's reserved
     * keys, so it belongs to no officer (another officer's retry finds the same case) and no caller can take it.
     */
    public static String idempotencyKey(UUID tipId) {
        return IdempotencyKeys.caseOfTip(tipId);
    }

    /** Who the call to case-service is made as. */
    public enum As {
        /** the officer deciding, whose token the call being served carries */
        OFFICER,
        /** tip-service's own account, for the officer who decided (the reconciler) */
        TIP_SERVICE
    }

    /** Opens the pending prosecution's case (or finds the one an earlier attempt opened). */
    public CaseRef open(PendingProsecution pending, As as) {
        UUID tipId = pending.tipId();
        Outcome.Prosecute p = pending.prosecute();
        Metadata headers = new Metadata();
        headers.put(IdempotencyKeys.HEADER, idempotencyKey(tipId));
        var stub = stub().withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
        if (as == As.TIP_SERVICE) {
            stub = stub.withCallCredentials(account.credentials());
        }
        try {
            Case opened = stub.openCase(OpenCaseRequest.newBuilder().setCase(Case.newBuilder()
                            .setTitle(p.caseTitle())
                            .setPenalCodeArticle(p.penalCodeArticle())
                            .setClause(p.clause())
                            .setLeadUnit(p.leadUnit())
                            .addTipIds(tipId.toString()))
                    .setDecidedBy(DecidedBy.newBuilder().setName(pending.decidedBy()).setUnit(pending.decidedUnit()))
                    .build());
            return new CaseRef(UUID.fromString(opened.getId()), opened.getNumber());
        } catch (StatusRuntimeException e) {
            throw translated(tipId, e);
        }
    }

    private CaseServiceGrpc.CaseServiceBlockingStub stub() {
        return cases.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    private RuntimeException translated(UUID tipId, StatusRuntimeException e) {
        Status.Code code = e.getStatus().getCode();
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        String vi = status == null ? null : GrpcErrors.vietnameseMessage(status);
        String en = e.getStatus().getDescription();
        return switch (code) {
            case UNAVAILABLE, DEADLINE_EXCEEDED -> new UnavailableException("case-service", e);
            // case-service checks its fields under "case."; the caller wrote them under "prosecute."
            case INVALID_ARGUMENT -> status == null || GrpcErrors.violations(status).isEmpty() ? e
                    : new ValidationException(GrpcErrors.violations(status).stream()
                            .map(v -> new FieldViolation(v.field().replaceFirst("^case\\.", "prosecute."), v.code(),
                                    v.vi(), v.en()))
                            .toList());
            case PERMISSION_DENIED -> new AccessDeniedException(vi == null ? "Không được khởi tố vụ án." : vi,
                    en == null ? "You may not open cases." : en);
            // the key refused (ALREADY_EXISTS; FAILED_PRECONDITION from a case-service before the platform's keys)
            case ALREADY_EXISTS, FAILED_PRECONDITION -> earlierCaseDiffers(tipId, e);
            default -> e;
        };
    }

    /** case-service refuses the key: an earlier attempt opened this tip's case with other details. Say which. */
    private RuntimeException earlierCaseDiffers(UUID tipId, StatusRuntimeException refusal) {
        List<Case> earlier;
        try {
            earlier = stub().listCases(ListCasesRequest.newBuilder().setTipId(tipId.toString()).setPageSize(1).build())
                    .getCasesList();
        } catch (StatusRuntimeException e) {
            return refusal;
        }
        if (earlier.isEmpty()) {
            return refusal;
        }
        Case c = earlier.getFirst();
        return new ConflictException(
                "Vụ án " + c.getNumber() + " (Điều " + c.getPenalCodeArticle() + " khoản " + c.getClause()
                        + ", đơn vị chủ trì " + c.getLeadUnit() + ") đã được khởi tố từ tin báo này ở lần gọi trước;"
                        + " hãy gửi lại quyết định với đúng các thông tin đó.",
                "Case " + c.getNumber() + " (article " + c.getPenalCodeArticle() + ", clause " + c.getClause()
                        + ", lead unit " + c.getLeadUnit() + ") was already opened from this tip by an earlier attempt;"
                        + " repeat the decision with those same details.");
    }
}
