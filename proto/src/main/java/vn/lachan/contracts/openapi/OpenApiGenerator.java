package vn.lachan.contracts.openapi;

import com.google.api.AnnotationsProto;
import com.google.api.HttpRule;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import com.google.protobuf.ExtensionRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lachan.contracts.GrpcOnly;

/**
 * Writes the OpenAPI 3.0 document of the REST API from the contracts' descriptor set (protoc's
 * {@code --descriptor_set_out} with {@code --include_imports --include_source_info}): one operation per
 * {@code google.api.http} route, request and response schemas in proto3 JSON (lowerCamelCase names,
 * 64-bit integers as strings, enums by name, well-known types as their JSON forms), the .proto comments
 * as descriptions and a comment line {@code Example: <value>} as the field's example.
 *
 * <p>Run by the build ({@code process-classes} of the proto module); a route the REST bridge cannot serve
 * (streaming, {@code additional_bindings}, {@code response_body}, a variable with a pattern) fails the build, and so
 * does an RPC without a route unless it is gRPC only ({@link GrpcOnly}: server streaming, no route), which is named in
 * its service's tag instead.
 */
public final class OpenApiGenerator {

    /** Routes under this prefix are the citizens' endpoints: no token, a stricter rate limit. */
    public static final String PUBLIC_PREFIX = "/api/v1/public/";

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");
    private static final Pattern SIMPLE_VARIABLE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");
    private static final Pattern EXAMPLE = Pattern.compile("^Example:\\s*(.+)$");
    private static final String PROBLEM = "#/components/schemas/Problem";

    private final List<FileDescriptor> files;
    private final Map<String, Map<List<Integer>, String>> comments = new HashMap<>();
    private final Map<String, Object> schemas = new TreeMap<>();
    private final Set<String> pending = new LinkedHashSet<>();

    private OpenApiGenerator(List<FileDescriptor> files, Map<String, FileDescriptorProto> protos) {
        this.files = files;
        protos.forEach((name, proto) -> comments.put(name, commentsOf(proto.getSourceCodeInfo())));
    }

    /** {@code OpenApiGenerator <descriptor set> <output json> <version>}. */
    public static void main(String[] args) throws IOException, DescriptorValidationException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: OpenApiGenerator <descriptor set> <output.json> <version>");
        }
        Map<String, Object> document = generate(Files.readAllBytes(Path.of(args[0])), args[2]);
        Path output = Path.of(args[1]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, toJson(document), StandardCharsets.UTF_8);
    }

    public static String toJson(Map<String, Object> document) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(document) + "\n";
    }

    /** The document for every service of the {@code lachan.*} packages in the descriptor set. */
    public static Map<String, Object> generate(byte[] descriptorSet, String version)
            throws IOException, DescriptorValidationException {
        ExtensionRegistry registry = ExtensionRegistry.newInstance();
        AnnotationsProto.registerAllExtensions(registry);
        FileDescriptorSet set = FileDescriptorSet.parseFrom(descriptorSet, registry);
        Map<String, FileDescriptorProto> protos = new LinkedHashMap<>();
        set.getFileList().forEach(f -> protos.put(f.getName(), f));
        Map<String, FileDescriptor> built = new LinkedHashMap<>();
        for (FileDescriptorProto proto : set.getFileList()) {
            build(proto.getName(), protos, built);
        }
        List<FileDescriptor> ours = built.values().stream().filter(f -> f.getPackage().startsWith("lachan.")).toList();
        return new OpenApiGenerator(ours, protos).document(version);
    }

    private static FileDescriptor build(String name, Map<String, FileDescriptorProto> protos,
                                        Map<String, FileDescriptor> built) throws DescriptorValidationException {
        FileDescriptor done = built.get(name);
        if (done != null) {
            return done;
        }
        FileDescriptorProto proto = protos.get(name);
        if (proto == null) {
            throw new IllegalArgumentException("the descriptor set lacks " + name + " (build it with --include_imports)");
        }
        List<FileDescriptor> dependencies = new ArrayList<>();
        for (String dependency : proto.getDependencyList()) {
            dependencies.add(build(dependency, protos, built));
        }
        FileDescriptor file = FileDescriptor.buildFrom(proto, dependencies.toArray(FileDescriptor[]::new));
        built.put(name, file);
        return file;
    }

    private Map<String, Object> document(String version) {
        Map<String, Object> paths = new TreeMap<>();
        List<Object> tags = new ArrayList<>();
        for (FileDescriptor file : files) {
            for (ServiceDescriptor service : file.getServices()) {
                Map<String, Object> tag = new LinkedHashMap<>();
                tag.put("name", service.getName());
                String about = comment(service);
                StringBuilder description = new StringBuilder(about.isEmpty() ? "" : about + "\n\n")
                        .append("gRPC: `").append(service.getFullName()).append("`");
                for (MethodDescriptor method : service.getMethods()) {
                    if (GrpcOnly.isGrpcOnly(method)) {
                        // a stream has no REST route: named here so that REST readers learn it exists
                        String said = comment(method);
                        description.append("\n\ngRPC only (server streaming): `").append(method.getName())
                                .append("`").append(said.isEmpty() ? "" : " — " + said);
                        continue;
                    }
                    addOperation(paths, method);
                }
                tag.put("description", description.toString());
                tags.add(tag);
            }
        }
        while (!pending.isEmpty()) {
            String next = pending.iterator().next();
            pending.remove(next);
            defineSchema(next);
        }
        schemas.put("Problem", problemSchema());

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", info(version));
        document.put("tags", tags);
        document.put("security", List.of(Map.of("bearerAuth", List.of())));
        document.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", schemas);
        components.put("parameters", commonParameters());
        components.put("responses", errorResponses());
        components.put("headers", Map.of("RequestId", map("description", "The request's id: yours, or one made up.",
                "schema", map("type", "string"))));
        components.put("securitySchemes", Map.of("bearerAuth", map(
                "type", "http", "scheme", "bearer", "bearerFormat", "JWT",
                "description", "An access token of the `lachan` realm with the audience `lachan-api`: for another "
                        + "system, the client-credentials grant of its own Keycloak client.")));
        document.put("components", components);
        return document;
    }

    private static Map<String, Object> info(String version) {
        return map(
                "title", "Lá Chắn API",
                "version", version,
                "description", """
                        The REST API of Lá Chắn, generated from the gRPC contracts in `proto/`: every operation \
                        is the gRPC method named in `x-grpc-method`, with the same messages and the same checks.

                        - Bodies are **proto3 JSON**: `lowerCamelCase` names (the .proto names are accepted too), \
                        64-bit integers as strings (money in whole đồng: `{"dong": "45000000"}`), enums by name, \
                        times as RFC 3339 (`2026-03-15T08:30:00Z`), durations as seconds (`"86400s"`).
                        - Query parameters set fields of the request; nested fields by a dotted name (`page.pageSize`), \
                        repeated fields by repeating the parameter.
                        - Send `Authorization: Bearer <token>` except for `/api/v1/public/**`. Creates accept an \
                        `Idempotency-Key` header: a retry with the same key returns the first result.
                        - Errors are RFC 9457 problems (`application/problem+json`) with the failing fields in \
                        `errors`, in Vietnamese (default) or English (`Accept-Language: en`). Quote `X-Request-Id`.
                        """);
    }

    private void addOperation(Map<String, Object> paths, MethodDescriptor method) {
        String rpc = method.getService().getFullName() + "/" + method.getName();
        if (method.isClientStreaming() || method.isServerStreaming()) {
            // a server-streaming RPC without a route is gRPC only (GrpcOnly); with a route, or streaming from the client, it
            // is a mistake
            throw new IllegalArgumentException(rpc + ": streaming RPCs have no REST route");
        }
        if (!method.getOptions().hasExtension(AnnotationsProto.http)) {
            throw new IllegalArgumentException(rpc + " has no google.api.http route");
        }
        HttpRule rule = method.getOptions().getExtension(AnnotationsProto.http);
        if (rule.getAdditionalBindingsCount() > 0 || !rule.getResponseBody().isEmpty()) {
            throw new IllegalArgumentException(rpc + ": additional_bindings and response_body are not served");
        }
        String httpMethod = switch (rule.getPatternCase()) {
            case GET -> "get";
            case POST -> "post";
            case PUT -> "put";
            case PATCH -> "patch";
            case DELETE -> "delete";
            default -> throw new IllegalArgumentException(rpc + ": route kind " + rule.getPatternCase() + " is not served");
        };
        String template = switch (rule.getPatternCase()) {
            case GET -> rule.getGet();
            case POST -> rule.getPost();
            case PUT -> rule.getPut();
            case PATCH -> rule.getPatch();
            default -> rule.getDelete();
        };
        Descriptor request = method.getInputType();
        List<Object> parameters = new ArrayList<>();
        Set<String> pathFields = new LinkedHashSet<>();
        Matcher variables = VARIABLE.matcher(template);
        while (variables.find()) {
            String variable = variables.group(1);
            if (!SIMPLE_VARIABLE.matcher(variable).matches()) {
                throw new IllegalArgumentException(rpc + ": path variable {" + variable + "} is not served (no patterns)");
            }
            FieldDescriptor field = fieldAt(request, variable, rpc);
            pathFields.add(variable);
            Map<String, Object> parameter = new LinkedHashMap<>();
            parameter.put("name", variable);
            parameter.put("in", "path");
            parameter.put("required", true);
            String about = comment(field);
            if (!about.isEmpty()) {
                parameter.put("description", about);
            }
            parameter.put("schema", scalarSchema(field, rpc));
            parameters.add(parameter);
        }
        String body = rule.getBody();
        if (!body.isEmpty() && !body.equals("*")) {
            FieldDescriptor bodyField = request.findFieldByName(body);
            if (bodyField == null || bodyField.isRepeated()) {
                throw new IllegalArgumentException(rpc + ": body \"" + body + "\" is not a singular field of the request");
            }
        }
        if (!body.equals("*")) {
            for (FieldDescriptor field : request.getFields()) {
                if (!field.getName().equals(body) && !pathFields.contains(field.getName())) {
                    queryParameters(field, "", "", pathFields, parameters, new LinkedHashSet<>(), rpc);
                }
            }
        }
        parameters.add(Map.of("$ref", "#/components/parameters/AcceptLanguage"));
        parameters.add(Map.of("$ref", "#/components/parameters/RequestId"));
        String about = comment(method);
        if (about.contains("Idempotency-Key")) {
            parameters.add(Map.of("$ref", "#/components/parameters/IdempotencyKey"));
        }
        if (about.contains("X-Tip-Secret")) {
            parameters.add(Map.of("$ref", "#/components/parameters/TipSecret"));
        }

        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("tags", List.of(method.getService().getName()));
        operation.put("operationId", method.getService().getName() + "_" + method.getName());
        operation.put("summary", summaryOf(about, method.getName()));
        if (!about.isEmpty()) {
            operation.put("description", about);
        }
        operation.put("x-grpc-method", rpc);
        operation.put("parameters", parameters);
        if (!body.isEmpty()) {
            Object schema = body.equals("*")
                    ? bodySchema(request, pathFields)
                    : fieldSchema(request.findFieldByName(body));
            operation.put("requestBody", map("required", true,
                    "content", Map.of("application/json", Map.of("schema", schema))));
        }
        boolean open = template.startsWith(PUBLIC_PREFIX);
        if (open) {
            operation.put("security", List.of());
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", map(
                "description", "OK",
                "headers", Map.of("X-Request-Id", Map.of("$ref", "#/components/headers/RequestId")),
                "content", responseContent(method, about)));
        responses.put("400", Map.of("$ref", "#/components/responses/BadRequest"));
        if (!open) {
            responses.put("401", Map.of("$ref", "#/components/responses/Unauthorized"));
            responses.put("403", Map.of("$ref", "#/components/responses/Forbidden"));
        }
        responses.put("404", Map.of("$ref", "#/components/responses/NotFound"));
        if (!httpMethod.equals("get")) {
            responses.put("409", Map.of("$ref", "#/components/responses/Conflict"));
        }
        responses.put("429", Map.of("$ref", "#/components/responses/TooManyRequests"));
        responses.put("503", Map.of("$ref", "#/components/responses/Unavailable"));
        responses.put("default", Map.of("$ref", "#/components/responses/Error"));
        operation.put("responses", responses);

        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(template, t -> new LinkedHashMap<>());
        if (item.put(httpMethod, operation) != null) {
            throw new IllegalArgumentException(rpc + ": another RPC already has " + httpMethod.toUpperCase() + " " + template);
        }
    }

    private static final Pattern MEDIA_TYPE =
            Pattern.compile("\\b(?:application|text|image)/[A-Za-z0-9.+-]*[A-Za-z0-9]");

    /**
     * The answer's content: the proto3 JSON of the response message, or, for a {@code google.api.HttpBody}, the file
     * itself as bytes, under each media type the RPC's comment names (else application/octet-stream).
     */
    private Map<String, Object> responseContent(MethodDescriptor method, String about) {
        if (method.getOutputType().getFullName().equals("google.api.HttpBody")) {
            Map<String, Object> content = new LinkedHashMap<>();
            Matcher type = MEDIA_TYPE.matcher(about == null ? "" : about);
            while (type.find()) {
                content.put(type.group(), Map.of("schema", Map.of("type", "string", "format", "binary")));
            }
            if (content.isEmpty()) {
                content.put("application/octet-stream", Map.of("schema", Map.of("type", "string", "format", "binary")));
            }
            return content;
        }
        return Map.of("application/json", Map.of("schema", ref(method.getOutputType())));
    }

    private static FieldDescriptor fieldAt(Descriptor message, String dotted, String rpc) {
        Descriptor type = message;
        FieldDescriptor field = null;
        for (String part : dotted.split("\\.")) {
            if (type == null) {
                throw new IllegalArgumentException(rpc + ": {" + dotted + "} goes through a field that is not a message");
            }
            field = type.findFieldByName(part);
            if (field == null || field.isRepeated()) {
                throw new IllegalArgumentException(rpc + ": {" + dotted + "} is not a singular field of " + message.getFullName());
            }
            type = field.getJavaType() == FieldDescriptor.JavaType.MESSAGE ? field.getMessageType() : null;
        }
        return field;
    }

    /**
     * A query parameter per field the bridge can set from a query string: scalars, enums, repeated scalars and
     * well-known types with a string form; other messages are entered with a dotted name.
     */
    private void queryParameters(FieldDescriptor field, String protoPrefix, String jsonPrefix, Set<String> pathFields,
                                 List<Object> parameters, Set<String> seen, String rpc) {
        String protoPath = protoPrefix + field.getName();
        if (pathFields.contains(protoPath) || field.isMapField()) {
            return;
        }
        String name = jsonPrefix + field.getJsonName();
        boolean message = field.getJavaType() == FieldDescriptor.JavaType.MESSAGE;
        if (message && wellKnown(field.getMessageType()) == null) {
            if (field.isRepeated() || !seen.add(field.getMessageType().getFullName())) {
                return;
            }
            for (FieldDescriptor inner : field.getMessageType().getFields()) {
                queryParameters(inner, protoPath + ".", name + ".", pathFields, parameters, seen, rpc);
            }
            seen.remove(field.getMessageType().getFullName());
            return;
        }
        if (message && !queryableWellKnown(field.getMessageType().getFullName())) {
            return;
        }
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", name);
        parameter.put("in", "query");
        Comment about = commentAndExample(field);
        if (!about.text().isEmpty()) {
            parameter.put("description", about.text());
        }
        Map<String, Object> scalar = scalarSchema(field, rpc);
        if (about.example() != null) {
            scalar.put("example", about.example());
        }
        if (field.isRepeated()) {
            parameter.put("schema", map("type", "array", "items", scalar));
            parameter.put("style", "form");
            parameter.put("explode", true);
        } else {
            parameter.put("schema", scalar);
        }
        parameters.add(parameter);
    }

    private static boolean queryableWellKnown(String fullName) {
        return switch (fullName) {
            case "google.protobuf.Struct", "google.protobuf.Value", "google.protobuf.ListValue",
                 "google.protobuf.Any", "google.protobuf.Empty" -> false;
            default -> true;
        };
    }

    /** The schema of a path variable's or query parameter's single value. */
    private Map<String, Object> scalarSchema(FieldDescriptor field, String rpc) {
        if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
            Map<String, Object> known = wellKnown(field.getMessageType());
            if (known == null) {
                throw new IllegalArgumentException(rpc + ": " + field.getFullName() + " is a message, not a value");
            }
            return new LinkedHashMap<>(known);
        }
        if (field.getJavaType() == FieldDescriptor.JavaType.ENUM) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "string");
            schema.put("enum", field.getEnumType().getValues().stream()
                    .filter(v -> v.getNumber() != 0).map(EnumValueDescriptor::getName).toList());
            return schema;
        }
        return primitive(field);
    }

    private Object bodySchema(Descriptor request, Set<String> pathFields) {
        if (pathFields.stream().noneMatch(p -> request.findFieldByName(p) != null)) {
            return ref(request);
        }
        // the path sets these fields: the body schema leaves them out
        Map<String, Object> schema = messageSchema(request);
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
        for (String path : pathFields) {
            FieldDescriptor field = request.findFieldByName(path);
            if (field != null) {
                properties.remove(field.getJsonName());
            }
        }
        return schema;
    }

    private void defineSchema(String fullName) {
        if (schemas.containsKey(fullName)) {
            return;
        }
        for (FileDescriptor file : allFiles()) {
            Descriptor message = findMessage(file, fullName);
            if (message != null) {
                schemas.put(fullName, messageSchema(message));
                return;
            }
            EnumDescriptor enumType = findEnum(file, fullName);
            if (enumType != null) {
                schemas.put(fullName, enumSchema(enumType));
                return;
            }
        }
        throw new IllegalStateException("no type " + fullName);
    }

    private List<FileDescriptor> allFiles() {
        Map<String, FileDescriptor> all = new LinkedHashMap<>();
        for (FileDescriptor file : files) {
            collect(file, all);
        }
        return List.copyOf(all.values());
    }

    private static void collect(FileDescriptor file, Map<String, FileDescriptor> all) {
        if (all.putIfAbsent(file.getName(), file) == null) {
            file.getDependencies().forEach(d -> collect(d, all));
        }
    }

    private static Descriptor findMessage(FileDescriptor file, String fullName) {
        if (!fullName.startsWith(file.getPackage() + ".")) {
            return null;
        }
        String relative = fullName.substring(file.getPackage().length() + 1);
        String[] parts = relative.split("\\.");
        Descriptor type = file.findMessageTypeByName(parts[0]);
        for (int i = 1; i < parts.length && type != null; i++) {
            type = type.findNestedTypeByName(parts[i]);
        }
        return type;
    }

    private static EnumDescriptor findEnum(FileDescriptor file, String fullName) {
        if (!fullName.startsWith(file.getPackage() + ".")) {
            return null;
        }
        String relative = fullName.substring(file.getPackage().length() + 1);
        int dot = relative.lastIndexOf('.');
        if (dot < 0) {
            return file.findEnumTypeByName(relative);
        }
        Descriptor parent = findMessage(file, file.getPackage() + "." + relative.substring(0, dot));
        return parent == null ? null : parent.findEnumTypeByName(relative.substring(dot + 1));
    }

    private Map<String, Object> messageSchema(Descriptor message) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        String about = comment(message);
        if (!about.isEmpty()) {
            schema.put("description", about);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (FieldDescriptor field : message.getFields()) {
            properties.put(field.getJsonName(), fieldSchema(field));
        }
        schema.put("properties", properties);
        List<String> oneofs = message.getRealOneofs().stream()
                .map(o -> "At most one of " + String.join(", ", o.getFields().stream()
                        .map(f -> "`" + f.getJsonName() + "`").toList()) + ".")
                .toList();
        if (!oneofs.isEmpty()) {
            schema.put("description", (about.isEmpty() ? "" : about + "\n\n") + String.join("\n", oneofs));
        }
        return schema;
    }

    private Map<String, Object> fieldSchema(FieldDescriptor field) {
        Map<String, Object> schema;
        if (field.isMapField()) {
            FieldDescriptor value = field.getMessageType().findFieldByName("value");
            schema = map("type", "object", "additionalProperties", singular(value));
        } else if (field.isRepeated()) {
            schema = map("type", "array", "items", singular(field));
        } else {
            schema = singular(field);
        }
        Comment about = commentAndExample(field);
        if (!about.text().isEmpty() || about.example() != null) {
            if (schema.containsKey("$ref")) {
                // a $ref's siblings are ignored in OpenAPI 3.0
                schema = map("allOf", List.of(schema));
            }
            if (!about.text().isEmpty()) {
                schema.put("description", about.text());
            }
            if (about.example() != null) {
                schema.put("example", about.example());
            }
        }
        return schema;
    }

    private Map<String, Object> singular(FieldDescriptor field) {
        return switch (field.getJavaType()) {
            case MESSAGE -> {
                Map<String, Object> known = wellKnown(field.getMessageType());
                yield known != null ? new LinkedHashMap<>(known) : ref(field.getMessageType());
            }
            case ENUM -> ref(field.getEnumType());
            default -> primitive(field);
        };
    }

    private static Map<String, Object> primitive(FieldDescriptor field) {
        return switch (field.getType()) {
            case INT32, SINT32, SFIXED32 -> map("type", "integer", "format", "int32");
            case UINT32, FIXED32 -> map("type", "integer", "format", "int64", "minimum", 0);
            case INT64, SINT64, SFIXED64 -> map("type", "string", "format", "int64", "pattern", "^-?[0-9]+$");
            case UINT64, FIXED64 -> map("type", "string", "format", "uint64", "pattern", "^[0-9]+$");
            case DOUBLE -> map("type", "number", "format", "double");
            case FLOAT -> map("type", "number", "format", "float");
            case BOOL -> map("type", "boolean");
            case STRING -> map("type", "string");
            case BYTES -> map("type", "string", "format", "byte");
            default -> throw new IllegalStateException("no primitive schema for " + field.getType());
        };
    }

    /** The JSON form of a well-known type, or null for other messages. */
    static Map<String, Object> wellKnown(Descriptor type) {
        return switch (type.getFullName()) {
            case "google.protobuf.Timestamp" -> map("type", "string", "format", "date-time",
                    "example", "2026-03-15T08:30:00Z");
            case "google.protobuf.Duration" -> map("type", "string", "pattern", "^-?[0-9]+(\\.[0-9]{1,9})?s$",
                    "description", "Seconds with an `s`, e.g. `86400s` for a day.", "example", "86400s");
            case "google.protobuf.FieldMask" -> map("type", "string",
                    "description", "Field paths, comma-separated, in lowerCamelCase.", "example", "status,assignee");
            case "google.protobuf.StringValue" -> map("type", "string", "nullable", true);
            case "google.protobuf.BytesValue" -> map("type", "string", "format", "byte", "nullable", true);
            case "google.protobuf.BoolValue" -> map("type", "boolean", "nullable", true);
            case "google.protobuf.Int32Value" -> map("type", "integer", "format", "int32", "nullable", true);
            case "google.protobuf.UInt32Value" -> map("type", "integer", "format", "int64", "minimum", 0, "nullable", true);
            case "google.protobuf.Int64Value" -> map("type", "string", "format", "int64", "pattern", "^-?[0-9]+$",
                    "nullable", true);
            case "google.protobuf.UInt64Value" -> map("type", "string", "format", "uint64", "pattern", "^[0-9]+$",
                    "nullable", true);
            case "google.protobuf.DoubleValue" -> map("type", "number", "format", "double", "nullable", true);
            case "google.protobuf.FloatValue" -> map("type", "number", "format", "float", "nullable", true);
            case "google.protobuf.Struct" -> map("type", "object", "additionalProperties", true);
            case "google.protobuf.Value" -> map("description", "Any JSON value.");
            case "google.protobuf.ListValue" -> map("type", "array", "items", Map.of());
            case "google.protobuf.Empty" -> map("type", "object");
            case "google.protobuf.Any" -> map("type", "object", "required", List.of("@type"),
                    "properties", Map.of("@type", Map.of("type", "string")), "additionalProperties", true);
            default -> null;
        };
    }

    private Map<String, Object> enumSchema(EnumDescriptor type) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        List<String> values = new ArrayList<>();
        for (EnumValueDescriptor value : type.getValues()) {
            String text = comment(value);
            if (value.getNumber() == 0 && text.isEmpty()) {
                text = "Not set.";
            }
            if (!text.isEmpty()) {
                values.add("- `" + value.getName() + "`: " + text.replace("\n", " "));
            }
        }
        String about = comment(type);
        String list = String.join("\n", values);
        String description = about.isEmpty() ? list : list.isEmpty() ? about : about + "\n\n" + list;
        if (!description.isEmpty()) {
            schema.put("description", description);
        }
        schema.put("enum", type.getValues().stream().map(EnumValueDescriptor::getName).toList());
        return schema;
    }

    private Map<String, Object> ref(Descriptor type) {
        pending.add(type.getFullName());
        return map("$ref", "#/components/schemas/" + type.getFullName());
    }

    private Map<String, Object> ref(EnumDescriptor type) {
        pending.add(type.getFullName());
        return map("$ref", "#/components/schemas/" + type.getFullName());
    }

    private static Map<String, Object> problemSchema() {
        Map<String, Object> error = map("type", "object", "properties", map(
                "field", map("type", "string", "description", "The request field, in proto3 JSON or .proto names.",
                        "example", "tip.reporterPhone"),
                "code", map("type", "string", "example", "INVALID_FORMAT"),
                "message", map("type", "string", "description", "In the language asked for."),
                "vi", map("type", "string"),
                "en", map("type", "string")));
        return map(
                "type", "object",
                "description", "An RFC 9457 problem, with the same field list a gRPC caller finds in google.rpc.BadRequest.",
                "properties", map(
                        "type", map("type", "string", "example", "about:blank"),
                        "title", map("type", "string", "example", "Bad Request"),
                        "status", map("type", "integer", "format", "int32", "example", 400),
                        "code", map("type", "string", "description", "The gRPC status code's name.",
                                "example", "INVALID_ARGUMENT"),
                        "detail", map("type", "string", "description", "In the language asked for (Vietnamese unless "
                                + "`Accept-Language: en`)."),
                        "detailVi", map("type", "string"),
                        "detailEn", map("type", "string"),
                        "instance", map("type", "string", "example", "/api/v1/tips"),
                        "requestId", map("type", "string"),
                        "errors", map("type", "array", "items", error)));
    }

    private static Map<String, Object> errorResponses() {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("BadRequest", problem("Invalid fields (`INVALID_ARGUMENT`) or a refused state change "
                + "(`FAILED_PRECONDITION`); the fields are listed in `errors`."));
        responses.put("Unauthorized", problem("No token, or a token that is expired, of another realm or "
                + "without the audience `lachan-api`."));
        responses.put("Forbidden", problem("The caller's roles do not allow this."));
        responses.put("NotFound", problem("No such record, or one outside the caller's unit scope."));
        responses.put("Conflict", problem("The record changed meanwhile, already exists, or the Idempotency-Key was "
                + "used for another request."));
        responses.put("TooManyRequests", problem("Rate limit of the gateway; try again later."));
        responses.put("Unavailable", problem("The service is unavailable; try again shortly."));
        responses.put("Error", problem("Any other failure."));
        return responses;
    }

    private static Map<String, Object> problem(String description) {
        return map("description", description,
                "headers", Map.of("X-Request-Id", Map.of("$ref", "#/components/headers/RequestId")),
                "content", Map.of("application/problem+json", Map.of("schema", Map.of("$ref", PROBLEM))));
    }

    private static Map<String, Object> commonParameters() {
        return map(
                "AcceptLanguage", map("name", "Accept-Language", "in", "header",
                        "description", "`en` for English messages; Vietnamese otherwise.",
                        "schema", map("type", "string", "example", "vi")),
                "RequestId", map("name", "X-Request-Id", "in", "header",
                        "description", "Your id for this request (1–100 of `A-Za-z0-9._:-`), echoed in the answer and "
                                + "the logs; one is made up when missing.",
                        "schema", map("type", "string", "pattern", "^[A-Za-z0-9._:-]{1,100}$")),
                "IdempotencyKey", map("name", "Idempotency-Key", "in", "header",
                        "description", "A retry with the same key returns the first result; the same key with "
                                + "another request is refused (409).",
                        "schema", map("type", "string", "example", "5f0c1d2e-7a3b-4c8d-9e0f-1a2b3c4d5e6f")),
                "TipSecret", map("name", "X-Tip-Secret", "in", "header", "required", true,
                        "description", "The secret given with the tracking code when the tip was filed.",
                        "schema", map("type", "string")));
    }

    /** The first sentence of a comment, or the method's name in words. */
    static String summaryOf(String comment, String methodName) {
        if (comment.isEmpty()) {
            return methodName.replaceAll("(?<=[a-z])(?=[A-Z])", " ");
        }
        String flat = comment.replace('\n', ' ');
        Matcher end = Pattern.compile("[.:;](\\s|$)").matcher(flat);
        String first = end.find() ? flat.substring(0, end.start()) : flat;
        return first.length() <= 120 ? first : first.substring(0, 117) + "…";
    }

    // --- comments

    record Comment(String text, Object example) {
    }

    private Comment commentAndExample(FieldDescriptor field) {
        List<String> lines = new ArrayList<>();
        Object example = null;
        for (String line : comment(field).split("\n", -1)) {
            Matcher m = EXAMPLE.matcher(line.trim());
            if (m.matches()) {
                example = exampleValue(m.group(1).trim());
            } else {
                lines.add(line);
            }
        }
        return new Comment(String.join("\n", lines).strip(), example);
    }

    /** A JSON value as written ({@code "0912345678"}, {@code 42}, {@code ["A","B"]}), or the text itself. */
    static Object exampleValue(String written) {
        try {
            var element = JsonParser.parseString(written);
            return new com.google.gson.Gson().fromJson(element, Object.class);
        } catch (JsonSyntaxException e) {
            return written;
        }
    }

    private String comment(Descriptor message) {
        return commentAt(message.getFile(), messagePath(message));
    }

    private String comment(FieldDescriptor field) {
        List<Integer> path = new ArrayList<>(messagePath(field.getContainingType()));
        path.add(2);
        path.add(field.getIndex());
        return commentAt(field.getFile(), path);
    }

    private String comment(EnumDescriptor type) {
        return commentAt(type.getFile(), enumPath(type));
    }

    private String comment(EnumValueDescriptor value) {
        List<Integer> path = new ArrayList<>(enumPath(value.getType()));
        path.add(2);
        path.add(value.getIndex());
        return commentAt(value.getFile(), path);
    }

    private String comment(ServiceDescriptor service) {
        return commentAt(service.getFile(), List.of(6, service.getIndex()));
    }

    private String comment(MethodDescriptor method) {
        return commentAt(method.getFile(), List.of(6, method.getService().getIndex(), 2, method.getIndex()));
    }

    private static List<Integer> messagePath(Descriptor message) {
        List<Integer> path = new ArrayList<>();
        if (message.getContainingType() == null) {
            path.add(4);
        } else {
            path.addAll(messagePath(message.getContainingType()));
            path.add(3);
        }
        path.add(message.getIndex());
        return path;
    }

    private static List<Integer> enumPath(EnumDescriptor type) {
        List<Integer> path = new ArrayList<>();
        if (type.getContainingType() == null) {
            path.add(5);
        } else {
            path.addAll(messagePath(type.getContainingType()));
            path.add(4);
        }
        path.add(type.getIndex());
        return path;
    }

    private String commentAt(FileDescriptor file, List<Integer> path) {
        return comments.getOrDefault(file.getName(), Map.of()).getOrDefault(path, "");
    }

    private static Map<List<Integer>, String> commentsOf(SourceCodeInfo info) {
        Map<List<Integer>, String> comments = new HashMap<>();
        for (SourceCodeInfo.Location location : info.getLocationList()) {
            String text = (location.getLeadingComments() + "\n" + location.getTrailingComments()).lines()
                    .map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("").strip();
            if (!text.isEmpty()) {
                comments.putIfAbsent(List.copyOf(location.getPathList()), text);
            }
        }
        return comments;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
