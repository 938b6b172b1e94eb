package vn.lachan.platform.rest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.AnnotationsProto;
import com.google.protobuf.Descriptors.MethodDescriptor;
import org.junit.jupiter.api.Test;

/** A route the bridge would serve wrongly stops the service at start-up, with the RPC named. */
class HttpRoutesCheckTest {

    static void check(String method) {
        MethodDescriptor rpc = TestContract.method(method);
        HttpRoutes.check(rpc, rpc.getOptions().getExtension(AnnotationsProto.http));
    }

    static String rpc(String extra, String rule) {
        return "method { name: \"Find\" input_type: \".lachan.shop.v1.Search\" output_type: \".lachan.shop.v1.Search\" "
                + extra + " options { [google.api.http] { " + rule + " } } }";
    }

    @Test
    void routesItServesPass() {
        assertThatCode(() -> check(rpc("", "get: \"/api/v1/orders/{id}\""))).doesNotThrowAnyException();
        assertThatCode(() -> check(rpc("", "get: \"/api/v1/pages/{page.page_token}\""))).doesNotThrowAnyException();
        assertThatCode(() -> check(rpc("", "post: \"/api/v1/orders/{id}:pay\" body: \"*\""))).doesNotThrowAnyException();
        assertThatCode(() -> check(rpc("", "post: \"/api/v1/orders\" body: \"page\""))).doesNotThrowAnyException();
    }

    @Test
    void routesItCannotServeAreRefused() {
        assertThatThrownBy(() -> check(rpc("server_streaming: true", "get: \"/api/v1/orders\"")))
                .hasMessageContaining("lachan.shop.v1.ShopService.Find").hasMessageContaining("streaming");
        assertThatThrownBy(() -> check(rpc("client_streaming: true", "post: \"/api/v1/orders\" body: \"*\"")))
                .hasMessageContaining("streaming");
        assertThatThrownBy(() -> check(rpc("", "get: \"/api/v1/orders\" additional_bindings { get: \"/o\" }")))
                .hasMessageContaining("additional_bindings");
        assertThatThrownBy(() -> check(rpc("", "get: \"/api/v1/orders\" response_body: \"page\"")))
                .hasMessageContaining("response_body");
        assertThatThrownBy(() -> check(rpc("", "custom { kind: \"HEAD\" path: \"/api/v1/orders\" }")))
                .hasMessageContaining("CUSTOM");
        assertThatThrownBy(() -> check(rpc("", "get: \"/api/v1/{id=orders/*}\"")))
                .hasMessageContaining("{id=orders/*}");
        assertThatThrownBy(() -> check(rpc("", "get: \"/api/v1/orders/{number}\"")))
                .hasMessageContaining("{number}");
        assertThatThrownBy(() -> check(rpc("", "get: \"/api/v1/orders/{skus}\"")))
                .hasMessageContaining("{skus}");
        assertThatThrownBy(() -> check(rpc("", "get: \"/api/v1/orders/{id.x}\"")))
                .hasMessageContaining("{id.x}");
        assertThatThrownBy(() -> check(rpc("", "post: \"/api/v1/orders\" body: \"lines\"")))
                .hasMessageContaining("body \"lines\"");
        assertThatThrownBy(() -> check(rpc("", "post: \"/api/v1/orders\" body: \"nothing\"")))
                .hasMessageContaining("body \"nothing\"");
    }
}
