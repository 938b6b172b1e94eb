package vn.lachan.tip.procedure.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lachan.cases.v1.Case;
import vn.lachan.cases.v1.CaseServiceGrpc;
import vn.lachan.cases.v1.ListCasesRequest;
import vn.lachan.cases.v1.ListCasesResponse;
import vn.lachan.cases.v1.OpenCaseRequest;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.GrpcErrors;
import vn.lachan.platform.error.UnavailableException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.peer.PeerSettings;
import vn.lachan.platform.security.ServiceAccount;
import vn.lachan.tip.InProcessPeer;
import vn.lachan.tip.procedure.domain.CaseRef;
import vn.lachan.tip.procedure.domain.Outcome;
import vn.lachan.tip.procedure.domain.PendingProsecution;

/** How tip-service asks case-service to open a tip's case, against a stand-in case-service in process. */
class CaseOpenerTest {

    static final UUID TIP = UUID.fromString("3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c");
    static final Outcome.Prosecute FRAUD = new Outcome.Prosecute(174, 1, "cong-an-tinh-pa05", "Vụ án thử");
    static final Case OPENED = Case.newBuilder().setId("9a1d2c3b-4e5f-4a6b-8c7d-0e1f2a3b4c5d").setNumber("VA-2026-0009")
            .setPenalCodeArticle(174).setClause(1).setLeadUnit("cong-an-tinh-pa05").addTipIds(TIP.toString()).build();

    final List<OpenCaseRequest> requests = new CopyOnWriteArrayList<>();
    List<String> keys = List.of();
    InProcessPeer peer;

    CaseOpener openerBeside(CaseServiceGrpc.CaseServiceImplBase caseService, Duration deadline) {
        peer = InProcessPeer.serving(caseService, "case-service");
        keys = peer.keys();
        // As.OFFICER never asks Keycloak; As.TIP_SERVICE asks one that is not there
        return new CaseOpener(peer.channels(), new PeerSettings(deadline),
                new ServiceAccount("http://127.0.0.1:9/realms/lachan", "tip-service", "tip-service-dev-secret"));
    }

    static PendingProsecution pending(Outcome.Prosecute p) {
        return new PendingProsecution(TIP, p, "dieutra", "cong-an-tinh-pa05", java.time.Instant.now(), 0, null);
    }

    @AfterEach
    void stop() {
        if (peer != null) {
            peer.close();
        }
    }

    /** A case-service that records each request and opens {@link #OPENED}. */
    CaseServiceGrpc.CaseServiceImplBase recordingAndOpening() {
        return new CaseServiceGrpc.CaseServiceImplBase() {
            @Override
            public void openCase(OpenCaseRequest request, StreamObserver<Case> response) {
                requests.add(request);
                response.onNext(OPENED);
                response.onCompleted();
            }
        };
    }

    @Test
    void everyAttemptCarriesTheSameKeyMadeFromTheTipSoCaseServiceOpensOneCase() throws IOException {
        CaseOpener opener = openerBeside(recordingAndOpening(), Duration.ofSeconds(3));

        CaseRef first = opener.open(pending(FRAUD), CaseOpener.As.OFFICER);
        CaseRef second = opener.open(pending(FRAUD), CaseOpener.As.OFFICER);

        assertThat(first).isEqualTo(new CaseRef(UUID.fromString(OPENED.getId()), "VA-2026-0009")).isEqualTo(second);
        // the platform's reserved key, which no outside caller may send, so nobody can take it first
        assertThat(keys).containsExactly("lachan:tip:" + TIP + ":prosecute", "lachan:tip:" + TIP + ":prosecute");
        assertThat(requests.getFirst().getCase().getTipIdsList()).containsExactly(TIP.toString());
        assertThat(requests.getFirst().getCase().getPenalCodeArticle()).isEqualTo(174);
        assertThat(requests.getFirst().getCase().getLeadUnit()).isEqualTo("cong-an-tinh-pa05");
        assertThat(requests.getFirst().getCase().hasOpenedAt()).as("a retry must be the same request").isFalse();
        // the deciding officer is named on every attempt, so the reconciler's request is the same as theirs
        assertThat(requests.getFirst().getDecidedBy().getName()).isEqualTo("dieutra");
        assertThat(requests.getFirst().getDecidedBy().getUnit()).isEqualTo("cong-an-tinh-pa05");
        assertThat(requests.get(1)).isEqualTo(requests.getFirst());
    }

    @Test
    void withoutATokenFromKeycloakTheReconcilersCallIsNotSentAndIsUnavailable() throws IOException {
        CaseOpener opener = openerBeside(recordingAndOpening(), Duration.ofSeconds(3));

        var failure = catchThrowableOfType(UnavailableException.class,
                () -> opener.open(pending(FRAUD), CaseOpener.As.TIP_SERVICE));
        assertThat(failure.vi()).contains("case-service");
        assertThat(requests).isEmpty();
    }

    @Test
    void caseServicesFieldErrorsComeBackUnderTheDecisionsOwnFieldNames() throws IOException {
        CaseOpener opener = openerBeside(new CaseServiceGrpc.CaseServiceImplBase() {
            @Override
            public void openCase(OpenCaseRequest request, StreamObserver<Case> response) {
                response.onError(GrpcErrors.toStatus(new ValidationException(new FieldViolation("case.clause",
                        "UNKNOWN_VALUE", "Điều 174 không có khoản 9.", "Article 174 has no clause 9."))));
            }
        }, Duration.ofSeconds(3));

        var failure = catchThrowableOfType(ValidationException.class,
                () -> opener.open(pending(FRAUD), CaseOpener.As.OFFICER));
        assertThat(failure.violations()).extracting(FieldViolation::field, FieldViolation::code, FieldViolation::vi)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("prosecute.clause", "UNKNOWN_VALUE",
                        "Điều 174 không có khoản 9."));
    }

    @Test
    void aCaseServiceThatDoesNotAnswerWithinTheDeadlineIsUnavailable() throws IOException {
        CaseOpener opener = openerBeside(new CaseServiceGrpc.CaseServiceImplBase() {
            @Override
            public void openCase(OpenCaseRequest request, StreamObserver<Case> response) {
                // never answers
            }
        }, Duration.ofMillis(200));

        long start = System.nanoTime();
        var failure = catchThrowableOfType(UnavailableException.class,
                () -> opener.open(pending(FRAUD), CaseOpener.As.OFFICER));
        assertThat(failure.vi()).contains("case-service");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aKeyRefusedForOtherDetailsNamesTheCaseAnEarlierAttemptOpened() throws IOException {
        CaseOpener opener = openerBeside(new CaseServiceGrpc.CaseServiceImplBase() {
            @Override
            public void openCase(OpenCaseRequest request, StreamObserver<Case> response) {
                response.onError(GrpcErrors.toStatus(new ConflictException(
                        "Idempotency-Key này đã được dùng cho một vụ án khác.",
                        "This Idempotency-Key was already used for a different case.")));
            }

            @Override
            public void listCases(ListCasesRequest request, StreamObserver<ListCasesResponse> response) {
                assertThat(request.getTipId()).isEqualTo(TIP.toString());
                response.onNext(ListCasesResponse.newBuilder().addCases(OPENED).build());
                response.onCompleted();
            }
        }, Duration.ofSeconds(3));

        var failure = catchThrowableOfType(ConflictException.class,
                () -> opener.open(pending(new Outcome.Prosecute(174, 2, "cong-an-tinh-pa05", "Vụ án thử")),
                        CaseOpener.As.OFFICER));
        assertThat(failure.vi()).contains("VA-2026-0009", "Điều 174 khoản 1");
        assertThat(failure.en()).contains("VA-2026-0009", "same details");
    }
}
