package vn.lachan.devstack.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lachan.devstack.k8s.NetworkPaths.Path;

/**
 * Renders every overlay in {@code k8s/overlays} with {@code kubectl kustomize} and checks the
 * rules of docs/architecture.md ("Kubernetes") on every rendered object, so that a broken
 * manifest fails the build instead of the rollout.
 */
@EnabledIf(value = "vn.lachan.devstack.k8s.Kustomize#kubectlOnPath",
        disabledReason = "kubectl is not on PATH: the Kustomize overlays in k8s/ cannot be rendered")
@Tag("manifest")
class ManifestRulesTest {

    static final List<String> SERVICES = List.of("tip-service", "case-service", "report-service", "budget-service");
    static final List<String> APPLICATIONS = Stream.concat(Stream.of("gateway"), SERVICES.stream()).toList();
    static final String KEYCLOAK = "lachan-keycloak";
    static final String DATABASE = "lachan-db";
    static final String REDIS = "lachan-redis";
    static final String POOLER = "lachan-db-pooler";
    /** The Service the SSO host name resolves to inside the cluster (k8s/README.md, CoreDNS rewrite). */
    static final String SSO_SERVICE = "lachan-sso";

    static final String KUBE_DNS = "kube-system/k8s-app=kube-dns";
    static final String INGRESS_CONTROLLER = "ingress-nginx";
    static final String CNPG_OPERATOR = "cnpg-system/app.kubernetes.io/name=cloudnative-pg";
    static final String ANY_ADDRESS = "cidr:0.0.0.0/0";
    /** The Prometheus Operator's Prometheus pods (components/monitoring). */
    static final String PROMETHEUS = "monitoring/app.kubernetes.io/name=prometheus";
    /** Linkerd's control plane (components/mesh): destination and policy (8086, 8090), identity (8080). */
    static final String LINKERD_DESTINATION = "linkerd/linkerd.io/control-plane-component=destination";
    static final String LINKERD_IDENTITY = "linkerd/linkerd.io/control-plane-component=identity";
    /** The inbound port of Linkerd's proxy: meshed clients connect to it and name the application's port in a header. */
    static final int PROXY_INBOUND_PORT = 4143;
    /** Callers outside the namespace that must be meshed when the namespace is (k8s/README.md, "Encryption in the cluster"). */
    static final Set<String> MESHED_OUTSIDE = Set.of(INGRESS_CONTROLLER);

    /**
     * Pods in a meshed namespace that stay outside the mesh, and why (k8s/README.md, "Encryption in the cluster").
     * Every other pod gets a proxy.
     */
    static final Map<String, String> UNMESHED = Map.of(
            "lachan-db", "PostgreSQL refuses connections without TLS and its clients verify it (verify-full); the "
                    + "CloudNativePG operator reaches it from outside the mesh; its Jobs would never finish beside a proxy",
            "lachan-db-pooler", "PgBouncer presents the cluster's certificate to verify-full clients and speaks TLS to "
                    + "PostgreSQL");

    /** Ports a meshed pod keeps away from its proxy, and why: the kubelet probes Keycloak's management port over HTTPS. */
    static final Map<String, String> SKIPPED_INBOUND_PORTS = Map.of(KEYCLOAK, "9000");

    static final int APPLICATION_USER = 65532;
    /** spring.lifecycle.timeout-per-shutdown-phase of the applications. */
    static final int SHUTDOWN_PHASE_SECONDS = 20;

    /**
     * Secrets an overlay references but does not render: created in the cluster by the operators
     * (k8s/README.md lists each one with its keys). Anything else referenced must be rendered.
     */
    static final Map<String, Set<String>> EXTERNAL_SECRETS = Map.of(
            "dev", Set.of(),
            "prod", Set.of("lachan-db-keycloak", "lachan-db-tip", "lachan-db-case", "lachan-db-report",
                    "lachan-db-budget", "lachan-db-tip-app", "lachan-db-case-app", "lachan-db-report-app",
                    "lachan-db-budget-app", "lachan-redis", "lachan-keycloak-clients", "lachan-tls",
                    "lachan-sso-tls", "lachan-db-backup"));

    /**
     * ConfigMaps the operators may create, referenced only as {@code optional}: the province's mail relay for the
     * report reminders (k8s/README.md); without it no e-mail is sent.
     */
    static final Set<String> OPTIONAL_EXTERNAL_CONFIG_MAPS = Set.of("lachan-smtp");

    /**
     * Secrets the operators make from the custom resources, with their keys: CloudNativePG's CA of a Cluster
     * ({@code <cluster>-ca}: ca.crt, ca.key). Pods may mount them; only {@code ca.crt} ever leaves the operator's hands.
     */
    static Map<String, Set<String>> operatorSecrets(Rendering rendering) {
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        rendering.ofKind("Cluster").forEach(cluster -> secrets.put(cluster.name() + "-ca", Set.of("ca.crt", "ca.key")));
        return secrets;
    }

    /** An address in a setting; credentials in it ({@code redis://:$(LACHAN_REDIS_PASSWORD)@host:port}) are skipped. */
    static final Pattern ENDPOINT = Pattern.compile(
            "^(?:(?:static|http|https|redis|rediss|jdbc:postgresql)://|dns:///)(?:[^@/?#]*@)?([A-Za-z0-9.-]+):(\\d+)(?:[/?].*)?$");
    /** A gRPC channel's target in a setting: {@code static://host:port}, {@code dns:///host:port}, {@code dns://server/host:port}. */
    static final Pattern GRPC_TARGET = Pattern.compile("^(static|dns|unix|xds|ipv4|ipv6)://.*$");
    static final Pattern DNS_TARGET = Pattern.compile("^dns:///([A-Za-z0-9.-]+):(\\d+)$");
    static final Pattern REALM_ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    static List<String> overlays() {
        return Kustomize.overlays();
    }

    /** Every call path the platform really makes; the NetworkPolicies must allow these and only these. */
    static Set<Path> realPaths(Collection<String> podsInNamespace) {
        Set<Path> paths = new TreeSet<>(NetworkPaths.ORDER);
        // browsers and API clients, through the ingress controller
        paths.add(Path.of(INGRESS_CONTROLLER, "gateway", 8080));
        paths.add(Path.of(INGRESS_CONTROLLER, KEYCLOAK, 8080));
        // gateway -> the services' REST API
        SERVICES.forEach(service -> paths.add(Path.of("gateway", service, 8080)));
        // gRPC between services
        paths.add(Path.of("report-service", "tip-service", 9090));
        paths.add(Path.of("report-service", "case-service", 9090));
        paths.add(Path.of("report-service", "budget-service", 9090));
        paths.add(Path.of("tip-service", "case-service", 9090));
        paths.add(Path.of("tip-service", "budget-service", 9090)); // paying a reward
        // the unit registry (ADR 0004): a petition's body, the unit money of a year goes to
        paths.add(Path.of("tip-service", "report-service", 9090));
        paths.add(Path.of("budget-service", "report-service", 9090));
        // an urgent hold: its tip in tip-service, its bank in the unit registry
        paths.add(Path.of("case-service", "tip-service", 9090));
        paths.add(Path.of("case-service", "report-service", 9090));
        // report reminders by e-mail, to the province's mail relay outside the cluster
        paths.add(Path.of("report-service", ANY_ADDRESS, 25));
        paths.add(Path.of("report-service", ANY_ADDRESS, 587));
        // each service its own database, through the Pooler, and straight to the primary for migrations; Keycloak too
        SERVICES.forEach(service -> paths.add(Path.of(service, POOLER, 5432)));
        SERVICES.forEach(service -> paths.add(Path.of(service, DATABASE, 5432)));
        paths.add(Path.of(POOLER, DATABASE, 5432));
        paths.add(Path.of(POOLER, ANY_ADDRESS, 443));
        paths.add(Path.of(POOLER, ANY_ADDRESS, 6443));
        paths.add(Path.of(KEYCLOAK, DATABASE, 5432));
        // Redis: gateway sessions and rate limits, tip-service indicator index
        paths.add(Path.of("gateway", REDIS, 6379));
        paths.add(Path.of("tip-service", REDIS, 6379));
        // OIDC discovery, JWKS and tokens: https (8443) in prod, http (8080) in dev
        APPLICATIONS.forEach(application -> {
            paths.add(Path.of(application, KEYCLOAK, 8080));
            paths.add(Path.of(application, KEYCLOAK, 8443));
        });
        // Keycloak instances share their caches (JGroups)
        paths.add(Path.of(KEYCLOAK, KEYCLOAK, 7800));
        paths.add(Path.of(KEYCLOAK, KEYCLOAK, 57800));
        // CloudNativePG: replication between instances, the operator, the API server and backups
        for (int port : List.of(5432, 8000)) {
            paths.add(Path.of(DATABASE, DATABASE, port));
            paths.add(Path.of(CNPG_OPERATOR, DATABASE, port));
        }
        paths.add(Path.of(DATABASE, ANY_ADDRESS, 443));
        paths.add(Path.of(DATABASE, ANY_ADDRESS, 6443));
        // name resolution for every pod
        for (String pod : podsInNamespace) {
            paths.add(Path.of(pod, KUBE_DNS, 53, "UDP"));
            paths.add(Path.of(pod, KUBE_DNS, 53, "TCP"));
        }
        return paths;
    }

    /**
     * What the mesh adds to the real paths (components/mesh): every meshed pod reaches Linkerd's control plane, and each
     * path between two meshed ends is also taken to the server's proxy inbound port.
     */
    static Set<Path> meshPaths(Rendering rendering, Set<Path> paths) {
        Set<String> meshed = meshed(rendering);
        Set<Path> mesh = new TreeSet<>(NetworkPaths.ORDER);
        for (String pod : meshed) {
            mesh.add(Path.of(pod, LINKERD_DESTINATION, 8086));
            mesh.add(Path.of(pod, LINKERD_DESTINATION, 8090));
            mesh.add(Path.of(pod, LINKERD_IDENTITY, 8080));
        }
        for (Path path : paths) {
            if (meshed.contains(path.to()) && (meshed.contains(path.from()) || MESHED_OUTSIDE.contains(path.from()))) {
                mesh.add(Path.of(path.from(), path.to(), PROXY_INBOUND_PORT));
            }
        }
        return mesh;
    }

    /** The workloads whose pods the mesh's injector gives a proxy. */
    static Set<String> meshed(Rendering rendering) {
        Set<String> meshed = new TreeSet<>();
        rendering.workloads().stream().filter(w -> w.labels().containsKey(Rendering.MESHED_LABEL))
                .forEach(w -> meshed.add(w.name()));
        return meshed;
    }

    // ---------------------------------------------------------------------------------------------
    // the mesh (components/mesh): mutual TLS between all pods

    /**
     * Prod encrypts every connection between its pods with Linkerd: the namespace injects a proxy into every pod, admits
     * only mutual TLS from meshed pods by default, runs the proxy as a native sidecar; every pod is meshed but the listed
     * exceptions, which opt out by annotation; only the listed ports skip the proxy; and the only port open to
     * unauthenticated clients is the applications' management port, which the NetworkPolicies give to Prometheus alone.
     */
    @Test
    void prodEncryptsEveryConnectionBetweenPodsWithTheMesh() {
        Rendering rendering = Kustomize.render("prod");
        List<String> problems = new ArrayList<>();
        for (K8sObject namespace : rendering.ofKind("Namespace")) {
            Map<String, String> annotations = Tree.stringMap(namespace.tree(), "metadata", "annotations");
            Map<String, String> wanted = Map.of(Rendering.INJECT_ANNOTATION, "enabled",
                    "config.linkerd.io/default-inbound-policy", "all-authenticated",
                    "config.linkerd.io/proxy-enable-native-sidecar", "true");
            wanted.forEach((key, value) -> {
                if (!value.equals(annotations.get(key))) {
                    problems.add(namespace.id() + ": annotation " + key + " is " + annotations.get(key) + ", not " + value);
                }
            });
        }
        Set<String> meshed = meshed(rendering);
        Map<String, Map<String, String>> annotations = rendering.podAnnotations();
        for (Workload workload : rendering.workloads()) {
            String name = workload.name();
            Map<String, String> pod = annotations.getOrDefault(name, Map.of());
            if (UNMESHED.containsKey(name)) {
                if (!"disabled".equals(pod.get(Rendering.INJECT_ANNOTATION))) {
                    problems.add(workload.origin() + ": listed as outside the mesh, but does not opt out "
                            + "(linkerd.io/inject: disabled)");
                }
            } else if (!meshed.contains(name)) {
                problems.add(workload.origin() + ": not meshed, and not a listed exception");
            }
            pod.forEach((key, value) -> {
                if (key.startsWith("config.linkerd.io/skip-") || key.startsWith("config.linkerd.io/default-inbound-policy")
                        || key.startsWith("config.linkerd.io/opaque-ports")) {
                    boolean listed = key.equals("config.linkerd.io/skip-inbound-ports")
                            && value.equals(SKIPPED_INBOUND_PORTS.get(name));
                    if (!listed) {
                        problems.add(workload.origin() + ": " + key + "=" + value + " is not a listed exception");
                    }
                }
            });
        }
        SKIPPED_INBOUND_PORTS.forEach((name, port) -> {
            if (!port.equals(annotations.getOrDefault(name, Map.of()).get("config.linkerd.io/skip-inbound-ports"))) {
                problems.add(name + ": should skip exactly inbound port " + port);
            }
            // a port past the proxy must be reachable by nobody but the kubelet
            NetworkPaths.of(rendering).allowed().stream()
                    .filter(path -> path.to().equals(name) && path.port().equals(port + "/TCP"))
                    .forEach(path -> problems.add(path + ": a skipped port must not be open to any pod"));
        });
        List<String> applicationsMeshed = APPLICATIONS.stream().filter(meshed::contains).toList();
        if (!applicationsMeshed.equals(APPLICATIONS) || !meshed.contains(REDIS) || !meshed.contains(KEYCLOAK)) {
            problems.add("the applications, Redis and Keycloak must be meshed; meshed: " + meshed);
        }
        problems.addAll(unauthenticatedPorts(rendering));
        assertNone("prod", "mesh", problems);
    }

    /**
     * Linkerd's policy objects: known API versions, references that resolve, and unauthenticated clients
     * (NetworkAuthentication) admitted only on the applications' management port, for Prometheus.
     */
    private static List<String> unauthenticatedPorts(Rendering rendering) {
        List<String> problems = new ArrayList<>();
        Map<String, String> versions = Map.of("Server", "policy.linkerd.io/v1beta3",
                "AuthorizationPolicy", "policy.linkerd.io/v1alpha1", "NetworkAuthentication", "policy.linkerd.io/v1alpha1",
                "MeshTLSAuthentication", "policy.linkerd.io/v1alpha1");
        versions.forEach((kind, version) -> rendering.ofKind(kind).stream()
                .filter(object -> !version.equals(object.apiVersion()))
                .forEach(object -> problems.add(object.id() + ": apiVersion " + object.apiVersion() + ", not " + version)));
        Set<Path> allowed = NetworkPaths.of(rendering).allowed();
        for (K8sObject policy : rendering.ofKind("AuthorizationPolicy")) {
            Map<String, Object> target = Tree.map(policy.spec(), "targetRef");
            Optional<K8sObject> server = rendering.find(Tree.string(target, "kind"), Tree.string(target, "name"));
            if (!"policy.linkerd.io".equals(Tree.string(target, "group")) || !"Server".equals(Tree.string(target, "kind"))
                    || server.isEmpty()) {
                problems.add(policy.id() + ": targetRef " + target + " is not a rendered Server");
                continue;
            }
            for (Map<String, Object> reference : Tree.maps(policy.spec(), "requiredAuthenticationRefs")) {
                String kind = Tree.string(reference, "kind");
                if (rendering.find(kind, Tree.string(reference, "name")).isEmpty()) {
                    problems.add(policy.id() + ": " + kind + "/" + Tree.string(reference, "name") + " is not rendered");
                }
                if (!"NetworkAuthentication".equals(kind)) {
                    continue;
                }
                // clients admitted without mutual TLS: only Prometheus, only on the management port (8081)
                Map<String, Object> selector = Tree.map(server.get().spec(), "podSelector");
                Object port = Tree.get(server.get().spec(), "port");
                for (Workload workload : rendering.workloads()) {
                    if (!workload.selectedBy(selector)) {
                        continue;
                    }
                    Optional<Workload.Port> served = workload.port(port);
                    if (!APPLICATIONS.contains(workload.name()) || served.isEmpty() || served.get().number() != 8081) {
                        problems.add(policy.id() + ": admits clients without mutual TLS to " + workload.origin()
                                + " port " + port + "; only the applications' management port 8081 may be");
                        continue;
                    }
                    allowed.stream().filter(path -> path.to().equals(workload.name()) && path.port().equals("8081/TCP")
                                    && !path.from().equals(PROMETHEUS))
                            .forEach(path -> problems.add(path + ": reaches a port open without mutual TLS; only "
                                    + PROMETHEUS + " may"));
                }
            }
        }
        return problems;
    }

    /** The MeshTLSAuthentication naming the ingress controller's identity: the one place it is configured. */
    static final String INGRESS_AUTHENTICATION = "ingress-controller";
    /** What a NetworkAuthentication admits: clients without mutual TLS (only Prometheus, on 8081). */
    static final String UNAUTHENTICATED = "(any address, no mutual TLS)";

    /**
     * On 4143 the NetworkPolicies see only the pair of pods, not the application port the caller names; Linkerd's
     * policy has to keep each port to its callers. In prod every container port of every meshed pod (but the ports
     * skipping the proxy) is described by exactly one Server, and the Server admits exactly the callers the
     * NetworkPolicies allow to that port, by identity: the callers' rendered ServiceAccounts, the ingress controller's
     * configured identity, and unauthenticated clients only where Prometheus is the caller. A Server nobody may call
     * has no AuthorizationPolicy (it refuses everyone). HTTP probes stay admitted: Linkerd authorises probe paths on a
     * Server only while no HTTPRoute is attached to it, and only when it detects HTTP there.
     */
    @Test
    void meshedPortsAdmitExactlyTheirCallers() {
        Rendering rendering = Kustomize.render("prod");
        List<String> problems = new ArrayList<>();
        String namespace = rendering.ofKind("Namespace").stream().map(K8sObject::name).findFirst().orElseThrow();
        Set<String> accounts = new TreeSet<>();
        rendering.ofKind("ServiceAccount").forEach(account -> accounts.add(namespace + "/" + account.name()));
        Set<String> ingressIdentities = rendering.find("MeshTLSAuthentication", INGRESS_AUTHENTICATION)
                .map(authentication -> identities(authentication, namespace, Set.of(), problems)).orElse(Set.of());
        if (ingressIdentities.size() != 1
                || !ingressIdentities.iterator().next().startsWith(INGRESS_CONTROLLER + "/")) {
            problems.add("MeshTLSAuthentication/" + INGRESS_AUTHENTICATION + " should name the ingress controller's one "
                    + "ServiceAccount in the namespace " + INGRESS_CONTROLLER + "; names " + ingressIdentities);
        }
        // the identity each caller of the NetworkPolicies proves
        Map<String, String> identityOf = new LinkedHashMap<>();
        rendering.workloadObjects().forEach(workload -> identityOf.put(workload.name(), namespace + "/"
                + Objects.requireNonNullElse(Tree.string(workload.podSpec(), "serviceAccountName"), "default")));
        rendering.ofKind("Keycloak").forEach(keycloak -> identityOf.put(keycloak.name(), namespace + "/"
                + Objects.requireNonNullElse(Tree.string(keycloak.spec(), "unsupported", "podTemplate", "spec",
                        "serviceAccountName"), "default")));
        identityOf.forEach((workload, identity) -> {
            if (!accounts.contains(identity)) {
                problems.add(workload + ": runs as " + identity + ", which is not rendered (its mesh identity would be "
                        + "shared or unknown)");
            }
        });
        ingressIdentities.forEach(identity -> identityOf.put(INGRESS_CONTROLLER, identity));
        identityOf.put(PROMETHEUS, UNAUTHENTICATED);

        Set<Path> allowed = NetworkPaths.of(rendering).allowed();
        List<K8sObject> servers = rendering.ofKind("Server");
        Set<String> meshed = meshed(rendering);
        Set<String> usedServers = new TreeSet<>();
        for (Workload workload : rendering.workloads()) {
            if (!meshed.contains(workload.name())) {
                continue;
            }
            String skipped = SKIPPED_INBOUND_PORTS.getOrDefault(workload.name(), "");
            for (Workload.Port port : workload.ports()) {
                if (List.of(skipped.split(",")).contains(String.valueOf(port.number()))) {
                    continue;
                }
                List<K8sObject> covering = servers.stream()
                        .filter(server -> workload.selectedBy(Tree.map(server.spec(), "podSelector")))
                        .filter(server -> workload.port(Tree.get(server.spec(), "port"))
                                .filter(served -> served.number() == port.number()).isPresent())
                        .toList();
                String where = workload.origin() + " port " + port.number();
                if (covering.size() != 1) {
                    problems.add(where + ": described by " + covering.stream().map(K8sObject::name).toList()
                            + ", not by exactly one Server (without one, any meshed pod may call it)");
                    continue;
                }
                K8sObject server = covering.getFirst();
                usedServers.add(server.name());
                Set<String> expected = new TreeSet<>();
                allowed.stream().filter(path -> path.to().equals(workload.name())
                                && path.port().equals(port.number() + "/TCP"))
                        .forEach(path -> expected.add(identityOf.getOrDefault(path.from(), "(unknown: " + path.from() + ")")));
                Set<String> admitted = admittedBy(rendering, server, namespace, accounts, problems);
                if (!admitted.equals(expected)) {
                    problems.add(where + ": Server " + server.name() + " admits " + admitted
                            + ", the NetworkPolicies allow " + expected);
                }
            }
        }
        // the Keycloak Operator declares only 8080, 8443 and 9000 (appended to the pod template's); a Server applies
        // only to a port in the pod spec, so the pod template declares JGroups' ports
        for (K8sObject keycloak : rendering.ofKind("Keycloak")) {
            Set<Integer> declared = new TreeSet<>();
            Tree.maps(keycloak.spec(), "unsupported", "podTemplate", "spec", "containers").stream()
                    .filter(container -> "keycloak".equals(Tree.string(container, "name")))
                    .flatMap(container -> Tree.maps(container, "ports").stream())
                    .forEach(port -> declared.add(Tree.integer(port, "containerPort")));
            if (!declared.containsAll(Set.of(7800, 57800))) {
                problems.add(keycloak.id() + ": the pod template declares ports " + declared + ", not JGroups' 7800 and "
                        + "57800: their Servers would not apply");
            }
        }
        servers.stream().filter(server -> !usedServers.contains(server.name()))
                .forEach(server -> problems.add(server.id() + ": describes no port of a meshed pod"));
        problems.addAll(probesAdmitted(rendering, servers));
        assertNone("prod", "mesh policy", problems);
    }

    /** Who a Server admits: the union over its AuthorizationPolicies, each with exactly one authentication. */
    private static Set<String> admittedBy(Rendering rendering, K8sObject server, String namespace, Set<String> accounts,
            List<String> problems) {
        Set<String> admitted = new TreeSet<>();
        for (K8sObject policy : rendering.ofKind("AuthorizationPolicy")) {
            if (!server.name().equals(Tree.string(policy.spec(), "targetRef", "name"))
                    || !"Server".equals(Tree.string(policy.spec(), "targetRef", "kind"))) {
                continue;
            }
            List<Map<String, Object>> references = Tree.maps(policy.spec(), "requiredAuthenticationRefs");
            if (references.size() != 1) {
                // several references must all hold at once (AND): name one per policy, one policy per kind of caller
                problems.add(policy.id() + ": " + references.size() + " requiredAuthenticationRefs, not exactly one");
                continue;
            }
            String kind = Tree.string(references.getFirst(), "kind");
            Optional<K8sObject> authentication = rendering.find(kind, Tree.string(references.getFirst(), "name"));
            if (authentication.isEmpty()) {
                continue; // reported by unauthenticatedPorts
            }
            if ("NetworkAuthentication".equals(kind)) {
                admitted.add(UNAUTHENTICATED);
            } else if ("MeshTLSAuthentication".equals(kind)) {
                admitted.addAll(identities(authentication.get(), namespace, accounts, problems));
            } else {
                problems.add(policy.id() + ": unknown authentication kind " + kind);
            }
        }
        return admitted;
    }

    /**
     * The identities a MeshTLSAuthentication names, as namespace/ServiceAccount. Only ServiceAccount references: a
     * literal identity string or a wildcard could name anything. In this namespace the account must be rendered; the
     * one outside it is the ingress controller's ({@code accounts} empty: that one is being read).
     */
    private static Set<String> identities(K8sObject authentication, String namespace, Set<String> accounts,
            List<String> problems) {
        Set<String> identities = new TreeSet<>();
        if (Tree.has(authentication.spec(), "identities")) {
            problems.add(authentication.id() + ": names identity strings; name ServiceAccounts (identityRefs)");
        }
        for (Map<String, Object> reference : Tree.maps(authentication.spec(), "identityRefs")) {
            String name = Tree.string(reference, "name");
            String in = Objects.requireNonNullElse(Tree.string(reference, "namespace"), namespace);
            if (!"ServiceAccount".equals(Tree.string(reference, "kind")) || blank(name)) {
                problems.add(authentication.id() + ": " + reference + " is not one named ServiceAccount");
                continue;
            }
            String identity = in + "/" + name;
            boolean ingress = authentication.name().equals(INGRESS_AUTHENTICATION) && !in.equals(namespace);
            if (!accounts.isEmpty() && !ingress && !accounts.contains(identity)) {
                problems.add(authentication.id() + ": ServiceAccount " + identity + " is not rendered");
            }
            identities.add(identity);
        }
        return identities;
    }

    /**
     * The kubelet's HTTP probes on ports behind the proxy: Linkerd admits them without mutual TLS on a Server's probe
     * paths only when no HTTPRoute is attached to the Server and the Server's protocol lets it see HTTP.
     */
    private static List<String> probesAdmitted(Rendering rendering, List<K8sObject> servers) {
        List<String> problems = new ArrayList<>();
        Set<String> routed = new TreeSet<>();
        rendering.ofKind("HTTPRoute").forEach(route -> Tree.maps(route.spec(), "parentRefs").stream()
                .filter(parent -> "Server".equals(Tree.string(parent, "kind")))
                .forEach(parent -> routed.add(Tree.string(parent, "name"))));
        Set<String> meshed = meshed(rendering);
        for (K8sObject object : rendering.workloadObjects()) {
            Optional<Workload> workload = rendering.workloads().stream()
                    .filter(w -> w.name().equals(object.name()) && meshed.contains(w.name())).findFirst();
            if (workload.isEmpty()) {
                continue;
            }
            for (Map<String, Object> container : Tree.maps(object.podSpec(), "containers")) {
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                    Object port = Tree.get(container, probe, "httpGet", "port");
                    if (port == null) {
                        continue;
                    }
                    int number = workload.get().port(port).map(Workload.Port::number).orElse(-1);
                    servers.stream().filter(server -> workload.get().selectedBy(Tree.map(server.spec(), "podSelector")))
                            .filter(server -> workload.get().port(Tree.get(server.spec(), "port"))
                                    .filter(served -> served.number() == number).isPresent())
                            .forEach(server -> {
                                String protocol = Objects.requireNonNullElse(Tree.string(server.spec(), "proxyProtocol"),
                                        "unknown");
                                if (routed.contains(server.name()) || !Set.of("unknown", "HTTP/1", "HTTP/2").contains(protocol)) {
                                    problems.add(object.id() + " " + probe + " on port " + port + ": Server "
                                            + server.name() + " (" + protocol + (routed.contains(server.name())
                                            ? ", with an HTTPRoute" : "") + ") would refuse the kubelet");
                                }
                            });
                }
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------------------------------------
    // monitoring (components/monitoring)

    /** The monitoring component on its own beside the base and the network policies, as an overlay would use it. */
    static Rendering monitoring() {
        return Kustomize.renderComponents("monitoring", "network-policies", "monitoring");
    }

    @Test
    void prodIsMonitored() {
        assertThat(Kustomize.render("prod").ofKind("ServiceMonitor")).as("prod uses components/monitoring")
                .hasSize(APPLICATIONS.size());
    }

    @Test
    void everyApplicationIsScrapedOnceOnItsManagementPort() {
        for (Rendering rendering : List.of(monitoring(), Kustomize.render("prod"))) {
            List<String> problems = new ArrayList<>();
            Set<String> scraped = new TreeSet<>();
            for (K8sObject monitor : rendering.ofKind("ServiceMonitor")) {
                if (!"monitoring.coreos.com/v1".equals(monitor.apiVersion())) {
                    problems.add(monitor.id() + ": apiVersion " + monitor.apiVersion());
                }
                Map<String, Object> selector = Tree.map(monitor.spec(), "selector");
                List<K8sObject> services = rendering.ofKind("Service").stream()
                        .filter(service -> Selectors.matches(selector, Tree.stringMap(service.tree(), "metadata", "labels")))
                        .toList();
                if (services.isEmpty()) {
                    problems.add(monitor.id() + ": selector " + selector + " matches no Service");
                }
                if (Tree.has(monitor.spec(), "namespaceSelector")) {
                    problems.add(monitor.id() + ": scrapes outside its own namespace");
                }
                for (Map<String, Object> endpoint : Tree.maps(monitor.spec(), "endpoints")) {
                    String port = Tree.string(endpoint, "port");
                    List<K8sObject> serving = services.stream().filter(service -> Tree.maps(service.spec(), "ports")
                            .stream().anyMatch(p -> Objects.equals(Tree.string(p, "name"), port))).toList();
                    if (serving.size() != 1) {
                        problems.add(monitor.id() + ": port " + port + " is on " + serving.size()
                                + " selected Services, not exactly one (each pod scraped once)");
                        continue;
                    }
                    if (!"management".equals(port) || !"/actuator/prometheus".equals(Tree.string(endpoint, "path"))) {
                        problems.add(monitor.id() + ": scrapes " + port + " " + Tree.string(endpoint, "path")
                                + ", not /actuator/prometheus on the management port");
                    }
                    // the Service's port leads to the container port named management of the application's pods
                    Map<String, String> podSelector = Tree.stringMap(serving.getFirst().spec(), "selector");
                    rendering.workloads().stream().filter(w -> Selectors.serviceSelects(podSelector, w.labels()))
                            .forEach(workload -> {
                                scraped.add(workload.name());
                                if (workload.port("management").isEmpty()) {
                                    problems.add(monitor.id() + ": " + workload.origin() + " has no management port");
                                }
                            });
                }
            }
            if (!scraped.equals(new TreeSet<>(APPLICATIONS))) {
                problems.add("scraped " + scraped + ", the applications are " + APPLICATIONS);
            }
            assertNone(rendering.overlay(), "ServiceMonitors", problems);
        }
    }

    @Test
    void theManagementPortExposesPrometheus() {
        for (String file : List.of("platform/src/main/resources/lachan-platform-defaults.yml",
                "gateway/src/main/resources/application.yml")) {
            Map<String, Object> settings = new org.yaml.snakeyaml.Yaml().load(
                    Kustomize.read(Kustomize.repositoryRoot().resolve(file)));
            assertThat(Tree.string(settings, "management", "endpoints", "web", "exposure", "include"))
                    .as(file).contains("prometheus");
            assertThat(Tree.string(settings, "management", "server", "port")).as(file).contains("LACHAN_MANAGEMENT_PORT");
        }
    }

    @Test
    void theDashboardIsValidGrafanaJsonAboutTheApplications() {
        for (Rendering rendering : List.of(monitoring(), Kustomize.render("prod"))) {
            K8sObject configMap = rendering.find("ConfigMap", "lachan-grafana-dashboard").orElseThrow(
                    () -> new AssertionError(rendering.overlay() + ": no ConfigMap lachan-grafana-dashboard"));
            assertThat(Tree.stringMap(configMap.tree(), "metadata", "labels")).containsEntry("grafana_dashboard", "1");
            Map<String, String> data = Tree.stringMap(configMap.tree(), "data");
            assertThat(data).isNotEmpty();
            data.forEach((file, text) -> {
                JsonNode dashboard = JsonMapper.builder().build().readTree(text);
                assertThat(dashboard.path("uid").asString()).as(file).isNotBlank();
                assertThat(dashboard.path("title").asString()).as(file).isNotBlank();
                List<String> expressions = new ArrayList<>();
                for (JsonNode panel : dashboard.path("panels")) {
                    assertThat(panel.path("targets").isEmpty()).as(file + " panel " + panel.path("title")).isFalse();
                    panel.path("targets").forEach(target -> expressions.add(target.path("expr").asString()));
                }
                String all = String.join("\n", expressions);
                // request rate, errors and latency (histogram), JVM memory, the database pool
                assertThat(all).as(file).contains("http_server_requests_seconds_count", "SERVER_ERROR",
                        "histogram_quantile(0.95", "http_server_requests_seconds_bucket", "jvm_memory_used_bytes",
                        "hikaricp_connections_active", "grpc_server_seconds_count");
                String applications = dashboard.path("templating").path("list").toString();
                APPLICATIONS.forEach(application -> assertThat(applications).as(file).contains(application));
            });
        }
    }

    // ---------------------------------------------------------------------------------------------
    // every overlay

    @Test
    void devAndProdOverlaysExist() {
        assertThat(overlays()).as("overlays in k8s/overlays").contains("dev", "prod");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyObjectHasApiVersionKindAndName(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> namespaces = new TreeSet<>();
        for (K8sObject object : rendering.objects()) {
            if (blank(object.apiVersion()) || blank(object.kind()) || blank(object.name())) {
                problems.add("an object without apiVersion, kind or metadata.name: " + object.tree().keySet()
                        + " " + Tree.map(object.tree(), "metadata"));
            }
            if (!seen.add(object.apiVersion() + " " + object.id())) {
                problems.add(object.id() + " is rendered twice");
            }
            if (!"Namespace".equals(object.kind())) {
                namespaces.add(String.valueOf(Tree.string(object.tree(), "metadata", "namespace")));
            }
        }
        if (namespaces.size() != 1 || namespaces.contains("null")) {
            problems.add("every object should land in the overlay's one namespace, found " + namespaces);
        }
        assertThat(rendering.objects()).as(overlay + " renders objects").isNotEmpty();
        assertNone(overlay, "well-formed objects", problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void podsMeetTheRestrictedPodSecurityStandard(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        for (K8sObject workload : rendering.workloadObjects()) {
            Map<String, Object> pod = workload.podSpec();
            String id = workload.id();
            if (!Tree.isTrue(pod, "securityContext", "runAsNonRoot")) {
                problems.add(id + ": securityContext.runAsNonRoot is not true");
            }
            if (!Objects.equals(Tree.integer(pod, "securityContext", "runAsUser"), APPLICATION_USER)) {
                problems.add(id + ": securityContext.runAsUser is not " + APPLICATION_USER);
            }
            if (!"RuntimeDefault".equals(Tree.string(pod, "securityContext", "seccompProfile", "type"))) {
                problems.add(id + ": securityContext.seccompProfile.type is not RuntimeDefault");
            }
            for (String hostNamespace : List.of("hostNetwork", "hostPID", "hostIPC")) {
                if (Tree.isTrue(pod, hostNamespace)) {
                    problems.add(id + ": " + hostNamespace + " is true");
                }
            }
            Tree.maps(pod, "volumes").stream().filter(volume -> Tree.has(volume, "hostPath"))
                    .forEach(volume -> problems.add(id + ": hostPath volume " + Tree.string(volume, "name")));
            if (!Objects.equals(Tree.get(pod, "automountServiceAccountToken"), false)) {
                problems.add(id + ": automountServiceAccountToken is not false (no pod here talks to the API)");
            }
            String account = Tree.string(pod, "serviceAccountName");
            Optional<K8sObject> serviceAccount = rendering.find("ServiceAccount", account);
            if (serviceAccount.isEmpty()) {
                problems.add(id + ": serviceAccountName " + account + " is not a rendered ServiceAccount");
            } else if (!Objects.equals(Tree.get(serviceAccount.get().tree(), "automountServiceAccountToken"), false)) {
                problems.add(serviceAccount.get().id() + ": automountServiceAccountToken is not false");
            }
            for (Map<String, Object> container : Containers.of(pod)) {
                String where = id + " container " + Tree.string(container, "name");
                Map<String, Object> context = Tree.map(container, "securityContext");
                if (!Objects.equals(Tree.get(context, "allowPrivilegeEscalation"), false)) {
                    problems.add(where + ": allowPrivilegeEscalation is not false");
                }
                if (!Tree.strings(context, "capabilities", "drop").contains("ALL")) {
                    problems.add(where + ": capabilities.drop does not hold ALL");
                }
                if (!Tree.strings(context, "capabilities", "add").isEmpty()) {
                    problems.add(where + ": adds capabilities " + Tree.strings(context, "capabilities", "add"));
                }
                if (Tree.isTrue(context, "privileged")) {
                    problems.add(where + ": privileged");
                }
                if (Objects.equals(Tree.get(context, "runAsNonRoot"), false)
                        || Objects.equals(Tree.integer(context, "runAsUser"), 0)) {
                    problems.add(where + ": runs as root");
                }
            }
        }
        // the operators' pods get the same restrictions through the custom resources
        for (K8sObject keycloak : rendering.ofKind("Keycloak")) {
            Map<String, Object> pod = Tree.map(keycloak.spec(), "unsupported", "podTemplate", "spec");
            if (!Tree.isTrue(pod, "securityContext", "runAsNonRoot")
                    || !"RuntimeDefault".equals(Tree.string(pod, "securityContext", "seccompProfile", "type"))) {
                problems.add(keycloak.id() + ": podTemplate lacks runAsNonRoot or the RuntimeDefault seccomp profile");
            }
            for (Map<String, Object> container : Tree.maps(pod, "containers")) {
                if (!Objects.equals(Tree.get(container, "securityContext", "allowPrivilegeEscalation"), false)
                        || !Tree.strings(container, "securityContext", "capabilities", "drop").contains("ALL")) {
                    problems.add(keycloak.id() + ": podTemplate container lacks allowPrivilegeEscalation: false "
                            + "or capabilities.drop: [ALL]");
                }
            }
        }
        for (K8sObject namespace : rendering.ofKind("Namespace")) {
            if (!"restricted".equals(Tree.string(namespace.tree(), "metadata", "labels",
                    "pod-security.kubernetes.io/enforce"))) {
                problems.add(namespace.id() + ": does not enforce the restricted Pod Security Standard");
            }
        }
        assertThat(rendering.workloadObjects()).as(overlay + " renders workloads").isNotEmpty();
        assertNone(overlay, "restricted pod security", problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void rootFilesystemsAreReadOnlyWithAnEmptyDirAtTmp(String overlay) {
        List<String> problems = new ArrayList<>();
        for (K8sObject workload : Kustomize.render(overlay).workloadObjects()) {
            Set<String> emptyDirs = new HashSet<>();
            Tree.maps(workload.podSpec(), "volumes").stream().filter(volume -> Tree.has(volume, "emptyDir"))
                    .forEach(volume -> emptyDirs.add(Tree.string(volume, "name")));
            for (Map<String, Object> container : Containers.of(workload.podSpec())) {
                String where = workload.id() + " container " + Tree.string(container, "name");
                if (!Tree.isTrue(container, "securityContext", "readOnlyRootFilesystem")) {
                    problems.add(where + ": readOnlyRootFilesystem is not true");
                }
                boolean tmp = Tree.maps(container, "volumeMounts").stream()
                        .anyMatch(mount -> "/tmp".equals(Tree.string(mount, "mountPath"))
                                && emptyDirs.contains(Tree.string(mount, "name")));
                if (!tmp) {
                    problems.add(where + ": no emptyDir volume mounted at /tmp");
                }
            }
        }
        assertNone(overlay, "read-only root filesystem", problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerHasRequestsAndLimits(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        for (K8sObject workload : rendering.workloadObjects()) {
            for (Map<String, Object> container : Containers.of(workload.podSpec())) {
                missingResources(Tree.map(container, "resources")).forEach(missing -> problems.add(
                        workload.id() + " container " + Tree.string(container, "name") + ": no " + missing));
            }
        }
        Stream.concat(rendering.ofKind("Keycloak").stream(), rendering.ofKind("Cluster").stream())
                .forEach(resource -> missingResources(Tree.map(resource.spec(), "resources"))
                        .forEach(missing -> problems.add(resource.id() + ": no spec.resources." + missing)));
        assertNone(overlay, "requests and limits", problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void probesCheckTheRightPorts(String overlay) {
        List<String> problems = new ArrayList<>();
        for (K8sObject workload : Kustomize.render(overlay).workloadObjects()) {
            for (Map<String, Object> container : Tree.maps(workload.podSpec(), "containers")) {
                String where = workload.id() + " container " + Tree.string(container, "name");
                Workload pods = Workload.of(workload);
                boolean application = "Deployment".equals(workload.kind());
                List<String> required = application
                        ? List.of("startupProbe", "readinessProbe", "livenessProbe")
                        : List.of("readinessProbe", "livenessProbe");
                for (String kind : required) {
                    if (!Tree.has(container, kind)) {
                        problems.add(where + ": no " + kind);
                    }
                }
                for (String kind : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    Map<String, Object> probe = Tree.map(container, kind);
                    if (probe.isEmpty()) {
                        continue;
                    }
                    if (application) {
                        // Spring Boot's health groups over HTTP on the management port: liveness (and startup) the
                        // process alone, readiness with the database — a gRPC health probe would restart every pod
                        // when PostgreSQL is away, since the gRPC health service follows the database
                        String wanted = "readinessProbe".equals(kind) ? "/actuator/health/readiness"
                                : "/actuator/health/liveness";
                        Object port = Tree.get(probe, "httpGet", "port");
                        Optional<Workload.Port> probed = port == null ? Optional.empty() : pods.port(port);
                        Optional<Workload.Port> management = pods.port("management");
                        if (probed.isEmpty()) {
                            problems.add(where + ": " + kind + " is not an httpGet probe on a container port: " + probe);
                        } else if (management.isEmpty() || probed.get().number() != management.get().number()) {
                            problems.add(where + ": " + kind + " does not probe the management port");
                        }
                        if (!wanted.equals(Tree.string(probe, "httpGet", "path"))) {
                            problems.add(where + ": " + kind + " probes " + Tree.string(probe, "httpGet", "path")
                                    + ", not " + wanted);
                        }
                    } else {
                        Object port = Stream.of("httpGet", "tcpSocket", "grpc")
                                .map(handler -> Tree.get(probe, handler, "port")).filter(Objects::nonNull)
                                .findFirst().orElse(null);
                        if (port != null && pods.port(port).isEmpty()) {
                            problems.add(where + ": " + kind + " probes " + port + ", not a container port");
                        }
                        if (port == null && !Tree.has(probe, "exec")) {
                            problems.add(where + ": " + kind + " has no handler");
                        }
                    }
                }
                Map<String, Object> startup = Tree.map(container, "startupProbe");
                if (application && !startup.isEmpty()) {
                    int period = Objects.requireNonNullElse(Tree.integer(startup, "periodSeconds"), 10);
                    int threshold = Objects.requireNonNullElse(Tree.integer(startup, "failureThreshold"), 3);
                    if (period * threshold < 60) {
                        problems.add(where + ": startupProbe allows only " + period * threshold
                                + " s for a JVM to start (want at least 60 s)");
                    }
                }
            }
        }
        assertNone(overlay, "probes", problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void applicationsShutDownGracefully(String overlay) {
        List<String> problems = new ArrayList<>();
        for (K8sObject deployment : Kustomize.render(overlay).ofKind("Deployment")) {
            Integer grace = Tree.integer(deployment.podSpec(), "terminationGracePeriodSeconds");
            for (Map<String, Object> container : Tree.maps(deployment.podSpec(), "containers")) {
                String where = deployment.id() + " container " + Tree.string(container, "name");
                Map<String, Object> preStop = Tree.map(container, "lifecycle", "preStop");
                Integer sleep = Tree.integer(preStop, "sleep", "seconds");
                if (Tree.has(preStop, "exec")) {
                    problems.add(where + ": preStop runs a command in the image; use the kubelet's sleep handler");
                }
                if (sleep == null) {
                    problems.add(where + ": no preStop sleep (lets endpoints drop the pod before it stops)");
                }
                int needed = SHUTDOWN_PHASE_SECONDS + (sleep == null ? 0 : sleep);
                if (grace == null || grace <= needed) {
                    problems.add(where + ": terminationGracePeriodSeconds " + grace + " is not above " + needed
                            + " (shutdown phase " + SHUTDOWN_PHASE_SECONDS + " s + preStop)");
                }
            }
        }
        assertNone(overlay, "graceful shutdown", problems);
    }

    /**
     * The applications' own settings agree with the grace period the manifests give them: graceful HTTP shutdown,
     * the shutdown phase {@value #SHUTDOWN_PHASE_SECONDS} s the manifest test counts on, and the gRPC server's drain
     * within it (in-flight calls finish, new ones go to other pods).
     */
    @Test
    void applicationSettingsDrainWithinTheGracePeriod() {
        java.nio.file.Path root = Kustomize.repositoryRoot();
        List<String> problems = new ArrayList<>();
        Map<String, java.nio.file.Path> settings = Map.of(
                "services (platform defaults)", root.resolve("platform/src/main/resources/lachan-platform-defaults.yml"),
                "gateway", root.resolve("gateway/src/main/resources/application.yml"));
        settings.forEach((who, file) -> {
            String yaml = Kustomize.read(file);
            if (!Pattern.compile("(?m)^  shutdown: graceful$").matcher(yaml).find()) {
                problems.add(who + ": server.shutdown is not graceful (" + file.getFileName() + ")");
            }
            Matcher phase = Pattern.compile("(?m)^\\s+timeout-per-shutdown-phase: (\\d+)s$").matcher(yaml);
            if (!phase.find() || Integer.parseInt(phase.group(1)) != SHUTDOWN_PHASE_SECONDS) {
                problems.add(who + ": spring.lifecycle.timeout-per-shutdown-phase is not " + SHUTDOWN_PHASE_SECONDS + "s");
            }
            Matcher grpc = Pattern.compile("(?m)^\\s+shutdown-grace-period: (\\d+)s$").matcher(yaml);
            if (grpc.find() && Integer.parseInt(grpc.group(1)) >= SHUTDOWN_PHASE_SECONDS) {
                problems.add(who + ": the gRPC server drains for " + grpc.group(1) + " s, not within the shutdown phase");
            }
        });
        assertNone("settings", "graceful shutdown", problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void servicesSelectPodsAndTargetTheirPorts(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<Workload> workloads = rendering.workloads();
        List<String> problems = new ArrayList<>();
        for (K8sObject service : rendering.ofKind("Service")) {
            Map<String, String> selector = Tree.stringMap(service.spec(), "selector");
            List<Workload> selected = workloads.stream()
                    .filter(workload -> Selectors.serviceSelects(selector, workload.labels())).toList();
            if (selected.isEmpty()) {
                problems.add(service.id() + ": selector " + selector + " matches no pod template");
            }
            for (Map<String, Object> port : Tree.maps(service.spec(), "ports")) {
                Object target = Objects.requireNonNullElse(Tree.get(port, "targetPort"), Tree.get(port, "port"));
                for (Workload workload : selected) {
                    if (workload.port(target).isEmpty()) {
                        problems.add(service.id() + " port " + Tree.string(port, "name") + ": targetPort " + target
                                + " is not a container port of " + workload.origin());
                    }
                }
            }
        }
        for (K8sObject deployment : rendering.ofKind("Deployment")) {
            Workload pods = Workload.of(deployment);
            Optional<K8sObject> service = rendering.find("Service", deployment.name());
            if (service.isEmpty()) {
                problems.add(deployment.id() + ": no Service named " + deployment.name());
                continue;
            }
            Set<String> containerPorts = new TreeSet<>();
            pods.ports().forEach(port -> containerPorts.add(port.name()));
            Set<String> servicePorts = new TreeSet<>();
            for (Map<String, Object> port : Tree.maps(service.get().spec(), "ports")) {
                String name = Tree.string(port, "name");
                servicePorts.add(name);
                Object target = Objects.requireNonNullElse(Tree.get(port, "targetPort"), Tree.get(port, "port"));
                Optional<Workload.Port> targeted = pods.port(target);
                if (targeted.isPresent() && !Objects.equals(targeted.get().name(), name)) {
                    problems.add(service.get().id() + ": port " + name + " leads to container port "
                            + targeted.get().name());
                }
            }
            if (!servicePorts.equals(containerPorts)) {
                problems.add(service.get().id() + ": ports " + servicePorts + " differ from the container ports "
                        + containerPorts);
            }
        }
        assertNone(overlay, "Service selectors and ports", problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void applicationPortsAgreeWithTheirConfiguration(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        for (K8sObject deployment : rendering.ofKind("Deployment")) {
            Workload pods = Workload.of(deployment);
            Map<String, Object> container = Tree.maps(deployment.podSpec(), "containers").getFirst();
            boolean service = pods.port("grpc").isPresent();
            List<String> required = new ArrayList<>(List.of("LACHAN_HTTP_PORT", "LACHAN_MANAGEMENT_PORT",
                    "LACHAN_ISSUER_URI", "LACHAN_LOG_FORMAT", "JAVA_TOOL_OPTIONS"));
            if (service) {
                required.addAll(List.of("LACHAN_GRPC_PORT", "LACHAN_DB_URL", "LACHAN_DB_USER", "LACHAN_DB_PASSWORD"));
            }
            for (String name : required) {
                if (Containers.env(rendering, container, name).isEmpty()) {
                    problems.add(deployment.id() + ": no " + name);
                }
            }
            Map<String, String> portVariables = Map.of("http", "LACHAN_HTTP_PORT", "management",
                    "LACHAN_MANAGEMENT_PORT", "grpc", "LACHAN_GRPC_PORT");
            portVariables.forEach((portName, variable) -> pods.port(portName).ifPresent(port -> {
                Optional<String> value = Containers.env(rendering, container, variable);
                if (value.isPresent() && !value.get().equals(String.valueOf(port.number()))) {
                    problems.add(deployment.id() + ": " + variable + "=" + value.get() + " but the container port "
                            + portName + " is " + port.number());
                }
            }));
        }
        assertNone(overlay, "ports and their settings", problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void referencedSecretsAndConfigMapsExist(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        Set<String> external = externalSecrets(overlay);
        List<String> problems = new ArrayList<>();
        Set<String> referencedSecrets = new TreeSet<>();
        for (Reference reference : Reference.in(rendering)) {
            if ("Secret".equals(reference.kind())) {
                referencedSecrets.add(reference.name());
            }
            Optional<Map<String, String>> data = rendering.data(reference.kind(), reference.name());
            if (data.isPresent()) {
                if (reference.key() != null && !data.get().containsKey(reference.key())) {
                    problems.add(reference.where() + ": " + reference.kind() + "/" + reference.name()
                            + " has no key " + reference.key());
                }
            } else if ("Secret".equals(reference.kind()) && operatorSecrets(rendering).containsKey(reference.name())) {
                Set<String> keys = operatorSecrets(rendering).get(reference.name());
                if (reference.key() != null && !keys.contains(reference.key())) {
                    problems.add(reference.where() + ": Secret/" + reference.name() + " (made by an operator) has no key "
                            + reference.key());
                }
            } else if ("ConfigMap".equals(reference.kind()) && OPTIONAL_EXTERNAL_CONFIG_MAPS.contains(reference.name())) {
                if (!reference.optional()) {
                    problems.add(reference.where() + ": ConfigMap/" + reference.name()
                            + " is made by the operators only if they want it: reference it as optional");
                }
            } else if (!("Secret".equals(reference.kind()) && external.contains(reference.name()))) {
                problems.add(reference.where() + ": " + reference.kind() + "/" + reference.name()
                        + " is neither rendered nor a documented external Secret");
            }
        }
        for (String secret : external) {
            if (!referencedSecrets.contains(secret)) {
                problems.add("external Secret " + secret + " is allowed but nothing references it any more");
            }
        }
        assertNone(overlay, "Secret and ConfigMap references", problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void workloadsHaveADisruptionBudgetAndSpread(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        for (K8sObject workload : rendering.workloadObjects()) {
            Map<String, String> labels = workload.podLabels();
            List<K8sObject> budgets = rendering.ofKind("PodDisruptionBudget").stream()
                    .filter(pdb -> Selectors.matches(Tree.map(pdb.spec(), "selector"), labels)).toList();
            if (budgets.size() != 1) {
                problems.add(workload.id() + ": " + budgets.size() + " PodDisruptionBudgets select its pods, want 1");
            }
            Integer replicas = Tree.integer(workload.spec(), "replicas");
            for (K8sObject budget : budgets) {
                Object minAvailable = Tree.get(budget.spec(), "minAvailable");
                if (minAvailable == null && !Tree.has(budget.spec(), "maxUnavailable")) {
                    problems.add(budget.id() + ": neither minAvailable nor maxUnavailable");
                }
                if (minAvailable instanceof Number min && replicas != null && min.intValue() >= replicas) {
                    problems.add(budget.id() + ": minAvailable " + min + " with " + replicas
                            + " replica(s) blocks every node drain");
                }
            }
            List<Map<String, Object>> terms = new ArrayList<>();
            Tree.maps(workload.podSpec(), "affinity", "podAntiAffinity",
                    "preferredDuringSchedulingIgnoredDuringExecution")
                    .forEach(term -> terms.add(Tree.map(term, "podAffinityTerm")));
            terms.addAll(Tree.maps(workload.podSpec(), "affinity", "podAntiAffinity",
                    "requiredDuringSchedulingIgnoredDuringExecution"));
            boolean spreads = terms.stream().anyMatch(term -> !Tree.map(term, "labelSelector").isEmpty()
                    && Selectors.matches(Tree.map(term, "labelSelector"), labels));
            if (!spreads) {
                problems.add(workload.id() + ": no podAntiAffinity term that selects its own pods");
            }
        }
        assertNone(overlay, "disruption budgets and anti-affinity", problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void networkPoliciesAllowExactlyTheRealPaths(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        assertThat(rendering.ofKind("NetworkPolicy")).as(overlay + " uses the network-policies component")
                .isNotEmpty();
        NetworkPaths paths = NetworkPaths.of(rendering);
        List<String> problems = new ArrayList<>(paths.problems);
        for (String workload : paths.workloadNames()) {
            if (!paths.isolatedForIngress.contains(workload) || !paths.isolatedForEgress.contains(workload)) {
                problems.add(workload + ": not covered by a deny-by-default policy for both ingress and egress");
            }
        }
        problems.addAll(paths.oneSided());
        for (K8sObject keycloak : rendering.ofKind("Keycloak")) {
            // the operator's own policy admits any source on 8080/8443/9000 and would widen ours
            if (!Objects.equals(Tree.get(keycloak.spec(), "networkPolicy", "enabled"), false)) {
                problems.add(keycloak.id() + ": spec.networkPolicy.enabled is not false");
            }
        }
        Set<Path> allowed = paths.allowed();
        Set<Path> expected = realPaths(paths.workloadNames());
        if (!rendering.ofKind("ServiceMonitor").isEmpty()) {
            // components/monitoring: Prometheus scrapes the applications' management port
            APPLICATIONS.forEach(application -> expected.add(Path.of(PROMETHEUS, application, 8081)));
        }
        if (rendering.injecting()) {
            expected.addAll(meshPaths(rendering, expected));
        }
        allowed.stream().filter(path -> !expected.contains(path))
                .forEach(path -> problems.add("allowed, but not a real path: " + path));
        expected.stream().filter(path -> !allowed.contains(path))
                .forEach(path -> problems.add("a real path that is not allowed: " + path));
        assertNone(overlay, "NetworkPolicies", problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void configuredAddressesAreServedAndAllowed(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        Set<Path> allowed = NetworkPaths.of(rendering).allowed();
        List<String> problems = new ArrayList<>();
        for (K8sObject deployment : rendering.ofKind("Deployment")) {
            Map<String, Object> container = Tree.maps(deployment.podSpec(), "containers").getFirst();
            for (Map.Entry<String, String> variable : Containers.environment(rendering, container).entrySet()) {
                String where = deployment.id() + " " + variable.getKey() + "=" + variable.getValue();
                Optional<Rendering.Target> target;
                if (variable.getKey().equals("LACHAN_ISSUER_URI")) {
                    URI issuer = URI.create(variable.getValue());
                    // inside the cluster the SSO host name resolves to the Service lachan-sso
                    int port = issuer.getPort() > 0 ? issuer.getPort() : "https".equals(issuer.getScheme()) ? 443 : 80;
                    target = rendering.resolve(SSO_SERVICE, port);
                } else {
                    Matcher endpoint = ENDPOINT.matcher(variable.getValue());
                    if (!endpoint.matches()) {
                        continue;
                    }
                    target = rendering.resolve(endpoint.group(1), Integer.parseInt(endpoint.group(2)));
                }
                if (target.isEmpty()) {
                    problems.add(where + ": no Service here serves that host and port");
                    continue;
                }
                Path path = Path.of(deployment.name(), target.get().workload().name(), target.get().containerPort());
                if (!allowed.contains(path)) {
                    problems.add(where + ": the NetworkPolicies do not allow " + path);
                }
            }
        }
        assertNone(overlay, "configured addresses", problems);
    }

    /**
     * Calls between services spread over the peer's pods: every gRPC peer address is {@code dns:///<service>:<port>}
     * on a headless Service (one DNS record per ready pod, which the channels' round robin uses), at its gRPC port.
     * A ClusterIP would give one virtual address, and HTTP/2 would keep each caller on one pod for the connection's life.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void grpcPeersAreCalledThroughHeadlessServices(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        int peers = 0;
        for (K8sObject deployment : rendering.ofKind("Deployment")) {
            Map<String, Object> container = Tree.maps(deployment.podSpec(), "containers").getFirst();
            for (Map.Entry<String, String> variable : Containers.environment(rendering, container).entrySet()) {
                String value = variable.getValue();
                if (!GRPC_TARGET.matcher(value).matches()) {
                    continue;
                }
                peers++;
                String where = deployment.id() + " " + variable.getKey() + "=" + value;
                Matcher dns = DNS_TARGET.matcher(value);
                if (!dns.matches()) {
                    problems.add(where + ": not dns:///<service>:<port>");
                    continue;
                }
                Optional<K8sObject> service = rendering.find("Service", dns.group(1));
                if (service.isEmpty()) {
                    problems.add(where + ": no Service " + dns.group(1) + " here");
                    continue;
                }
                if (!"None".equals(Tree.string(service.get().spec(), "clusterIP"))) {
                    problems.add(where + ": " + service.get().id() + " is not headless (clusterIP: None)");
                }
                Optional<Rendering.Target> target = rendering.resolve(dns.group(1), Integer.parseInt(dns.group(2)));
                if (target.isEmpty() || target.get().workload().port("grpc").isEmpty()
                        || target.get().workload().port("grpc").get().number() != target.get().containerPort()) {
                    problems.add(where + ": does not reach a container port named grpc");
                }
            }
        }
        assertThat(peers).as(overlay + ": gRPC peer addresses (report-service and tip-service call peers)").isPositive();
        assertNone(overlay, "gRPC peers through headless Services", problems);
    }

    /** Connections a starting pod's migrations hold at once (Flyway: its lock and its work). */
    static final int MIGRATION_CONNECTIONS = 2;
    /** What CloudNativePG itself keeps open on the primary (instance manager, operator, monitoring), at most. */
    static final int OPERATOR_CONNECTIONS = 10;

    /**
     * The connection budget holds at the autoscalers' maximum (k8s/README.md, "Connections"): the services' pools
     * through a Pooler fit its client connections; what the Poolers, the migrations and Keycloak open on PostgreSQL
     * fits {@code max_connections} less the reserved connections. Pods count as the autoscaler's maxReplicas (or the
     * replicas) plus the rolling update's surge. In transaction mode every pooled URL turns off server-side prepared
     * statements ({@code prepareThreshold=0}).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theConnectionBudgetHoldsAtTheAutoscalersMaximum(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> clients = new LinkedHashMap<>();
        Map<String, Set<String>> pooledDatabases = new LinkedHashMap<>();
        int direct = 0;
        StringBuilder sum = new StringBuilder();
        for (K8sObject deployment : rendering.ofKind("Deployment")) {
            Map<String, Object> container = Tree.maps(deployment.podSpec(), "containers").getFirst();
            Optional<String> url = Containers.env(rendering, container, "LACHAN_DB_URL");
            if (url.isEmpty()) {
                continue;
            }
            int pods = maxPods(rendering, deployment);
            Optional<String> poolSize = Containers.env(rendering, container, "LACHAN_DB_POOL_SIZE");
            if (poolSize.isEmpty()) {
                problems.add(deployment.id() + ": no LACHAN_DB_POOL_SIZE, so its pool is not in the budget");
                continue;
            }
            int pool = Integer.parseInt(poolSize.get());
            Matcher jdbc = Pattern.compile("jdbc:postgresql://([^:/]+)(?::\\d+)?/([^?]+)(\\?.*)?").matcher(url.get());
            if (!jdbc.matches()) {
                problems.add(deployment.id() + ": LACHAN_DB_URL " + url.get() + " is not jdbc:postgresql://host:port/db");
                continue;
            }
            Optional<K8sObject> pooler = rendering.find("Pooler", jdbc.group(1));
            if (pooler.isPresent()) {
                clients.merge(pooler.get().name(), pods * pool, Integer::sum);
                pooledDatabases.computeIfAbsent(pooler.get().name(), name -> new TreeSet<>()).add(jdbc.group(2));
                sum.append(String.format("%n  %s: %d pods × pool %d = %d client connections to %s", deployment.name(),
                        pods, pool, pods * pool, pooler.get().name()));
                if ("transaction".equals(Tree.string(pooler.get().spec(), "pgbouncer", "poolMode"))
                        && !Objects.requireNonNullElse(jdbc.group(3), "").matches(".*[?&]prepareThreshold=0(&.*)?$")) {
                    problems.add(deployment.id() + ": LACHAN_DB_URL goes through a Pooler in transaction mode without "
                            + "prepareThreshold=0 (server-side prepared statements would meet another session)");
                }
            } else {
                direct += pods * pool;
                sum.append(String.format("%n  %s: %d pods × pool %d = %d straight to PostgreSQL", deployment.name(),
                        pods, pool, pods * pool));
            }
            if (Containers.env(rendering, container, "LACHAN_DB_MIGRATION_URL").isPresent() || pooler.isEmpty()) {
                direct += pods * MIGRATION_CONNECTIONS;
                sum.append(String.format("%n  %s migrations: %d pods × %d = %d straight to PostgreSQL",
                        deployment.name(), pods, MIGRATION_CONNECTIONS, pods * MIGRATION_CONNECTIONS));
            }
            if (Containers.env(rendering, container, "LACHAN_FEED_LISTEN_URL").isPresent()) {
                // case-service's one LISTEN connection per pod for the banks' feed
                direct += pods;
                sum.append(String.format("%n  %s feed LISTEN: %d pods × 1 = %d straight to PostgreSQL",
                        deployment.name(), pods, pods));
            }
        }
        int poolers = 0;
        for (K8sObject pooler : rendering.ofKind("Pooler")) {
            Map<String, String> parameters = Tree.stringMap(pooler.spec(), "pgbouncer", "parameters");
            int instances = Objects.requireNonNullElse(Tree.integer(pooler.spec(), "instances"), 1);
            int maxClients = Integer.parseInt(parameters.getOrDefault("max_client_conn", "100"));
            int perDatabase = Integer.parseInt(parameters.getOrDefault("default_pool_size", "20"))
                    + Integer.parseInt(parameters.getOrDefault("reserve_pool_size", "0"));
            if (parameters.containsKey("max_db_connections") && !"0".equals(parameters.get("max_db_connections"))) {
                perDatabase = Math.min(perDatabase, Integer.parseInt(parameters.get("max_db_connections")));
            }
            int wanted = clients.getOrDefault(pooler.name(), 0);
            if (wanted > maxClients) {
                problems.add(pooler.id() + ": the services may open " + wanted + " client connections, max_client_conn is "
                        + maxClients);
            }
            int databases = pooledDatabases.getOrDefault(pooler.name(), Set.of()).size();
            // one more per instance for PgBouncer's own password look-ups (auth_query)
            int server = instances * (databases * perDatabase + 1);
            poolers += server;
            sum.append(String.format("%n  %s: %d client connections ≤ max_client_conn %d; %d instances × (%d databases × "
                    + "%d + 1 auth) = %d to PostgreSQL", pooler.name(), wanted, maxClients, instances, databases,
                    perDatabase, server));
        }
        for (K8sObject keycloak : rendering.ofKind("Keycloak")) {
            Integer max = Tree.integer(keycloak.spec(), "db", "poolMaxSize");
            int instances = Objects.requireNonNullElse(Tree.integer(keycloak.spec(), "instances"), 1);
            if (max == null) {
                problems.add(keycloak.id() + ": no db.poolMaxSize (Keycloak's default is 100 per instance)");
                continue;
            }
            direct += instances * max;
            sum.append(String.format("%n  %s: %d instances × poolMaxSize %d = %d straight to PostgreSQL",
                    keycloak.name(), instances, max, instances * max));
        }
        for (K8sObject cluster : rendering.ofKind("Cluster")) {
            Map<String, String> parameters = Tree.stringMap(cluster.spec(), "postgresql", "parameters");
            if (!parameters.containsKey("max_connections")) {
                problems.add(cluster.id() + ": max_connections is not set");
                continue;
            }
            int max = Integer.parseInt(parameters.get("max_connections"));
            int reserved = Integer.parseInt(parameters.getOrDefault("superuser_reserved_connections", "3"))
                    + OPERATOR_CONNECTIONS;
            int used = poolers + direct;
            sum.append(String.format("%n  %s: %d (Poolers) + %d (straight) = %d ≤ max_connections %d − %d reserved = %d",
                    cluster.name(), poolers, direct, used, max, reserved, max - reserved));
            if (used > max - reserved) {
                problems.add(cluster.id() + ": " + used + " connections at the autoscalers' maximum, but only "
                        + (max - reserved) + " available (max_connections " + max + " − " + reserved + " reserved)");
            }
        }
        System.out.println(overlay + ": connection budget" + sum);
        assertThat(rendering.ofKind("Pooler")).as(overlay + " renders a Pooler").isNotEmpty();
        assertNone(overlay, "connection budget", problems);
    }

    /**
     * Pods an application may have at once: the autoscaler's maxReplicas (or the replicas) plus the rolling update's
     * surge.
     */
    private static int maxPods(Rendering rendering, K8sObject deployment) {
        int replicas = rendering.ofKind("HorizontalPodAutoscaler").stream()
                .filter(hpa -> deployment.name().equals(Tree.string(hpa.spec(), "scaleTargetRef", "name")))
                .map(hpa -> Tree.integer(hpa.spec(), "maxReplicas")).filter(Objects::nonNull).findFirst()
                .orElse(Objects.requireNonNullElse(Tree.integer(deployment.spec(), "replicas"), 1));
        Object surge = Tree.get(deployment.spec(), "strategy", "rollingUpdate", "maxSurge");
        int extra = surge instanceof Number number ? number.intValue()
                : (int) Math.ceil(replicas * Integer.parseInt(String.valueOf(surge == null ? "25%" : surge)
                        .replace("%", "")) / 100.0);
        return replicas + extra;
    }

    /**
     * Encryption to PostgreSQL: the Cluster refuses connections without TLS, every JDBC URL of the applications checks
     * the server (sslmode=verify-full) against the cluster's CA mounted from CloudNativePG's Secret, Keycloak's too,
     * and the Pooler's Service name is in the server certificate (PgBouncer presents it).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void postgresConnectionsVerifyTheServer(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        for (K8sObject cluster : rendering.ofKind("Cluster")) {
            if (!Tree.strings(cluster.spec(), "postgresql", "pg_hba").contains("hostnossl all all all reject")) {
                problems.add(cluster.id() + ": pg_hba does not refuse connections without TLS");
            }
            List<String> names = Tree.strings(cluster.spec(), "certificates", "serverAltDNSNames");
            rendering.ofKind("Pooler").stream()
                    .filter(pooler -> cluster.name().equals(Tree.string(pooler.spec(), "cluster", "name")))
                    .filter(pooler -> !names.contains(pooler.name()))
                    .forEach(pooler -> problems.add(cluster.id() + ": the server certificate does not name the Pooler's "
                            + "Service " + pooler.name() + " (certificates.serverAltDNSNames)"));
        }
        Set<String> caSecrets = new TreeSet<>();
        rendering.ofKind("Cluster").forEach(cluster -> caSecrets.add(cluster.name() + "-ca"));
        for (K8sObject deployment : rendering.ofKind("Deployment")) {
            Map<String, Object> container = Tree.maps(deployment.podSpec(), "containers").getFirst();
            for (String variable : List.of("LACHAN_DB_URL", "LACHAN_DB_MIGRATION_URL")) {
                Optional<String> url = Containers.env(rendering, container, variable);
                url.ifPresent(value -> verifiesTheServer(deployment.id() + " " + variable, value, deployment.podSpec(),
                        container, caSecrets, problems));
            }
        }
        for (K8sObject keycloak : rendering.ofKind("Keycloak")) {
            Map<String, Object> pod = Tree.map(keycloak.spec(), "unsupported", "podTemplate", "spec");
            Map<String, Object> container = Tree.maps(pod, "containers").stream().findFirst().orElse(Map.of());
            String properties = Tree.maps(keycloak.spec(), "additionalOptions").stream()
                    .filter(option -> "db-url-properties".equals(Tree.string(option, "name")))
                    .map(option -> Tree.string(option, "value")).findFirst().orElse("");
            verifiesTheServer(keycloak.id() + " db-url-properties", properties, pod, container, caSecrets, problems);
        }
        assertNone(overlay, "TLS to PostgreSQL", problems);
    }

    private static void verifiesTheServer(String where, String url, Map<String, Object> pod,
                                          Map<String, Object> container, Set<String> caSecrets, List<String> problems) {
        Map<String, String> query = new LinkedHashMap<>();
        int start = url.indexOf('?');
        if (start >= 0) {
            for (String pair : url.substring(start + 1).split("&")) {
                int eq = pair.indexOf('=');
                query.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        if (!"verify-full".equals(query.get("sslmode"))) {
            problems.add(where + ": sslmode is " + query.get("sslmode") + ", not verify-full");
        }
        String root = query.get("sslrootcert");
        if (root == null) {
            problems.add(where + ": no sslrootcert (the cluster's CA)");
        } else if (!mountedFrom(pod, container, root, caSecrets, "ca.crt")) {
            problems.add(where + ": sslrootcert " + root + " is not ca.crt of " + caSecrets + " mounted in the pod");
        }
    }

    /** Whether {@code file} in the container is key {@code key} of one of {@code secrets}, mounted. */
    private static boolean mountedFrom(Map<String, Object> pod, Map<String, Object> container, String file,
                                       Set<String> secrets, String key) {
        for (Map<String, Object> mount : Tree.maps(container, "volumeMounts")) {
            String at = Tree.string(mount, "mountPath");
            if (at == null || !file.startsWith(at.endsWith("/") ? at : at + "/")) {
                continue;
            }
            String relative = file.substring(at.length()).replaceFirst("^/", "");
            for (Map<String, Object> volume : Tree.maps(pod, "volumes")) {
                if (Objects.equals(Tree.string(volume, "name"), Tree.string(mount, "name"))
                        && secrets.contains(Tree.string(volume, "secret", "secretName"))) {
                    List<Map<String, Object>> items = Tree.maps(volume, "secret", "items");
                    boolean found = items.isEmpty() ? relative.equals(key) : items.stream().anyMatch(item ->
                            key.equals(Tree.string(item, "key")) && relative.equals(Tree.string(item, "path")));
                    if (found) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The Keycloak Operator versions the manifests are written for (k8s/README.md says the same). */
    static final String KEYCLOAK_OPERATOR_VERSIONS = "26.1–26.5";
    static final String SERVICE_ACCOUNT_DIRECTORY = "/var/run/secrets/kubernetes.io/serviceaccount";

    /**
     * Keycloak starts under the Keycloak Operator 26.1–26.5. Those operators set {@code KC_TRUSTSTORE_PATHS} to the
     * service account's {@code ca.crt} unless the pod template sets it; with {@code automountServiceAccountToken: false}
     * that file is missing and Keycloak stops at start ("Failed to initialize truststore"). So the pod template must
     * set it, to files that are mounted in the pod. {@code spec.automountServiceAccountToken} is left out: the CRDs of
     * the older operators in that range do not have it, and {@code spec.networkPolicy} (used here) needs 26.1.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void keycloakStartsWithoutTheServiceAccountToken(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        for (K8sObject keycloak : rendering.ofKind("Keycloak")) {
            Map<String, Object> pod = Tree.map(keycloak.spec(), "unsupported", "podTemplate", "spec");
            Map<String, Object> container = Tree.maps(pod, "containers").stream().findFirst().orElse(Map.of());
            if (Tree.has(keycloak.spec(), "automountServiceAccountToken")) {
                problems.add(keycloak.id() + ": spec.automountServiceAccountToken is not in every operator of "
                        + KEYCLOAK_OPERATOR_VERSIONS + "; keep it in the pod template");
            }
            if (!Objects.equals(Tree.get(pod, "automountServiceAccountToken"), false)) {
                continue;
            }
            Optional<Map<String, Object>> truststore = Tree.maps(container, "env").stream()
                    .filter(variable -> "KC_TRUSTSTORE_PATHS".equals(Tree.string(variable, "name"))).findFirst();
            String paths = truststore.map(variable -> Tree.string(variable, "value")).orElse(null);
            if (blank(paths)) {
                problems.add(keycloak.id() + ": the pod has no service account token, but KC_TRUSTSTORE_PATHS is not set "
                        + "in the pod template, so the operator points it at " + SERVICE_ACCOUNT_DIRECTORY
                        + "/ca.crt and Keycloak fails to start");
                continue;
            }
            for (String path : paths.split(",")) {
                String file = path.strip();
                if (file.startsWith(SERVICE_ACCOUNT_DIRECTORY)) {
                    problems.add(keycloak.id() + ": KC_TRUSTSTORE_PATHS names " + file + ", which is not mounted");
                } else if (!mountedFile(pod, container, file)) {
                    problems.add(keycloak.id() + ": KC_TRUSTSTORE_PATHS names " + file
                            + ", which no volume of the pod template puts there");
                }
            }
        }
        assertThat(rendering.ofKind("Keycloak")).as(overlay + " renders Keycloak").isNotEmpty();
        assertNone(overlay, "Keycloak starts without the service account token", problems);
    }

    /**
     * The admin console and the master realm are not on the public Ingress: Ingress paths that reach Keycloak are
     * only {@code /realms/<the realm>} and {@code /resources}, and the admin console has its own address
     * ({@code spec.hostname.admin}) on no Ingress host.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void keycloakAdminIsNotOnTheIngress(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        String realm = JsonMapper.builder().build()
                .readTree(Kustomize.read(Kustomize.k8s().resolve("keycloak/lachan-realm.json"))).path("realm").asString();
        Set<String> allowed = Set.of("/realms/" + realm, "/resources");
        List<String> problems = new ArrayList<>();
        Set<String> ingressHosts = new TreeSet<>();
        int published = 0;
        for (K8sObject ingress : rendering.ofKind("Ingress")) {
            if (Tree.has(ingress.spec(), "defaultBackend")) {
                problems.add(ingress.id() + ": a defaultBackend publishes every path");
            }
            for (Map<String, Object> rule : Tree.maps(ingress.spec(), "rules")) {
                ingressHosts.add(Tree.string(rule, "host"));
                for (Map<String, Object> path : Tree.maps(rule, "http", "paths")) {
                    String service = Tree.string(path, "backend", "service", "name");
                    Integer number = Tree.integer(path, "backend", "service", "port", "number");
                    boolean keycloak = number != null && rendering.resolve(service, number)
                            .filter(target -> target.workload().name().equals(KEYCLOAK)).isPresent();
                    if (!keycloak) {
                        continue;
                    }
                    published++;
                    String at = Tree.string(path, "path");
                    String type = Tree.string(path, "pathType");
                    if (!allowed.contains(at) || !("Prefix".equals(type) || "Exact".equals(type))) {
                        problems.add(ingress.id() + " host " + Tree.string(rule, "host") + ": publishes Keycloak at "
                                + at + " (" + type + "); only " + allowed + " may be public");
                    }
                }
            }
        }
        if (published == 0) {
            problems.add("no Ingress publishes Keycloak's realm at all");
        }
        for (K8sObject keycloak : rendering.ofKind("Keycloak")) {
            String admin = Tree.string(keycloak.spec(), "hostname", "admin");
            if (blank(admin)) {
                problems.add(keycloak.id() + ": no hostname.admin, so the admin console is served under the public "
                        + "host name");
                continue;
            }
            String adminHost = URI.create(admin).getHost();
            if (adminHost == null || ingressHosts.contains(adminHost)) {
                problems.add(keycloak.id() + ": hostname.admin " + admin + " is a host of an Ingress");
            }
        }
        assertNone(overlay, "Keycloak admin off the public Ingress", problems);
    }

    @Test
    void readmeStatesTheSupportedKeycloakOperatorVersions() {
        String readme = Kustomize.read(Kustomize.k8s().resolve("README.md"));
        assertThat(readme).as("k8s/README.md").contains("Keycloak Operator " + KEYCLOAK_OPERATOR_VERSIONS);
    }

    /** Whether a volume of the pod puts a file at {@code file} in the container (a mount and a key of its source). */
    private static boolean mountedFile(Map<String, Object> pod, Map<String, Object> container, String file) {
        for (Map<String, Object> mount : Tree.maps(container, "volumeMounts")) {
            String at = Tree.string(mount, "mountPath");
            if (at == null || !file.startsWith(at.endsWith("/") ? at : at + "/")) {
                continue;
            }
            String relative = file.substring(at.length()).replaceFirst("^/", "");
            for (Map<String, Object> volume : Tree.maps(pod, "volumes")) {
                if (!Objects.equals(Tree.string(volume, "name"), Tree.string(mount, "name"))) {
                    continue;
                }
                Map<String, Object> source = Tree.has(volume, "secret") ? Tree.map(volume, "secret")
                        : Tree.map(volume, "configMap");
                List<Map<String, Object>> items = Tree.maps(source, "items");
                if (items.isEmpty() ? !source.isEmpty()
                        : items.stream().anyMatch(item -> relative.equals(Tree.string(item, "path")))) {
                    return true;
                }
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void imagesArePinned(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        String version = projectVersion();
        List<String> problems = new ArrayList<>();
        for (K8sObject workload : rendering.workloadObjects()) {
            for (Map<String, Object> container : Containers.of(workload.podSpec())) {
                String image = Tree.string(container, "image");
                String where = workload.id() + " container " + Tree.string(container, "name");
                if (image == null) {
                    problems.add(where + ": no image");
                    continue;
                }
                boolean digest = image.contains("@sha256:");
                String tag = tag(image);
                if (!digest && (tag == null || tag.equals("latest"))) {
                    problems.add(where + ": image " + image + " has neither a version tag nor a digest");
                }
                if (image.startsWith("ghcr.io/lachan/") && !digest && !version.equals(tag)) {
                    problems.add(where + ": image " + image + " is not the project version " + version);
                }
            }
        }
        for (K8sObject cluster : rendering.ofKind("Cluster")) {
            String image = Tree.string(cluster.spec(), "imageName");
            if (image == null || (tag(image) == null && !image.contains("@sha256:"))) {
                problems.add(cluster.id() + ": imageName " + image + " does not pin a PostgreSQL version");
            }
        }
        assertNone(overlay, "pinned images", problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void eachServiceUsesItsOwnDatabaseAndRole(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        Map<String, String> roleSecrets = new LinkedHashMap<>();
        for (K8sObject cluster : rendering.ofKind("Cluster")) {
            for (Map<String, Object> role : Tree.maps(cluster.spec(), "managed", "roles")) {
                String secret = Tree.string(role, "passwordSecret", "name");
                roleSecrets.put(Tree.string(role, "name"), secret);
                if (!Tree.isTrue(role, "login")) {
                    problems.add(cluster.id() + " role " + Tree.string(role, "name") + ": cannot log in");
                }
                // CloudNativePG: a basic-auth Secret whose username is the role
                rendering.find("Secret", secret).ifPresent(object -> {
                    if (!"kubernetes.io/basic-auth".equals(Tree.string(object.tree(), "type"))) {
                        problems.add(object.id() + ": not of type kubernetes.io/basic-auth");
                    }
                    String username = rendering.data("Secret", secret).orElseThrow().get("username");
                    if (!Objects.equals(username, Tree.string(role, "name"))) {
                        problems.add(object.id() + ": username " + username + " is not the role "
                                + Tree.string(role, "name"));
                    }
                });
            }
        }
        Set<String> databasesInUse = new HashSet<>();
        Set<String> runtimeRoles = new HashSet<>();
        for (K8sObject deployment : rendering.ofKind("Deployment")) {
            Map<String, Object> container = Tree.maps(deployment.podSpec(), "containers").getFirst();
            Optional<String> url = Containers.env(rendering, container, "LACHAN_DB_URL");
            if (url.isEmpty()) {
                continue;
            }
            String database = url.get().replaceFirst("^jdbc:postgresql://[^/]+/", "").replaceFirst("[?].*$", "");
            if (!databasesInUse.add(database)) {
                problems.add(deployment.id() + ": shares the database " + database + " with another service");
            }
            Optional<K8sObject> resource = rendering.ofKind("Database").stream()
                    .filter(db -> database.equals(Tree.string(db.spec(), "name"))).findFirst();
            if (resource.isEmpty()) {
                problems.add(deployment.id() + ": no Database resource creates " + database);
                continue;
            }
            String owner = Tree.string(resource.get().spec(), "owner");
            String secret = roleSecrets.get(owner);
            if (secret == null) {
                problems.add(resource.get().id() + ": owner " + owner + " is not a managed role with a password");
            }
            // migrations run as the owner; the service runs as a role of its own that owns nothing, so its credentials
            // can only read and insert on the audit log (PlatformMigrations.grantRuntimeRole)
            for (String variable : List.of("LACHAN_DB_MIGRATION_USER", "LACHAN_DB_MIGRATION_PASSWORD")) {
                String used = Containers.secretKeyRef(container, variable);
                if (!Objects.equals(used, secret)) {
                    problems.add(deployment.id() + ": " + variable + " comes from Secret " + used
                            + ", not from " + secret + " of the database owner " + owner);
                }
            }
            String runtime = Containers.secretKeyRef(container, "LACHAN_DB_USER");
            if (!Objects.equals(runtime, Containers.secretKeyRef(container, "LACHAN_DB_PASSWORD"))) {
                problems.add(deployment.id() + ": LACHAN_DB_USER and LACHAN_DB_PASSWORD come from different Secrets");
            }
            String runtimeRole = roleSecrets.entrySet().stream().filter(e -> e.getValue().equals(runtime))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (runtimeRole == null) {
                problems.add(deployment.id() + ": LACHAN_DB_USER comes from Secret " + runtime
                        + ", not the password Secret of a managed role");
            } else if (ownersOfDatabases(rendering).contains(runtimeRole) || !runtimeRoles.add(runtimeRole)) {
                problems.add(deployment.id() + ": runs as " + runtimeRole
                        + ", which owns a database or is another service's runtime role");
            }
        }
        for (K8sObject keycloak : rendering.ofKind("Keycloak")) {
            for (String field : List.of("usernameSecret", "passwordSecret")) {
                String secret = Tree.string(keycloak.spec(), "db", field, "name");
                if (!roleSecrets.containsValue(secret)) {
                    problems.add(keycloak.id() + ": db." + field + " " + secret
                            + " is not the password Secret of a managed role");
                }
            }
        }
        assertNone(overlay, "databases and roles", problems);
    }

    private static Set<String> ownersOfDatabases(Rendering rendering) {
        Set<String> owners = new HashSet<>();
        rendering.ofKind("Database").forEach(db -> owners.add(Tree.string(db.spec(), "owner")));
        rendering.ofKind("Cluster").forEach(c -> owners.add(Tree.string(c.spec(), "bootstrap", "initdb", "owner")));
        return owners;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void keycloakImportsTheOneRealmFileUnderTheIssuerHostName(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        java.nio.file.Path realmFile = Kustomize.k8s().resolve("keycloak/lachan-realm.json");
        String realmJson = Kustomize.read(realmFile);
        JsonNode realm = JsonMapper.builder().build().readTree(realmJson);
        List<String> problems = new ArrayList<>();

        Optional<K8sObject> realmConfigMap = rendering.ofKind("ConfigMap").stream()
                .filter(map -> Tree.stringMap(map.tree(), "data").containsValue(realmJson)).findFirst();
        if (realmConfigMap.isEmpty()) {
            problems.add("no ConfigMap carries k8s/keycloak/lachan-realm.json unchanged");
        }
        List<K8sObject> keycloaks = rendering.ofKind("Keycloak");
        if (keycloaks.size() != 1) {
            problems.add(keycloaks.size() + " Keycloak resources, want 1");
        }
        for (K8sObject keycloak : keycloaks) {
            Map<String, Object> pod = Tree.map(keycloak.spec(), "unsupported", "podTemplate", "spec");
            Map<String, Object> container = Tree.maps(pod, "containers").stream().findFirst().orElse(Map.of());
            if (!Tree.strings(container, "args").contains("--import-realm")) {
                problems.add(keycloak.id() + ": Keycloak does not start with --import-realm");
            }
            Set<String> realmVolumes = new HashSet<>();
            Tree.maps(pod, "volumes").stream()
                    .filter(volume -> realmConfigMap.isPresent()
                            && realmConfigMap.get().name().equals(Tree.string(volume, "configMap", "name")))
                    .forEach(volume -> realmVolumes.add(Tree.string(volume, "name")));
            boolean mounted = Tree.maps(container, "volumeMounts").stream().anyMatch(mount ->
                    "/opt/keycloak/data/import".equals(Tree.string(mount, "mountPath"))
                            && realmVolumes.contains(Tree.string(mount, "name")));
            if (!mounted) {
                problems.add(keycloak.id() + ": the realm ConfigMap is not mounted at /opt/keycloak/data/import");
            }
        }

        Set<String> issuers = new TreeSet<>();
        for (K8sObject deployment : rendering.ofKind("Deployment")) {
            Containers.env(rendering, Tree.maps(deployment.podSpec(), "containers").getFirst(), "LACHAN_ISSUER_URI")
                    .ifPresent(issuers::add);
        }
        if (issuers.size() != 1) {
            problems.add("the applications do not share one LACHAN_ISSUER_URI: " + issuers);
        } else {
            URI issuer = URI.create(issuers.iterator().next());
            String wantedPath = "/realms/" + realm.path("realm").asString();
            if (!wantedPath.equals(issuer.getPath())) {
                problems.add("LACHAN_ISSUER_URI " + issuer + " is not the realm " + wantedPath);
            }
            for (K8sObject keycloak : keycloaks) {
                URI hostname = URI.create(Objects.requireNonNullElse(
                        Tree.string(keycloak.spec(), "hostname", "hostname"), ""));
                if (!Objects.equals(hostname.getHost(), issuer.getHost())
                        || !Objects.equals(hostname.getScheme(), issuer.getScheme())) {
                    problems.add(keycloak.id() + ": hostname " + hostname + " differs from the issuer " + issuer);
                }
                boolean tls = Tree.has(keycloak.spec(), "http", "tlsSecret");
                if ("https".equals(issuer.getScheme()) != tls) {
                    problems.add(keycloak.id() + ": the issuer is " + issuer.getScheme()
                            + " but http.tlsSecret is " + (tls ? "set" : "not set"));
                }
            }
            boolean published = rendering.ofKind("Ingress").stream()
                    .flatMap(ingress -> Tree.maps(ingress.spec(), "rules").stream())
                    .filter(rule -> issuer.getHost().equals(Tree.string(rule, "host")))
                    .flatMap(rule -> Tree.maps(rule, "http", "paths").stream())
                    .map(path -> rendering.resolve(Tree.string(path, "backend", "service", "name"),
                            Objects.requireNonNullElse(Tree.integer(path, "backend", "service", "port", "number"), -1)))
                    .anyMatch(target -> target.isPresent() && target.get().workload().name().equals(KEYCLOAK));
            if (!published) {
                problems.add("no Ingress publishes Keycloak under the issuer host " + issuer.getHost());
            }
            if ("prod".equals(overlay)) {
                String portalHost = ingressHost(rendering, "gateway");
                boolean redirectable = false;
                for (JsonNode client : importedRealm(rendering).path("clients")) {
                    for (JsonNode uri : client.path("redirectUris")) {
                        redirectable |= uri.asString().startsWith("https://" + portalHost + "/");
                    }
                }
                if (!redirectable) {
                    problems.add("no client in the realm may redirect to https://" + portalHost + "/");
                }
            }
        }
        assertNone(overlay, "realm import and host names", problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void ingressesRouteToServedPorts(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        for (K8sObject ingress : rendering.ofKind("Ingress")) {
            Set<String> tlsHosts = new HashSet<>();
            Tree.maps(ingress.spec(), "tls").forEach(tls -> tlsHosts.addAll(Tree.strings(tls, "hosts")));
            for (Map<String, Object> rule : Tree.maps(ingress.spec(), "rules")) {
                String host = Tree.string(rule, "host");
                if ("prod".equals(overlay) && !tlsHosts.contains(host)) {
                    problems.add(ingress.id() + ": host " + host + " has no TLS");
                }
                for (Map<String, Object> path : Tree.maps(rule, "http", "paths")) {
                    String service = Tree.string(path, "backend", "service", "name");
                    Integer number = Tree.integer(path, "backend", "service", "port", "number");
                    String name = Tree.string(path, "backend", "service", "port", "name");
                    Integer port = number != null ? number : rendering.find("Service", service)
                            .flatMap(s -> Tree.maps(s.spec(), "ports").stream()
                                    .filter(p -> Objects.equals(Tree.string(p, "name"), name)).findFirst())
                            .map(p -> Tree.integer(p, "port")).orElse(null);
                    if (port == null || rendering.resolve(service, port).isEmpty()) {
                        problems.add(ingress.id() + ": backend " + service + ":" + (number != null ? number : name)
                                + " reaches no pod");
                    }
                }
            }
        }
        assertNone(overlay, "Ingress backends", problems);
    }

    // ---------------------------------------------------------------------------------------------
    // per overlay

    @Test
    void devRunsOneReplicaOfEachApplication() {
        Rendering dev = Kustomize.render("dev");
        List<String> problems = new ArrayList<>();
        for (K8sObject deployment : dev.ofKind("Deployment")) {
            if (!Objects.equals(Tree.integer(deployment.spec(), "replicas"), 1)) {
                problems.add(deployment.id() + ": replicas " + Tree.get(deployment.spec(), "replicas"));
            }
        }
        assertThat(dev.ofKind("Deployment")).extracting(K8sObject::name)
                .containsExactlyInAnyOrderElementsOf(APPLICATIONS);
        assertNone("dev", "one replica each", problems);
    }

    @Test
    void prodRendersNoSecretValues() {
        List<String> problems = new ArrayList<>();
        for (K8sObject secret : Kustomize.render("prod").ofKind("Secret")) {
            if (!Tree.map(secret.tree(), "data").isEmpty() || !Tree.map(secret.tree(), "stringData").isEmpty()) {
                problems.add(secret.id() + " carries values: prod only references Secrets made in the cluster");
            }
        }
        assertNone("prod", "no Secret values", problems);
    }

    @Test
    void prodScalesEveryApplicationWithAnAutoscaler() {
        Rendering prod = Kustomize.render("prod");
        List<String> problems = new ArrayList<>();
        List<K8sObject> autoscalers = prod.ofKind("HorizontalPodAutoscaler");
        for (K8sObject deployment : prod.ofKind("Deployment")) {
            List<K8sObject> scaling = autoscalers.stream()
                    .filter(hpa -> "Deployment".equals(Tree.string(hpa.spec(), "scaleTargetRef", "kind"))
                            && deployment.name().equals(Tree.string(hpa.spec(), "scaleTargetRef", "name")))
                    .toList();
            if (scaling.size() != 1) {
                problems.add(deployment.id() + ": " + scaling.size() + " HorizontalPodAutoscalers, want 1");
            }
            for (K8sObject hpa : scaling) {
                int min = Objects.requireNonNullElse(Tree.integer(hpa.spec(), "minReplicas"), 1);
                int max = Objects.requireNonNullElse(Tree.integer(hpa.spec(), "maxReplicas"), 0);
                if (min < 2 || max < min) {
                    problems.add(hpa.id() + ": minReplicas " + min + ", maxReplicas " + max + " (want 2 <= min <= max)");
                }
            }
            Integer replicas = Tree.integer(deployment.spec(), "replicas");
            if (replicas != null && replicas < 2) {
                problems.add(deployment.id() + ": replicas " + replicas);
            }
        }
        for (K8sObject hpa : autoscalers) {
            if (prod.find(Tree.string(hpa.spec(), "scaleTargetRef", "kind"),
                    Tree.string(hpa.spec(), "scaleTargetRef", "name")).isEmpty()) {
                problems.add(hpa.id() + ": scales something that is not rendered");
            }
        }
        for (String kind : List.of("Keycloak", "Cluster")) {
            for (K8sObject resource : prod.ofKind(kind)) {
                Integer instances = Tree.integer(resource.spec(), "instances");
                if (instances == null || instances < 2) {
                    problems.add(resource.id() + ": instances " + instances + " (want 2 or more)");
                }
            }
        }
        assertNone("prod", "replicas and autoscaling", problems);
    }

    @Test
    void prodBacksUpThePostgresCluster() {
        Rendering prod = Kustomize.render("prod");
        List<String> problems = new ArrayList<>();
        for (K8sObject cluster : prod.ofKind("Cluster")) {
            Optional<Map<String, Object>> plugin = Tree.maps(cluster.spec(), "plugins").stream()
                    .filter(p -> "barman-cloud.cloudnative-pg.io".equals(Tree.string(p, "name"))).findFirst();
            Map<String, Object> inTree = Tree.map(cluster.spec(), "backup", "barmanObjectStore");
            Map<String, Object> store;
            if (plugin.isPresent()) {
                if (!Tree.isTrue(plugin.get(), "isWALArchiver")) {
                    problems.add(cluster.id() + ": the Barman Cloud plugin does not archive the WAL");
                }
                String storeName = Tree.string(plugin.get(), "parameters", "barmanObjectName");
                store = prod.find("ObjectStore", storeName).map(s -> Tree.map(s.spec(), "configuration"))
                        .orElse(Map.of());
                if (store.isEmpty()) {
                    problems.add(cluster.id() + ": ObjectStore " + storeName + " is not rendered");
                }
            } else {
                store = inTree;
            }
            if (store.isEmpty()) {
                problems.add(cluster.id() + ": no backup to an object store");
                continue;
            }
            if (blank(Tree.string(store, "destinationPath"))) {
                problems.add(cluster.id() + ": the object store has no destinationPath");
            }
            boolean credentialsBySecret = Stream.of("s3Credentials", "azureCredentials", "googleCredentials")
                    .anyMatch(kind -> Tree.has(store, kind))
                    && Tree.map(store, "s3Credentials").values().stream()
                    .allMatch(value -> value instanceof Map<?, ?> ref && ref.containsKey("name") && ref.containsKey("key"));
            if (!credentialsBySecret) {
                problems.add(cluster.id() + ": object store credentials are not Secret references");
            }
            boolean scheduled = prod.ofKind("ScheduledBackup").stream()
                    .anyMatch(backup -> cluster.name().equals(Tree.string(backup.spec(), "cluster", "name")));
            if (!scheduled) {
                problems.add(cluster.id() + ": no ScheduledBackup");
            }
        }
        assertThat(prod.ofKind("Cluster")).as("prod renders the PostgreSQL Cluster").isNotEmpty();
        assertNone("prod", "PostgreSQL backups", problems);
    }

    @Test
    void prodSetsEveryRealmPlaceholder() {
        Rendering prod = Kustomize.render("prod");
        String realmJson = Kustomize.read(Kustomize.k8s().resolve("keycloak/lachan-realm.json"));
        Set<String> placeholders = new TreeSet<>();
        Matcher matcher = REALM_ENV_PLACEHOLDER.matcher(realmJson);
        while (matcher.find()) {
            placeholders.add(matcher.group(1));
        }
        List<String> problems = new ArrayList<>();
        for (K8sObject keycloak : prod.ofKind("Keycloak")) {
            Map<String, Object> container = Tree.maps(keycloak.spec(), "unsupported", "podTemplate", "spec",
                    "containers").stream().findFirst().orElse(Map.of());
            Set<String> literal = new TreeSet<>();
            Tree.maps(container, "env").stream().filter(variable -> Tree.has(variable, "value"))
                    .forEach(variable -> literal.add(Tree.string(variable, "name")));
            for (String placeholder : placeholders) {
                boolean secret = placeholder.endsWith("_SECRET") || placeholder.endsWith("_PASSWORD");
                if (Containers.secretKeyRef(container, placeholder) == null && (secret || !literal.contains(placeholder))) {
                    problems.add(keycloak.id() + ": the realm placeholder ${" + placeholder + "} is not set"
                            + (secret ? " from a Secret" : "") + ", so prod would import its development default");
                }
            }
        }
        assertThat(placeholders).as("placeholders in lachan-realm.json").isNotEmpty();
        assertNone("prod", "realm placeholders", problems);
    }

    /**
     * What the production Keycloak imports — every file of the realm ConfigMap, placeholders filled from its pod's
     * environment as Keycloak's import does — carries no seed user, no password-grant client, no address on
     * localhost or the dev host, and binds the flows that ask for OTP and refuse the password grant.
     */
    @Test
    void prodImportsTheRealmWithoutDevelopmentUsersClientsOrLocalAddresses() {
        Rendering prod = Kustomize.render("prod");
        Map<String, String> files = realmImport(prod);
        List<String> problems = new ArrayList<>();
        if (!files.keySet().equals(Set.of("lachan-realm.json"))) {
            problems.add("the realm ConfigMap holds " + files.keySet() + ", want only lachan-realm.json");
        }
        JsonNode realm = importedRealm(prod);
        for (JsonNode user : realm.path("users")) {
            if (!user.has("serviceAccountClientId")) {
                problems.add("user " + user.path("username").asString() + " is imported (only service accounts may be)");
            }
            if (user.has("credentials")) {
                problems.add("user " + user.path("username").asString() + " is imported with credentials");
            }
        }
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asString();
            if (client.path("directAccessGrantsEnabled").asBoolean(false) || id.equals("lachan-test")) {
                problems.add("client " + id + " allows the password grant");
            }
            List<String> addresses = new ArrayList<>();
            client.path("redirectUris").forEach(uri -> addresses.add(uri.asString()));
            client.path("webOrigins").forEach(uri -> addresses.add(uri.asString()));
            addresses.addAll(List.of(client.path("attributes").path("post.logout.redirect.uris").asString("").split("##")));
            addresses.stream().filter(uri -> uri.matches("(?i).*(localhost|127\\.0\\.0\\.1|\\[::1]|\\.local\\b|\\$\\{).*"))
                    .forEach(uri -> problems.add("client " + id + " may send browsers to " + uri));
        }
        String portal = "https://" + ingressHost(prod, "gateway");
        JsonNode portalClient = client(realm, "lachan-portal");
        if (!List.of(portal + "/login/oauth2/code/keycloak").equals(
                portalClient.path("redirectUris").valueStream().map(JsonNode::asString).toList())) {
            problems.add("lachan-portal redirects to " + portalClient.path("redirectUris") + ", want only " + portal
                    + "/login/oauth2/code/keycloak");
        }
        if (!"browser-with-role-otp".equals(realm.path("browserFlow").asString())) {
            problems.add("the browser flow is " + realm.path("browserFlow").asString() + ", not the one asking for OTP");
        }
        if (!"direct-grant-disabled".equals(realm.path("directGrantFlow").asString())) {
            problems.add("the direct grant flow is " + realm.path("directGrantFlow").asString());
        }
        if (!"lachan".equals(realm.path("loginTheme").asString())) {
            problems.add("the login theme is " + realm.path("loginTheme").asString());
        }
        assertNone("prod", "production realm import", problems);
    }

    /** The dev overlay imports what the local run imports: the seed users with a password, no OTP, its own host. */
    @Test
    void devImportsTheRealmWithTheSeedUsersTheLocalRunHas() {
        Rendering dev = Kustomize.render("dev");
        Map<String, String> files = realmImport(dev);
        JsonNode realm = importedRealm(dev);
        List<String> problems = new ArrayList<>();
        java.nio.file.Path devDir = Kustomize.k8s().resolve("keycloak/dev");
        String seed = Kustomize.read(devDir.resolve("lachan-users-0.json"));
        if (!seed.equals(files.get("lachan-users-0.json"))) {
            problems.add("the realm ConfigMap does not carry k8s/keycloak/dev/lachan-users-0.json unchanged");
        }
        JsonNode users = JsonMapper.builder().build().readTree(seed);
        if (!"lachan".equals(users.path("realm").asString()) || users.path("users").size() < 10) {
            problems.add("lachan-users-0.json holds " + users.path("users").size() + " users of realm "
                    + users.path("realm").asString());
        }
        for (JsonNode user : users.path("users")) {
            boolean password = user.path("credentials").valueStream()
                    .anyMatch(c -> "password".equals(c.path("type").asString()) && !c.path("temporary").asBoolean(true));
            if (!password || !user.path("requiredActions").isEmpty()) {
                problems.add("seed user " + user.path("username").asString() + " cannot sign in with a password alone");
            }
        }
        if (!"browser".equals(realm.path("browserFlow").asString())) {
            problems.add("the dev browser flow is " + realm.path("browserFlow").asString());
        }
        String portal = "http://" + ingressHost(dev, "gateway");
        if (!List.of(portal + "/login/oauth2/code/keycloak").equals(client(realm, "lachan-portal").path("redirectUris")
                .valueStream().map(JsonNode::asString).toList())) {
            problems.add("lachan-portal does not redirect to " + portal + " alone");
        }
        JsonNode testClient = JsonMapper.builder().build().readTree(Kustomize.read(devDir.resolve("lachan-test-client.json")));
        if (!"lachan-test".equals(testClient.path("clientId").asString())
                || !testClient.path("directAccessGrantsEnabled").asBoolean(false)) {
            problems.add("k8s/keycloak/dev/lachan-test-client.json is not the password-grant client lachan-test");
        }
        assertNone("dev", "development realm import", problems);
    }

    /** The files of the ConfigMap the Keycloak pod mounts at /opt/keycloak/data/import. */
    private static Map<String, String> realmImport(Rendering rendering) {
        K8sObject keycloak = rendering.ofKind("Keycloak").getFirst();
        Map<String, Object> pod = Tree.map(keycloak.spec(), "unsupported", "podTemplate", "spec");
        Map<String, Object> container = Tree.maps(pod, "containers").getFirst();
        String volume = Tree.maps(container, "volumeMounts").stream()
                .filter(mount -> "/opt/keycloak/data/import".equals(Tree.string(mount, "mountPath")))
                .map(mount -> Tree.string(mount, "name")).findFirst().orElseThrow();
        String configMap = Tree.maps(pod, "volumes").stream().filter(v -> volume.equals(Tree.string(v, "name")))
                .map(v -> Tree.string(v, "configMap", "name")).findFirst().orElseThrow();
        return rendering.ofKind("ConfigMap").stream().filter(map -> configMap.equals(map.name())).findFirst()
                .map(map -> Tree.stringMap(map.tree(), "data")).orElseThrow();
    }

    /** lachan-realm.json as the rendering's Keycloak imports it: ${NAME:default} filled from the pod's literal env. */
    private static JsonNode importedRealm(Rendering rendering) {
        K8sObject keycloak = rendering.ofKind("Keycloak").getFirst();
        Map<String, Object> container = Tree.maps(keycloak.spec(), "unsupported", "podTemplate", "spec", "containers")
                .getFirst();
        Map<String, String> env = new LinkedHashMap<>();
        Tree.maps(container, "env").stream().filter(variable -> Tree.has(variable, "value"))
                .forEach(variable -> env.put(Tree.string(variable, "name"), Tree.string(variable, "value")));
        Matcher placeholder = REALM_ENV_PLACEHOLDER.matcher(realmImport(rendering).get("lachan-realm.json"));
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String whole = placeholder.group();
            int colon = whole.indexOf(':');
            String value = env.containsKey(name) ? env.get(name)
                    : colon < 0 ? whole : whole.substring(colon + 1, whole.length() - 1);
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(filled);
        return JsonMapper.builder().build().readTree(filled.toString());
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return realm.path("clients").valueStream().filter(c -> clientId.equals(c.path("clientId").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("the realm has no client " + clientId));
    }

    @Test
    void externalSecretsAreDocumentedInTheReadme() {
        String readme = Kustomize.read(Kustomize.k8s().resolve("README.md"));
        List<String> problems = new ArrayList<>();
        java.util.stream.Stream.concat(EXTERNAL_SECRETS.values().stream().flatMap(Set::stream),
                        OPTIONAL_EXTERNAL_CONFIG_MAPS.stream()).distinct().sorted()
                .filter(secret -> !readme.contains("`" + secret + "`"))
                .forEach(secret -> problems.add("k8s/README.md does not mention `" + secret + "`"));
        assertNone("README", "documented external Secrets", problems);
    }

    // ---------------------------------------------------------------------------------------------

    private static List<String> missingResources(Map<String, Object> resources) {
        List<String> missing = new ArrayList<>();
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (!Tree.has(resources, bound, resource)) {
                    missing.add(bound + "." + resource);
                }
            }
        }
        return missing;
    }

    private static String ingressHost(Rendering rendering, String service) {
        return rendering.ofKind("Ingress").stream()
                .flatMap(ingress -> Tree.maps(ingress.spec(), "rules").stream())
                .filter(rule -> Tree.maps(rule, "http", "paths").stream()
                        .anyMatch(path -> service.equals(Tree.string(path, "backend", "service", "name"))))
                .map(rule -> Tree.string(rule, "host"))
                .findFirst().orElse("?");
    }

    private static Set<String> externalSecrets(String overlay) {
        return EXTERNAL_SECRETS.getOrDefault(overlay, EXTERNAL_SECRETS.get("prod"));
    }

    /** The tag of an image reference, or null. */
    private static String tag(String image) {
        String withoutDigest = image.replaceFirst("@.*$", "");
        int slash = withoutDigest.lastIndexOf('/');
        int colon = withoutDigest.lastIndexOf(':');
        return colon > slash ? withoutDigest.substring(colon + 1) : null;
    }

    private static String projectVersion() {
        String pom = Kustomize.read(Kustomize.repositoryRoot().resolve("pom.xml"));
        Matcher matcher = Pattern.compile("<artifactId>lachan</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        if (!matcher.find()) {
            throw new IllegalStateException("no version after <artifactId>lachan</artifactId> in pom.xml");
        }
        return matcher.group(1).trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void assertNone(String overlay, String rule, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(overlay + ": " + rule + " — " + problems.size() + " problem(s):\n  - "
                    + String.join("\n  - ", problems));
        }
    }
}
