package vn.lachan.cases.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.cases.UrgentHolds;
import vn.lachan.cases.v1.CreateUrgentHoldRequest;
import vn.lachan.cases.v1.GetUrgentHoldRequest;
import vn.lachan.cases.v1.ListUrgentHoldsRequest;
import vn.lachan.cases.v1.ListUrgentHoldsResponse;
import vn.lachan.cases.v1.RespondToUrgentHoldRequest;
import vn.lachan.cases.v1.UrgentHold;
import vn.lachan.cases.v1.UrgentHoldServiceGrpc;
import vn.lachan.cases.v1.UrgentHoldStatus;
import vn.lachan.platform.api.Ids;
import vn.lachan.platform.api.Paging;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.security.Callers;
import vn.lachan.platform.unit.UnitCodes;

/** The urgent-hold contract over gRPC (and, through the platform's bridge, REST). */
@GrpcService
public class UrgentHoldGrpcService extends UrgentHoldServiceGrpc.UrgentHoldServiceImplBase {

    private final UrgentHolds holds;

    public UrgentHoldGrpcService(UrgentHolds holds) {
        this.holds = holds;
    }

    @Override
    public void createUrgentHold(CreateUrgentHoldRequest request, StreamObserver<UrgentHold> response) {
        var caller = Callers.current();
        var sent = holds.send(UrgentHoldTranslator.draft(request), IdempotencyKeys.request(request, caller), caller);
        reply(response, UrgentHoldTranslator.message(sent, holds.clocks(), holds.now()));
    }

    @Override
    public void getUrgentHold(GetUrgentHoldRequest request, StreamObserver<UrgentHold> response) {
        var found = holds.get(Ids.uuid("id", request.getId()), Callers.current());
        reply(response, UrgentHoldTranslator.message(found, holds.clocks(), holds.now()));
    }

    @Override
    public void listUrgentHolds(ListUrgentHoldsRequest request, StreamObserver<ListUrgentHoldsResponse> response) {
        Paging paging = Paging.of(request.getPageSize(), request.getPageToken());
        var tipId = request.getTipId().isBlank() ? null : Ids.uuid("tip_id", request.getTipId());
        String bank = request.getBank().isBlank() ? null : request.getBank();
        Violations v = new Violations();
        if (bank != null) {
            UnitCodes.check(v, "bank", bank);
        }
        if (request.getStatus() == UrgentHoldStatus.UNRECOGNIZED) {
            v.add("status", "UNKNOWN_VALUE", "Trạng thái không hợp lệ.", "Unknown status.");
        }
        v.throwIfAny();
        var status = request.getStatus() == UrgentHoldStatus.URGENT_HOLD_STATUS_UNSPECIFIED ? null
                : vn.lachan.cases.domain.UrgentHoldStatus.valueOf(request.getStatus().name().substring("URGENT_".length()));
        var page = holds.list(tipId, bank, status, paging.limit(), paging.offset(), Callers.current());
        var now = holds.now();
        reply(response, ListUrgentHoldsResponse.newBuilder()
                .addAllUrgentHolds(page.stream().map(h -> UrgentHoldTranslator.message(h, holds.clocks(), now)).toList())
                .setNextPageToken(paging.nextToken(page.size()))
                .build());
    }

    @Override
    public void respondToUrgentHold(RespondToUrgentHoldRequest request, StreamObserver<UrgentHold> response) {
        var caller = Callers.current();
        var answered = holds.respond(Ids.uuid("id", request.getId()), UrgentHoldTranslator.response(request),
                IdempotencyKeys.request(request, caller), caller);
        reply(response, UrgentHoldTranslator.message(answered, holds.clocks(), holds.now()));
    }
}
