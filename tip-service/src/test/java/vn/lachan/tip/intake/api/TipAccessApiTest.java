package vn.lachan.tip.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.util.JsonFormat;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.tip.intake.domain.Tip;
import vn.lachan.tip.v1.CreateTipRequest;
import vn.lachan.tip.v1.TipServiceGrpc;

/** tip-service checks tokens, roles and unit scope itself, on gRPC and REST, and audits reads. */
@RealInfrastructure(database = "lachan_tip", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=tip-access-test"})
class TipAccessApiTest {

    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();

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

    String tipFor(String unit) throws Exception {
        var answer = HttpApi.at(httpPort).as(issuer.userToken("tiepnhan"))
                .post("/api/v1/tips", JsonFormat.printer().print(TipApiTest.hotlineTip().setReceivingUnit(unit)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body().replaceAll("(?s).*\"id\": \"([^\"]+)\".*", "$1");
    }

    @Test
    void withoutATokenNothingIsAnswered() {
        var rest = HttpApi.at(httpPort).get("/api/v1/tips");
        assertThat(rest.statusCode()).isEqualTo(401);
        assertThat(rest.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        var grpc = catchThrowableOfType(StatusRuntimeException.class, () -> TipServiceGrpc.newBlockingStub(channel)
                .createTip(CreateTipRequest.newBuilder().setTip(TipApiTest.hotlineTip()).build()));
        assertThat(grpc.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    }

    @Test
    void aForgedOrGarbledTokenIsRefused() {
        String real = issuer.userToken("tiepnhan");
        String[] parts = real.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertThat(HttpApi.at(httpPort).as(tampered).get("/api/v1/tips").statusCode()).isEqualTo(401);
        assertThat(HttpApi.at(httpPort).as("not-a-jwt").get("/api/v1/tips").statusCode()).isEqualTo(401);
    }

    @Test
    void onlyTipHandlersMayReceiveTips() throws Exception {
        var district = HttpApi.at(httpPort).as(issuer.userToken("baocao.caolanh"))
                .post("/api/v1/tips", JsonFormat.printer().print(TipApiTest.hotlineTip().setReceivingUnit("huyen-cao-lanh")));
        assertThat(district.statusCode()).isEqualTo(403);
        var grpc = catchThrowableOfType(StatusRuntimeException.class, () -> TipServiceGrpc.newBlockingStub(channel)
                .withInterceptors(Bearer.token(issuer.userToken("nganhang.vcb")))
                .createTip(CreateTipRequest.newBuilder().setTip(TipApiTest.hotlineTip()).build()));
        assertThat(grpc.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
    }

    @Test
    void aDistrictSeesTheTipsRoutedToItAndNoOthers() throws Exception {
        String own = tipFor("huyen-cao-lanh");
        String other = tipFor("huyen-lai-vung");
        HttpApi district = HttpApi.at(httpPort).as(issuer.userToken("baocao.caolanh"));

        assertThat(district.get("/api/v1/tips/" + own).statusCode()).isEqualTo(200);
        assertThat(district.get("/api/v1/tips/" + other).statusCode()).isEqualTo(404);
        assertThat(district.get("/api/v1/tips?receivingUnit=huyen-lai-vung").statusCode()).isEqualTo(403);
        assertThat(district.get("/api/v1/tips").body()).contains(own).doesNotContain(other);
    }

    @Test
    void theNarrativeIsWithheldFromRolesWithoutPersonalDataAndEveryShownNarrativeIsAudited() throws Exception {
        String id = tipFor("huyen-cao-lanh");
        var district = HttpApi.at(httpPort).as(issuer.userToken("baocao.caolanh")).get("/api/v1/tips/" + id);
        assertThat(district.body()).contains(Tip.WITHHELD.replace("/", "\\/").substring(0, 9))
                .doesNotContain(TipApiTest.NARRATIVE);

        var investigator = HttpApi.at(httpPort).as(issuer.userToken("dieutra")).get("/api/v1/tips/" + id);
        assertThat(investigator.body()).contains(TipApiTest.NARRATIVE);

        assertThat(jdbc.sql("select actor from audit_log where record_id = :id and action = 'READ'")
                .param("id", id).query(String.class).list()).containsExactly("dieutra");
        assertThat(jdbc.sql("select actor from audit_log where record_id = :id and action = 'CREATE'")
                .param("id", id).query(String.class).list()).containsExactly("tiepnhan");

        // a list shows the narrative too: each tip shown is a read of it (one write for the page), withheld ones none
        var listed = HttpApi.at(httpPort).as(issuer.userToken("dieutra")).get("/api/v1/tips?pageSize=200");
        assertThat(listed.body()).contains(id, TipApiTest.NARRATIVE);
        HttpApi.at(httpPort).as(issuer.userToken("baocao.caolanh")).get("/api/v1/tips?pageSize=200");
        assertThat(jdbc.sql("select actor from audit_log where record_id = :id and action = 'READ' order by id")
                .param("id", id).query(String.class).list()).containsExactly("dieutra", "dieutra");
    }

    @Test
    void onlyAuditorsReadTheAuditLogAndNobodyCanChangeIt() throws Exception {
        String id = tipFor("tp-sa-dec");
        HttpApi.at(httpPort).as(issuer.userToken("dieutra")).get("/api/v1/tips/" + id);

        var auditor = HttpApi.at(httpPort).as(issuer.userToken("kiemtoan")).get("/api/v1/audit/tips?recordId=" + id);
        assertThat(auditor.statusCode()).as(auditor.body()).isEqualTo(200);
        assertThat(auditor.body()).contains("\"actor\": \"dieutra\"", "\"action\": \"READ\"", "narrative");

        assertThat(HttpApi.at(httpPort).as(issuer.userToken("dieutra")).get("/api/v1/audit/tips").statusCode())
                .isEqualTo(403);
        for (String method : new String[] {"PUT", "PATCH", "DELETE", "POST"}) {
            assertThat(HttpApi.at(httpPort).as(issuer.userToken("admin")).send(method, "/api/v1/audit/tips", "{}")
                    .statusCode()).as(method).isEqualTo(405);
        }
        var refused = catchThrowableOfType(Exception.class,
                () -> jdbc.sql("update audit_log set actor = 'someone' where record_id = :id").param("id", id).update());
        assertThat(refused).hasMessageContaining("append-only");
        var deleteRefused = catchThrowableOfType(Exception.class,
                () -> jdbc.sql("delete from audit_log where record_id = :id").param("id", id).update());
        assertThat(deleteRefused).hasMessageContaining("append-only");
    }

    @Test
    void aServiceAccountMayCountTipsForAnyUnit() {
        var answer = HttpApi.at(httpPort).as(issuer.clientToken("report-service"))
                .get("/api/v1/tips/statistics?from=2024-01-01&to=2024-12-31&receivingUnit=huyen-lai-vung");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
}
