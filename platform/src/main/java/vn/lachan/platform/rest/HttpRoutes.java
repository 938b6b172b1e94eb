package vn.lachan.platform.rest;

import com.google.api.AnnotationsProto;
import com.google.api.HttpRule;
import com.google.protobuf.Descriptors;
import com.google.protobuf.Message;
import io.grpc.BindableService;
import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import io.grpc.protobuf.ProtoServiceDescriptorSupplier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The REST routes of a service, read from the {@code google.api.http} options of its gRPC contract.
 * Built from the contract, so a REST route can never drift from its RPC.
 */
public final class HttpRoutes {

    private static final Pattern VARIABLE = Pattern.compile("\\{([a-z_][a-z0-9_.]*)}");
    private final List<HttpRoute> routes;

    private HttpRoutes(List<HttpRoute> routes) {
        this.routes = routes;
    }

    public static HttpRoutes of(List<? extends BindableService> services) {
        return ofContracts(services.stream().map(s -> s.bindService().getServiceDescriptor()).toList());
    }

    /** The routes of gRPC service contracts, whether or not this process implements them. */
    public static HttpRoutes ofContracts(List<ServiceDescriptor> contracts) {
        PathPatternParser parser = new PathPatternParser();
        List<HttpRoute> routes = new ArrayList<>();
        for (ServiceDescriptor contract : contracts) {
            if (!(contract.getSchemaDescriptor() instanceof ProtoServiceDescriptorSupplier supplier)) {
                continue;
            }
            Descriptors.ServiceDescriptor descriptor = supplier.getServiceDescriptor();
            for (Descriptors.MethodDescriptor method : descriptor.getMethods()) {
                if (!method.getOptions().hasExtension(AnnotationsProto.http)) {
                    continue;
                }
                HttpRule rule = method.getOptions().getExtension(AnnotationsProto.http);
                check(method, rule);
                String fullName = MethodDescriptor.generateFullMethodName(descriptor.getFullName(), method.getName());
                MethodDescriptor<?, ?> rpc = contract.getMethods().stream()
                        .filter(m -> m.getFullMethodName().equals(fullName)).findFirst().orElseThrow();
                routes.add(route(parser, rule, method, rpc));
            }
        }
        routes.sort(Comparator.comparing(HttpRoute::pattern, PathPattern.SPECIFICITY_COMPARATOR));
        return new HttpRoutes(List.copyOf(routes));
    }

    private static final Pattern ANY_VARIABLE = Pattern.compile("\\{([^}]*)}");

    /**
     * Refuses, at start-up, a route this bridge would serve wrongly: streaming, {@code additional_bindings},
     * {@code response_body}, custom methods, variables with a pattern ({@code {name=shelves/*}}) or naming no
     * singular field, and a body that is no singular field of the request.
     */
    static void check(Descriptors.MethodDescriptor method, HttpRule rule) {
        String rpc = method.getFullName();
        if (method.isClientStreaming() || method.isServerStreaming()) {
            throw new IllegalStateException(rpc + ": a streaming RPC cannot have a REST route");
        }
        if (rule.getAdditionalBindingsCount() > 0) {
            throw new IllegalStateException(rpc + ": additional_bindings are not served");
        }
        if (!rule.getResponseBody().isEmpty()) {
            throw new IllegalStateException(rpc + ": response_body is not served");
        }
        switch (rule.getPatternCase()) {
            case GET, POST, PUT, PATCH, DELETE -> {
            }
            default -> throw new IllegalStateException(rpc + ": route kind " + rule.getPatternCase() + " is not served");
        }
        Matcher variables = ANY_VARIABLE.matcher(HttpRoute.pathOf(rule));
        while (variables.find()) {
            String variable = variables.group(1);
            if (!VARIABLE.matcher("{" + variable + "}").matches()) {
                throw new IllegalStateException(rpc + ": path variable {" + variable + "} is not served (no patterns)");
            }
            Descriptors.Descriptor type = method.getInputType();
            String[] parts = variable.split("\\.");
            for (int i = 0; i < parts.length; i++) {
                Descriptors.FieldDescriptor field = type == null ? null : type.findFieldByName(parts[i]);
                if (field == null || field.isRepeated()
                        || (i < parts.length - 1 && field.getJavaType() != Descriptors.FieldDescriptor.JavaType.MESSAGE)) {
                    throw new IllegalStateException(rpc + ": path variable {" + variable + "} names no singular field");
                }
                type = field.getJavaType() == Descriptors.FieldDescriptor.JavaType.MESSAGE ? field.getMessageType() : null;
            }
        }
        String body = rule.getBody();
        if (!body.isEmpty() && !body.equals("*")) {
            Descriptors.FieldDescriptor field = method.getInputType().findFieldByName(body);
            if (field == null || field.isRepeated()) {
                throw new IllegalStateException(rpc + ": body \"" + body + "\" is no singular field of the request");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static HttpRoute route(PathPatternParser parser, HttpRule rule,
                                   Descriptors.MethodDescriptor method, MethodDescriptor<?, ?> descriptor) {
        var rpc = (MethodDescriptor<Message, Message>) descriptor;
        var marshaller = (MethodDescriptor.PrototypeMarshaller<Message>) rpc.getRequestMarshaller();
        String template = HttpRoute.pathOf(rule);
        String springPattern = VARIABLE.matcher(template).replaceAll(m -> "{" + m.group(1).replace('.', '_') + "}");
        return new HttpRoute(HttpRoute.methodOf(rule), template, parser.parse(springPattern), rule.getBody(),
                rpc, method.getInputType(), marshaller.getMessagePrototype());
    }

    /**
     * Where a created record can be read: for a POST to {@code /x} answered with a message whose fields fill every
     * variable of a {@code GET /x/{id}} route, that path (the {@code Location} of a create).
     */
    public Optional<String> locationOf(HttpRoute route, Message response) {
        if (!route.httpMethod().equals(HttpMethod.POST)) {
            return Optional.empty();
        }
        String read = route.template() + "/{id}";
        for (HttpRoute candidate : routes) {
            if (candidate.httpMethod().equals(HttpMethod.GET) && candidate.template().equals(read)) {
                return fill(read, response);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> fill(String template, Message response) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            Descriptors.FieldDescriptor field = response.getDescriptorForType().findFieldByName(m.group(1));
            if (field == null || field.isRepeated() || field.getJavaType() != Descriptors.FieldDescriptor.JavaType.STRING) {
                return Optional.empty();
            }
            String value = (String) response.getField(field);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            m.appendReplacement(path, Matcher.quoteReplacement(
                    java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")));
        }
        m.appendTail(path);
        return Optional.of(path.toString());
    }

    public List<HttpRoute> all() {
        return routes;
    }

    /** The route for a method and path, with the request fields its path variables name. */
    public Optional<Match> match(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (HttpRoute route : routes) {
            if (!route.httpMethod().equals(method)) {
                continue;
            }
            PathPattern.PathMatchInfo info = route.pattern().matchAndExtract(container);
            if (info != null) {
                return Optional.of(new Match(route, fieldsOf(route.template(), info.getUriVariables())));
            }
        }
        return Optional.empty();
    }

    /** Whether some route serves this path with another method (405 rather than 404). */
    public boolean servesPathWithOtherMethod(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return routes.stream().anyMatch(r -> r.pattern().matches(container));
    }

    private static Map<String, String> fieldsOf(String template, Map<String, String> variables) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(template);
        while (m.find()) {
            String field = m.group(1);
            fields.put(field, variables.get(field.replace('.', '_')));
        }
        return fields;
    }

    /** A matched route and the request fields bound from the path. */
    public record Match(HttpRoute route, Map<String, String> pathFields) {
    }
}
