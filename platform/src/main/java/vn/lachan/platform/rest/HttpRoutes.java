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
                String fullName = MethodDescriptor.generateFullMethodName(descriptor.getFullName(), method.getName());
                MethodDescriptor<?, ?> rpc = contract.getMethods().stream()
                        .filter(m -> m.getFullMethodName().equals(fullName)).findFirst().orElseThrow();
                routes.add(route(parser, rule, method, rpc));
            }
        }
        routes.sort(Comparator.comparing(HttpRoute::pattern, PathPattern.SPECIFICITY_COMPARATOR));
        return new HttpRoutes(List.copyOf(routes));
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
        Map<String, String> fields = new java.util.LinkedHashMap<>();
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
