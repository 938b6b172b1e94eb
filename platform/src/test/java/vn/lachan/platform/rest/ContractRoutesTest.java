package vn.lachan.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.AnnotationsProto;
import io.grpc.BindableService;
import io.grpc.ServiceDescriptor;
import io.grpc.protobuf.ProtoServiceDescriptorSupplier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import vn.lachan.budget.v1.BudgetServiceGrpc;
import vn.lachan.kase.v1.CaseServiceGrpc;
import vn.lachan.report.v1.ReportServiceGrpc;
import vn.lachan.tip.v1.TipServiceGrpc;

/** Every RPC of every contract has a REST route under /api/v1, and the route leads back to it. */
class ContractRoutesTest {

    static final List<BindableService> SERVICES = List.of(
            new TipServiceGrpc.TipServiceImplBase() { },
            new CaseServiceGrpc.CaseServiceImplBase() { },
            new ReportServiceGrpc.ReportServiceImplBase() { },
            new BudgetServiceGrpc.BudgetServiceImplBase() { });

    @Test
    void everyRpcHasARestRouteThatLeadsBackToIt() {
        HttpRoutes routes = HttpRoutes.of(SERVICES);
        int rpcs = 0;
        for (BindableService service : SERVICES) {
            ServiceDescriptor descriptor = service.bindService().getServiceDescriptor();
            var proto = ((ProtoServiceDescriptorSupplier) descriptor.getSchemaDescriptor()).getServiceDescriptor();
            for (var method : proto.getMethods()) {
                rpcs++;
                assertThat(method.getOptions().hasExtension(AnnotationsProto.http))
                        .as(method.getFullName() + " has a google.api.http route").isTrue();
                var rule = method.getOptions().getExtension(AnnotationsProto.http);
                String path = HttpRoute.pathOf(rule);
                assertThat(path).as(method.getFullName()).startsWith("/api/v1/");
                String concrete = path.replaceAll("\\{[^}]+}", "x1");
                var match = routes.match(HttpRoute.methodOf(rule), concrete);
                assertThat(match).as(method.getFullName() + " at " + concrete).isPresent();
                assertThat(match.get().route().rpc().getFullMethodName())
                        .isEqualTo(proto.getFullName() + "/" + method.getName());
            }
        }
        assertThat(routes.all()).hasSize(rpcs);
    }

    @Test
    void aLiteralPathWinsOverAVariable() {
        HttpRoutes routes = HttpRoutes.of(SERVICES);
        assertThat(routes.match(HttpMethod.GET, "/api/v1/tips/statistics").orElseThrow().route().rpc()
                .getBareMethodName()).isEqualTo("GetTipStatistics");
        var byId = routes.match(HttpMethod.GET, "/api/v1/tips/3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c").orElseThrow();
        assertThat(byId.route().rpc().getBareMethodName()).isEqualTo("GetTip");
        assertThat(byId.pathFields()).containsEntry("id", "3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c");
    }

    @Test
    void aPathServedOnlyWithAnotherMethodIsKnown() {
        HttpRoutes routes = HttpRoutes.of(SERVICES);
        assertThat(routes.match(HttpMethod.DELETE, "/api/v1/tips")).isEmpty();
        assertThat(routes.servesPathWithOtherMethod("/api/v1/tips")).isTrue();
        assertThat(routes.servesPathWithOtherMethod("/api/v1/nothing")).isFalse();
    }
}
