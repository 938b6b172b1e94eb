package vn.lachan.budget.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.util.JsonFormat;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lachan.audit.v1.AuditEntry;
import vn.lachan.audit.v1.ListAuditEntriesResponse;
import vn.lachan.budget.v1.BudgetServiceGrpc;
import vn.lachan.budget.v1.GetBudgetLineRequest;
import vn.lachan.budget.v1.ListBudgetLinesRequest;
import vn.lachan.budget.v1.RecordSpendingRequest;
import vn.lachan.budget.v1.Spending;
import vn.lachan.common.v1.Money;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * budget-service checks tokens, roles and the spending unit itself, on gRPC and REST, and keeps every
 * recorded spending in its audit log. The seed users are those of k8s/keycloak/README.md. It spends only
 * on the 2024 lines, which {@link BudgetApiTest} leaves alone.
 */
@RealInfrastructure(database = "lachan_budget", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=budget-access-test"})
class BudgetAccessApiTest {

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
        Allocated.wholeLines(jdbc, "so-tai-chinh", "2024-COMBAT", "2024-PREVENTION");
    }

    @AfterEach
    void disconnect() {
        channel.shutdownNow();
    }

    HttpApi as(String user) {
        return HttpApi.at(httpPort).as(issuer.userToken(user));
    }

    BudgetServiceGrpc.BudgetServiceBlockingStub grpcAs(String user) {
        return BudgetServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(issuer.userToken(user)));
    }

    static String spending(String unit, long dong) throws Exception {
        return JsonFormat.printer().print(Spending.newBuilder()
                .setUnit(unit)
                .setAmount(Money.newBuilder().setDong(dong))
                .setSpentOn("2024-09-10")
                .setDescription("Hội nghị sơ kết công tác phòng, chống tội phạm công nghệ cao."));
    }

    static Spending recorded(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Spending.Builder spending = Spending.newBuilder();
        JsonFormat.parser().merge(answer.body(), spending);
        return spending.build();
    }

    static ListAuditEntriesResponse entries(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        ListAuditEntriesResponse.Builder entries = ListAuditEntriesResponse.newBuilder();
        JsonFormat.parser().merge(answer.body(), entries);
        return entries.build();
    }

    long spendings() {
        return jdbc.sql("select count(*) from spendings").query(Long.class).single();
    }

    long creations() {
        return jdbc.sql("select count(*) from audit_log where action = 'CREATE'").query(Long.class).single();
    }

    @Test
    void withoutATokenNothingIsAnswered() throws Exception {
        long before = spendings();
        var list = HttpApi.at(httpPort).get("/api/v1/budget/lines");
        assertThat(list.statusCode()).isEqualTo(401);
        assertThat(list.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        var spend = HttpApi.at(httpPort).post("/api/v1/budget/lines/2024-COMBAT/spending", spending("so-tai-chinh", 1));
        assertThat(spend.statusCode()).isEqualTo(401);

        var grpc = catchThrowableOfType(StatusRuntimeException.class, () -> BudgetServiceGrpc.newBlockingStub(channel)
                .listBudgetLines(ListBudgetLinesRequest.getDefaultInstance()));
        assertThat(grpc.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(spendings()).isEqualTo(before);
    }

    @Test
    void aDistrictReportSubmitterMayNotSeeTheBudget() {
        var rest = as("baocao.caolanh").get("/api/v1/budget/lines");
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(403);
        assertThat(rest.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(rest.body()).doesNotContain("4100000000");

        var grpc = catchThrowableOfType(StatusRuntimeException.class,
                () -> grpcAs("baocao.caolanh").listBudgetLines(ListBudgetLinesRequest.newBuilder().setYear(2025).build()));
        assertThat(grpc.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
    }

    @Test
    void aBankLiaisonMayNotSeeTheBudget() {
        assertThat(as("nganhang.vcb").get("/api/v1/budget/lines?year=2025").statusCode()).isEqualTo(403);
        assertThat(as("nganhang.vcb").get("/api/v1/budget/lines/2025-EQUIPMENT").statusCode()).isEqualTo(403);
        var grpc = catchThrowableOfType(StatusRuntimeException.class, () -> grpcAs("nganhang.vcb")
                .getBudgetLine(GetBudgetLineRequest.newBuilder().setId("2025-EQUIPMENT").build()));
        assertThat(grpc.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        // the bank's own integration client is refused too
        assertThat(HttpApi.at(httpPort).as(issuer.clientToken("integration-bank-vcb"))
                .get("/api/v1/budget/lines").statusCode()).isEqualTo(403);
    }

    @Test
    void theCommitteeThePoliceLeadershipAuditorsAndServicesReadTheBudget() {
        for (String user : new String[] {"ubnd", "lanhdao.congan", "kiemtoan", "taichinh"}) {
            var list = as(user).get("/api/v1/budget/lines?year=2025");
            assertThat(list.statusCode()).as(user + ": " + list.body()).isEqualTo(200);
            assertThat(list.body()).as(user).contains("\"dong\": \"4100000000\"");
            assertThat(as(user).get("/api/v1/budget/lines/2025-EQUIPMENT").statusCode()).as(user).isEqualTo(200);
        }
        assertThat(grpcAs("ubnd").getBudgetLine(GetBudgetLineRequest.newBuilder().setId("2025-EQUIPMENT").build())
                .getPlanned().getDong()).isEqualTo(3_300_000_000L);
        var service = HttpApi.at(httpPort).as(issuer.clientToken("report-service")).get("/api/v1/budget/lines");
        assertThat(service.statusCode()).as(service.body()).isEqualTo(200);
    }

    @Test
    void aSpenderRecordsSpendingOfTheirOwnUnitOnlyAndIsNamedAsItsAuthor() throws Exception {
        long before = spendings();
        long createdBefore = creations();
        var otherUnit = as("taichinh").post("/api/v1/budget/lines/2024-COMBAT/spending", spending("cong-an-tinh", 1_000_000));
        // another unit's allocation is not found, as if it had none: nothing is learned about other units
        assertThat(otherUnit.statusCode()).as(otherUnit.body()).isEqualTo(404);
        var overGrpc = catchThrowableOfType(StatusRuntimeException.class, () -> grpcAs("taichinh").recordSpending(
                RecordSpendingRequest.newBuilder().setLineId("2024-COMBAT").setSpending(Spending.newBuilder()
                        .setUnit("huyen-cao-lanh").setAmount(Money.newBuilder().setDong(1_000_000))
                        .setSpentOn("2024-09-10").setDescription("x")).build()));
        assertThat(overGrpc.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(spendings()).isEqualTo(before);
        assertThat(creations()).isEqualTo(createdBefore);

        Spending own = recorded(as("taichinh").post("/api/v1/budget/lines/2024-COMBAT/spending",
                spending("so-tai-chinh", 1_000_000)));
        assertThat(own.getUnit()).isEqualTo("so-tai-chinh");
        assertThat(own.getAudit().getCreatedBy()).isEqualTo("taichinh");
        assertThat(jdbc.sql("select created_by from spendings where id = cast(:id as uuid)").param("id", own.getId())
                .query(String.class).single()).isEqualTo("taichinh");
    }

    @Test
    void readersAndApproversWhoAreNotSpendersRecordNothing() throws Exception {
        long before = spendings();
        for (String user : new String[] {"ubnd", "kiemtoan", "lanhdao.congan", "baocao.caolanh", "nganhang.vcb"}) {
            var unit = switch (user) {
                case "ubnd", "kiemtoan" -> "ubnd-tinh";
                case "lanhdao.congan" -> "cong-an-tinh";
                case "baocao.caolanh" -> "huyen-cao-lanh";
                default -> "vcb-dong-thap";
            };
            var answer = as(user).post("/api/v1/budget/lines/2024-MANAGEMENT/spending", spending(unit, 1_000_000));
            assertThat(answer.statusCode()).as(user + ": " + answer.body()).isEqualTo(403);
        }
        assertThat(HttpApi.at(httpPort).as(issuer.clientToken("budget-service"))
                .post("/api/v1/budget/lines/2024-MANAGEMENT/spending", spending("he-thong", 1_000_000)).statusCode())
                .isEqualTo(403);
        assertThat(spendings()).isEqualTo(before);
    }

    @Test
    void theAuditorSeesEveryRecordedSpendingOnceAndOthersMayNotReadTheLog() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = spending("so-tai-chinh", 2_000_000);
        Spending first = recorded(as("taichinh").post("/api/v1/budget/lines/2024-PREVENTION/spending", body, key));
        Spending retry = recorded(as("taichinh").post("/api/v1/budget/lines/2024-PREVENTION/spending", body, key));
        assertThat(retry.getId()).isEqualTo(first.getId());
        Spending second = recorded(as("taichinh").post("/api/v1/budget/lines/2024-PREVENTION/spending",
                spending("so-tai-chinh", 3_000_000)));

        for (Spending spending : new Spending[] {first, second}) {
            var log = entries(as("kiemtoan").get("/api/v1/audit/budget?recordId=" + spending.getId()));
            assertThat(log.getEntriesList()).as("the retry is no second creation").hasSize(1);
            AuditEntry entry = log.getEntries(0);
            assertThat(entry.getAction()).isEqualTo("CREATE");
            assertThat(entry.getActor()).isEqualTo("taichinh");
            assertThat(entry.getActorUnit()).isEqualTo("so-tai-chinh");
            assertThat(entry.getRecordType()).isEqualTo("spending");
            assertThat(entry.getRecordId()).isEqualTo(spending.getId());
            assertThat(entry.getRequestId()).isNotBlank();
        }
        var byActor = entries(as("kiemtoan").get("/api/v1/audit/budget?actor=taichinh&pageSize=100"));
        assertThat(byActor.getEntriesList()).extracting(AuditEntry::getRecordId).contains(first.getId(), second.getId());

        for (String user : new String[] {"taichinh", "ubnd", "lanhdao.congan"}) {
            var refused = as(user).get("/api/v1/audit/budget");
            assertThat(refused.statusCode()).as(user + ": " + refused.body()).isEqualTo(403);
        }
        assertThat(HttpApi.at(httpPort).get("/api/v1/audit/budget").statusCode()).isEqualTo(401);
    }
}
