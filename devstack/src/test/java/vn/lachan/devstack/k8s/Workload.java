package vn.lachan.devstack.k8s;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Pods of one kind in the namespace: those of a rendered Deployment or StatefulSet, or those an
 * operator makes from a custom resource (their labels and ports are documented by the operator).
 */
record Workload(String name, String origin, Map<String, String> labels, List<Port> ports) {

    record Port(String name, int number, String protocol) {
    }

    boolean selectedBy(Map<String, Object> labelSelector) {
        return Selectors.matches(labelSelector, labels);
    }

    /** The container port a Service or NetworkPolicy means by a name or a number. */
    Optional<Port> port(Object nameOrNumber) {
        if (nameOrNumber instanceof Number number) {
            return ports.stream().filter(port -> port.number() == number.intValue()).findFirst();
        }
        String name = String.valueOf(nameOrNumber);
        if (name.chars().allMatch(Character::isDigit) && !name.isEmpty()) {
            return port(Integer.parseInt(name));
        }
        return ports.stream().filter(port -> Objects.equals(port.name(), name)).findFirst();
    }

    static Workload of(K8sObject object) {
        List<Port> ports = Tree.maps(object.podSpec(), "containers").stream()
                .flatMap(container -> Tree.maps(container, "ports").stream())
                .map(port -> new Port(Tree.string(port, "name"), Tree.integer(port, "containerPort"),
                        Objects.requireNonNullElse(Tree.string(port, "protocol"), "TCP")))
                .toList();
        return new Workload(object.name(), object.id(), object.podLabels(), ports);
    }
}
