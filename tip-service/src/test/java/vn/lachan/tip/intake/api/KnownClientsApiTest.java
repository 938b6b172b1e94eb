package vn.lachan.tip.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.tip.v1.ListTipsRequest;
import vn.lachan.tip.v1.TipServiceGrpc;

/**
 * A service accepts tokens only from the realm's known clients (lachan.security.clients): a client an administrator
 * adds to the realm later, even one that asks for the API's audience, is refused as unauthenticated. Shares
 * TipApiTest's context.
 */
@RealInfrastructure(database = "lachan_tip", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=tip-api-test"})
class KnownClientsApiTest {

    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();
    static final String STATISTICS = "/api/v1/tips/statistics?from=2024-01-01&to=2024-12-31&receivingUnit=huyen-lai-vung";

    @LocalServerPort
    int httpPort;
    @LocalGrpcPort
    int grpcPort;

    @Test
    void aTokenOfAClientTheServicesDoNotKnowIsRefusedOnRestAndGrpc() {
        String unknown = "unknown-client-" + UUID.randomUUID();
        // the role report-service has, which may count tips (the real Keycloak's throw-away client of the same shape is
        // in the end-to-end AuthorizationMatrixTest)
        String token = issuer.unknownClientToken(unknown, true, java.util.Set.of("reader-consolidated"));
        // a genuine token of the realm, for the API's audience, with a role that may count tips: only the client is wrong
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(payload).contains("\"azp\":\"" + unknown + "\"").contains("lachan-api").contains("reader-consolidated");

        var rest = HttpApi.at(httpPort).as(token).get(STATISTICS);
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(401);

        ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", grpcPort).usePlaintext().build();
        try {
            var grpc = catchThrowableOfType(StatusRuntimeException.class, () -> TipServiceGrpc.newBlockingStub(channel)
                    .withInterceptors(Bearer.token(token)).listTips(ListTipsRequest.getDefaultInstance()));
            assertThat(grpc.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        } finally {
            channel.shutdownNow();
        }
    }

    @Test
    void aKnownServiceClientAndAUserOfTheTestClientAreAccepted() {
        var service = HttpApi.at(httpPort).as(issuer.clientToken("report-service")).get(STATISTICS);
        assertThat(service.statusCode()).as(service.body()).isEqualTo(200);
        var user = HttpApi.at(httpPort).as(issuer.userToken("tiepnhan")).get("/api/v1/tips");
        assertThat(user.statusCode()).as(user.body()).isEqualTo(200);
    }
}
