package vn.lachan.devstack.k8s;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The environment variables a container of a rendered workload sees once the kubelet has started it,
 * built the way the kubelet builds it: the image's environment, then {@code envFrom}, then {@code env}
 * (literals with {@code $(VAR)} expansion, ConfigMap and Secret keys, the downward API), then the
 * Service links of the namespace and the API server's variables for names not yet taken.
 */
final class PodEnvironment {

    /** The API server's Service, injected into every pod whatever enableServiceLinks says. */
    static final String API_SERVER_IP = "10.96.0.1";

    private PodEnvironment() {
    }

    /**
     * Everything {@code container} of {@code workload} sees, as rendered. A reference to a ConfigMap or
     * Secret (key) that the overlay does not render fails, unless the reference is optional.
     *
     * @param imageEnvironment what the image itself sets (Jib's {@code container.environment})
     */
    static Map<String, String> of(Rendering rendering, K8sObject workload, Map<String, Object> container,
                                  Map<String, String> imageEnvironment) {
        String where = workload.id() + " container " + Tree.string(container, "name");
        Map<String, String> env = new LinkedHashMap<>();
        for (Map<String, Object> source : Tree.maps(container, "envFrom")) {
            String prefix = Objects.requireNonNullElse(Tree.string(source, "prefix"), "");
            for (String kind : List.of("ConfigMap", "Secret")) {
                String field = "ConfigMap".equals(kind) ? "configMapRef" : "secretRef";
                if (Tree.has(source, field)) {
                    String name = Tree.string(source, field, "name");
                    Optional<Map<String, String>> data = rendering.data(kind, name);
                    if (data.isEmpty() && !Tree.isTrue(source, field, "optional")) {
                        throw new AssertionError(where + ": envFrom " + kind + " " + name + " is not rendered");
                    }
                    data.ifPresent(values -> values.forEach((key, value) -> env.put(prefix + key, value)));
                }
            }
        }
        Map<String, String> services = serviceLinks(rendering, workload);
        for (Map<String, Object> variable : Tree.maps(container, "env")) {
            String name = Tree.string(variable, "name");
            if (Tree.has(variable, "valueFrom")) {
                value(rendering, workload, variable, where).ifPresentOrElse(value -> env.put(name, value),
                        () -> env.remove(name));
            } else {
                Map<String, String> known = new LinkedHashMap<>(services);
                known.putAll(env);
                env.put(name, expand(Objects.requireNonNullElse(Tree.string(variable, "value"), ""), known));
            }
        }
        services.forEach(env::putIfAbsent);
        Map<String, String> all = new LinkedHashMap<>(imageEnvironment);
        all.putAll(env);
        return all;
    }

    private static Optional<String> value(Rendering rendering, K8sObject workload, Map<String, Object> variable,
                                          String where) {
        String name = Tree.string(variable, "name");
        for (String kind : List.of("ConfigMap", "Secret")) {
            Map<String, Object> ref = Tree.map(variable, "valueFrom",
                    "ConfigMap".equals(kind) ? "configMapKeyRef" : "secretKeyRef");
            if (!ref.isEmpty()) {
                String object = Tree.string(ref, "name");
                String key = Tree.string(ref, "key");
                Optional<String> value = rendering.data(kind, object).map(data -> data.get(key));
                if (value.isEmpty() && !Tree.isTrue(ref, "optional")) {
                    throw new AssertionError(where + ": env " + name + " needs key " + key + " of " + kind + " "
                            + object + ", which the overlay " + rendering.overlay() + " does not render");
                }
                return value;
            }
        }
        String field = Tree.string(variable, "valueFrom", "fieldRef", "fieldPath");
        if (field != null) {
            return Optional.of(switch (field) {
                case "metadata.name" -> workload.name() + "-7d9f8b6c5d-x2x4p";
                case "metadata.namespace" -> Objects.requireNonNullElse(
                        Tree.string(workload.tree(), "metadata", "namespace"), "default");
                case "metadata.uid" -> "00000000-0000-4000-8000-000000000000";
                case "spec.nodeName" -> "localhost";
                case "spec.serviceAccountName" -> Objects.requireNonNullElse(
                        Tree.string(workload.podSpec(), "serviceAccountName"), "default");
                case "status.podIP", "status.hostIP" -> "127.0.0.1";
                case "status.podIPs", "status.hostIPs" -> "127.0.0.1";
                default -> throw new AssertionError(where + ": env " + name + " uses fieldRef " + field
                        + ", which PodEnvironment does not know yet");
            });
        }
        throw new AssertionError(where + ": env " + name + " uses " + Tree.get(variable, "valueFrom")
                + ", which PodEnvironment does not know yet");
    }

    /**
     * {@code $(NAME)} becomes the value of an earlier variable, {@code $$} a literal {@code $}; a
     * reference to an unknown variable stays as it is (Kubernetes' rules).
     */
    static String expand(String input, Map<String, String> variables) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (c == '$' && i + 1 < input.length()) {
                char next = input.charAt(i + 1);
                if (next == '$') {
                    out.append('$');
                    i += 2;
                    continue;
                }
                int close = next == '(' ? input.indexOf(')', i + 2) : -1;
                if (close > 0) {
                    String name = input.substring(i + 2, close);
                    out.append(variables.containsKey(name) ? variables.get(name) : "$(" + name + ")");
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /**
     * The Docker-link style variables of every Service with a cluster IP in the namespace (unless the
     * pod sets {@code enableServiceLinks: false}) and, always, those of the API server. Cluster IPs are
     * made up; only the names and ports matter to an application.
     */
    static Map<String, String> serviceLinks(Rendering rendering, K8sObject workload) {
        Map<String, String> env = new LinkedHashMap<>();
        if (!Boolean.FALSE.equals(Tree.get(workload.podSpec(), "enableServiceLinks"))) {
            int next = 10;
            for (K8sObject service : rendering.ofKind("Service")) {
                if ("None".equals(Tree.string(service.spec(), "clusterIP"))
                        || "ExternalName".equals(Tree.string(service.spec(), "type"))) {
                    continue;
                }
                link(env, service.name(), "10.96." + (next / 250) + "." + (next % 250 + 2),
                        Tree.maps(service.spec(), "ports"));
                next++;
            }
        }
        link(env, "kubernetes", API_SERVER_IP, List.of(Map.of("name", "https", "port", 443, "protocol", "TCP")));
        return env;
    }

    private static void link(Map<String, String> env, String service, String ip, List<Map<String, Object>> ports) {
        if (ports.isEmpty()) {
            return;
        }
        String prefix = service.toUpperCase(Locale.ROOT).replace('-', '_');
        env.put(prefix + "_SERVICE_HOST", ip);
        env.put(prefix + "_SERVICE_PORT", String.valueOf(Tree.integer(ports.getFirst(), "port")));
        for (Map<String, Object> port : ports) {
            if (Tree.string(port, "name") != null) {
                env.put(prefix + "_SERVICE_PORT_" + Tree.string(port, "name").toUpperCase(Locale.ROOT).replace('-', '_'),
                        String.valueOf(Tree.integer(port, "port")));
            }
        }
        Map<String, Object> first = ports.getFirst();
        env.put(prefix + "_PORT", url(first, ip));
        for (Map<String, Object> port : ports) {
            int number = Tree.integer(port, "port");
            String protocol = Objects.requireNonNullElse(Tree.string(port, "protocol"), "TCP");
            String base = prefix + "_PORT_" + number + "_" + protocol.toUpperCase(Locale.ROOT);
            env.put(base, url(port, ip));
            env.put(base + "_PROTO", protocol.toLowerCase(Locale.ROOT));
            env.put(base + "_PORT", String.valueOf(number));
            env.put(base + "_ADDR", ip);
        }
    }

    private static String url(Map<String, Object> port, String ip) {
        String protocol = Objects.requireNonNullElse(Tree.string(port, "protocol"), "TCP").toLowerCase(Locale.ROOT);
        return protocol + "://" + ip + ":" + Tree.integer(port, "port");
    }

    /** What Jib puts into every image: {@code container.environment} and {@code container.jvmFlags} of the parent pom. */
    record Image(Map<String, String> environment, List<String> jvmFlags) {

        static Image fromParentPom(Path repositoryRoot) {
            try {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Element project = factory.newDocumentBuilder().parse(repositoryRoot.resolve("pom.xml").toFile())
                        .getDocumentElement();
                Map<String, String> environment = new LinkedHashMap<>();
                List<String> jvmFlags = new ArrayList<>();
                var plugins = project.getElementsByTagName("plugin");
                for (int i = 0; i < plugins.getLength(); i++) {
                    Element plugin = (Element) plugins.item(i);
                    if (!"jib-maven-plugin".equals(child(plugin, "artifactId").map(Node::getTextContent).orElse(""))) {
                        continue;
                    }
                    Optional<Element> container = child(plugin, "configuration").flatMap(c -> child(c, "container"));
                    container.flatMap(c -> child(c, "environment")).ifPresent(e -> children(e)
                            .forEach(variable -> environment.put(variable.getTagName(), variable.getTextContent().trim())));
                    container.flatMap(c -> child(c, "jvmFlags")).ifPresent(e -> children(e)
                            .forEach(flag -> jvmFlags.add(flag.getTextContent().trim())));
                }
                return new Image(environment, jvmFlags);
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the Jib configuration of " + repositoryRoot.resolve("pom.xml"),
                        e);
            }
        }

        private static Optional<Element> child(Element parent, String name) {
            return children(parent).stream().filter(e -> name.equals(e.getTagName())).findFirst();
        }

        private static List<Element> children(Element parent) {
            List<Element> elements = new ArrayList<>();
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element) {
                    elements.add(element);
                }
            }
            return elements;
        }
    }
}
