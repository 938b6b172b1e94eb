package vn.lachan.cases.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import vn.lachan.cases.v1.CaseServiceGrpc;
import vn.lachan.cases.v1.FreezeRequestServiceGrpc;
import vn.lachan.cases.v1.RestitutionServiceGrpc;
import vn.lachan.platform.rest.HttpRoutes;

/** The restitution routes share /api/v1/cases with the case routes: "returns" is never taken for a case id. */
class RestitutionRoutesTest {

    static final String ID = "3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c";

    static final HttpRoutes ROUTES = HttpRoutes.of(List.of(
            new CaseServiceGrpc.CaseServiceImplBase() { },
            new FreezeRequestServiceGrpc.FreezeRequestServiceImplBase() { },
            new RestitutionServiceGrpc.RestitutionServiceImplBase() { }));

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "GET, /api/v1/cases/returns, ListReturns, ''",
            "POST, /api/v1/cases/returns/" + ID + ":report-executed, ReportReturnExecuted, id",
            "POST, /api/v1/cases/" + ID + "/returns, DecideReturn, case_id",
            "POST, /api/v1/cases/" + ID + "/victim-claims, AddVictimClaim, case_id",
            "GET, /api/v1/cases/" + ID + "/victim-claims, ListVictimClaims, case_id",
            "GET, /api/v1/cases/" + ID + ", GetCase, id",
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
}
