package vn.lachan.tip.reference.api;

import static vn.lachan.platform.api.Unary.reply;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;
import vn.lachan.platform.security.Callers;
import vn.lachan.tip.reference.ReferenceData;
import vn.lachan.tip.v1.ListModusOperandiRequest;
import vn.lachan.tip.v1.ListModusOperandiResponse;
import vn.lachan.tip.v1.ModusOperandi;
import vn.lachan.tip.v1.ReferenceDataServiceGrpc;
import vn.lachan.tip.v1.SaveModusOperandiRequest;

/** The tips' reference data (the modus operandi list) over gRPC and REST. */
@GrpcService
public class ReferenceDataGrpcService extends ReferenceDataServiceGrpc.ReferenceDataServiceImplBase {

    private final ReferenceData referenceData;

    public ReferenceDataGrpcService(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @Override
    public void listModusOperandi(ListModusOperandiRequest request, StreamObserver<ListModusOperandiResponse> response) {
        Callers.current(); // signed in, whoever it is
        reply(response, ListModusOperandiResponse.newBuilder()
                .addAllModusOperandi(referenceData.modusOperandi(request.getActiveOnly()).stream()
                        .map(ReferenceDataGrpcService::message).toList())
                .build());
    }

    @Override
    public void saveModusOperandi(SaveModusOperandiRequest request, StreamObserver<ModusOperandi> response) {
        reply(response, message(referenceData.save(request.getCode(), request.getLabelVi(), request.getLabelEn(),
                request.hasActive() ? request.getActive() : null,
                request.hasPosition() ? request.getPosition() : null,
                Callers.current())));
    }

    public static ModusOperandi message(vn.lachan.tip.reference.domain.ModusOperandi m) {
        return ModusOperandi.newBuilder()
                .setCode(m.code())
                .setLabelVi(m.labelVi())
                .setLabelEn(m.labelEn())
                .setActive(m.active())
                .setPosition(m.position())
                .build();
    }
}
