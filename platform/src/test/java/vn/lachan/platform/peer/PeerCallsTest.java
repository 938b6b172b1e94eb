package vn.lachan.platform.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lachan.cases.v1.Case;
import vn.lachan.cases.v1.CaseServiceGrpc;
import vn.lachan.cases.v1.GetCaseRequest;
import vn.lachan.cases.v1.OpenCaseRequest;
import vn.lachan.platform.error.GrpcErrors;
import vn.lachan.platform.error.NotFoundException;

/** Calls between services: deadlines on every call, retries only for reads, a clear answer when a peer is away. */
class PeerCallsTest {

    private final AtomicInteger gets = new AtomicInteger();
    private final AtomicInteger opens = new AtomicInteger();
    private final AtomicLong deadlineSeenMillis = new AtomicLong(-1);
    private Server server;
    private ManagedChannel channel;

    /** A case-service that is briefly unavailable: the first attempt of each call fails. */
    private final CaseServiceGrpc.CaseServiceImplBase flaky = new CaseServiceGrpc.CaseServiceImplBase() {
        @Override
        public void getCase(GetCaseRequest request, StreamObserver<Case> response) {
            var deadline = Context.current().getDeadline();
            deadlineSeenMillis.set(deadline == null ? -1 : deadline.timeRemaining(java.util.concurrent.TimeUnit.MILLISECONDS));
            if (gets.incrementAndGet() == 1) {
                response.onError(Status.UNAVAILABLE.withDescription("pod stopping").asRuntimeException());
                return;
            }
            response.onNext(Case.newBuilder().setId(request.getId()).build());
            response.onCompleted();
        }

        @Override
        public void openCase(OpenCaseRequest request, StreamObserver<Case> response) {
            opens.incrementAndGet();
            response.onError(Status.UNAVAILABLE.withDescription("pod stopping").asRuntimeException());
        }
    };

    @AfterEach
    void stop() {
        if (channel != null) {
            channel.shutdownNow();
        }
        if (server != null) {
            server.shutdownNow();
        }
    }

    private CaseServiceGrpc.CaseServiceBlockingStub caseService(CaseServiceGrpc.CaseServiceImplBase impl) throws Exception {
        String name = "peer-calls-" + UUID.randomUUID();
        server = InProcessServerBuilder.forName(name).addService(impl).build().start();
        channel = InProcessChannelBuilder.forName(name)
                .defaultServiceConfig(ReadRetries.serviceConfig(List.of(CaseServiceGrpc.getServiceDescriptor())))
                .enableRetry()
                .intercept(new PeerCalls(Duration.ofSeconds(2)))
                .build();
        return CaseServiceGrpc.newBlockingStub(channel);
    }

    @Test
    void aReadIsRetriedWhenThePeerWasUnavailableAndEveryCallHasADeadline() throws Exception {
        Case found = caseService(flaky).getCase(GetCaseRequest.newBuilder().setId("c-1").build());

        assertThat(found.getId()).isEqualTo("c-1");
        assertThat(gets).hasValue(2);
        assertThat(deadlineSeenMillis.get()).as("the deadline the peer saw, ms").isBetween(1L, 2000L);
    }

    @Test
    void aChangeIsNeverRetriedByTheChannel() throws Exception {
        var stub = caseService(flaky);

        var failure = catchThrowableOfType(StatusRuntimeException.class,
                () -> stub.openCase(OpenCaseRequest.getDefaultInstance()));

        assertThat(opens).hasValue(1);
        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    }

    @Test
    void aPeerThatCannotBeReachedIsNamedInBothLanguages() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort(); // nobody listens there once closed
        }
        channel = NettyChannelBuilder.forTarget("localhost:" + closed).usePlaintext()
                .overrideAuthority("case-service-grpc:9090")
                .intercept(new PeerCalls(Duration.ofSeconds(2))).build();

        var failure = catchThrowableOfType(StatusRuntimeException.class,
                () -> CaseServiceGrpc.newBlockingStub(channel).getCase(GetCaseRequest.newBuilder().setId("c").build()));

        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        var status = StatusProto.fromThrowable(failure);
        assertThat(status).isNotNull();
        assertThat(status.getMessage()).contains("case-service").contains("try again");
        assertThat(GrpcErrors.vietnameseMessage(status)).contains("case-service").contains("thử lại");
    }

    @Test
    void aPeersOwnAnswerIsPassedOnUnchanged() throws Exception {
        var stub = caseService(new CaseServiceGrpc.CaseServiceImplBase() {
            @Override
            public void getCase(GetCaseRequest request, StreamObserver<Case> response) {
                response.onError(GrpcErrors.toStatus(new NotFoundException("case", request.getId())));
            }
        });

        var failure = catchThrowableOfType(StatusRuntimeException.class,
                () -> stub.getCase(GetCaseRequest.newBuilder().setId("c-9").build()));

        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(failure.getStatus().getDescription()).contains("c-9");
    }

    @Test
    void theContractsReadMethodsAreFoundOnTheClasspathAndItsChangesAreNot() {
        var services = ReadRetries.contractServices(getClass().getClassLoader());
        assertThat(services).extracting(io.grpc.ServiceDescriptor::getName).contains("lachan.cases.v1.CaseService");

        @SuppressWarnings("unchecked")
        var names = (List<java.util.Map<String, String>>) ((java.util.Map<String, Object>) ((List<?>) ReadRetries
                .serviceConfig(services).get("methodConfig")).getFirst()).get("name");
        assertThat(names).contains(java.util.Map.of("service", "lachan.cases.v1.CaseService", "method", "GetCase"))
                .doesNotContain(java.util.Map.of("service", "lachan.cases.v1.CaseService", "method", "OpenCase"));
    }

    /**
     * A headless Service's name resolves to every ready pod: here a name resolving to two servers, as
     * {@code dns:///case-service-grpc:9090} does to two pods. With the platform's channel settings the calls go to
     * both in turn, and when one pod goes away the reads carry on at the other.
     */
    @Test
    void callsSpreadOverEveryPodOfTheNameAndCarryOnWhenOneGoes() throws Exception {
        AtomicInteger[] served = {new AtomicInteger(), new AtomicInteger()};
        List<Server> pods = new java.util.ArrayList<>();
        for (AtomicInteger count : served) {
            pods.add(io.grpc.netty.NettyServerBuilder.forAddress(new java.net.InetSocketAddress("127.0.0.1", 0))
                    .addService(new CaseServiceGrpc.CaseServiceImplBase() {
                        @Override
                        public void getCase(GetCaseRequest request, StreamObserver<Case> response) {
                            count.incrementAndGet();
                            response.onNext(Case.newBuilder().setId(request.getId()).build());
                            response.onCompleted();
                        }
                    }).build().start());
        }
        var resolver = new TwoPods(pods.stream().map(pod -> new io.grpc.EquivalentAddressGroup(
                pod.getListenSockets().getFirst())).toList());
        io.grpc.NameResolverRegistry.getDefaultRegistry().register(resolver);
        try {
            channel = NettyChannelBuilder.forTarget(TwoPods.SCHEME + ":///case-service-grpc:9090").usePlaintext()
                    .defaultLoadBalancingPolicy(ReadRetries.LOAD_BALANCING)
                    .defaultServiceConfig(ReadRetries.serviceConfig(List.of(CaseServiceGrpc.getServiceDescriptor())))
                    .enableRetry()
                    .intercept(new PeerCalls(Duration.ofSeconds(2))).build();
            var stub = CaseServiceGrpc.newBlockingStub(channel);
            for (int i = 0; i < 40; i++) {
                stub.getCase(GetCaseRequest.newBuilder().setId("c-" + i).build());
            }
            System.out.printf("round robin over two pods: %d and %d of 40 calls%n", served[0].get(), served[1].get());
            assertThat(served[0].get()).as("calls to the first pod").isGreaterThanOrEqualTo(10);
            assertThat(served[1].get()).as("calls to the second pod").isGreaterThanOrEqualTo(10);

            pods.getFirst().shutdownNow().awaitTermination();
            int before = served[1].get();
            for (int i = 0; i < 20; i++) {
                assertThat(stub.getCase(GetCaseRequest.newBuilder().setId("d-" + i).build()).getId()).isEqualTo("d-" + i);
            }
            assertThat(served[1].get() - before).as("reads answered by the pod left").isEqualTo(20);
        } finally {
            io.grpc.NameResolverRegistry.getDefaultRegistry().deregister(resolver);
            pods.forEach(Server::shutdownNow);
        }
    }

    /** A name that resolves to fixed addresses, standing in for a headless Service's DNS record of its pods. */
    static final class TwoPods extends io.grpc.NameResolverProvider {

        static final String SCHEME = "test-pods";
        private final List<io.grpc.EquivalentAddressGroup> pods;

        TwoPods(List<io.grpc.EquivalentAddressGroup> pods) {
            this.pods = pods;
        }

        @Override
        protected boolean isAvailable() {
            return true;
        }

        @Override
        protected int priority() {
            return 5;
        }

        @Override
        public String getDefaultScheme() {
            return SCHEME;
        }

        @Override
        public io.grpc.NameResolver newNameResolver(java.net.URI target, io.grpc.NameResolver.Args args) {
            if (!SCHEME.equals(target.getScheme())) {
                return null;
            }
            return new io.grpc.NameResolver() {
                @Override
                public String getServiceAuthority() {
                    return "case-service-grpc:9090";
                }

                @Override
                public void start(Listener2 listener) {
                    listener.onResult(ResolutionResult.newBuilder().setAddresses(pods).build());
                }

                @Override
                public void shutdown() {
                }
            };
        }
    }
}
