package vn.lachan.contracts.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.AnnotationsProto;
import com.google.gson.Gson;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.ExtensionRegistry;
import com.google.protobuf.TextFormat;
import com.google.protobuf.TimestampProto;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generator against a small contract written here, route feature by route feature. */
class OpenApiGeneratorTest {

    /** A shop: orders with money, a status, a time, lines (repeated messages), labels (a map) and a choice. */
    static final String MESSAGES = """
            message_type {
              name: "Order"
              field { name: "id" number: 1 type: TYPE_STRING label: LABEL_OPTIONAL }
              field { name: "total_dong" number: 2 type: TYPE_INT64 label: LABEL_OPTIONAL }
              field { name: "status" number: 3 type: TYPE_ENUM type_name: ".lachan.shop.v1.Status" label: LABEL_OPTIONAL }
              field { name: "placed_at" number: 4 type: TYPE_MESSAGE type_name: ".google.protobuf.Timestamp" label: LABEL_OPTIONAL }
              field { name: "lines" number: 5 type: TYPE_MESSAGE type_name: ".lachan.shop.v1.Line" label: LABEL_REPEATED }
              field { name: "labels" number: 6 type: TYPE_MESSAGE type_name: ".lachan.shop.v1.Order.LabelsEntry" label: LABEL_REPEATED }
              field { name: "card" number: 7 type: TYPE_STRING label: LABEL_OPTIONAL oneof_index: 0 }
              field { name: "cash" number: 8 type: TYPE_BOOL label: LABEL_OPTIONAL oneof_index: 0 }
              nested_type {
                name: "LabelsEntry"
                field { name: "key" number: 1 type: TYPE_STRING label: LABEL_OPTIONAL }
                field { name: "value" number: 2 type: TYPE_STRING label: LABEL_OPTIONAL }
                options { map_entry: true }
              }
              oneof_decl { name: "payment" }
            }
            message_type {
              name: "Line"
              field { name: "sku" number: 1 type: TYPE_STRING label: LABEL_OPTIONAL }
              field { name: "quantity" number: 2 type: TYPE_INT32 label: LABEL_OPTIONAL }
            }
            message_type {
              name: "Page"
              field { name: "page_size" number: 1 type: TYPE_INT32 label: LABEL_OPTIONAL }
              field { name: "page_token" number: 2 type: TYPE_STRING label: LABEL_OPTIONAL }
            }
            message_type {
              name: "GetOrderRequest"
              field { name: "id" number: 1 type: TYPE_STRING label: LABEL_OPTIONAL }
            }
            message_type {
              name: "ListOrdersRequest"
              field { name: "page" number: 1 type: TYPE_MESSAGE type_name: ".lachan.shop.v1.Page" label: LABEL_OPTIONAL }
              field { name: "statuses" number: 2 type: TYPE_ENUM type_name: ".lachan.shop.v1.Status" label: LABEL_REPEATED }
              field { name: "placed_after" number: 3 type: TYPE_MESSAGE type_name: ".google.protobuf.Timestamp" label: LABEL_OPTIONAL }
              field { name: "lines" number: 4 type: TYPE_MESSAGE type_name: ".lachan.shop.v1.Line" label: LABEL_REPEATED }
            }
            message_type {
              name: "ListOrdersResponse"
              field { name: "orders" number: 1 type: TYPE_MESSAGE type_name: ".lachan.shop.v1.Order" label: LABEL_REPEATED }
            }
            message_type {
              name: "PayOrderRequest"
              field { name: "id" number: 1 type: TYPE_STRING label: LABEL_OPTIONAL }
              field { name: "card" number: 2 type: TYPE_STRING label: LABEL_OPTIONAL }
            }
            message_type {
              name: "CreateOrderRequest"
              field { name: "order" number: 1 type: TYPE_MESSAGE type_name: ".lachan.shop.v1.Order" label: LABEL_OPTIONAL }
              field { name: "dry_run" number: 2 type: TYPE_BOOL label: LABEL_OPTIONAL }
            }
            enum_type {
              name: "Status"
              value { name: "STATUS_UNSPECIFIED" number: 0 }
              value { name: "OPEN" number: 1 }
              value { name: "PAID" number: 2 }
            }
            """;

    static final String ROUTES = """
            method { name: "GetOrder" input_type: ".lachan.shop.v1.GetOrderRequest" output_type: ".lachan.shop.v1.Order"
                     options { [google.api.http] { get: "/api/v1/orders/{id}" } } }
            method { name: "ListOrders" input_type: ".lachan.shop.v1.ListOrdersRequest" output_type: ".lachan.shop.v1.ListOrdersResponse"
                     options { [google.api.http] { get: "/api/v1/orders" } } }
            method { name: "CreateOrder" input_type: ".lachan.shop.v1.CreateOrderRequest" output_type: ".lachan.shop.v1.Order"
                     options { [google.api.http] { post: "/api/v1/orders" body: "order" } } }
            method { name: "PayOrder" input_type: ".lachan.shop.v1.PayOrderRequest" output_type: ".lachan.shop.v1.Order"
                     options { [google.api.http] { post: "/api/v1/orders/{id}:pay" body: "*" } } }
            method { name: "TrackOrder" input_type: ".lachan.shop.v1.GetOrderRequest" output_type: ".lachan.shop.v1.Order"
                     options { [google.api.http] { get: "/api/v1/public/orders/{id}" } } }
            """;

    /** Comments at their source paths: service 0, method 2 (CreateOrder), Order.total_dong, Status.PAID. */
    static final String COMMENTS = """
            source_code_info {
              location { path: [6, 0] span: [1, 1, 1] leading_comments: " Orders of the shop.\\n" }
              location { path: [6, 0, 2, 2] span: [1, 1, 1] leading_comments: " Places an order. Send an Idempotency-Key header.\\n" }
              location { path: [4, 0] span: [1, 1, 1] leading_comments: " An order.\\n" }
              location { path: [4, 0, 2, 1] span: [1, 1, 1] leading_comments: " The total in whole dong.\\n Example: \\"45000000\\"\\n" }
              location { path: [5, 0, 2, 2] span: [1, 1, 1] trailing_comments: " Paid in full.\\n" }
            }
            """;

    static Map<String, Object> generate(String routes) throws Exception {
        return generate(routes, "");
    }

    static Map<String, Object> generate(String routes, String extra) throws Exception {
        ExtensionRegistry registry = ExtensionRegistry.newInstance();
        AnnotationsProto.registerAllExtensions(registry);
        FileDescriptorProto.Builder shop = FileDescriptorProto.newBuilder();
        TextFormat.getParser().merge("""
                name: "lachan/shop/v1/shop.proto" package: "lachan.shop.v1" syntax: "proto3"
                dependency: "google/api/annotations.proto" dependency: "google/protobuf/timestamp.proto"
                """ + MESSAGES + extra + "service { name: \"ShopService\" " + routes + " }\n" + COMMENTS, registry, shop);
        FileDescriptorSet.Builder set = FileDescriptorSet.newBuilder();
        Map<String, FileDescriptorProto> imports = new LinkedHashMap<>();
        addWithDependencies(AnnotationsProto.getDescriptor(), imports);
        addWithDependencies(TimestampProto.getDescriptor(), imports);
        set.addAllFile(imports.values()).addFile(shop);
        // through bytes, as the build reads protoc's output
        return OpenApiGenerator.generate(set.build().toByteArray(), "1.2.3");
    }

    static void addWithDependencies(FileDescriptor file, Map<String, FileDescriptorProto> into) {
        file.getDependencies().forEach(d -> addWithDependencies(d, into));
        into.putIfAbsent(file.getName(), file.toProto());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> at(Object node, String... keys) {
        Object current = node;
        for (String key : keys) {
            assertThat(current).as("under " + key).isInstanceOf(Map.class);
            current = ((Map<String, Object>) current).get(key);
            assertThat(current).as(key).isNotNull();
        }
        return (Map<String, Object>) current;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parameters(Map<String, Object> operation) {
        return (List<Map<String, Object>>) operation.get("parameters");
    }

    static Map<String, Object> parameter(Map<String, Object> operation, String name) {
        return parameters(operation).stream().filter(p -> name.equals(p.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + name + " in " + parameters(operation)));
    }

    @Test
    void pathVariablesArePathParametersAndTheRestOfAGetIsTheQuery() throws Exception {
        var doc = generate(ROUTES);
        var get = at(doc, "paths", "/api/v1/orders/{id}", "get");
        assertThat(parameter(get, "id")).containsEntry("in", "path").containsEntry("required", true);
        assertThat(get).containsEntry("x-grpc-method", "lachan.shop.v1.ShopService/GetOrder")
                .containsEntry("operationId", "ShopService_GetOrder");

        var list = at(doc, "paths", "/api/v1/orders", "get");
        // nested fields by a dotted JSON name, repeated enums as repeated parameters, Timestamps as RFC 3339
        assertThat(parameter(list, "page.pageSize")).containsEntry("in", "query");
        assertThat(at(parameter(list, "page.pageSize"), "schema")).containsEntry("type", "integer");
        var statuses = parameter(list, "statuses");
        assertThat(statuses).containsEntry("explode", true);
        assertThat(at(statuses, "schema")).containsEntry("type", "array");
        assertThat(at(statuses, "schema", "items")).containsEntry("enum", List.of("OPEN", "PAID"));
        assertThat(at(parameter(list, "placedAfter"), "schema")).containsEntry("format", "date-time");
        // a repeated message cannot be written in a query string
        assertThat(parameters(list)).noneMatch(p -> String.valueOf(p.get("name")).startsWith("lines"));
        assertThat(list).doesNotContainKey("requestBody");
    }

    @Test
    void aBodyFieldIsTheBodyAndTheOtherFieldsTheQuery() throws Exception {
        var create = at(generate(ROUTES), "paths", "/api/v1/orders", "post");
        assertThat(at(create, "requestBody", "content", "application/json", "schema"))
                .containsEntry("$ref", "#/components/schemas/lachan.shop.v1.Order");
        assertThat(parameter(create, "dryRun")).containsEntry("in", "query");
        assertThat(parameters(create)).noneMatch(p -> "order".equals(p.get("name")));
        assertThat(create).containsEntry("summary", "Places an order");
        // the comment names the header, so the operation lists it
        assertThat(parameters(create)).anyMatch(p -> "#/components/parameters/IdempotencyKey".equals(p.get("$ref")));
        assertThat(at(create, "responses")).containsKeys("200", "400", "401", "403", "409");
    }

    @Test
    void aWholeBodyLeavesOutWhatThePathSets() throws Exception {
        var pay = at(generate(ROUTES), "paths", "/api/v1/orders/{id}:pay", "post");
        var schema = at(pay, "requestBody", "content", "application/json", "schema");
        assertThat(at(schema, "properties")).containsKey("card").doesNotContainKey("id");
        assertThat(parameters(pay)).noneMatch(p -> "card".equals(p.get("name")));
    }

    @Test
    void publicRoutesNeedNoToken() throws Exception {
        var doc = generate(ROUTES);
        assertThat(doc.get("security")).isEqualTo(List.of(Map.of("bearerAuth", List.of())));
        var track = at(doc, "paths", "/api/v1/public/orders/{id}", "get");
        assertThat(track.get("security")).isEqualTo(List.of());
        assertThat(at(track, "responses")).doesNotContainKeys("401", "403");
        assertThat(at(doc, "paths", "/api/v1/orders/{id}", "get")).doesNotContainKey("security");
    }

    @Test
    void schemasAreProto3JsonWithTheCommentsAndExamples() throws Exception {
        var schemas = at(generate(ROUTES), "components", "schemas");
        var order = at(schemas, "lachan.shop.v1.Order");
        assertThat(order).containsEntry("type", "object");
        assertThat((String) order.get("description")).startsWith("An order.").contains("At most one of `card`, `cash`.");
        var total = at(order, "properties", "totalDong");
        assertThat(total).containsEntry("type", "string").containsEntry("format", "int64")
                .containsEntry("description", "The total in whole dong.").containsEntry("example", "45000000");
        assertThat(at(order, "properties", "placedAt")).containsEntry("format", "date-time");
        assertThat(at(order, "properties", "lines")).containsEntry("type", "array");
        assertThat(at(order, "properties", "lines", "items")).containsEntry("$ref", "#/components/schemas/lachan.shop.v1.Line");
        assertThat(at(order, "properties", "labels", "additionalProperties")).containsEntry("type", "string");
        assertThat(at(order, "properties", "status")).containsEntry("$ref", "#/components/schemas/lachan.shop.v1.Status");
        // map entries are no schemas of their own
        assertThat(schemas).doesNotContainKey("lachan.shop.v1.Order.LabelsEntry").containsKey("lachan.shop.v1.Line");
        var status = at(schemas, "lachan.shop.v1.Status");
        assertThat(status.get("enum")).isEqualTo(List.of("STATUS_UNSPECIFIED", "OPEN", "PAID"));
        assertThat((String) status.get("description")).contains("- `PAID`: Paid in full.");
    }

    @Test
    void theDocumentIsValidOpenApi() throws Exception {
        var result = OpenApiDocumentTest.parse(OpenApiGenerator.toJson(generate(ROUTES)));
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getInfo().getVersion()).isEqualTo("1.2.3");
    }

    @Test
    void routesTheBridgeCannotServeFailTheBuild() {
        assertThatThrownBy(() -> generate("""
                method { name: "Watch" input_type: ".lachan.shop.v1.GetOrderRequest" output_type: ".lachan.shop.v1.Order"
                         server_streaming: true options { [google.api.http] { get: "/api/v1/orders/{id}:watch" } } }
                """)).hasMessageContaining("ShopService/Watch").hasMessageContaining("streaming");
        assertThatThrownBy(() -> generate("""
                method { name: "GetOrder" input_type: ".lachan.shop.v1.GetOrderRequest" output_type: ".lachan.shop.v1.Order"
                         options { [google.api.http] { get: "/api/v1/orders/{id}"
                                   additional_bindings { get: "/api/v1/o/{id}" } } } }
                """)).hasMessageContaining("additional_bindings");
        assertThatThrownBy(() -> generate("""
                method { name: "GetOrder" input_type: ".lachan.shop.v1.GetOrderRequest" output_type: ".lachan.shop.v1.Order"
                         options { [google.api.http] { get: "/api/v1/{id=orders/*}" } } }
                """)).hasMessageContaining("{id=orders/*}");
        assertThatThrownBy(() -> generate("""
                method { name: "GetOrder" input_type: ".lachan.shop.v1.GetOrderRequest" output_type: ".lachan.shop.v1.Order"
                         options { [google.api.http] { get: "/api/v1/orders/{number}" } } }
                """)).hasMessageContaining("{number}");
        assertThatThrownBy(() -> generate("""
                method { name: "GetOrder" input_type: ".lachan.shop.v1.GetOrderRequest" output_type: ".lachan.shop.v1.Order"
                         options { [google.api.http] { get: "/api/v1/orders/{id}" } } }
                method { name: "TrackOrder" input_type: ".lachan.shop.v1.GetOrderRequest" output_type: ".lachan.shop.v1.Order"
                         options { [google.api.http] { get: "/api/v1/orders/{id}" } } }
                """)).hasMessageContaining("already has GET /api/v1/orders/{id}");
        assertThatThrownBy(() -> generate("""
                method { name: "GetOrder" input_type: ".lachan.shop.v1.GetOrderRequest" output_type: ".lachan.shop.v1.Order" }
                """)).hasMessageContaining("no google.api.http route");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aServerStreamWithoutARouteIsGrpcOnlyAndNamedInItsTag() throws Exception {
        var document = generate(ROUTES + """
                method { name: "WatchOrders" input_type: ".lachan.shop.v1.GetOrderRequest" output_type: ".lachan.shop.v1.Order"
                         server_streaming: true }
                """);
        var paths = (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        assertThat(paths.values()).flatExtracting(Map::values)
                .extracting(operation -> operation.get("x-grpc-method"))
                .doesNotContain("lachan.shop.v1.ShopService/WatchOrders")
                .contains("lachan.shop.v1.ShopService/GetOrder");
        var tags = (List<Map<String, Object>>) document.get("tags");
        assertThat((String) tags.getFirst().get("description")).contains("gRPC only (server streaming): `WatchOrders`");
        assertThat(OpenApiDocumentTest.parse(OpenApiGenerator.toJson(document)).getMessages()).isEmpty();
        // streaming from the client is never gRPC only here: it fails as before, route or not
        assertThatThrownBy(() -> generate("""
                method { name: "Upload" input_type: ".lachan.shop.v1.GetOrderRequest" output_type: ".lachan.shop.v1.Order"
                         client_streaming: true }
                """)).hasMessageContaining("ShopService/Upload").hasMessageContaining("streaming");
    }

    @Test
    void anExampleIsJsonWhenItCanBe() {
        assertThat(OpenApiGenerator.exampleValue("\"0912345678\"")).isEqualTo("0912345678");
        assertThat(OpenApiGenerator.exampleValue("[\"A\", \"B\"]")).isEqualTo(List.of("A", "B"));
        assertThat(OpenApiGenerator.exampleValue("cong-an-tinh")).isEqualTo("cong-an-tinh");
        assertThat(new Gson().toJson(OpenApiGenerator.exampleValue("{\"dong\": \"1000\"}"))).isEqualTo("{\"dong\":\"1000\"}");
    }

    @Test
    void aSummaryIsTheFirstSentence() {
        assertThat(OpenApiGenerator.summaryOf("Receives a tip. Send a key.", "CreateTip")).isEqualTo("Receives a tip");
        assertThat(OpenApiGenerator.summaryOf("", "ListTips")).isEqualTo("List Tips");
        assertThat(OpenApiGenerator.summaryOf("Counts tips\nby unit", "X")).isEqualTo("Counts tips by unit");
    }
}
