package vn.lachan.devstack.k8s;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** The objects of one rendered overlay, with the look-ups the rules need. */
record Rendering(String overlay, List<K8sObject> objects) {

    /** Where a host:port inside the namespace lands: the pods and their container port. */
    record Target(Workload workload, int containerPort) {
    }

    List<K8sObject> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.kind())).toList();
    }

    Optional<K8sObject> find(String kind, String name) {
        return objects.stream().filter(o -> kind.equals(o.kind()) && Objects.equals(name, o.name())).findFirst();
    }

    List<K8sObject> workloadObjects() {
        return objects.stream().filter(K8sObject::isWorkload).toList();
    }

    /** The label Linkerd's proxy injector puts on every pod it gives a proxy (components/mesh). */
    static final String MESHED_LABEL = "linkerd.io/control-plane-ns";
    static final String INJECT_ANNOTATION = "linkerd.io/inject";

    /**
     * Rendered workloads first, then the pods the operators make from the custom resources. A pod the mesh's injector
     * would give a proxy (the namespace says {@code linkerd.io/inject: enabled} and the pod does not opt out) carries
     * the injector's label, as it will in the cluster.
     */
    List<Workload> workloads() {
        boolean injecting = injecting();
        Map<String, Map<String, String>> annotations = podAnnotations();
        return unmeshedWorkloads().stream().map(workload -> {
            boolean meshed = injecting && !"disabled".equals(
                    annotations.getOrDefault(workload.name(), Map.of()).get(INJECT_ANNOTATION));
            if (!meshed) {
                return workload;
            }
            Map<String, String> labels = new TreeMap<>(workload.labels());
            labels.put(MESHED_LABEL, "linkerd");
            return new Workload(workload.name(), workload.origin(), labels, workload.ports());
        }).toList();
    }

    /** The namespace asks Linkerd's injector for a proxy in every new pod. */
    boolean injecting() {
        return ofKind("Namespace").stream().anyMatch(namespace -> "enabled".equals(
                Tree.string(namespace.tree(), "metadata", "annotations", INJECT_ANNOTATION)));
    }

    /** The annotations each workload's pods get: pod templates, and what the operators copy onto their pods. */
    Map<String, Map<String, String>> podAnnotations() {
        Map<String, Map<String, String>> annotations = new TreeMap<>();
        workloadObjects().forEach(workload -> annotations.put(workload.name(),
                Tree.stringMap(workload.tree(), "spec", "template", "metadata", "annotations")));
        ofKind("Keycloak").forEach(keycloak -> annotations.put(keycloak.name(),
                Tree.stringMap(keycloak.spec(), "unsupported", "podTemplate", "metadata", "annotations")));
        // CloudNativePG puts spec.inheritedMetadata on every object of a Cluster, its pods and Jobs among them
        ofKind("Cluster").forEach(cluster -> annotations.put(cluster.name(),
                Tree.stringMap(cluster.spec(), "inheritedMetadata", "annotations")));
        ofKind("Pooler").forEach(pooler -> annotations.put(pooler.name(),
                Tree.stringMap(pooler.spec(), "template", "metadata", "annotations")));
        return annotations;
    }

    private List<Workload> unmeshedWorkloads() {
        List<Workload> workloads = new ArrayList<>(workloadObjects().stream().map(Workload::of).toList());
        for (K8sObject keycloak : ofKind("Keycloak")) {
            Map<String, String> labels = new TreeMap<>(Tree.stringMap(keycloak.spec(),
                    "unsupported", "podTemplate", "metadata", "labels"));
            // labels the Keycloak Operator puts on the server pods
            labels.put("app", "keycloak");
            labels.put("app.kubernetes.io/managed-by", "keycloak-operator");
            labels.put("app.kubernetes.io/instance", keycloak.name());
            labels.put("app.kubernetes.io/component", "server");
            workloads.add(new Workload(keycloak.name(), "pods of " + keycloak.id() + " (Keycloak Operator)", labels,
                    List.of(new Workload.Port("https", 8443, "TCP"), new Workload.Port("http", 8080, "TCP"),
                            new Workload.Port("management", 9000, "TCP"), new Workload.Port("jgroups", 7800, "TCP"),
                            new Workload.Port("jgroups-fd", 57800, "TCP"))));
        }
        for (K8sObject cluster : ofKind("Cluster")) {
            // labels CloudNativePG puts on the instance pods
            Map<String, String> labels = Map.of("cnpg.io/cluster", cluster.name(), "cnpg.io/podRole", "instance");
            workloads.add(new Workload(cluster.name(), "pods of " + cluster.id() + " (CloudNativePG)", labels,
                    List.of(new Workload.Port("postgresql", 5432, "TCP"), new Workload.Port("metrics", 9187, "TCP"),
                            new Workload.Port("status", 8000, "TCP"))));
        }
        for (K8sObject pooler : ofKind("Pooler")) {
            // labels CloudNativePG puts on the PgBouncer pods of a Pooler
            Map<String, String> labels = new TreeMap<>(Tree.stringMap(pooler.spec(), "template", "metadata", "labels"));
            labels.put("cnpg.io/poolerName", pooler.name());
            workloads.add(new Workload(pooler.name(), "pods of " + pooler.id() + " (CloudNativePG)", labels,
                    List.of(new Workload.Port("pgbouncer", 5432, "TCP"), new Workload.Port("metrics", 9127, "TCP"))));
        }
        return workloads;
    }

    Optional<Workload> workload(String name) {
        return workloads().stream().filter(workload -> workload.name().equals(name)).findFirst();
    }

    /**
     * Follows a host name and port the way a pod's connection would: a Service here (selector,
     * port, targetPort), or a Service an operator makes ({@code <cluster>-rw}, {@code <keycloak>-service}).
     */
    Optional<Target> resolve(String host, int port) {
        Optional<K8sObject> service = find("Service", host);
        if (service.isPresent()) {
            Map<String, String> selector = Tree.stringMap(service.get().spec(), "selector");
            Optional<Map<String, Object>> servicePort = Tree.maps(service.get().spec(), "ports").stream()
                    .filter(p -> Objects.equals(Tree.integer(p, "port"), port))
                    .findFirst();
            if (servicePort.isEmpty()) {
                return Optional.empty();
            }
            Object targetPort = Objects.requireNonNullElse(Tree.get(servicePort.get(), "targetPort"), port);
            return workloads().stream()
                    .filter(workload -> Selectors.serviceSelects(selector, workload.labels()))
                    .flatMap(workload -> workload.port(targetPort).map(p -> new Target(workload, p.number())).stream())
                    .findFirst();
        }
        for (K8sObject cluster : ofKind("Cluster")) {
            for (String suffix : List.of("-rw", "-ro", "-r")) {
                if (host.equals(cluster.name() + suffix) && port == 5432) {
                    return workload(cluster.name()).map(w -> new Target(w, 5432));
                }
            }
        }
        for (K8sObject pooler : ofKind("Pooler")) {
            // CloudNativePG names the Pooler's Service after the Pooler
            if (host.equals(pooler.name()) && port == 5432) {
                return workload(pooler.name()).map(w -> new Target(w, 5432));
            }
        }
        for (K8sObject keycloak : ofKind("Keycloak")) {
            if (host.equals(keycloak.name() + "-service") && (port == 8080 || port == 8443)) {
                return workload(keycloak.name()).map(w -> new Target(w, port));
            }
        }
        return Optional.empty();
    }

    /** The data of a rendered ConfigMap or Secret (Secret values decoded), or empty if not rendered. */
    Optional<Map<String, String>> data(String kind, String name) {
        return find(kind, name).map(object -> {
            Map<String, String> data = new LinkedHashMap<>();
            Tree.stringMap(object.tree(), "data").forEach((key, value) -> data.put(key, "Secret".equals(kind)
                    ? new String(Base64.getMimeDecoder().decode(value), StandardCharsets.UTF_8)
                    : value));
            data.putAll(Tree.stringMap(object.tree(), "stringData"));
            return data;
        });
    }
}
