package vn.lachan.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.util.JsonFormat;
import com.google.rpc.BadRequest;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lachan.cases.domain.InvestigationDeadlines;
import vn.lachan.cases.domain.PenalCode;
import vn.lachan.cases.v1.ListPenalCodeArticlesRequest;
import vn.lachan.cases.v1.Case;
import vn.lachan.cases.v1.CaseServiceGrpc;
import vn.lachan.cases.v1.CrimeCategory;
import vn.lachan.cases.v1.GetCaseRequest;
import vn.lachan.cases.v1.ListCasesRequest;
import vn.lachan.cases.v1.ListCasesResponse;
import vn.lachan.cases.v1.OpenCaseRequest;
import vn.lachan.cases.v1.Stage;
import vn.lachan.platform.api.ProtoTime;
import vn.lachan.platform.error.GrpcErrors;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.test.Bearer;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.RealInfrastructure;

/**
 * The case contract end to end in one service: gRPC and REST against a real PostgreSQL, called by an
 * investigator with the realm's token (LocalIssuer). Who may do what is {@link CaseAccessApiTest}'s subject.
 */
@RealInfrastructure(database = "lachan_case", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=case-api-test"})
class CaseApiTest {

    @LocalServerPort
    int httpPort;
    @LocalGrpcPort
    int grpcPort;
    @Autowired
    JdbcClient jdbc;

    /** The investigator who opens and reads the cases here (PA05, investigator). */
    static final String INVESTIGATOR = "dieutra";

    ManagedChannel channel;
    CaseServiceGrpc.CaseServiceBlockingStub grpc;
    HttpApi api;

    @BeforeEach
    void connect() {
        // a fresh token per test: access tokens live 300 s
        String token = RealInfrastructure.Extension.tokens().userToken(INVESTIGATOR);
        channel = ManagedChannelBuilder.forAddress("localhost", grpcPort).usePlaintext().build();
        grpc = CaseServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(token));
        api = HttpApi.at(httpPort).as(token);
    }

    @AfterEach
    void disconnect() {
        channel.shutdownNow();
    }

    static Case.Builder fraudCase() {
        return Case.newBuilder()
                .setTitle("Giả danh công an lừa chuyển 450 triệu đồng")
                .setPenalCodeArticle(174)
                .setClause(2)
                // the investigator's own unit: a unit sees its cases and those of the units below it
                .setLeadUnit("cong-an-tinh-pa05")
                .addTipIds(UUID.randomUUID().toString())
                .addTipIds(UUID.randomUUID().toString());
    }

    static OpenCaseRequest open(Case.Builder c) {
        return OpenCaseRequest.newBuilder().setCase(c).build();
    }

    @Test
    void tipServicesAccountOpensOnlyOneTipsCaseUnderThatTipsKeyForTheOfficerWhoDecidedAndReadsNothing() {
        // a real client-credentials token of the realm's tip-service client (role case-opener, unit he-thong)
        String token = RealInfrastructure.Extension.tokens().clientToken("tip-service");
        String tip = UUID.randomUUID().toString();
        var officer = vn.lachan.cases.v1.DecidedBy.newBuilder().setName("dieutra").setUnit("cong-an-tinh-pa05");
        OpenCaseRequest request = OpenCaseRequest.newBuilder()
                .setCase(fraudCase().clearTipIds().addTipIds(tip)).setDecidedBy(officer).build();

        // another key than the tip's own, or none: refused, nothing written
        for (String key : new String[] {null, "my-own-key", IdempotencyKeys.caseOfTip(UUID.randomUUID())}) {
            var refused = catchThrowableOfType(StatusRuntimeException.class,
                    () -> as(token, key).openCase(request));
            assertThat(refused.getStatus().getCode()).as(key).isEqualTo(Status.Code.PERMISSION_DENIED);
        }
        // the officer must be named
        var unnamed = catchThrowableOfType(StatusRuntimeException.class, () -> as(token, IdempotencyKeys.caseOfTip(
                UUID.fromString(tip))).openCase(request.toBuilder().clearDecidedBy().build()));
        assertThat(unnamed.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(jdbc.sql("select count(*) from case_tips where tip_id = :tip").param("tip", UUID.fromString(tip))
                .query(Long.class).single()).isZero();

        // with the tip's key: the case, opened by the officer; the same call again finds it
        Case opened = as(token, IdempotencyKeys.caseOfTip(UUID.fromString(tip))).openCase(request);
        Case again = as(token, IdempotencyKeys.caseOfTip(UUID.fromString(tip))).openCase(request);
        assertThat(again.getId()).isEqualTo(opened.getId());
        assertThat(opened.getAudit().getCreatedBy()).isEqualTo("dieutra");
        assertThat(jdbc.sql("select actor from audit_log where record_id = :id and action = 'CREATE'")
                .param("id", opened.getId()).query(String.class).list()).containsExactly("tip-service");
        // the same request from the officer themselves, with the same key, is the same case (a retry by either)
        Metadata key = new Metadata();
        key.put(IdempotencyKeys.HEADER, IdempotencyKeys.caseOfTip(UUID.fromString(tip)));
        assertThat(grpc.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(key)).openCase(request).getId())
                .isEqualTo(opened.getId());

        // and it reads nothing
        var read = catchThrowableOfType(StatusRuntimeException.class,
                () -> as(token, null).getCase(GetCaseRequest.newBuilder().setId(opened.getId()).build()));
        assertThat(read.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        var list = catchThrowableOfType(StatusRuntimeException.class,
                () -> as(token, null).listCases(ListCasesRequest.newBuilder().build()));
        assertThat(list.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
    }

    @Test
    void anOfficerMayNameOnlyThemselvesAsTheOneWhoDecided() {
        var someoneElse = catchThrowableOfType(StatusRuntimeException.class, () -> grpc.openCase(
                open(fraudCase()).toBuilder().setDecidedBy(vn.lachan.cases.v1.DecidedBy.newBuilder()
                        .setName("lanhdao").setUnit("cong-an-tinh")).build()));
        assertThat(someoneElse.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(GrpcErrors.violations(StatusProto.fromThrowable(someoneElse)))
                .extracting(v -> v.field() + " " + v.code()).containsExactly("decided_by NOT_CALLER");

        Case themselves = grpc.openCase(open(fraudCase()).toBuilder().setDecidedBy(vn.lachan.cases.v1.DecidedBy
                .newBuilder().setName(INVESTIGATOR).setUnit("cong-an-tinh-pa05")).build());
        assertThat(themselves.getAudit().getCreatedBy()).isEqualTo(INVESTIGATOR);
    }

    /** The case-service stub with {@code token}, sending {@code key} as the Idempotency-Key (null: none). */
    CaseServiceGrpc.CaseServiceBlockingStub as(String token, String key) {
        Metadata headers = new Metadata();
        if (key != null) {
            headers.put(IdempotencyKeys.HEADER, key);
        }
        return CaseServiceGrpc.newBlockingStub(channel).withInterceptors(Bearer.token(token),
                MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    @Test
    void aCaseOpenedOverGrpcIsReadBackOverRest() throws Exception {
        Case opened = grpc.openCase(open(fraudCase()));
        assertThat(opened.getId()).isNotBlank();
        assertThat(opened.getNumber()).matches("VA-\\d{4}-\\d{4,}");
        assertThat(opened.getStage()).isEqualTo(Stage.INVESTIGATION);
        assertThat(opened.getCategory()).isEqualTo(CrimeCategory.SERIOUS);
        assertThat(opened.getInvestigationDue()).isNotBlank();
        assertThat(opened.getTipIdsCount()).isEqualTo(2);
        assertThat(opened.getAudit().getCreatedBy()).isEqualTo(INVESTIGATOR);
        assertThat(opened.getAudit().getUpdatedBy()).isEqualTo(INVESTIGATOR);

        var answer = get("/api/v1/cases/" + opened.getId());
        assertThat(answer.statusCode()).isEqualTo(200);
        Case.Builder read = Case.newBuilder();
        JsonFormat.parser().merge(answer.body(), read);
        assertThat(read.build()).isEqualTo(opened);
        assertThat(answer.body()).contains("\"penalCodeArticle\": 174", "\"category\": \"SERIOUS\"");
    }

    @Test
    void aCaseOpenedOverRestIsReadBackOverGrpc() throws Exception {
        var answer = post("/api/v1/cases", JsonFormat.printer().print(fraudCase()), null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Case.Builder opened = Case.newBuilder();
        JsonFormat.parser().merge(answer.body(), opened);

        Case read = grpc.getCase(GetCaseRequest.newBuilder().setId(opened.getId()).build());
        assertThat(read).isEqualTo(opened.build());
        assertThat(read.getTitle()).isEqualTo(fraudCase().getTitle());
    }

    @Test
    void theInvestigationTimeLimitAndNumberFollowTheLegalDayTheCaseWasOpened() {
        // 18:00 UTC on 31 December 2024 is already 1 January 2025 in Vietnam
        Case opened = grpc.openCase(open(fraudCase().setPenalCodeArticle(290).setClause(3)
                .setOpenedAt(ProtoTime.timestamp(Instant.parse("2024-12-31T18:00:00Z")))));
        assertThat(opened.getCategory()).isEqualTo(CrimeCategory.VERY_SERIOUS);
        // four months later is 01/05/2025, Labour Day, then a swapped day off and a weekend: Monday 05/05/2025
        assertThat(opened.getInvestigationDue()).isEqualTo("2025-05-05");
        assertThat(opened.getNumber()).startsWith("VA-2025-");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstCaseAndStoresOne() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = JsonFormat.printer().print(fraudCase().setTitle("retry " + key));
        var first = post("/api/v1/cases", body, key);
        var second = post("/api/v1/cases", body, key);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(jdbc.sql("select count(*) from cases where title = :t").param("t", "retry " + key)
                .query(Long.class).single()).isEqualTo(1L);

        var reused = post("/api/v1/cases", JsonFormat.printer().print(fraudCase().setTitle("other")), key);
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(reused.body()).contains("Idempotency-Key", "đã được dùng");
        assertThat(jdbc.sql("select count(*) from cases where title = 'other'").query(Long.class).single()).isZero();
    }

    @Test
    void aKeyIsTheCallersOwnSoAnotherOfficerWithTheSameKeyOpensTheirOwnCase() throws Exception {
        String key = "1"; // a careless client's key, used by two people
        String title = "same key " + UUID.randomUUID();
        var mine = post("/api/v1/cases", JsonFormat.printer().print(fraudCase().setTitle(title)), key);
        var leaders = HttpApi.at(httpPort).as(RealInfrastructure.Extension.tokens().userToken("lanhdao.congan"))
                .post("/api/v1/cases", JsonFormat.printer().print(fraudCase().setTitle(title + " (leader)")), key);

        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(leaders.statusCode()).as(leaders.body()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from cases where title like :t").param("t", title + "%")
                .query(Long.class).single()).isEqualTo(2L);
    }

    @Test
    void nobodyCanTakeThePlatformsKeyForATipOverRest() throws Exception {
        String tip = UUID.randomUUID().toString();
        String reserved = IdempotencyKeys.platform("tip", tip, "prosecute");

        var squat = post("/api/v1/cases", JsonFormat.printer().print(fraudCase().clearTipIds().addTipIds(tip)), reserved);

        assertThat(squat.statusCode()).isEqualTo(400);
        assertThat(squat.body()).contains("\"field\":\"Idempotency-Key\"", "RESERVED");
        assertThat(casesOfTip(tip)).isZero();
    }

    @Test
    void thePlatformsKeyForATipOpensOneCaseWhoeverRetriesTheDecision() {
        // tip-service opens the case of a prosecuted tip with the deciding officer's token and the platform's key
        String tip = UUID.randomUUID().toString();
        Metadata headers = new Metadata();
        headers.put(IdempotencyKeys.HEADER, IdempotencyKeys.platform("tip", tip, "prosecute"));
        var request = open(fraudCase().clearTipIds().addTipIds(tip));

        Case first = grpc.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers)).openCase(request);
        Case byAnotherOfficer = CaseServiceGrpc.newBlockingStub(channel)
                .withInterceptors(Bearer.token(RealInfrastructure.Extension.tokens().userToken("lanhdao.congan")),
                        MetadataUtils.newAttachHeadersInterceptor(headers))
                .openCase(request);

        assertThat(byAnotherOfficer.getId()).isEqualTo(first.getId());
        assertThat(casesOfTip(tip)).isEqualTo(1L);
    }

    @Test
    void concurrentRetriesWithOneKeyOpenOneCaseAndTakeOneNumber() throws Exception {
        String key = UUID.randomUUID().toString();
        var request = open(fraudCase().setTitle("race " + key));
        Metadata headers = new Metadata();
        headers.put(IdempotencyKeys.HEADER, key);
        var keyed = grpc.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
        long numbersBefore = numbersTaken();

        List<Case> answers = inParallel(6, i -> keyed.openCase(request));

        assertThat(answers).extracting(Case::getId).containsOnly(answers.getFirst().getId());
        assertThat(jdbc.sql("select count(*) from cases where title = :t").param("t", "race " + key)
                .query(Long.class).single()).isEqualTo(1L);
        assertThat(numbersTaken()).isEqualTo(numbersBefore + 1);
    }

    @Test
    void casesOpenedAtTheSameTimeGetDistinctConsecutiveNumbers() throws Exception {
        List<Case> opened = inParallel(8, i -> grpc.openCase(open(fraudCase().setTitle("parallel " + i))));

        List<Integer> sequences = opened.stream()
                .map(c -> Integer.parseInt(c.getNumber().substring(c.getNumber().lastIndexOf('-') + 1)))
                .sorted().toList();
        assertThat(sequences).doesNotHaveDuplicates();
        assertThat(sequences.getLast() - sequences.getFirst()).isEqualTo(7);
    }

    @Test
    void invalidFieldsComeBackAsTheSameFieldListOverGrpcAndRest() throws Exception {
        Case.Builder bad = fraudCase().setTitle(" ").setClause(9).setLeadUnit("Công An").setTipIds(0, "not-a-uuid");
        long cases = count("cases");
        long links = count("case_tips");
        long numbers = numbersTaken();

        var failure = catchThrowableOfType(StatusRuntimeException.class, () -> grpc.openCase(open(bad)));
        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        var details = StatusProto.fromThrowable(failure).getDetailsList().stream()
                .filter(d -> d.is(BadRequest.class)).findFirst().orElseThrow().unpack(BadRequest.class);
        assertThat(details.getFieldViolationsList()).extracting(BadRequest.FieldViolation::getField)
                .containsExactly("case.title", "case.clause", "case.lead_unit", "case.tip_ids[0]");

        var answer = post("/api/v1/cases", JsonFormat.printer().print(bad), null);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"field\":\"case.title\"", "\"field\":\"case.clause\"",
                "\"field\":\"case.lead_unit\"", "\"field\":\"case.tip_ids[0]\"",
                "Điều 174 không có khoản 9", "Article 174 has no clause 9");
        assertThat(answer.body()).doesNotContain("Exception", "at vn.lachan");
        assertThat(count("cases")).isEqualTo(cases);
        assertThat(count("case_tips")).isEqualTo(links);
        assertThat(numbersTaken()).isEqualTo(numbers);
    }

    @Test
    void anArticleOutsideThePlanIsAFieldErrorListingTheAllowedArticles() throws Exception {
        var answer = post("/api/v1/cases", JsonFormat.printer().print(fraudCase().setPenalCodeArticle(999)), null);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"case.penal_code_article\"", "\"code\":\"UNKNOWN_VALUE\"",
                "Điều 999", "Article 999", "174, 201, 285");
        assertThat(answer.body()).doesNotContain("\"field\":\"case.clause\"");
    }

    @Test
    void thePenalCodeFormsOfferIsWhatCaseServiceDecidesWith() throws Exception {
        var answer = get("/api/v1/cases/penal-code");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        var articles = grpc.listPenalCodeArticles(ListPenalCodeArticlesRequest.getDefaultInstance()).getArticlesList();
        assertThat(articles).extracting(a -> a.getNumber()).containsExactlyElementsOf(PenalCode.articleNumbers());
        for (var a : articles) {
            for (var c : a.getClausesList()) {
                var offence = PenalCode.offence(a.getNumber(), c.getClause()).orElseThrow();
                assertThat(c.getCategory().name()).as("%d(%d)", a.getNumber(), c.getClause())
                        .isEqualTo(offence.category().name());
                assertThat(c.getInvestigationMonths()).isEqualTo(InvestigationDeadlines.months(offence.category()));
            }
            assertThat(a.getClausesCount()).isEqualTo(PenalCode.article(a.getNumber()).orElseThrow().clauses().size());
        }
        // Art. 174: four clauses, 2, 3, 4 and 4 months; the REST answer says the same in proto3 JSON
        var fraud = articles.stream().filter(a -> a.getNumber() == 174).findFirst().orElseThrow();
        assertThat(fraud.getNameVi()).isEqualTo("Lừa đảo chiếm đoạt tài sản");
        assertThat(fraud.getClausesList()).extracting(c -> c.getInvestigationMonths()).containsExactly(2, 3, 4, 4);
        assertThat(answer.body()).contains("\"nameVi\": \"Lừa đảo chiếm đoạt tài sản\"", "\"category\": \"PARTICULARLY_SERIOUS\"");
        assertThat(get("/api/v1/cases/penal-code?article=174").body()).contains("\"number\": 174").doesNotContain("\"number\": 201");
        assertThat(get("/api/v1/cases/penal-code?article=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownCaseIsNotFoundAndABadIdIsAFieldError() throws Exception {
        var missing = get("/api/v1/cases/" + UUID.randomUUID());
        assertThat(missing.statusCode()).isEqualTo(404);
        var bad = get("/api/v1/cases/not-a-uuid");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"id\"");

        var failure = catchThrowableOfType(StatusRuntimeException.class,
                () -> grpc.getCase(GetCaseRequest.newBuilder().setId(UUID.randomUUID().toString()).build()));
        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void casesArePagedByLeadUnit() throws Exception {
        // a team below PA05, so that the investigator of PA05 sees its cases
        String unit = "cong-an-tinh-pa05-doi-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            grpc.openCase(open(fraudCase().setLeadUnit(unit).setTitle("page " + i)));
        }

        var first = list("/api/v1/cases?leadUnit=" + unit + "&pageSize=2");
        assertThat(first.getCasesList()).hasSize(2).allSatisfy(c -> assertThat(c.getLeadUnit()).isEqualTo(unit));
        assertThat(first.getNextPageToken()).isNotEmpty();
        var second = list("/api/v1/cases?leadUnit=" + unit + "&pageSize=2&pageToken=" + first.getNextPageToken());
        assertThat(second.getCasesList()).hasSize(1);
        assertThat(second.getNextPageToken()).isEmpty();
        assertThat(IntStream.range(0, 3).mapToObj(i -> "page " + i))
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(
                        first.getCasesList().stream(), second.getCasesList().stream()).map(Case::getTitle).toList());

        var tooBig = get("/api/v1/cases?pageSize=500");
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.body()).contains("\"field\":\"page_size\"");
    }

    @Test
    void aCaseIsFoundByATipItWasOpenedFrom() throws Exception {
        String tip = UUID.randomUUID().toString();
        Case opened = grpc.openCase(open(fraudCase().addTipIds(tip)));
        grpc.openCase(open(fraudCase()));

        ListCasesResponse found = grpc.listCases(ListCasesRequest.newBuilder().setTipId(tip).build());
        assertThat(found.getCasesList()).extracting(Case::getId).containsExactly(opened.getId());

        var bad = get("/api/v1/cases?tipId=nope");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"tip_id\"");
    }

    @Test
    void aTipIsInOneCaseAtMostAndASecondCaseWithItWritesNothing() {
        String tip = UUID.randomUUID().toString();
        Case first = grpc.openCase(open(fraudCase().addTipIds(tip)));
        long before = jdbc.sql("select count(*) from cases").query(Long.class).single();
        var refused = catchThrowableOfType(StatusRuntimeException.class,
                () -> grpc.openCase(open(fraudCase().addTipIds(UUID.randomUUID().toString()).addTipIds(tip))));
        assertThat(refused.getStatus().getCode()).isEqualTo(io.grpc.Status.Code.INVALID_ARGUMENT);
        var violations = GrpcErrors.violations(StatusProto.fromThrowable(refused));
        assertThat(violations).singleElement().satisfies(v -> {
            // fraudCase() lists two tips of its own before these two
            assertThat(v.field()).isEqualTo("case.tip_ids[3]");
            assertThat(v.code()).isEqualTo("ALREADY_IN_CASE");
            assertThat(v.vi()).contains(first.getNumber());
            assertThat(v.en()).contains(first.getNumber());
        });
        assertThat(jdbc.sql("select count(*) from cases").query(Long.class).single()).isEqualTo(before);
    }

    <T> List<T> inParallel(int n, java.util.function.IntFunction<T> call) throws Exception {
        try (var pool = Executors.newFixedThreadPool(n)) {
            List<Future<T>> futures = pool.invokeAll(IntStream.range(0, n)
                    .mapToObj(i -> (Callable<T>) () -> call.apply(i)).toList());
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        }
    }

    ListCasesResponse list(String path) throws Exception {
        var answer = get(path);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        ListCasesResponse.Builder page = ListCasesResponse.newBuilder();
        JsonFormat.parser().merge(answer.body(), page);
        return page.build();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    long casesOfTip(String tip) {
        return jdbc.sql("select count(*) from case_tips where tip_id = cast(:tip as uuid)").param("tip", tip)
                .query(Long.class).single();
    }

    long numbersTaken() {
        return jdbc.sql("select coalesce(sum(last_sequence), 0) from case_number_counters").query(Long.class).single();
    }

    HttpResponse<String> get(String path) {
        return api.get(path);
    }

    HttpResponse<String> post(String path, String json, String idempotencyKey) {
        return api.post(path, json, idempotencyKey);
    }
}
