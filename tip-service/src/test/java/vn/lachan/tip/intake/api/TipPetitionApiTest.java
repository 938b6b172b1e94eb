package vn.lachan.tip.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import java.net.http.HttpResponse;
import java.util.UUID;
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
import vn.lachan.platform.test.StandInUnitRegistry;
import vn.lachan.tip.publictips.api.Citizen;
import vn.lachan.tip.v1.Channel;
import vn.lachan.tip.v1.GetTipRequest;
import vn.lachan.tip.v1.SourceKind;
import vn.lachan.tip.v1.Tip;
import vn.lachan.tip.v1.TipServiceGrpc;

/**
 * A kiến nghị khởi tố is received only from a competent state body, as the unit registry says (ADR 0004): here the
 * stand-in registry answering from the shipped table, which RealInfrastructure points the services at (report-service
 * is built after tip-service; the real one answers in devstack's TipProcedureBadInputTest). Shares TipApiTest's
 * application context.
 */
@RealInfrastructure(database = "lachan_tip", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=tip-api-test"})
class TipPetitionApiTest {

    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();
    static final StandInUnitRegistry REGISTRY = StandInUnitRegistry.SHARED;

    @LocalServerPort
    int httpPort;
    @LocalGrpcPort
    int grpcPort;
    @Autowired
    JdbcClient jdbc;

    static Tip.Builder petition(String narrative) {
        return TipApiTest.hotlineTip().setChannel(Channel.AGENCY_TRANSFER).setSourceKind(SourceKind.PETITION)
                .setNarrative(narrative);
    }

    HttpResponse<String> receive(Tip.Builder tip) throws Exception {
        return HttpApi.at(httpPort).as(issuer.userToken("tiepnhan")).post("/api/v1/tips", JsonFormat.printer().print(tip));
    }

    long stored(String narrative) {
        return jdbc.sql("select count(*) from tips where narrative = :n").param("n", narrative).query(Long.class).single();
    }

    @Test
    void aPetitionWithoutItsBodyOrFromABankThePlatformOrACitizenIsRefused() throws Exception {
        String narrative = "Kiến nghị khởi tố " + UUID.randomUUID();
        var without = receive(petition(narrative));
        assertThat(without.statusCode()).isEqualTo(400);
        assertThat(without.body()).contains("\"field\":\"tip.petitioning_unit\"", "REQUIRED", "cơ quan nhà nước",
                "competent state body");

        var bank = receive(petition(narrative).setPetitioningUnit("vcb-dong-thap"));
        assertThat(bank.statusCode()).isEqualTo(400);
        assertThat(bank.body()).contains("\"field\":\"tip.petitioning_unit\"", "NOT_STATE_BODY", "Vietcombank", "REPORT");

        var platform = receive(petition(narrative).setPetitioningUnit("he-thong"));
        assertThat(platform.statusCode()).isEqualTo(400);
        assertThat(platform.body()).contains("NOT_STATE_BODY");

        var citizen = receive(petition(narrative).setPetitioningUnit("Nguyễn Văn A"));
        assertThat(citizen.statusCode()).isEqualTo(400);
        assertThat(citizen.body()).contains("INVALID_FORMAT", "DENUNCIATION");

        var unknown = receive(petition(narrative).setPetitioningUnit("so-khong-co"));
        assertThat(unknown.body()).contains("UNKNOWN_UNIT");

        // the districts were dissolved on 30 June 2025
        var dissolved = receive(petition(narrative).setPetitioningUnit("huyen-cao-lanh"));
        assertThat(dissolved.statusCode()).isEqualTo(400);
        assertThat(dissolved.body()).contains("UNIT_DISSOLVED", "2025-06-30");

        // the wards of the new province exist from 1 July 2025
        var early = receive(petition(narrative).setPetitioningUnit("phuong-my-tho")
                .setReceivedAt(com.google.protobuf.util.Timestamps.parseUnchecked("2025-06-20T03:00:00Z")));
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("UNIT_NOT_YET_FORMED", "2025-07-01");

        var denunciation = receive(TipApiTest.hotlineTip().setNarrative(narrative).setPetitioningUnit("vien-kiem-sat-tinh"));
        assertThat(denunciation.statusCode()).isEqualTo(400);
        assertThat(denunciation.body()).contains("NOT_APPLICABLE");
        assertThat(stored(narrative)).isZero();
    }

    @Test
    void aPetitionOfAStateBodyIsReceivedAndShowsItsBodyToEveryoneWhoSeesTheTip() throws Exception {
        String narrative = "Kiến nghị khởi tố của Viện kiểm sát " + UUID.randomUUID();
        var answer = receive(petition(narrative).setReceivingUnit("huyen-cao-lanh").setPetitioningUnit("vien-kiem-sat-tinh"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Tip created = Citizen.parse(answer, Tip.newBuilder());
        assertThat(created.getPetitioningUnit()).isEqualTo("vien-kiem-sat-tinh");
        assertThat(stored(narrative)).isEqualTo(1);

        ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", grpcPort).usePlaintext().build();
        try {
            Tip read = TipServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(issuer.userToken("dieutra")))
                    .getTip(GetTipRequest.newBuilder().setId(created.getId()).build());
            assertThat(read.getPetitioningUnit()).isEqualTo("vien-kiem-sat-tinh");
            assertThat(read.getSourceKind()).isEqualTo(SourceKind.PETITION);
        } finally {
            channel.shutdownNow();
        }

        // the district may not see the narrative, but the petitioning body is no personal data
        var district = HttpApi.at(httpPort).as(issuer.userToken("baocao.caolanh")).get("/api/v1/tips/" + created.getId());
        assertThat(district.statusCode()).as(district.body()).isEqualTo(200);
        Tip seen = Citizen.parse(district, Tip.newBuilder());
        assertThat(seen.getNarrative()).isEqualTo(vn.lachan.tip.intake.domain.Tip.WITHHELD);
        assertThat(seen.getPetitioningUnit()).isEqualTo("vien-kiem-sat-tinh");

        // the State Bank branch is a state body, though the realm files it under kind "bank"
        var stateBank = receive(petition(narrative + " NHNN").setPetitioningUnit("ngan-hang-nha-nuoc"));
        assertThat(stateBank.statusCode()).as(stateBank.body()).isEqualTo(200);
    }

    @Test
    void whenTheRegistryDoesNotAnswerAPetitionIsRefusedWith503AndNothingIsStoredAndTheSameRequestLaterSucceeds()
            throws Exception {
        String narrative = "Kiến nghị khởi tố khi danh mục đơn vị không phản hồi " + UUID.randomUUID();
        String token = issuer.userToken("tiepnhan");
        REGISTRY.failWith(Status.UNAVAILABLE.withDescription("registry stopped"));
        try {
            var refused = receive(petition(narrative).setPetitioningUnit("vien-kiem-sat-tinh"));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.body()).contains("danh mục đơn vị", "unit registry", "nothing was stored")
                    .doesNotContain("registry stopped");
            assertThat(stored(narrative)).isZero();
            // a tip that is no petition does not ask the registry and is received meanwhile
            var denunciation = receive(TipApiTest.hotlineTip().setNarrative(narrative + " tố giác"));
            assertThat(denunciation.statusCode()).as(denunciation.body()).isEqualTo(200);
        } finally {
            REGISTRY.failWith(null);
        }
        var again = receive(petition(narrative).setPetitioningUnit("vien-kiem-sat-tinh"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(stored(narrative)).isEqualTo(1);
        // the registry was asked with the officer's own token
        assertThat(REGISTRY.authorizations()).last().isEqualTo("Bearer " + token);
    }
}
