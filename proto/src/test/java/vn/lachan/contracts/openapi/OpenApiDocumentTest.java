package vn.lachan.contracts.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.AnnotationsProto;
import com.google.api.HttpRule;
import io.grpc.ServiceDescriptor;
import io.grpc.protobuf.ProtoServiceDescriptorSupplier;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.lachan.contracts.GrpcOnly;
import vn.lachan.tip.v1.TipServiceGrpc;

/**
 * The document the build wrote ({@code lachan/openapi.json} in the contracts jar) is valid OpenAPI 3 and has
 * every RPC of every contract at its route. The contracts are found, not listed.
 */
class OpenApiDocumentTest {

    static final String JSON = read();
    static final SwaggerParseResult PARSED = parse(JSON);

    static String read() {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/lachan/openapi.json")) {
            assertThat(in).as("lachan/openapi.json is written by the build (process-classes)").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static SwaggerParseResult parse(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(json, null, options);
    }

    static List<ServiceDescriptor> contracts() throws IOException, URISyntaxException, ReflectiveOperationException {
        Path root = Path.of(TipServiceGrpc.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<ServiceDescriptor> contracts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("vn/lachan"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Grpc.class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                contracts.add((ServiceDescriptor) Class.forName(name).getMethod("getServiceDescriptor").invoke(null));
            }
        }
        return contracts;
    }

    @Test
    void theDocumentIsValidOpenApi3() {
        assertThat(PARSED.getMessages()).as("swagger-parser's findings").isEmpty();
        assertThat(PARSED.getOpenAPI().getOpenapi()).startsWith("3.0");
        assertThat(PARSED.getOpenAPI().getInfo().getTitle()).isEqualTo("Lá Chắn API");
    }

    @Test
    void everyRpcIsAnOperationAtItsRoute() throws Exception {
        OpenAPI api = PARSED.getOpenAPI();
        List<ServiceDescriptor> contracts = contracts();
        assertThat(contracts).extracting(ServiceDescriptor::getName).contains(
                "lachan.tip.v1.TipService", "lachan.cases.v1.CaseService", "lachan.report.v1.ReportService",
                "lachan.budget.v1.BudgetService", "lachan.audit.v1.AuditService");
        int rpcs = 0;
        for (ServiceDescriptor contract : contracts) {
            var proto = ((ProtoServiceDescriptorSupplier) contract.getSchemaDescriptor()).getServiceDescriptor();
            for (var method : proto.getMethods()) {
                if (GrpcOnly.isGrpcOnly(method)) {
                    // a stream (the banks' feed) has no route: its service's tag names it
                    assertThat(api.getTags()).filteredOn(tag -> tag.getName().equals(proto.getName()))
                            .singleElement().satisfies(tag -> assertThat(tag.getDescription())
                                    .contains("gRPC only (server streaming): `" + method.getName() + "`"));
                    continue;
                }
                rpcs++;
                HttpRule rule = method.getOptions().getExtension(AnnotationsProto.http);
                String path = switch (rule.getPatternCase()) {
                    case GET -> rule.getGet();
                    case POST -> rule.getPost();
                    case PUT -> rule.getPut();
                    case PATCH -> rule.getPatch();
                    case DELETE -> rule.getDelete();
                    default -> throw new AssertionError(method.getFullName() + " has no route");
                };
                PathItem item = api.getPaths().get(path);
                assertThat(item).as(method.getFullName() + " at " + path).isNotNull();
                Operation operation = item.readOperationsMap()
                        .get(PathItem.HttpMethod.valueOf(rule.getPatternCase().name()));
                assertThat(operation).as(rule.getPatternCase() + " " + path).isNotNull();
                assertThat(operation.getExtensions()).containsEntry("x-grpc-method",
                        proto.getFullName() + "/" + method.getName());
                if (method.getOutputType().getFullName().equals("google.api.HttpBody")) {
                    // a file: bytes under the media types the RPC's comment names
                    assertThat(operation.getResponses().get("200").getContent().values())
                            .as(method.getFullName() + " answers a file").isNotEmpty()
                            .allSatisfy(file -> assertThat(file.getSchema().getFormat()).isEqualTo("binary"));
                    continue;
                }
                assertThat(operation.getResponses().get("200").getContent().get("application/json").getSchema())
                        .as(method.getFullName() + " answers its response message").isNotNull();
            }
        }
        long operations = api.getPaths().values().stream().mapToLong(p -> p.readOperations().size()).sum();
        assertThat(operations).as("no operation without an RPC").isEqualTo(rpcs);
    }

    @Test
    void schemasAreProto3Json() {
        Map<String, Schema> schemas = PARSED.getOpenAPI().getComponents().getSchemas();
        // 64-bit integers are strings in proto3 JSON
        Schema<?> dong = (Schema<?>) schemas.get("lachan.common.v1.Money").getProperties().get("dong");
        assertThat(dong.getType()).isEqualTo("string");
        assertThat(dong.getFormat()).isEqualTo("int64");
        // lowerCamelCase names, Timestamps as RFC 3339, enums by name with their comments
        Schema<?> tip = schemas.get("lachan.tip.v1.Tip");
        assertThat(tip.getProperties()).containsKeys("receivedAt", "sourceKind").doesNotContainKey("received_at");
        assertThat(((Schema<?>) tip.getProperties().get("receivedAt")).getFormat()).isEqualTo("date-time");
        Schema<?> sourceKind = schemas.get("lachan.tip.v1.SourceKind");
        assertThat(sourceKind.getEnum()).extracting(Object::toString).contains("DENUNCIATION", "PETITION");
        assertThat(sourceKind.getDescription()).contains("denunciation by an individual");
        assertThat(schemas.get("Problem").getProperties()).containsKeys("code", "detail", "errors", "requestId");
    }

    @Test
    void citizensRoutesNeedNoTokenAndTheRestDo() {
        OpenAPI api = PARSED.getOpenAPI();
        assertThat(api.getSecurity()).hasSize(1);
        assertThat(api.getSecurity().get(0)).containsKey("bearerAuth");
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            if (path.startsWith("/api/v1/public/")) {
                assertThat(operation.getSecurity()).as(path).isEmpty();
                assertThat(operation.getResponses()).as(path).doesNotContainKey("401");
            } else {
                assertThat(operation.getSecurity()).as(path + " uses the document's bearer token").isNull();
                assertThat(operation.getResponses()).as(path).containsKey("401");
            }
        }));
    }
}
