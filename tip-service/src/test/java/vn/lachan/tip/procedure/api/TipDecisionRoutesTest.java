package vn.lachan.tip.procedure.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import vn.lachan.platform.rest.HttpRoutes;
import vn.lachan.tip.v1.TipDecisionServiceGrpc;
import vn.lachan.tip.v1.TipServiceGrpc;

/** The platform's route table tells the {id}:verb paths of the decision contract from the tip's own paths. */
class TipDecisionRoutesTest {

    static final String ID = "3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c";
    final HttpRoutes routes = HttpRoutes.of(List.of(
            new TipServiceGrpc.TipServiceImplBase() { },
            new TipDecisionServiceGrpc.TipDecisionServiceImplBase() { }));

    String rpc(HttpMethod method, String path) {
        return routes.match(method, path).map(m -> m.route().rpc().getBareMethodName()).orElse("none");
    }

    @Test
    void aVerbAfterTheIdLeadsToItsRpcWithTheIdBound() {
        for (String[] verb : new String[][] {{"decide", "DecideTip"}, {"extend", "ExtendTip"}, {"resume", "ResumeTip"},
                {"notify-procuracy", "RecordProcuracyNotified"}}) {
            var match = routes.match(HttpMethod.POST, "/api/v1/tips/" + ID + ":" + verb[0]).orElseThrow();
            assertThat(match.route().rpc().getBareMethodName()).isEqualTo(verb[1]);
            assertThat(match.pathFields()).containsExactly(java.util.Map.entry("id", ID));
        }
    }

    @Test
    void theTipsOwnPathsStillLeadWhereTheyDid() {
        assertThat(rpc(HttpMethod.GET, "/api/v1/tips/" + ID)).isEqualTo("GetTip");
        assertThat(routes.match(HttpMethod.GET, "/api/v1/tips/" + ID).orElseThrow().pathFields())
                .containsEntry("id", ID);
        assertThat(rpc(HttpMethod.GET, "/api/v1/tips")).isEqualTo("ListTips");
        assertThat(rpc(HttpMethod.POST, "/api/v1/tips")).isEqualTo("CreateTip");
        assertThat(rpc(HttpMethod.GET, "/api/v1/tips/statistics")).isEqualTo("GetTipStatistics");
        assertThat(rpc(HttpMethod.GET, "/api/v1/tips:overdue")).isEqualTo("ListOverdueTips");
    }

    @Test
    void anUnknownVerbIsNoRoute() {
        assertThat(rpc(HttpMethod.POST, "/api/v1/tips/" + ID + ":approve")).isEqualTo("none");
        assertThat(rpc(HttpMethod.POST, "/api/v1/tips:overdue")).isEqualTo("none");
        assertThat(routes.servesPathWithOtherMethod("/api/v1/tips/" + ID + ":decide")).isTrue();
    }
}
