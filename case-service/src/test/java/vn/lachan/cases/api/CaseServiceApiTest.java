package vn.lachan.cases.api;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lachan.cases.v1.CaseServiceGrpc;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.HttpApi;

/**
 * What an API test of case-service running on its ports needs (the subclass carries {@code @RealInfrastructure} and
 * {@code @SpringBootTest}): a gRPC channel per test, REST as a seed user, the service's database, a fresh case.
 */
abstract class CaseServiceApiTest {

    @LocalServerPort
    int httpPort;
    @LocalGrpcPort
    int grpcPort;
    @Autowired
    JdbcClient jdbc;
    ManagedChannel channel;

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress("localhost", grpcPort).usePlaintext().build();
    }

    @AfterEach
    void disconnect() {
        channel.shutdownNow();
    }

    HttpApi as(String user) {
        return HttpApi.at(httpPort).as(FreezeRequestApiTest.token(user));
    }

    /** A fraud case opened by the investigator over gRPC. */
    String openedCase() {
        return CaseServiceGrpc.newBlockingStub(channel)
                .withInterceptors(Bearer.token(FreezeRequestApiTest.token("dieutra")))
                .openCase(CaseApiTest.open(CaseApiTest.fraudCase())).getId();
    }
}
