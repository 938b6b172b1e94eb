package vn.lachan.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.GrpcErrors;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.ValidationException;

class ProblemTest {

    @Test
    void fieldViolationsSurviveTheTripThroughAGrpcStatus() {
        var failure = new ValidationException(List.of(
                new FieldViolation("tip.channel", "REQUIRED", "Bắt buộc.", "Required."),
                new FieldViolation("tip.loss.dong", "NEGATIVE", "Không được âm.", "Cannot be negative.")));
        StatusRuntimeException overTheWire = GrpcErrors.toStatus(failure).getStatus()
                .asRuntimeException(GrpcErrors.toStatus(failure).getTrailers());

        Problem problem = Problem.of(overTheWire);

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.errors()).containsExactlyElementsOf(failure.violations());
        assertThat(problem.vi()).isEqualTo(failure.vi());
        assertThat(problem.en()).isEqualTo(failure.en());
    }

    @Test
    void theCallersLanguageChoosesDetailAndMessageButBothAreAlwaysThere() {
        var failure = new ValidationException(new FieldViolation("unit", "REQUIRED", "Bắt buộc.", "Required."));
        Problem problem = Problem.of(new StatusRuntimeException(GrpcErrors.toStatus(failure).getStatus(),
                GrpcErrors.toStatus(failure).getTrailers()));
        Map<String, Object> english = problem.body("/api/v1/reports", "req-1", false);
        Map<String, Object> vietnamese = problem.body("/api/v1/reports", "req-1", true);
        assertThat(english).containsEntry("detail", failure.en()).containsEntry("detailVi", failure.vi());
        assertThat(vietnamese).containsEntry("detail", failure.vi()).containsEntry("requestId", "req-1");
        assertThat(GrpcRestBridge.prefersVietnamese("en-GB,en;q=0.9")).isFalse();
        assertThat(GrpcRestBridge.prefersVietnamese("vi-VN")).isTrue();
        assertThat(GrpcRestBridge.prefersVietnamese(null)).isTrue();
    }

    @Test
    void canonicalCodesMapToTheirHttpStatus() {
        assertThat(Problem.of(GrpcErrors.toStatus(new NotFoundException("tip", "x")).getStatus()
                .asRuntimeException()).status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(Problem.of(Status.UNAUTHENTICATED.asRuntimeException()).status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(Problem.of(Status.PERMISSION_DENIED.asRuntimeException()).status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Problem.of(Status.UNAVAILABLE.asRuntimeException()).status())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(Problem.of(Status.INTERNAL.withDescription("boom").asRuntimeException()).status())
                .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    @Test
    void anUnknownJsonFieldIsNamedAndAnyOtherParserErrorIsABodyError() {
        assertThat(GrpcRestBridge.jsonViolation("tip", "Cannot find field: colour in message lachan.tip.v1.Tip"))
                .extracting(FieldViolation::field, FieldViolation::code).containsExactly("tip.colour", "UNKNOWN_FIELD");
        assertThat(GrpcRestBridge.jsonViolation("*", "Unexpected end of input").field()).isEqualTo("body");
        var truncated = GrpcRestBridge.jsonViolation("allocation",
                "java.io.EOFException: End of input at line 1 column 9 path $.unit");
        assertThat(truncated.en()).isEqualTo("The JSON body is malformed: End of input at line 1 column 9 path $.unit");
        assertThat(truncated.vi()).doesNotContain("Exception");
    }
}
