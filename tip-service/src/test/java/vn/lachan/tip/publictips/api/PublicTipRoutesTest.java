package vn.lachan.tip.publictips.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import vn.lachan.platform.rest.HttpRoutes;
import vn.lachan.tip.v1.PublicTipServiceGrpc;
import vn.lachan.tip.v1.TipDecisionServiceGrpc;
import vn.lachan.tip.v1.TipRewardServiceGrpc;
import vn.lachan.tip.v1.TipServiceGrpc;
import vn.lachan.tip.v1.TipsterServiceGrpc;

/** The public, thread and reward paths lead to their RPCs and leave the tip's own paths where they were. */
class PublicTipRoutesTest {

    static final String ID = "3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c";
    final HttpRoutes routes = HttpRoutes.of(List.of(
            new TipServiceGrpc.TipServiceImplBase() { },
            new TipDecisionServiceGrpc.TipDecisionServiceImplBase() { },
            new PublicTipServiceGrpc.PublicTipServiceImplBase() { },
            new TipsterServiceGrpc.TipsterServiceImplBase() { },
            new TipRewardServiceGrpc.TipRewardServiceImplBase() { }));

    String rpc(HttpMethod method, String path) {
        return routes.match(method, path).map(m -> m.route().rpc().getBareMethodName()).orElse("none");
    }

    Map<String, String> fields(HttpMethod method, String path) {
        return routes.match(method, path).orElseThrow().pathFields();
    }

    @Test
    void thePublicPathsLeadToThePublicRpcsAndNoneCarriesATrackingCode() {
        assertThat(rpc(HttpMethod.POST, "/api/v1/public/tips")).isEqualTo("SubmitPublicTip");
        assertThat(rpc(HttpMethod.POST, "/api/v1/public/tips:follow")).isEqualTo("GetPublicTip");
        assertThat(fields(HttpMethod.POST, "/api/v1/public/tips:follow")).isEmpty();
        assertThat(rpc(HttpMethod.POST, "/api/v1/public/tips:add-message")).isEqualTo("AddPublicTipMessage");
        // the old paths with the code in them lead nowhere
        assertThat(rpc(HttpMethod.GET, "/api/v1/public/tips/LC-7K3M-9QXD")).isEqualTo("none");
        assertThat(rpc(HttpMethod.POST, "/api/v1/public/tips/LC-7K3M-9QXD/messages")).isEqualTo("none");
    }

    @Test
    void theScamCheckPathsSitBesideTheTipsOwn() {
        HttpRoutes all = HttpRoutes.of(List.of(
                new TipServiceGrpc.TipServiceImplBase() { },
                new TipDecisionServiceGrpc.TipDecisionServiceImplBase() { },
                new TipRewardServiceGrpc.TipRewardServiceImplBase() { },
                new vn.lachan.tip.v1.ScamCheckServiceGrpc.ScamCheckServiceImplBase() { },
                new vn.lachan.tip.v1.IndicatorPublicationServiceGrpc.IndicatorPublicationServiceImplBase() { }));
        java.util.function.BiFunction<HttpMethod, String, String> rpc = (method, path) -> all.match(method, path)
                .map(m -> m.route().rpc().getBareMethodName()).orElse("none");
        assertThat(rpc.apply(HttpMethod.GET, "/api/v1/public/scam-check")).isEqualTo("CheckIndicator");
        assertThat(rpc.apply(HttpMethod.POST, "/api/v1/public/scam-check/reviews")).isEqualTo("RequestIndicatorReview");
        assertThat(rpc.apply(HttpMethod.POST, "/api/v1/tips/scam-check/publications")).isEqualTo("PublishIndicator");
        assertThat(rpc.apply(HttpMethod.POST, "/api/v1/tips/scam-check/withdrawals")).isEqualTo("WithdrawIndicator");
        assertThat(rpc.apply(HttpMethod.GET, "/api/v1/tips/scam-check/standing")).isEqualTo("GetIndicatorStanding");
        assertThat(rpc.apply(HttpMethod.GET, "/api/v1/tips/scam-check/reviews")).isEqualTo("ListIndicatorReviews");
        assertThat(rpc.apply(HttpMethod.POST, "/api/v1/tips/scam-check/reviews/" + ID + ":keep"))
                .isEqualTo("KeepIndicatorPublished");
        assertThat(rpc.apply(HttpMethod.GET, "/api/v1/tips/" + ID)).isEqualTo("GetTip");
        assertThat(rpc.apply(HttpMethod.POST, "/api/v1/tips/rewards/" + ID + ":approve")).isEqualTo("ApproveReward");
    }

    @Test
    void theThreadAndRewardPathsSitBesideTheTipsOwn() {
        assertThat(rpc(HttpMethod.GET, "/api/v1/tips/" + ID + "/messages")).isEqualTo("ListTipMessages");
        assertThat(rpc(HttpMethod.POST, "/api/v1/tips/" + ID + "/messages")).isEqualTo("ReplyToTipster");
        assertThat(rpc(HttpMethod.GET, "/api/v1/tips/" + ID + "/tipster")).isEqualTo("GetTipster");
        assertThat(rpc(HttpMethod.POST, "/api/v1/tips/" + ID + "/rewards")).isEqualTo("ProposeReward");
        assertThat(fields(HttpMethod.POST, "/api/v1/tips/" + ID + "/rewards")).containsEntry("tip_id", ID);
        assertThat(rpc(HttpMethod.GET, "/api/v1/tips/rewards")).isEqualTo("ListRewards");
        for (String[] verb : new String[][] {{"approve", "ApproveReward"}, {"reject", "RejectReward"},
                {"mark-paid", "MarkRewardPaid"}}) {
            assertThat(rpc(HttpMethod.POST, "/api/v1/tips/rewards/" + ID + ":" + verb[0])).isEqualTo(verb[1]);
            assertThat(fields(HttpMethod.POST, "/api/v1/tips/rewards/" + ID + ":" + verb[0])).containsEntry("id", ID);
        }
        assertThat(rpc(HttpMethod.GET, "/api/v1/tips/" + ID)).isEqualTo("GetTip");
        assertThat(rpc(HttpMethod.POST, "/api/v1/tips/" + ID + ":decide")).isEqualTo("DecideTip");
        assertThat(rpc(HttpMethod.GET, "/api/v1/tips/statistics")).isEqualTo("GetTipStatistics");
    }
}
