package vn.lachan.devstack.k8s;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The connections the NetworkPolicies of an overlay allow, as (from, to, port) paths. Pods in the
 * namespace are named by their workload; anything else by namespace and pod labels
 * ({@code kube-system/k8s-app=kube-dns}), by CIDR ({@code cidr:0.0.0.0/0}) or {@code anywhere}.
 */
final class NetworkPaths {

    record Path(String from, String to, String port) {

        static Path of(String from, String to, int port) {
            return new Path(from, to, port + "/TCP");
        }

        static Path of(String from, String to, int port, String protocol) {
            return new Path(from, to, port + "/" + protocol);
        }

        @Override
        public String toString() {
            return from + " -> " + to + " " + port;
        }
    }

    static final Comparator<Path> ORDER = Comparator.comparing(Path::from).thenComparing(Path::to)
            .thenComparing(Path::port);

    private record Peer(String name, Workload workload) {
    }

    final Set<Path> ingress = new TreeSet<>(ORDER);
    final Set<Path> egress = new TreeSet<>(ORDER);
    final Set<String> isolatedForIngress = new TreeSet<>();
    final Set<String> isolatedForEgress = new TreeSet<>();
    final List<String> problems = new ArrayList<>();
    private final List<Workload> workloads;

    private NetworkPaths(List<Workload> workloads) {
        this.workloads = workloads;
    }

    static NetworkPaths of(Rendering rendering) {
        NetworkPaths paths = new NetworkPaths(rendering.workloads());
        rendering.ofKind("NetworkPolicy").forEach(paths::add);
        return paths;
    }

    Set<String> workloadNames() {
        return workloads.stream().map(Workload::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Paths open at both ends: an egress rule of the caller and an ingress rule of the callee. */
    Set<Path> allowed() {
        Set<String> here = workloadNames();
        Set<Path> allowed = new TreeSet<>(ORDER);
        for (Path path : egress) {
            if (!here.contains(path.to()) || ingress.contains(path)) {
                allowed.add(path);
            }
        }
        for (Path path : ingress) {
            if (!here.contains(path.from())) {
                allowed.add(path);
            }
        }
        return allowed;
    }

    /** In-namespace paths allowed at one end only: they do not work, and show a rule that drifted. */
    List<String> oneSided() {
        Set<String> here = workloadNames();
        List<String> result = new ArrayList<>();
        egress.stream().filter(p -> here.contains(p.to()) && !ingress.contains(p))
                .forEach(p -> result.add(p + ": egress allowed, but no ingress rule of " + p.to() + " admits it"));
        ingress.stream().filter(p -> here.contains(p.from()) && !egress.contains(p))
                .forEach(p -> result.add(p + ": ingress allowed, but no egress rule of " + p.from() + " sends it"));
        return result;
    }

    private void add(K8sObject policy) {
        Map<String, Object> spec = policy.spec();
        List<Workload> targets = workloads.stream().filter(w -> w.selectedBy(Tree.map(spec, "podSelector"))).toList();
        if (targets.isEmpty()) {
            problems.add(policy.id() + " selects no pods");
        }
        List<String> types = Tree.strings(spec, "policyTypes");
        if (types.isEmpty()) {
            types = Tree.has(spec, "egress") ? List.of("Ingress", "Egress") : List.of("Ingress");
        }
        if (types.contains("Ingress")) {
            targets.forEach(target -> isolatedForIngress.add(target.name()));
            for (Map<String, Object> rule : Tree.maps(spec, "ingress")) {
                for (Peer peer : peers(policy, Tree.maps(rule, "from"))) {
                    for (Workload target : targets) {
                        for (String port : ports(policy, rule, target)) {
                            ingress.add(new Path(peer.name(), target.name(), port));
                        }
                    }
                }
            }
        }
        if (types.contains("Egress")) {
            targets.forEach(target -> isolatedForEgress.add(target.name()));
            for (Map<String, Object> rule : Tree.maps(spec, "egress")) {
                for (Peer peer : peers(policy, Tree.maps(rule, "to"))) {
                    for (Workload source : targets) {
                        for (String port : ports(policy, rule, peer.workload())) {
                            egress.add(new Path(source.name(), peer.name(), port));
                        }
                    }
                }
            }
        }
    }

    private List<Peer> peers(K8sObject policy, List<Map<String, Object>> peers) {
        if (peers.isEmpty()) {
            return List.of(new Peer("anywhere", null));
        }
        List<Peer> result = new ArrayList<>();
        for (Map<String, Object> peer : peers) {
            if (Tree.has(peer, "ipBlock")) {
                List<String> except = Tree.strings(peer, "ipBlock", "except");
                result.add(new Peer("cidr:" + Tree.string(peer, "ipBlock", "cidr")
                        + (except.isEmpty() ? "" : " except " + except), null));
            } else if (Tree.has(peer, "namespaceSelector")) {
                Map<String, String> namespaceLabels = Tree.stringMap(peer, "namespaceSelector", "matchLabels");
                String namespace = namespaceLabels.size() == 1 && namespaceLabels.containsKey("kubernetes.io/metadata.name")
                        && !Tree.has(peer, "namespaceSelector", "matchExpressions")
                        ? namespaceLabels.get("kubernetes.io/metadata.name")
                        : "namespaces" + Tree.map(peer, "namespaceSelector");
                Map<String, Object> podSelector = Tree.map(peer, "podSelector");
                result.add(new Peer(podSelector.isEmpty() ? namespace : namespace + "/" + describe(podSelector), null));
            } else {
                List<Workload> selected = workloads.stream()
                        .filter(w -> w.selectedBy(Tree.map(peer, "podSelector"))).toList();
                if (selected.isEmpty()) {
                    problems.add(policy.id() + ": the peer " + peer + " selects no pods");
                }
                selected.forEach(workload -> result.add(new Peer(workload.name(), workload)));
            }
        }
        return result;
    }

    /** Ports as {@code 8080/TCP}; a named port is resolved on the pods that receive the connection. */
    private List<String> ports(K8sObject policy, Map<String, Object> rule, Workload receiver) {
        List<Map<String, Object>> ports = Tree.maps(rule, "ports");
        if (ports.isEmpty()) {
            return List.of("*");
        }
        List<String> result = new ArrayList<>();
        for (Map<String, Object> port : ports) {
            String protocol = Tree.get(port, "protocol") == null ? "TCP" : Tree.string(port, "protocol");
            Object value = Tree.get(port, "port");
            String number;
            if (value == null) {
                number = "*";
            } else if (value instanceof Number n) {
                number = String.valueOf(n.intValue());
            } else if (receiver != null) {
                number = receiver.port(value).map(p -> String.valueOf(p.number())).orElseGet(() -> {
                    problems.add(policy.id() + ": port " + value + " is not a port of " + receiver.origin());
                    return String.valueOf(value);
                });
            } else {
                number = String.valueOf(value);
            }
            Integer endPort = Tree.integer(port, "endPort");
            result.add(number + (endPort == null ? "" : "-" + endPort) + "/" + protocol);
        }
        return result;
    }

    private static String describe(Map<String, Object> selector) {
        List<String> parts = new ArrayList<>();
        Tree.stringMap(selector, "matchLabels").forEach((key, value) -> parts.add(key + "=" + value));
        Tree.maps(selector, "matchExpressions").forEach(expression -> parts.add(String.valueOf(expression)));
        return parts.isEmpty() ? "*" : String.join(",", parts);
    }
}
