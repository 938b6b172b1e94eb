package vn.lachan.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.util.JsonFormat;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lachan.cases.v1.Case;
import vn.lachan.cases.v1.CaseServiceGrpc;
import vn.lachan.cases.v1.GetCaseRequest;
import vn.lachan.cases.v1.ListCasesRequest;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.RealInfrastructure;

/** case-service checks tokens and roles itself, on gRPC and REST, and audits openings and every shown title. */
@RealInfrastructure(database = "lachan_case", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=case-access-test"})
class CaseAccessApiTest {

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

    HttpApi as(String user) {
        return HttpApi.at(httpPort).as(issuer.userToken(user));
    }

    CaseServiceGrpc.CaseServiceBlockingStub grpcAs(String user) {
        return CaseServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(issuer.userToken(user)));
    }

    /** A case opened over REST by the investigator {@code dieutra}; its id. */
    String openedCase(String title) throws Exception {
        var answer = as("dieutra").post("/api/v1/cases", JsonFormat.printer().print(CaseApiTest.fraudCase().setTitle(title)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Case.Builder opened = Case.newBuilder();
        JsonFormat.parser().merge(answer.body(), opened);
        return opened.getId();
    }

    List<String> auditActors(String id, String action) {
        return jdbc.sql("select actor from audit_log where record_type = 'case' and record_id = :id and action = :action"
                        + " order by id")
                .param("id", id).param("action", action).query(String.class).list();
    }

    /** The body of a problem answer with the record id and request id left out. */
    static String withoutIds(HttpResponse<String> answer, String recordId) {
        return answer.body().replace(recordId, "<id>")
                .replace(answer.headers().firstValue("X-Request-Id").orElseThrow(), "<request>");
    }

    long casesTitled(String title) {
        return jdbc.sql("select count(*) from cases where title = :t").param("t", title).query(Long.class).single();
    }

    @Test
    void withoutATokenNothingIsAnswered() throws Exception {
        var list = HttpApi.at(httpPort).get("/api/v1/cases");
        assertThat(list.statusCode()).isEqualTo(401);
        assertThat(list.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        String title = "no token " + UUID.randomUUID();
        var open = HttpApi.at(httpPort).post("/api/v1/cases", JsonFormat.printer().print(CaseApiTest.fraudCase().setTitle(title)));
        assertThat(open.statusCode()).isEqualTo(401);
        assertThat(casesTitled(title)).isZero();

        var stub = CaseServiceGrpc.newBlockingStub(channel);
        var opening = catchThrowableOfType(StatusRuntimeException.class,
                () -> stub.openCase(CaseApiTest.open(CaseApiTest.fraudCase())));
        assertThat(opening.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        var reading = catchThrowableOfType(StatusRuntimeException.class,
                () -> stub.getCase(GetCaseRequest.newBuilder().setId(UUID.randomUUID().toString()).build()));
        assertThat(reading.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    }

    @Test
    void aForgedTokenIsRefused() {
        String[] parts = issuer.userToken("dieutra").split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertThat(HttpApi.at(httpPort).as(tampered).get("/api/v1/cases").statusCode()).isEqualTo(401);
    }

    @Test
    void aDistrictReporterCanNeitherOpenNorSeeCases() throws Exception {
        String id = openedCase("district " + UUID.randomUUID());
        HttpApi district = as("baocao.caolanh");

        String title = "district opens " + UUID.randomUUID();
        var open = district.post("/api/v1/cases", JsonFormat.printer().print(CaseApiTest.fraudCase().setTitle(title)));
        assertThat(open.statusCode()).as(open.body()).isEqualTo(403);
        assertThat(casesTitled(title)).isZero();

        // an existing case looks exactly like a missing one
        var existing = district.get("/api/v1/cases/" + id);
        assertThat(existing.statusCode()).isEqualTo(404);
        String missingId = UUID.randomUUID().toString();
        var missing = district.get("/api/v1/cases/" + missingId);
        assertThat(withoutIds(existing, id)).isEqualTo(withoutIds(missing, missingId));
        assertThat(district.get("/api/v1/cases").statusCode()).isEqualTo(403);

        var stub = grpcAs("baocao.caolanh");
        var read = catchThrowableOfType(StatusRuntimeException.class,
                () -> stub.getCase(GetCaseRequest.newBuilder().setId(id).build()));
        assertThat(read.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        var listed = catchThrowableOfType(StatusRuntimeException.class,
                () -> stub.listCases(ListCasesRequest.getDefaultInstance()));
        assertThat(listed.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);

        assertThat(auditActors(id, "READ")).doesNotContain("baocao.caolanh");
    }

    @Test
    void onlyPoliceInvestigatorsAndLeadersOpenCases() throws Exception {
        for (String user : new String[] {"tiepnhan", "kiemsat", "toaan", "kiemtoan", "nganhang.vcb", "admin"}) {
            String title = user + " opens " + UUID.randomUUID();
            var answer = as(user).post("/api/v1/cases", JsonFormat.printer().print(CaseApiTest.fraudCase().setTitle(title)));
            assertThat(answer.statusCode()).as(user).isEqualTo(403);
            assertThat(casesTitled(title)).as(user).isZero();
        }
        var byService = catchThrowableOfType(StatusRuntimeException.class, () -> CaseServiceGrpc.newBlockingStub(channel)
                .withInterceptors(Bearer.token(issuer.clientToken("report-service")))
                .openCase(CaseApiTest.open(CaseApiTest.fraudCase())));
        assertThat(byService.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);

        Case byLeader = grpcAs("lanhdao.congan").openCase(CaseApiTest.open(CaseApiTest.fraudCase()));
        assertThat(byLeader.getAudit().getCreatedBy()).isEqualTo("lanhdao.congan");
    }

    @Test
    void anInvestigatorOpensACaseAndTheOpeningIsAuditedOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = JsonFormat.printer().print(CaseApiTest.fraudCase().setTitle("audited " + key));
        var first = as("dieutra").post("/api/v1/cases", body, key);
        var retry = as("dieutra").post("/api/v1/cases", body, key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(first.body()).contains("\"createdBy\": \"dieutra\"");
        Case.Builder opened = Case.newBuilder();
        JsonFormat.parser().merge(first.body(), opened);

        assertThat(auditActors(opened.getId(), "CREATE")).containsExactly("dieutra");
        assertThat(jdbc.sql("select actor_unit from audit_log where record_id = :id and action = 'CREATE'")
                .param("id", opened.getId()).query(String.class).single()).isEqualTo("cong-an-tinh-pa05");
    }

    @Test
    void theProcuracyReadsTheCasesItSupervisesAndTheCourtOnlyThoseIndictedToItEveryReadAudited() throws Exception {
        String id = openedCase("read by procuracy and court " + UUID.randomUUID());

        var read = as("kiemsat").get("/api/v1/cases/" + id);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains(id, "read by procuracy and court", "vien-kiem-sat-tinh");
        assertThat(as("kiemsat").get("/api/v1/cases?pageSize=100").body()).contains(id);
        // a judge does not see every case in the province: not before it is indicted to the court
        assertThat(as("toaan").get("/api/v1/cases/" + id).statusCode()).isEqualTo(404);
        assertThat(as("toaan").get("/api/v1/cases?pageSize=100").body()).doesNotContain(id);

        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String conclude = "{\"move\":\"CONCLUDE_RECOMMEND_PROSECUTION\",\"reason\":\"Đủ chứng cứ\","
                + "\"documentNumber\":\"15/KLĐT\",\"documentDate\":\"" + today + "\"}";
        // the investigator cannot take the head of the investigation agency's decision
        assertThat(as("dieutra").post("/api/v1/cases/" + id + ":move", conclude).statusCode()).isEqualTo(403);
        var outOfOrder = as("kiemsat").post("/api/v1/cases/" + id + ":move", conclude.replace(
                "CONCLUDE_RECOMMEND_PROSECUTION", "INDICT").replace("}", ",\"courtUnit\":\"toa-an-tinh\"}"));
        assertThat(outOfOrder.statusCode()).isEqualTo(400);
        assertThat(outOfOrder.body()).contains("\"field\":\"move\"", "OUT_OF_ORDER");
        var concluded = as("lanhdao.congan").post("/api/v1/cases/" + id + ":move", conclude, "conclude-" + id);
        assertThat(concluded.statusCode()).as(concluded.body()).isEqualTo(200);
        var retried = as("lanhdao.congan").post("/api/v1/cases/" + id + ":move", conclude, "conclude-" + id);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from case_events where case_id = cast(:id as uuid)").param("id", id)
                .query(Long.class).single()).as("a retry adds no second entry").isEqualTo(1);
        var indicted = as("kiemsat").post("/api/v1/cases/" + id + ":move", conclude
                .replace("CONCLUDE_RECOMMEND_PROSECUTION", "INDICT").replace("}", ",\"courtUnit\":\"toa-an-tinh\"}"));
        assertThat(indicted.statusCode()).as(indicted.body()).isEqualTo(200);
        assertThat(indicted.body()).contains("\"stage\": \"TRIAL\"", "\"courtUnit\": \"toa-an-tinh\"");

        Case byGrpc = grpcAs("toaan").getCase(GetCaseRequest.newBuilder().setId(id).build());
        assertThat(byGrpc.getId()).isEqualTo(id);
        assertThat(byGrpc.getHistoryList()).extracting(e -> e.getMove().name() + " by " + e.getActor() + " of "
                + e.getActorUnit() + " " + e.getDocumentNumber()).containsExactly(
                "CONCLUDE_RECOMMEND_PROSECUTION by lanhdao.congan of cong-an-tinh 15/KLĐT",
                "INDICT by kiemsat of vien-kiem-sat-tinh 15/KLĐT");
        assertThat(as("toaan").get("/api/v1/cases?pageSize=100").body()).contains(id);

        // each GetCase, each list that showed the case, and each step's answer is one READ entry of the title
        assertThat(auditActors(id, "READ")).containsExactly("kiemsat", "kiemsat", "lanhdao.congan",
                "lanhdao.congan", "kiemsat", "toaan", "toaan");
        assertThat(jdbc.sql("select distinct array_to_string(fields, ',') from audit_log"
                        + " where record_id = :id and action = 'READ'")
                .param("id", id).query(String.class).list()).containsExactly("title");
    }

    @Test
    void theAuditorSeesWhoReadACaseAndNobodyElseReadsTheLog() throws Exception {
        String id = openedCase("audited reads " + UUID.randomUUID());
        assertThat(as("kiemsat").get("/api/v1/cases/" + id).statusCode()).isEqualTo(200);
        assertThat(as("lanhdao.congan").get("/api/v1/cases/" + id).statusCode()).isEqualTo(200);

        var auditor = as("kiemtoan").get("/api/v1/audit/cases?recordId=" + id);
        assertThat(auditor.statusCode()).as(auditor.body()).isEqualTo(200);
        assertThat(auditor.body()).contains("\"actor\": \"kiemsat\"", "\"actor\": \"lanhdao.congan\"", "\"action\": \"READ\"",
                "\"actor\": \"dieutra\"", "\"action\": \"CREATE\"", "\"recordType\": \"case\"", "\"title\"");

        for (String user : new String[] {"dieutra", "kiemsat", "lanhdao.congan", "admin"}) {
            assertThat(as(user).get("/api/v1/audit/cases").statusCode()).as(user).isEqualTo(403);
        }
    }

    @Test
    void theCommitteeSeesTheCaseWithoutItsTitleAndThatReadIsAuditedWithoutIt() throws Exception {
        String title = "Nguyễn Văn A lừa đảo " + UUID.randomUUID();
        String id = openedCase(title);
        var one = as("ubnd").get("/api/v1/cases/" + id);
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(one.body()).contains(id, "\"stage\": \"INVESTIGATION\"").contains("\"title\": \"\"").doesNotContain("Nguyễn Văn A");
        var listed = as("ubnd").get("/api/v1/cases?pageSize=100");
        assertThat(listed.body()).contains(id).doesNotContain(title);
        assertThat(grpcAs("ubnd").getCase(GetCaseRequest.newBuilder().setId(id).build()).getTitle()).isEmpty();
        assertThat(jdbc.sql("select array_to_string(fields, ',') from audit_log where record_id = :id and action = 'READ'"
                        + " and actor = 'ubnd'")
                .param("id", id).query(String.class).list()).isNotEmpty().allSatisfy(f -> assertThat(f).isEmpty());
        // the auditor still reads it, and that read names the title
        assertThat(as("kiemtoan").get("/api/v1/cases/" + id).body()).contains(title);
    }

    @Test
    void aServiceAccountSeesCases() throws Exception {
        String id = openedCase("seen by a service " + UUID.randomUUID());
        var answer = HttpApi.at(httpPort).as(issuer.clientToken("report-service")).get("/api/v1/cases/" + id);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        // a service account is audited under its client id
        assertThat(auditActors(id, "READ")).containsExactly("report-service");
    }
}
