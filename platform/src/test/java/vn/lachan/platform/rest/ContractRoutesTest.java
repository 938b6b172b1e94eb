package vn.lachan.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.AnnotationsProto;
import io.grpc.ServiceDescriptor;
import io.grpc.protobuf.ProtoServiceDescriptorSupplier;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import vn.lachan.contracts.GrpcOnly;
import vn.lachan.tip.v1.TipServiceGrpc;

/**
 * Every RPC of every contract in {@code proto/} has a REST route under /api/v1, and the route leads
 * back to it; only a server stream without a route is gRPC only ({@link GrpcOnly}). The contracts are found, not listed, so a new service cannot be forgotten.
 */
class ContractRoutesTest {

    static final List<ServiceDescriptor> CONTRACTS = allContracts();

    /** Every generated {@code *Grpc} class of the contracts jar, by its service descriptor. */
    static List<ServiceDescriptor> allContracts() {
        try {
            Path location = Path.of(TipServiceGrpc.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = Files.isDirectory(location) ? location
                    : FileSystems.newFileSystem(location, Map.of()).getPath("/");
            List<ServiceDescriptor> contracts = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root.resolve("vn/lachan"))) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Grpc.class")).toList()) {
                    String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    contracts.add((ServiceDescriptor) Class.forName(name).getMethod("getServiceDescriptor").invoke(null));
                }
            }
            return contracts;
        } catch (IOException | URISyntaxException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot list the contracts", e);
        }
    }

    @Test
    void theContractsOfAllServicesAreFound() {
        assertThat(CONTRACTS).extracting(ServiceDescriptor::getName).contains(
                "lachan.tip.v1.TipService", "lachan.cases.v1.CaseService", "lachan.report.v1.ReportService",
                "lachan.budget.v1.BudgetService", "lachan.audit.v1.AuditService");
    }

    @Test
    void everyRpcHasARestRouteThatLeadsBackToIt() {
        HttpRoutes routes = HttpRoutes.ofContracts(CONTRACTS);
        int rpcs = 0;
        for (ServiceDescriptor contract : CONTRACTS) {
            var proto = ((ProtoServiceDescriptorSupplier) contract.getSchemaDescriptor()).getServiceDescriptor();
            for (var method : proto.getMethods()) {
                if (GrpcOnly.isGrpcOnly(method)) {
                    // a server stream without a route (the banks' feed): no REST route, and the bridge starts
                    assertThat(routes.all()).extracting(r -> r.rpc().getFullMethodName())
                            .doesNotContain(proto.getFullName() + "/" + method.getName());
                    continue;
                }
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
                        .as(method.getFullName() + " at " + concrete)
                        .isEqualTo(proto.getFullName() + "/" + method.getName());
            }
        }
        assertThat(routes.all()).hasSize(rpcs);
    }

    @Test
    void aLiteralPathWinsOverAVariable() {
        HttpRoutes routes = HttpRoutes.ofContracts(CONTRACTS);
        assertThat(routes.match(HttpMethod.GET, "/api/v1/tips/statistics").orElseThrow().route().rpc()
                .getBareMethodName()).isEqualTo("GetTipStatistics");
        var byId = routes.match(HttpMethod.GET, "/api/v1/tips/3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c").orElseThrow();
        assertThat(byId.route().rpc().getBareMethodName()).isEqualTo("GetTip");
        assertThat(byId.pathFields()).containsEntry("id", "3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c");
    }

    @Test
    void aPathServedOnlyWithAnotherMethodIsKnown() {
        HttpRoutes routes = HttpRoutes.ofContracts(CONTRACTS);
        assertThat(routes.match(HttpMethod.DELETE, "/api/v1/tips")).isEmpty();
        assertThat(routes.servesPathWithOtherMethod("/api/v1/tips")).isTrue();
        assertThat(routes.servesPathWithOtherMethod("/api/v1/nothing")).isFalse();
    }
}
