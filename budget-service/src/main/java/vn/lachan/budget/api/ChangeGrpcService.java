package vn.lachan.budget.api;

import static vn.lachan.budget.api.BudgetTranslator.money;
import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.budget.BudgetChanges;
import vn.lachan.budget.domain.AllocationStatus;
import vn.lachan.budget.domain.BudgetChange;
import vn.lachan.budget.domain.ChangeDraft;
import vn.lachan.budget.domain.ChangeKind;
import vn.lachan.budget.domain.Movement;
import vn.lachan.budget.domain.YearPlan;
import vn.lachan.budget.v1.ApproveChangeRequest;
import vn.lachan.budget.v1.BudgetChangeServiceGrpc;
import vn.lachan.budget.v1.GetChangeRequest;
import vn.lachan.budget.v1.GetYearPlanRequest;
import vn.lachan.budget.v1.ListChangesRequest;
import vn.lachan.budget.v1.ListChangesResponse;
import vn.lachan.budget.v1.RejectChangeRequest;
import vn.lachan.budget.v1.RequestCarryForwardRequest;
import vn.lachan.budget.v1.RequestRevisionRequest;
import vn.lachan.budget.v1.RequestTransferRequest;
import vn.lachan.budget.v1.Revision;
import vn.lachan.platform.api.Ids;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Callers;

/** Transfers, revisions and carry-forwards over gRPC and REST. */
@GrpcService
public class ChangeGrpcService extends BudgetChangeServiceGrpc.BudgetChangeServiceImplBase {

    private final BudgetChanges changes;

    public ChangeGrpcService(BudgetChanges changes) {
        this.changes = changes;
    }

    @Override
    public void requestTransfer(RequestTransferRequest request, StreamObserver<vn.lachan.budget.v1.BudgetChange> response) {
        var t = request.getTransfer();
        Caller caller = Callers.current();
        reply(response, message(changes.request(new ChangeDraft(ChangeKind.TRANSFER, "transfer", t.getFromLineId(),
                t.getFromUnit(), t.getToLineId(), t.getToUnit(), t.getFundingSource(), t.getAmount().getDong(),
                t.getNote()), IdempotencyKeys.request(request, caller), caller)));
    }

    @Override
    public void requestRevision(RequestRevisionRequest request, StreamObserver<vn.lachan.budget.v1.BudgetChange> response) {
        var r = request.getRevision();
        Caller caller = Callers.current();
        String line = request.getLineId().isBlank() ? "?" : request.getLineId();
        String from = r.getDirection() == Revision.Direction.DECREASE ? line : null;
        String to = r.getDirection() == Revision.Direction.INCREASE ? line : null;
        reply(response, message(changes.request(new ChangeDraft(ChangeKind.REVISION, "revision", from, null, to, null,
                r.getFundingSource(), r.getAmount().getDong(), r.getNote()), IdempotencyKeys.request(request, caller),
                caller)));
    }

    @Override
    public void requestCarryForward(RequestCarryForwardRequest request,
            StreamObserver<vn.lachan.budget.v1.BudgetChange> response) {
        var c = request.getCarryForward();
        Caller caller = Callers.current();
        String line = request.getLineId().isBlank() ? "?" : request.getLineId();
        reply(response, message(changes.request(new ChangeDraft(ChangeKind.CARRY_FORWARD, "carry_forward", line,
                c.getUnit(), null, null, c.getFundingSource(), c.getAmount().getDong(), c.getNote()),
                IdempotencyKeys.request(request, caller), caller)));
    }

    @Override
    public void approveChange(ApproveChangeRequest request, StreamObserver<vn.lachan.budget.v1.BudgetChange> response) {
        reply(response, message(changes.approve(Ids.uuid("id", request.getId()), request.getNote(), Callers.current())));
    }

    @Override
    public void rejectChange(RejectChangeRequest request, StreamObserver<vn.lachan.budget.v1.BudgetChange> response) {
        reply(response, message(changes.reject(Ids.uuid("id", request.getId()), request.getNote(), Callers.current())));
    }

    @Override
    public void getChange(GetChangeRequest request, StreamObserver<vn.lachan.budget.v1.BudgetChange> response) {
        reply(response, message(changes.get(Ids.uuid("id", request.getId()), Callers.current())));
    }

    @Override
    public void listChanges(ListChangesRequest request, StreamObserver<ListChangesResponse> response) {
        AllocationStatus status = switch (request.getStatus()) {
            case REQUESTED -> AllocationStatus.REQUESTED;
            case APPROVED -> AllocationStatus.APPROVED;
            case REJECTED -> AllocationStatus.REJECTED;
            default -> null;
        };
        ChangeKind kind = switch (request.getKind()) {
            case TRANSFER -> ChangeKind.TRANSFER;
            case REVISION -> ChangeKind.REVISION;
            case CARRY_FORWARD -> ChangeKind.CARRY_FORWARD;
            default -> null;
        };
        var found = changes.list(request.getYear(), kind, status, request.getLineId(), request.getUnit(), Callers.current());
        reply(response, ListChangesResponse.newBuilder()
                .addAllChanges(found.stream().map(ChangeGrpcService::message).toList()).build());
    }

    @Override
    public void getYearPlan(GetYearPlanRequest request, StreamObserver<vn.lachan.budget.v1.YearPlan> response) {
        YearPlan p = changes.yearPlan(request.getYear(), Callers.current());
        reply(response, vn.lachan.budget.v1.YearPlan.newBuilder()
                .setYear(p.year())
                .setAppendix(money(p.appendix()))
                .setRevisedUp(money(p.revisedUp()))
                .setRevisedDown(money(p.revisedDown()))
                .setCarriedIn(money(p.carriedIn()))
                .setCarriedOut(money(p.carriedOut()))
                .setPlanned(money(p.planned()))
                .setLinesTotal(money(p.linesTotal()))
                .setReconciled(p.reconciled())
                .setApprovedChanges(p.approvedChanges())
                .build());
    }

    static vn.lachan.budget.v1.BudgetChange message(BudgetChange c) {
        var m = vn.lachan.budget.v1.BudgetChange.newBuilder()
                .setId(c.id().toString())
                .setKind(vn.lachan.budget.v1.BudgetChange.Kind.valueOf(c.kind().name()))
                .setYear(c.year())
                .setFundingSource(c.fundingSource())
                .setAmount(money(c.amount()))
                .setNote(c.note())
                .setStatus(vn.lachan.budget.v1.Allocation.Status.valueOf(c.status().name()))
                .setRequestedBy(c.requestedBy())
                .setRequestedAt(ProtoTime.timestamp(c.requestedAt()));
        if (c.fromLineId() != null) {
            m.setFromLineId(c.fromLineId());
        }
        if (c.fromUnit() != null) {
            m.setFromUnit(c.fromUnit());
        }
        if (c.toLineId() != null) {
            m.setToLineId(c.toLineId());
        }
        if (c.toUnit() != null) {
            m.setToUnit(c.toUnit());
        }
        if (c.decidedBy() != null) {
            m.setDecidedBy(c.decidedBy()).setDecidedAt(ProtoTime.timestamp(c.decidedAt()));
        }
        if (c.decisionNote() != null) {
            m.setDecisionNote(c.decisionNote());
        }
        for (Movement mv : c.movements()) {
            var b = vn.lachan.budget.v1.Movement.newBuilder().setLineId(mv.lineId())
                    .setDelta(money(mv.delta())).setBefore(money(mv.before())).setAfter(money(mv.after()));
            if (mv.unit() != null) {
                b.setUnit(mv.unit());
            }
            if (mv.source() != null) {
                b.setFundingSource(mv.source());
            }
            m.addMovements(b);
        }
        return m.build();
    }
}
