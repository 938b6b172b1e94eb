package vn.lachan.cases.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import vn.lachan.cases.v1.CaseServiceGrpc;
import vn.lachan.cases.v1.FreezeRequestServiceGrpc;
import vn.lachan.platform.rest.HttpRoutes;

/**
 * The freeze-request routes share the prefix /api/v1/cases with the case routes; in the platform's route table
 * literal segments win over variables, so none of them is taken for a case id, and no case route for theirs.
 */
class FreezeRequestRoutesTest {

    static final String ID = "3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c";

    static final HttpRoutes ROUTES = HttpRoutes.of(List.of(
            new CaseServiceGrpc.CaseServiceImplBase() { },
            new FreezeRequestServiceGrpc.FreezeRequestServiceImplBase() { }));

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "GET, /api/v1/cases/freeze-requests, ListFreezeRequests, ''",
            "GET, /api/v1/cases/freeze-requests/" + ID + ", GetFreezeRequest, id",
            "POST, /api/v1/cases/" + ID + "/freeze-requests, CreateFreezeRequest, case_id",
            "POST, /api/v1/cases/freeze-requests/" + ID + ":respond, RespondToFreezeRequest, id",
            "POST, /api/v1/cases/freeze-requests/" + ID + ":release, ReleaseFreezeRequest, id",
            "POST, /api/v1/cases/freeze-requests/" + ID + ":report-released, ReportFreezeReleased, id",
            "GET, /api/v1/cases/" + ID + ", GetCase, id",
            "GET, /api/v1/cases, ListCases, ''",
            "POST, /api/v1/cases, OpenCase, ''",
    })
    void eachPathLeadsToItsOwnRpc(String method, String path, String rpc, String pathField) {
        var match = ROUTES.match(HttpMethod.valueOf(method), path).orElseThrow();
        assertThat(match.route().rpc().getBareMethodName()).isEqualTo(rpc);
        if (pathField.isEmpty()) {
            assertThat(match.pathFields()).isEmpty();
        } else {
            assertThat(match.pathFields()).containsExactly(java.util.Map.entry(pathField, ID));
        }
    }

    @Test
    void aCaseIdLookingLikeTheLiteralIsStillTheList() {
        // "freeze-requests" is never bound as a case id, whatever the order the contracts are read in
        var reversed = HttpRoutes.of(List.of(
                new FreezeRequestServiceGrpc.FreezeRequestServiceImplBase() { },
                new CaseServiceGrpc.CaseServiceImplBase() { }));
        for (HttpRoutes routes : List.of(ROUTES, reversed)) {
            assertThat(routes.match(HttpMethod.GET, "/api/v1/cases/freeze-requests").orElseThrow()
                    .route().rpc().getBareMethodName()).isEqualTo("ListFreezeRequests");
        }
    }

    @Test
    void theRespondVerbIsNotAFreezeRequestIdAndOtherMethodsAreNotServed() {
        assertThat(ROUTES.match(HttpMethod.GET, "/api/v1/cases/freeze-requests/" + ID + ":respond").orElseThrow()
                .pathFields()).containsEntry("id", ID + ":respond"); // a malformed id, answered as a field error
        assertThat(ROUTES.match(HttpMethod.POST, "/api/v1/cases/freeze-requests/" + ID)).isEmpty();
        assertThat(ROUTES.servesPathWithOtherMethod("/api/v1/cases/freeze-requests/" + ID)).isTrue();
        assertThat(ROUTES.match(HttpMethod.DELETE, "/api/v1/cases/freeze-requests")).isEmpty();
    }

    @Test
    void everyFreezeRequestRpcHasARouteUnderTheCasePrefix() {
        var rpcs = FreezeRequestServiceGrpc.getServiceDescriptor().getMethods();
        assertThat(ROUTES.all().stream().filter(r -> r.rpc().getServiceName().endsWith("FreezeRequestService")))
                .hasSize(rpcs.size())
                .allSatisfy(r -> assertThat(r.template()).startsWith("/api/v1/cases/"));
    }
}
