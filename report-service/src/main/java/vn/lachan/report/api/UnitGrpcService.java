package vn.lachan.report.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.platform.security.Callers;
import vn.lachan.report.Units;
import vn.lachan.report.v1.GetUnitRequest;
import vn.lachan.report.v1.ListUnitsRequest;
import vn.lachan.report.v1.ListUnitsResponse;
import vn.lachan.report.v1.Unit;
import vn.lachan.report.v1.UnitServiceGrpc;

/** The unit registry over gRPC and (through the platform's bridge) REST. */
@GrpcService
public class UnitGrpcService extends UnitServiceGrpc.UnitServiceImplBase {

    private final Units units;

    public UnitGrpcService(Units units) {
        this.units = units;
    }

    @Override
    public void listUnits(ListUnitsRequest request, StreamObserver<ListUnitsResponse> response) {
        Callers.current(); // signed in, whoever it is
        reply(response, ListUnitsResponse.newBuilder()
                .addAllUnits(units.list(request.getAsOf(), request.getKind()).stream().map(UnitGrpcService::message).toList())
                .build());
    }

    @Override
    public void getUnit(GetUnitRequest request, StreamObserver<Unit> response) {
        Callers.current();
        reply(response, message(units.get(request.getCode())));
    }

    static Unit message(vn.lachan.report.domain.Unit u) {
        return Unit.newBuilder()
                .setCode(u.code())
                .setKind(u.kind())
                .setParent(u.parent() == null ? "" : u.parent())
                .setNameVi(u.nameVi())
                .setNameEn(u.nameEn())
                .setValidFrom(u.validFrom().toString())
                .setValidTo(u.validTo() == null ? "" : u.validTo().toString())
                .addAllSuccessors(u.successors())
                .setSource(u.source())
                .setStateBody(u.stateBody())
                .build();
    }
}
