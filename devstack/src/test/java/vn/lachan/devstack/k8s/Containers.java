package vn.lachan.devstack.k8s;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** What the containers of a pod spec see: the containers themselves and their environment. */
final class Containers {

    private Containers() {
    }

    /** Containers and init containers. */
    static List<Map<String, Object>> of(Map<String, Object> podSpec) {
        return Stream.concat(Tree.maps(podSpec, "initContainers").stream(), Tree.maps(podSpec, "containers").stream())
                .toList();
    }

    /** The plain value a container sees for a variable: env (literal or ConfigMap key) before envFrom. */
    static Optional<String> env(Rendering rendering, Map<String, Object> container, String name) {
        return Optional.ofNullable(environment(rendering, container).get(name))
                .or(() -> secretKeyRef(container, name) == null ? Optional.empty() : Optional.of("<secret>"));
    }

    /**
     * The variables of a container whose values the manifests hold (not those from Secrets). A literal's
     * {@code $(NAME)} is expanded as the kubelet does, from the variables before it; a reference to a Secret's
     * variable stays {@code $(NAME)}, since the manifests do not hold its value.
     */
    static Map<String, String> environment(Rendering rendering, Map<String, Object> container) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map<String, Object> source : Tree.maps(container, "envFrom")) {
            String prefix = Objects.requireNonNullElse(Tree.string(source, "prefix"), "");
            rendering.data("ConfigMap", Tree.string(source, "configMapRef", "name"))
                    .ifPresent(data -> data.forEach((key, value) -> values.put(prefix + key, value)));
        }
        for (Map<String, Object> variable : Tree.maps(container, "env")) {
            String name = Tree.string(variable, "name");
            if (Tree.has(variable, "value")) {
                values.put(name, PodEnvironment.expand(Objects.requireNonNullElse(Tree.string(variable, "value"), ""),
                        values));
            } else if (Tree.has(variable, "valueFrom", "configMapKeyRef")) {
                rendering.data("ConfigMap", Tree.string(variable, "valueFrom", "configMapKeyRef", "name"))
                        .map(data -> data.get(Tree.string(variable, "valueFrom", "configMapKeyRef", "key")))
                        .ifPresent(value -> values.put(name, value));
            } else {
                values.remove(name);
            }
        }
        return values;
    }

    /** The Secret a variable comes from, or null. */
    static String secretKeyRef(Map<String, Object> container, String name) {
        return Tree.maps(container, "env").stream()
                .filter(variable -> name.equals(Tree.string(variable, "name")))
                .map(variable -> Tree.string(variable, "valueFrom", "secretKeyRef", "name"))
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
    }
}
