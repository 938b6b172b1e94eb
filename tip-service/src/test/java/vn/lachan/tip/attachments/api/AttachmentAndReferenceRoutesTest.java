package vn.lachan.tip.attachments.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import vn.lachan.platform.rest.HttpRoutes;
import vn.lachan.tip.v1.AttachmentServiceGrpc;
import vn.lachan.tip.v1.PublicTipServiceGrpc;
import vn.lachan.tip.v1.ReferenceDataServiceGrpc;
import vn.lachan.tip.v1.TipDecisionServiceGrpc;
import vn.lachan.tip.v1.TipRewardServiceGrpc;
import vn.lachan.tip.v1.TipServiceGrpc;
import vn.lachan.tip.v1.TipsterServiceGrpc;

/**
 * The modus operandi list is a literal path beside /api/v1/tips/{id} and must win over it; the attachment paths sit
 * under a tip. The tip's own paths still lead where they did.
 */
class AttachmentAndReferenceRoutesTest {

    static final String ID = "3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c";
    static final String FILE = "0b7d4c1e-2a4d-4e7b-9c2a-1d5e6f7a8b9d";
    final HttpRoutes routes = HttpRoutes.of(List.of(
            new TipServiceGrpc.TipServiceImplBase() { },
            new TipDecisionServiceGrpc.TipDecisionServiceImplBase() { },
            new PublicTipServiceGrpc.PublicTipServiceImplBase() { },
            new TipsterServiceGrpc.TipsterServiceImplBase() { },
            new TipRewardServiceGrpc.TipRewardServiceImplBase() { },
            new AttachmentServiceGrpc.AttachmentServiceImplBase() { },
            new ReferenceDataServiceGrpc.ReferenceDataServiceImplBase() { }));

    String rpc(HttpMethod method, String path) {
        return routes.match(method, path).map(m -> m.route().rpc().getBareMethodName()).orElse("none");
    }

    Map<String, String> fields(HttpMethod method, String path) {
        return routes.match(method, path).orElseThrow().pathFields();
    }

    @Test
    void theModusOperandiListIsMatchedBeforeATipById() {
        assertThat(rpc(HttpMethod.GET, "/api/v1/tips/modus-operandi")).isEqualTo("ListModusOperandi");
        assertThat(fields(HttpMethod.GET, "/api/v1/tips/modus-operandi")).isEmpty();
        assertThat(rpc(HttpMethod.POST, "/api/v1/tips/modus-operandi")).isEqualTo("SaveModusOperandi");
        assertThat(rpc(HttpMethod.GET, "/api/v1/tips/" + ID)).isEqualTo("GetTip");
        assertThat(fields(HttpMethod.GET, "/api/v1/tips/" + ID)).containsExactly(Map.entry("id", ID));
        assertThat(rpc(HttpMethod.GET, "/api/v1/tips/statistics")).isEqualTo("GetTipStatistics");
        assertThat(rpc(HttpMethod.GET, "/api/v1/tips/rewards")).isEqualTo("ListRewards");
        assertThat(rpc(HttpMethod.POST, "/api/v1/tips")).isEqualTo("CreateTip");
        assertThat(rpc(HttpMethod.POST, "/api/v1/tips/" + ID + ":decide")).isEqualTo("DecideTip");
    }

    @Test
    void theAttachmentPathsBindTheTipAndTheFile() {
        assertThat(rpc(HttpMethod.POST, "/api/v1/tips/" + ID + "/attachments")).isEqualTo("AddAttachment");
        assertThat(fields(HttpMethod.POST, "/api/v1/tips/" + ID + "/attachments")).containsExactly(Map.entry("tip_id", ID));
        assertThat(rpc(HttpMethod.GET, "/api/v1/tips/" + ID + "/attachments")).isEqualTo("ListAttachments");
        assertThat(rpc(HttpMethod.GET, "/api/v1/tips/" + ID + "/attachments/" + FILE)).isEqualTo("GetAttachment");
        assertThat(fields(HttpMethod.GET, "/api/v1/tips/" + ID + "/attachments/" + FILE))
                .containsExactly(Map.entry("tip_id", ID), Map.entry("id", FILE));
        assertThat(rpc(HttpMethod.DELETE, "/api/v1/tips/" + ID + "/attachments/" + FILE)).isEqualTo("none");
        assertThat(routes.servesPathWithOtherMethod("/api/v1/tips/" + ID + "/attachments/" + FILE)).isTrue();
        assertThat(rpc(HttpMethod.GET, "/api/v1/tips/" + ID + "/messages")).isEqualTo("ListTipMessages");
    }
}
