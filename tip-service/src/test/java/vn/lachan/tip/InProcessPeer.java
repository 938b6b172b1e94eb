package vn.lachan.tip;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.BindableService;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.grpc.client.ChannelBuilderOptions;
import org.springframework.grpc.client.GrpcChannelFactory;
import vn.lachan.platform.grpc.IdempotencyKeys;

/**
 * A stand-in for another service, served in process, for the tests of tip-service's peer clients (CaseOpener,
 * BudgetPayer): records the Idempotency-Key of every call and hands the client a channel to it under the peer's name.
 */
public final class InProcessPeer implements AutoCloseable {

    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final Server server;
    private final ManagedChannel channel;
    private final String target;

    private InProcessPeer(BindableService service, String target) {
        this.target = target;
        String name = target + "-" + UUID.randomUUID();
        ServerInterceptor recordKeys = new ServerInterceptor() {
            @Override
            public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                               ServerCallHandler<Q, R> next) {
                keys.add(headers.get(IdempotencyKeys.HEADER));
                return next.startCall(call, headers);
            }
        };
        try {
            server = InProcessServerBuilder.forName(name).addService(ServerInterceptors.intercept(service, recordKeys))
                    .build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        channel = InProcessChannelBuilder.forName(name).build();
    }

    /** {@code service} served as the peer named {@code target} (e.g. "budget-service"). */
    public static InProcessPeer serving(BindableService service, String target) {
        return new InProcessPeer(service, target);
    }

    /** The channels the client under test asks for: only ever the peer's. */
    public GrpcChannelFactory channels() {
        return new GrpcChannelFactory() {
            @Override
            public boolean supports(String name) {
                return true;
            }

            @Override
            public ManagedChannel createChannel(String name, ChannelBuilderOptions options) {
                assertThat(name).isEqualTo(target);
                return channel;
            }
        };
    }

    /** The Idempotency-Key of each call received, in order. */
    public List<String> keys() {
        return keys;
    }

    /** The peer goes away: calls find nobody there. */
    public void stopServing() {
        server.shutdownNow();
    }

    @Override
    public void close() {
        channel.shutdownNow();
        server.shutdownNow();
    }
}
