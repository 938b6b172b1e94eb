package vn.lachan.cases.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.cases.Cases;
import vn.lachan.cases.domain.CaseProcedure;
import vn.lachan.cases.domain.PenalCode;
import vn.lachan.cases.v1.Case;
import vn.lachan.cases.v1.CaseServiceGrpc;
import vn.lachan.cases.v1.DecideInvestigationExtensionRequest;
import vn.lachan.cases.v1.GetCaseRequest;
import vn.lachan.cases.v1.ListCasesRequest;
import vn.lachan.cases.v1.ListCasesResponse;
import vn.lachan.cases.v1.ListPenalCodeArticlesRequest;
import vn.lachan.cases.v1.ListPenalCodeArticlesResponse;
import vn.lachan.cases.v1.MoveCaseRequest;
import vn.lachan.cases.v1.OpenCaseRequest;
import vn.lachan.cases.v1.RequestInvestigationExtensionRequest;
import vn.lachan.cases.v1.SetCaseFlagsRequest;
import vn.lachan.platform.api.Ids;
import vn.lachan.platform.api.Paging;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Callers;

/** The case contract over gRPC (and, through the platform's bridge, REST). */
@GrpcService
public class CaseGrpcService extends CaseServiceGrpc.CaseServiceImplBase {

    private final Cases cases;

    public CaseGrpcService(Cases cases) {
        this.cases = cases;
    }

    @Override
    public void openCase(OpenCaseRequest request, StreamObserver<Case> response) {
        var caller = Callers.current();
        var opened = cases.open(CaseTranslator.draft(request.getCase()), CaseTranslator.decidedBy(request),
                IdempotencyKeys.request(request, caller), caller);
        // answered as GetCase answers it, so a case reads back the same however it is read
        reply(response, CaseTranslator.message(cases.withHistory(opened), cases.today(), caller));
    }

    @Override
    public void listPenalCodeArticles(ListPenalCodeArticlesRequest request,
                                      StreamObserver<ListPenalCodeArticlesResponse> response) {
        // the law is public: any signed-in caller (the platform has checked the token)
        reply(response, CaseTranslator.penalCode(PenalCode.articles().stream()
                .filter(a -> request.getArticle() == 0 || a.number() == request.getArticle()).toList()));
    }

    @Override
    public void getCase(GetCaseRequest request, StreamObserver<Case> response) {
        Caller caller = Callers.current();
        var procedure = cases.procedure(Ids.uuid("id", request.getId()), caller);
        reply(response, CaseTranslator.message(procedure, cases.today(), caller));
    }

    @Override
    public void moveCase(MoveCaseRequest request, StreamObserver<Case> response) {
        Caller caller = Callers.current();
        var step = new CaseProcedure.Step(request.getReason(), request.getDocumentNumber(), request.getDocumentDate());
        var moved = cases.move(Ids.uuid("id", request.getId()), CaseTranslator.move(request.getMove()), step,
                request.getCourtUnit(), IdempotencyKeys.request(request, caller), caller);
        reply(response, CaseTranslator.message(moved, cases.today(), caller));
    }

    @Override
    public void requestInvestigationExtension(RequestInvestigationExtensionRequest request,
                                              StreamObserver<Case> response) {
        Caller caller = Callers.current();
        var step = new CaseProcedure.Step(request.getReason(), request.getDocumentNumber(), request.getDocumentDate());
        var asked = cases.requestExtension(Ids.uuid("id", request.getId()), request.getMonths(), step,
                IdempotencyKeys.request(request, caller), caller);
        reply(response, CaseTranslator.message(asked, cases.today(), caller));
    }

    @Override
    public void decideInvestigationExtension(DecideInvestigationExtensionRequest request,
                                             StreamObserver<Case> response) {
        Caller caller = Callers.current();
        var step = new CaseProcedure.Step(request.getReason(), request.getDocumentNumber(), request.getDocumentDate());
        var decided = cases.decideExtension(Ids.uuid("id", request.getId()), request.getApprove(), request.getMonths(),
                step, IdempotencyKeys.request(request, caller), caller);
        reply(response, CaseTranslator.message(decided, cases.today(), caller));
    }

    @Override
    public void setCaseFlags(SetCaseFlagsRequest request, StreamObserver<Case> response) {
        Caller caller = Callers.current();
        var changed = cases.setFlags(Ids.uuid("id", request.getId()), CaseTranslator.flags(request),
                request.getReason(), IdempotencyKeys.request(request, caller), caller);
        reply(response, CaseTranslator.message(changed, cases.today(), caller));
    }

    @Override
    public void listCases(ListCasesRequest request, StreamObserver<ListCasesResponse> response) {
        Paging paging = Paging.of(request.getPageSize(), request.getPageToken());
        String unit = request.getLeadUnit().isBlank() ? null : request.getLeadUnit();
        var tipId = request.getTipId().isBlank() ? null : Ids.uuid("tip_id", request.getTipId());
        var page = cases.list(unit, tipId, paging.limit(), paging.offset(), Callers.current());
        reply(response, ListCasesResponse.newBuilder()
                .addAllCases(page.stream().map(CaseTranslator::message).toList())
                .setNextPageToken(paging.nextToken(page.size()))
                .build());
    }
}
