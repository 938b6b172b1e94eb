package vn.lachan.cases.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.cases.Restitutions;
import vn.lachan.cases.v1.AddVictimClaimRequest;
import vn.lachan.cases.v1.DecideReturnRequest;
import vn.lachan.cases.v1.ListReturnsRequest;
import vn.lachan.cases.v1.ListReturnsResponse;
import vn.lachan.cases.v1.ListVictimClaimsRequest;
import vn.lachan.cases.v1.ListVictimClaimsResponse;
import vn.lachan.cases.v1.ReportReturnExecutedRequest;
import vn.lachan.cases.v1.RestitutionServiceGrpc;
import vn.lachan.cases.v1.ReturnDecision;
import vn.lachan.cases.v1.ReturnInstruction;
import vn.lachan.cases.v1.ReturnStatus;
import vn.lachan.cases.v1.VictimClaim;
import vn.lachan.platform.api.Ids;
import vn.lachan.platform.api.Paging;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.security.Callers;

/** The restitution contract over gRPC (and, through the platform's bridge, REST). */
@GrpcService
public class RestitutionGrpcService extends RestitutionServiceGrpc.RestitutionServiceImplBase {

    private final Restitutions restitutions;

    public RestitutionGrpcService(Restitutions restitutions) {
        this.restitutions = restitutions;
    }

    @Override
    public void addVictimClaim(AddVictimClaimRequest request, StreamObserver<VictimClaim> response) {
        var caller = Callers.current();
        var added = restitutions.addClaim(RestitutionTranslator.draft(request), IdempotencyKeys.request(request, caller),
                caller);
        reply(response, RestitutionTranslator.message(added));
    }

    @Override
    public void listVictimClaims(ListVictimClaimsRequest request, StreamObserver<ListVictimClaimsResponse> response) {
        var claims = restitutions.claims(Ids.uuid("case_id", request.getCaseId()), Callers.current());
        reply(response, ListVictimClaimsResponse.newBuilder()
                .addAllVictimClaims(claims.stream().map(RestitutionTranslator::message).toList())
                .build());
    }

    @Override
    public void decideReturn(DecideReturnRequest request, StreamObserver<ReturnDecision> response) {
        var caller = Callers.current();
        Ids.uuid("case_id", request.getCaseId());
        var decided = restitutions.decide(RestitutionTranslator.draft(request), IdempotencyKeys.request(request, caller),
                caller);
        reply(response, RestitutionTranslator.message(decided));
    }

    @Override
    public void listReturns(ListReturnsRequest request, StreamObserver<ListReturnsResponse> response) {
        Paging paging = Paging.of(request.getPageSize(), request.getPageToken());
        var caseId = request.getCaseId().isBlank() ? null : Ids.uuid("case_id", request.getCaseId());
        if (request.getStatus() == ReturnStatus.UNRECOGNIZED) {
            new Violations().add("status", "UNKNOWN_VALUE", "Trạng thái không hợp lệ.", "Unknown status.").throwIfAny();
        }
        var status = request.getStatus() == ReturnStatus.RETURN_STATUS_UNSPECIFIED ? null
                : vn.lachan.cases.domain.ReturnStatus.valueOf(request.getStatus().name());
        var page = restitutions.instructions(caseId, status, paging.limit(), paging.offset(), Callers.current());
        reply(response, ListReturnsResponse.newBuilder()
                .addAllReturns(page.stream().map(RestitutionTranslator::message).toList())
                .setNextPageToken(paging.nextToken(page.size()))
                .build());
    }

    @Override
    public void reportReturnExecuted(ReportReturnExecutedRequest request, StreamObserver<ReturnInstruction> response) {
        var reported = restitutions.reportExecuted(Ids.uuid("id", request.getId()),
                RestitutionTranslator.execution(request), Callers.current());
        reply(response, RestitutionTranslator.message(reported));
    }
}
