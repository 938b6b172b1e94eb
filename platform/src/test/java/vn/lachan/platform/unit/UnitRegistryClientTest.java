package vn.lachan.platform.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lachan.platform.error.UnavailableException;
import vn.lachan.report.v1.GetUnitRequest;
import vn.lachan.report.v1.Unit;
import vn.lachan.report.v1.UnitServiceGrpc;

/** What each answer of the registry becomes for the service that asked: a unit, nothing, or a clear 503. */
class UnitRegistryClientTest {

    /** The registry's answer for the next question: a unit for the code, or this status. */
    volatile Status answer = Status.OK;
    Server server;
    ManagedChannel channel;
    UnitRegistryClient client;

    @BeforeEach
    void start() throws Exception {
        String name = "unit-registry-" + UUID.randomUUID();
        server = InProcessServerBuilder.forName(name).addService(new UnitServiceGrpc.UnitServiceImplBase() {
            @Override
            public void getUnit(GetUnitRequest request, StreamObserver<Unit> response) {
                if (!answer.isOk()) {
                    response.onError(answer.asRuntimeException());
                    return;
                }
                response.onNext(Unit.newBuilder().setCode(request.getCode()).setKind("commune").setStateBody(true)
                        .setNameVi("Ủy ban nhân dân xã Lai Vung").setNameEn("Lai Vung Commune People's Committee")
                        .setValidFrom("2025-07-01").build());
                response.onCompleted();
            }
        }).build().start();
        channel = InProcessChannelBuilder.forName(name).build();
        client = new UnitRegistryClient(UnitServiceGrpc.newBlockingStub(channel), Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        channel.shutdownNow();
        server.shutdownNow();
    }

    @Test
    void aKnownUnitComesBackAsTheRegistrySaysIt() {
        RegisteredUnit unit = client.find("xa-lai-vung").orElseThrow();

        assertThat(unit.code()).isEqualTo("xa-lai-vung");
        assertThat(unit.stateBody()).isTrue();
        assertThat(unit.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(unit.validTo()).isNull();
    }

    @Test
    void aCodeTheRegistryDoesNotKnowOrRefusesAsMalformedIsEmpty() {
        answer = Status.NOT_FOUND;
        assertThat(client.find("so-khong-co")).isEmpty();
        answer = Status.INVALID_ARGUMENT;
        assertThat(client.find("SO KHONG CO")).isEmpty();
    }

    @Test
    void aRegistryThatIsAwayOrRefusesThePlatformsQuestionIsA503SayingNothingWasStored() {
        for (Status status : new Status[] {Status.UNAVAILABLE, Status.DEADLINE_EXCEEDED, Status.UNAUTHENTICATED,
                Status.PERMISSION_DENIED}) {
            answer = status;
            var failure = catchThrowableOfType(UnavailableException.class, () -> client.find("xa-lai-vung"));
            assertThat(failure).as(status.getCode().name()).isNotNull();
            assertThat(failure.vi()).as(status.getCode().name()).contains("chưa có gì được ghi");
            assertThat(failure.en()).as(status.getCode().name()).contains("nothing was stored");
        }
    }

    @Test
    void anyOtherFailureOfTheRegistryIsPassedOn() {
        answer = Status.INTERNAL;
        var failure = catchThrowableOfType(StatusRuntimeException.class, () -> client.find("xa-lai-vung"));
        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
    }
}
